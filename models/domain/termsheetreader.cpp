#include "termsheetreader.h"

#include "money.h"
#include "termsreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace termlens {

TermSheetReader::TermSheetReader(QList<ValidationIssue> *issues)
    : m_issues(issues)
{}

TermSheet TermSheetReader::read(const QJsonObject &root)
{
    JsonReader r(root, QString(), m_issues);
    TermSheet sheet;
    const auto format = r.string(u"format", Need::Required);
    if (format && *format != TermSheet::Format)
        r.reportField(
            u"format",
            QCoreApplication::translate("TermSheet", "unsupported format \"%1\"; expected \"%2\"")
                .arg(JsonReader::shown(*format), TermSheet::Format.toString()));
    sheet.id = identifier(r, u"id");
    sheet.vendor = r.string(u"vendor", Need::Required).value_or(QString());
    sheet.product = r.string(u"product").value_or(QString());
    // Documents first: citations anywhere below name them.
    sheet.documents = documents(r);
    sheet.currency = currency(r);
    sheet.timeZone = r.timeZone(u"timeZone", Need::Required).value_or(QString());
    sheet.notes = r.string(u"notes").value_or(QString());
    if (auto terms = r.object(u"terms", Need::Required))
        sheet.terms = TermsReader(*this).read(*terms);
    r.finish();
    return sheet;
}

QList<Document> TermSheetReader::documents(JsonReader &r)
{
    QList<Document> result;
    QHash<QString, qsizetype> firstIndex;
    bool allRead = true;
    const auto count =
        r.forEachObject(u"documents", Need::Required, [&](JsonReader &o, qsizetype i) {
            const Document d = document(o);
            if (d.id.isEmpty())
                allRead = false;
            else if (firstIndex.contains(d.id))
                o.reportField(
                    u"id", QCoreApplication::translate(
                               "TermSheet", "document id \"%1\" is already used by documents[%2]")
                               .arg(d.id)
                               .arg(firstIndex.value(d.id)));
            else
                firstIndex.insert(d.id, i);
            m_documentIds.insert(d.id);
            result.append(d);
        });
    if (count && *count == 0)
        r.reportField(u"documents",
                      QCoreApplication::translate("TermSheet", "must list at least one document"));
    // A citation's document can only be checked against a list that was read in full.
    m_documentsKnown = count && *count > 0 && allRead && *count == result.size();
    return result;
}

Document TermSheetReader::document(JsonReader &r) const
{
    Document d;
    d.id = identifier(r, u"id");
    d.title = r.string(u"title", Need::Required).value_or(QString());
    d.version = r.string(u"version").value_or(QString());
    d.date = r.date(u"date");
    d.source = r.string(u"source").value_or(QString());
    // A document's full text is the one long string (the file's size limit bounds it).
    d.text = r.string(u"text", Need::Optional, MaxTermSheetBytes).value_or(QString());
    r.finish();
    return d;
}

QString TermSheetReader::currency(JsonReader &r) const
{
    const auto code = r.string(u"currency", Need::Required);
    if (!code)
        return {};
    if (!Money::isKnownCurrency(*code))
        r.reportField(u"currency", QCoreApplication::translate(
                                       "TermSheet", "\"%1\" is not an ISO 4217 currency code "
                                                    "(three capital letters, such as GBP)")
                                       .arg(JsonReader::shown(*code)));
    return *code;
}

QString TermSheetReader::identifier(JsonReader &r, QStringView key) const
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9-]{1,64}")));
    const auto id = r.string(key, Need::Required);
    if (!id)
        return {};
    if (!pattern.match(*id).hasMatch())
        r.reportField(key, QCoreApplication::translate("TermSheet",
                                                       "\"%1\" is not a valid id: use 1 to 64 "
                                                       "characters from a-z, 0-9 and -")
                               .arg(JsonReader::shown(*id)));
    return *id;
}

Citation TermSheetReader::citation(JsonReader &r) const
{
    Citation c;
    c.document = r.string(u"document").value_or(QString());
    if (!c.document.isEmpty() && m_documentsKnown && !m_documentIds.contains(c.document)) {
        QStringList ids(m_documentIds.cbegin(), m_documentIds.cend());
        ids.sort();
        r.reportField(u"document",
                      QCoreApplication::translate(
                          "TermSheet", "\"%1\" names no document of this agreement (documents: %2)")
                          .arg(JsonReader::shown(c.document), ids.join(QStringLiteral(", "))));
    }
    c.clause = r.string(u"clause").value_or(QString());
    c.quote = r.string(u"quote").value_or(QString());
    c.note = r.string(u"note").value_or(QString());
    c.ambiguity = r.string(u"ambiguity").value_or(QString());
    return c;
}

