#pragma once

#include "jsonreader.h"
#include "termsheet.h"
#include "termsheetjson.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace termlens {

// Turns the top-level JSON object of a term sheet into a TermSheet, collecting every problem
// (termsheet-format.md). Also reads the pieces the section readers share: citations,
// durations, weekly windows, business hours, identifiers and country codes.
class TermSheetReader
{
public:
    // Upper bound for counts of days, months, hours and minutes: far beyond any contract, and
    // small enough for an int.
    static constexpr qint64 MaxCount = 1000000;

    explicit TermSheetReader(QList<ValidationIssue> *issues);

    // The sheet is only meaningful when no issue was reported.
    TermSheet read(const QJsonObject &root);

    Citation citation(JsonReader &r) const;
    std::optional<Duration> duration(JsonReader &r, QStringView key) const;
    QList<int> weekdays(JsonReader &r, QStringView key) const;
    WeeklyWindow window(JsonReader &r) const;
    std::optional<BusinessHours> businessHours(JsonReader &r, QStringView key) const;
    // [a-z0-9-]{1,64}
    QString identifier(JsonReader &r, QStringView key) const;
    // ISO 3166-1 alpha-2 codes (and "EEA" where allowed), each at most once.
    QStringList countries(JsonReader &r, QStringView key, bool allowEea) const;
    QString country(JsonReader &r, QStringView key, Need need) const;
    static bool isCountryCode(const QString &code);

private:
    QList<Document> documents(JsonReader &r);
    Document document(JsonReader &r) const;
    QString currency(JsonReader &r) const;

    QList<ValidationIssue> *m_issues;
    QSet<QString> m_documentIds;
    bool m_documentsKnown = false; // false: citations' document ids cannot be checked
};

} // namespace termlens
