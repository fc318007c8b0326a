#include "statuspageimport.h"

#include "instant.h"
#include "utf8.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace termlens {
namespace {

using namespace Qt::StringLiterals;

struct StatuspageText
{
    Q_DECLARE_TR_FUNCTIONS(StatuspageImport)
};

const QStringList kImpacts = {u"none"_s, u"minor"_s, u"major"_s, u"critical"_s, u"maintenance"_s};
const QStringList kFinished = {u"resolved"_s, u"postmortem"_s, u"completed"_s};

class IncidentReader
{
public:
    IncidentReader(OutageParseResult &result, const OutageImportTarget &target)
        : m_result(result)
        , m_target(target)
    {}

    void read(const QJsonValue &value, qsizetype index);
    bool tooManyIssues() const { return m_result.issues.size() >= MaxIssues; }

private:
    void issue(const QString &path, const QString &message)
    {
        if (!tooManyIssues())
            m_result.issues.append({0, path, message});
    }
    // A string field; absent or null gives an empty string, anything else not a string is an
    // error.
    std::optional<QString> text(const QJsonObject &o, const QString &path, const QString &key,
                                bool required);
    // An instant field; `present` says whether it held one.
    std::optional<qint64> instant(const QJsonObject &o, const QString &path, const QString &key,
                                  bool required, bool *present);
    QStringList services(const QJsonObject &o, const QString &path);

    OutageParseResult &m_result;
    const OutageImportTarget &m_target;
};

std::optional<QString> IncidentReader::text(const QJsonObject &o, const QString &path,
                                            const QString &key, bool required)
{
    const QJsonValue v = o.value(key);
    const QString at = path + u'.' + key;
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            issue(at, StatuspageText::tr("the field is missing"));
            return std::nullopt;
        }
        return QString();
    }
    if (v.isString() && v.toString().size() > MaxTextLength) {
        issue(at, StatuspageText::tr("longer than %1 characters").arg(MaxTextLength));
        return std::nullopt;
    }
    if (v.isString() && (!required || !v.toString().trimmed().isEmpty()))
        return v.toString();
    if (v.isDouble() && key == u"id")
        return QString::number(v.toInteger()); // some exports write numeric ids
    issue(at, v.isString() ? StatuspageText::tr("the field is empty")
                           : StatuspageText::tr("expected text"));
    return std::nullopt;
}

std::optional<qint64> IncidentReader::instant(const QJsonObject &o, const QString &path,
                                              const QString &key, bool required, bool *present)
{
    *present = false;
    const QJsonValue v = o.value(key);
    const QString at = path + u'.' + key;
    if (v.isUndefined() || v.isNull()) {
        if (required)
            issue(at, StatuspageText::tr("the field is missing"));
        return std::nullopt;
    }
    *present = true;
    if (!v.isString()) {
        issue(at, StatuspageText::tr("expected an ISO 8601 instant such as "
                                     "\"2026-03-04T10:15:00.000Z\" in quotes"));
        return std::nullopt;
    }
    const auto value = parseInstant(v.toString().trimmed());
    if (!value)
        issue(at, StatuspageText::tr("\"%1\" is not an ISO 8601 instant with a time zone, such "
                                     "as 2026-03-04T10:15:00.000Z")
                      .arg(v.toString().left(40)));
    return value;
}

QStringList IncidentReader::services(const QJsonObject &o, const QString &path)
{
    QStringList names;
    const QJsonValue v = o.value(u"components"_s);
    const QString at = path + u".components"_s;
    if (v.isUndefined() || v.isNull())
        return names;
    if (!v.isArray()) {
        issue(at, StatuspageText::tr("expected a list of components"));
        return names;
    }
    const QJsonArray list = v.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString element = at + u'[' + QString::number(i) + u']';
        if (!list.at(i).isObject()) {
            issue(element, StatuspageText::tr("expected a component object with a name"));
            continue;
        }
        const auto name = text(list.at(i).toObject(), element, u"name"_s, true);
        if (name && name->trimmed().size() > 200)
            issue(element + u".name"_s,
                  StatuspageText::tr("the service name is longer than 200 characters"));
        else if (name && !names.contains(name->trimmed()))
            names << name->trimmed();
    }
    return names;
}

