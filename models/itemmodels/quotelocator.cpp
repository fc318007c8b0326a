#include "quotelocator.h"

#include <QList>

namespace termlens {

namespace {

QChar folded(QChar c)
{
    switch (c.unicode()) {
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201B:
    case 0x2032:
        return u'\'';
    case 0x201C: // “
    case 0x201D: // ”
    case 0x201F:
    case 0x2033:
        return u'"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013: // –
    case 0x2014: // —
    case 0x2212:
        return u'-';
    default:
        return c;
    }
}

// The normalised text and, for each of its characters, the index it came from in the original,
// so a match found in the normalised text maps back to the original's characters.
struct Normalised
{
    QString text;
    QList<qsizetype> origin;
};

Normalised normalise(QStringView input)
{
    Normalised out;
    out.text.reserve(input.size());
    out.origin.reserve(input.size());
    bool inSpace = false;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input[i];
        if (c.isSpace()) {
            if (!inSpace) {
                out.text.append(u' ');
                out.origin.append(i);
            }
            inSpace = true;
            continue;
        }
        inSpace = false;
        out.text.append(folded(c));
        out.origin.append(i);
    }
    return out;
}

} // namespace

QuoteMatch locateQuote(QStringView text, QStringView quote)
{
    const QStringView trimmed = quote.trimmed();
    if (trimmed.isEmpty())
        return {QuoteMatchKind::EmptyQuote, -1, 0};
    if (const qsizetype at = text.indexOf(trimmed); at >= 0)
        return {QuoteMatchKind::Exact, at, trimmed.size()};
    const Normalised haystack = normalise(text);
    const Normalised needle = normalise(trimmed);
    const qsizetype at = haystack.text.indexOf(needle.text);
    if (at < 0)
        return {QuoteMatchKind::NotFound, -1, 0};
    const qsizetype start = haystack.origin[at];
    const qsizetype end = haystack.origin[at + needle.text.size() - 1] + 1;
    return {QuoteMatchKind::Normalised, start, end - start};
}

} // namespace termlens
