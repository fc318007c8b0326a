#include "csvreader.h"

#include "utf8.h"

#include <QCoreApplication>

namespace termlens {
namespace {

qsizetype lineOfByte(const QByteArray &bytes, qsizetype offset)
{
    return bytes.left(offset).count('\n') + 1;
}

struct CsvReaderText
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

} // namespace

QList<CsvReader::Error> CsvReader::read(const QByteArray &bytes, const RecordHandler &handler) const
{
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0)
        return {{lineOfByte(bytes, bad),
                 CsvReaderText::tr("the file is not valid UTF-8 text (byte %1)").arg(bad + 1)}};
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    const QStringView all(text);
    const qsizetype n = all.size();
    QList<QStringView> fields;
    QList<QString> unescaped; // storage for fields that contained "" escapes
    qsizetype pos = 0;
    qsizetype line = 1;
    while (pos < n) {
        const qsizetype recordLine = line;
        fields.clear();
        unescaped.clear();
        bool endOfRecord = false;
        while (!endOfRecord) {
            if (pos < n && all[pos] == u'"') {
                // Quoted field: runs to the next lone quote.
                qsizetype start = ++pos;
                bool hasEscapes = false;
                while (true) {
                    if (pos >= n)
                        return {
                            {recordLine, CsvReaderText::tr(
                                             "a quoted field is never closed (a \" is missing)")}};
                    const QChar c = all[pos];
                    if (c == u'"') {
                        if (pos + 1 < n && all[pos + 1] == u'"') {
                            hasEscapes = true;
                            pos += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == u'\n')
                        ++line;
                    ++pos;
                }
                QStringView raw = all.mid(start, pos - start);
                ++pos; // closing quote
                if (raw.size() > MaxFieldLength)
                    return {{recordLine, CsvReaderText::tr("a field is longer than %1 characters")
                                             .arg(MaxFieldLength)}};
                if (hasEscapes) {
                    unescaped.append(
                        raw.toString().replace(QStringLiteral("\"\""), QStringLiteral("\"")));
                    fields.append(QStringView(unescaped.last()));
                } else {
                    fields.append(raw);
                }
                if (pos < n && all[pos] != m_delimiter && all[pos] != u'\r' && all[pos] != u'\n')
                    return {{line, CsvReaderText::tr("unexpected text after a closing quote")}};
            } else {
                const qsizetype start = pos;
                while (pos < n && all[pos] != m_delimiter && all[pos] != u'\n' &&
                       all[pos] != u'\r') {
                    if (all[pos] == u'"')
                        return {
                            {line, CsvReaderText::tr(
                                       "a quote inside an unquoted field (quote the whole field "
                                       "and double the quote)")}};
                    ++pos;
                }
                if (pos - start > MaxFieldLength)
                    return {{recordLine, CsvReaderText::tr("a field is longer than %1 characters")
                                             .arg(MaxFieldLength)}};
                fields.append(all.mid(start, pos - start));
            }
            if (pos < n && all[pos] == m_delimiter) {
                ++pos;
                continue;
            }
            // End of line or of file.
            if (pos < n && all[pos] == u'\r')
                ++pos;
            if (pos < n && all[pos] == u'\n')
                ++pos;
            ++line;
            endOfRecord = true;
        }
        // Views into `unescaped` stay valid: a QString's characters do not move when the
        // list holding it grows.
        const bool blank = fields.size() == 1 && fields.first().isEmpty();
        if (!blank &&
            !handler(recordLine, std::span<const QStringView>(fields.constData(), fields.size())))
            break;
    }
    return {};
}

} // namespace termlens