std::optional<Duration> TermSheetReader::duration(JsonReader &r, QStringView key) const
{
    auto o = r.object(key);
    if (!o)
        return std::nullopt;
    Duration d;
    d.amount = o->integer(u"amount", 0, MaxCount, Need::Required).value_or(0);
    d.unit = o->choice<DurationUnit>(u"unit", Need::Required).value_or(DurationUnit::Days);
    o->finish();
    return d;
}

QList<int> TermSheetReader::weekdays(JsonReader &r, QStringView key) const
{
    QList<int> days;
    const auto items = r.array(key, Need::Required);
    if (!items)
        return days;
    if (items->isEmpty())
        r.reportField(key, QCoreApplication::translate("TermSheet", "must name at least one day"));
    const QStringList keys = weekdayKeys();
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QString at = JsonReader::elementPath(r.pathOf(key), i);
        const auto day = r.keyAt(items->at(i), at, keys);
        if (!day)
            continue;
        const int number = int(keys.indexOf(*day)) + 1; // Qt::Monday == 1
        if (days.contains(number))
            r.report(at, QCoreApplication::translate("TermSheet", "\"%1\" is listed twice")
                             .arg(JsonReader::shown(*day)));
        days.append(number);
    }
    return days;
}

WeeklyWindow TermSheetReader::window(JsonReader &r) const
{
    WeeklyWindow w;
    w.days = weekdays(r, u"days");
    w.from = r.time(u"from", Need::Required).value_or(QTime());
    w.to = r.time(u"to", Need::Required).value_or(QTime());
    w.timeZone = r.timeZone(u"timeZone", Need::Required).value_or(QString());
    r.finish();
    return w;
}

std::optional<BusinessHours> TermSheetReader::businessHours(JsonReader &r, QStringView key) const
{
    auto o = r.object(key);
    if (!o)
        return std::nullopt;
    BusinessHours h;
    h.days = weekdays(*o, u"days");
    h.from = o->time(u"from", Need::Required).value_or(QTime());
    h.to = o->time(u"to", Need::Required).value_or(QTime());
    h.timeZone = o->timeZone(u"timeZone", Need::Required).value_or(QString());
    h.holidays = o->choice<HolidaySet>(u"holidays").value_or(HolidaySet::None);
    h.citation = citation(*o);
    o->finish();
    return h;
}

bool TermSheetReader::isCountryCode(const QString &code)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Z]{2}")));
    return pattern.match(code).hasMatch() &&
           QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

QString TermSheetReader::country(JsonReader &r, QStringView key, Need need) const
{
    const auto code = r.string(key, need);
    if (code && !isCountryCode(*code))
        r.reportField(key, QCoreApplication::translate(
                               "TermSheet", "\"%1\" is not an ISO 3166 country code (two capital "
                                            "letters, such as GB or US)")
                               .arg(JsonReader::shown(*code)));
    return code.value_or(QString());
}

QStringList TermSheetReader::countries(JsonReader &r, QStringView key, bool allowEea) const
{
    QStringList codes;
    const auto items = r.array(key);
    if (!items)
        return codes;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QString at = JsonReader::elementPath(r.pathOf(key), i);
        const auto code = r.stringAt(items->at(i), at);
        if (!code)
            continue;
        if (allowEea && *code == u"EEA") {
            // the European Economic Area, which agreements name as one region
        } else if (!isCountryCode(*code)) {
            r.report(at, allowEea ? QCoreApplication::translate(
                                        "TermSheet", "\"%1\" is not an ISO 3166 country code (two "
                                                     "capital letters, such as GB) or EEA")
                                        .arg(JsonReader::shown(*code))
                                  : QCoreApplication::translate(
                                        "TermSheet", "\"%1\" is not an ISO 3166 country code (two "
                                                     "capital letters, such as GB or US)")
                                        .arg(JsonReader::shown(*code)));
        }
        if (codes.contains(*code))
            r.report(at, QCoreApplication::translate("TermSheet", "\"%1\" is listed twice")
                             .arg(JsonReader::shown(*code)));
        codes.append(*code);
    }
    return codes;
}

} // namespace termlens