void IncidentReader::read(const QJsonValue &value, qsizetype index)
{
    const QString path = u"incidents["_s + QString::number(index) + u']';
    if (!value.isObject()) {
        issue(path, StatuspageText::tr("expected an incident object"));
        return;
    }
    const QJsonObject o = value.toObject();
    const qsizetype before = m_result.issues.size();
    const auto id = text(o, path, u"id"_s, true);
    const auto name = text(o, path, u"name"_s, true);
    const auto status = text(o, path, u"status"_s, false);
    const auto impact = text(o, path, u"impact"_s, false);
    if (impact && !impact->isEmpty() && !kImpacts.contains(*impact))
        issue(path + u".impact"_s,
              StatuspageText::tr("\"%1\" is not an impact (expected one of: %2)")
                  .arg(impact->left(40), kImpacts.join(u", "_s)));
    bool has = false;
    const auto created = instant(o, path, u"created_at"_s, true, &has);
    const auto started = instant(o, path, u"started_at"_s, false, &has);
    const bool hasStarted = has;
    const auto resolved = instant(o, path, u"resolved_at"_s, false, &has);
    const bool hasResolved = has;
    const auto scheduled = instant(o, path, u"scheduled_for"_s, false, &has);
    const bool maintenance = has || (impact && *impact == u"maintenance");
    QStringList names = services(o, path);
    // A maintenance not marked started began when it was scheduled to, not when announced.
    const std::optional<qint64> start = hasStarted                 ? started
                                        : maintenance && scheduled ? scheduled
                                                                   : created;
    if (start && resolved && *resolved < *start)
        issue(path + u".resolved_at"_s,
              StatuspageText::tr("the incident is resolved before it starts (%1)")
                  .arg(hasStarted                 ? u"started_at"_s
                       : maintenance && scheduled ? u"scheduled_for"_s
                                                  : u"created_at"_s));
    if (!hasResolved && status && kFinished.contains(*status))
        issue(path + u".resolved_at"_s,
              StatuspageText::tr("the incident is %1 but has no resolved_at").arg(*status));
    if (names.isEmpty() && m_target.serviceForUnnamed().isEmpty())
        issue(path + u".components"_s,
              StatuspageText::tr("the incident names no component and no service was given for "
                                 "the import"));
    if (m_result.issues.size() != before || !start)
        return;
    // Not begun yet, or over in no time: nothing was unavailable.
    if ((maintenance && status && *status == u"scheduled") || (resolved && *resolved == *start)) {
        ++m_result.skipped;
        return;
    }
    if (names.isEmpty())
        names << m_target.serviceForUnnamed();
    for (const QString &service : names) {
        if (!m_target.onlyService.isEmpty() && service != m_target.onlyService) {
            ++m_result.skipped;
            continue;
        }
        Outage outage;
        outage.agreementId = m_target.agreementId;
        outage.service = service;
        outage.start = *start;
        outage.end = resolved;
        outage.category =
            maintenance ? OutageCategory::ScheduledMaintenance : OutageCategory::Unplanned;
        if (maintenance)
            outage.noticeGiven = created;
        outage.reference = id->trimmed();
        outage.notes = name->trimmed();
        m_result.outages.append(std::move(outage));
    }
}

std::optional<QJsonArray> incidentList(const QJsonDocument &doc, OutageParseResult &result)
{
    if (doc.isArray())
        return doc.array();
    if (!doc.isObject()) {
        result.issues.append({0, {}, StatuspageText::tr("expected a JSON object with incidents")});
        return std::nullopt;
    }
    const QJsonValue incidents = doc.object().value(u"incidents"_s);
    if (!incidents.isArray()) {
        result.issues.append(
            {0, u"incidents"_s,
             incidents.isUndefined()
                 ? StatuspageText::tr("the field is missing: this is not a Statuspage incident "
                                      "history (/api/v2/incidents.json)")
                 : StatuspageText::tr("expected a list of incidents")});
        return std::nullopt;
    }
    return incidents.toArray();
}

} // namespace

OutageParseResult parseStatuspageIncidents(const QByteArray &bytes,
                                           const OutageImportTarget &target,
                                           const ImportProgress &progress)
{
    OutageParseResult result;
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        result.issues.append(
            {bytes.left(bad).count('\n') + 1,
             {},
             StatuspageText::tr("the file is not valid UTF-8 text (byte %1)").arg(bad + 1)});
        return result;
    }
    const QByteArray json = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    if (json.trimmed().isEmpty()) {
        result.issues.append({0, {}, StatuspageText::tr("the file is empty")});
        return result;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // A lone value ("hello", 42) parses inside brackets: it is JSON, just not incidents.
        if (QJsonDocument::fromJson('[' + json + ']').isArray()) {
            result.issues.append(
                {0, {}, StatuspageText::tr("expected a JSON object with incidents")});
            return result;
        }
        const QByteArray before = json.left(error.offset);
        result.issues.append({before.count('\n') + 1,
                              {},
                              StatuspageText::tr("not valid JSON: %1 (column %2)")
                                  .arg(error.errorString())
                                  .arg(error.offset - before.lastIndexOf('\n'))});
        return result;
    }
    const auto incidents = incidentList(doc, result);
    if (!incidents)
        return result;
    IncidentReader reader(result, target);
    for (qsizetype i = 0; i < incidents->size() && !reader.tooManyIssues(); ++i) {
        ++result.rows;
        reader.read(incidents->at(i), i);
        if (progress && i % 256 == 255 && !progress(i + 1, incidents->size())) {
            result.cancelled = true;
            break;
        }
    }
    if (!result.issues.isEmpty() || result.cancelled)
        result.outages.clear();
    return result;
}

} // namespace termlens
