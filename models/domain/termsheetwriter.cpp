#include "termsheetwriter.h"

#include "termsheetjson.h"
#include "vocabulary.h"

#include <QJsonArray>

namespace termlens {

using namespace Qt::Literals::StringLiterals;

namespace {

void putString(QJsonObject &o, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putDecimal(QJsonObject &o, QLatin1StringView key, const std::optional<Decimal> &value)
{
    if (value)
        o.insert(key, value->toString());
}

template <typename T>
void putValue(QJsonObject &o, QLatin1StringView key, const std::optional<T> &value)
{
    if (value)
        o.insert(key, *value);
}

template <typename E> void putKey(QJsonObject &o, QLatin1StringView key, E value)
{
    o.insert(key, keyOf(value));
}

void putCitation(QJsonObject &o, const Citation &c)
{
    putString(o, "document"_L1, c.document);
    putString(o, "clause"_L1, c.clause);
    putString(o, "quote"_L1, c.quote);
    putString(o, "note"_L1, c.note);
    putString(o, "ambiguity"_L1, c.ambiguity);
}

QJsonArray strings(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QJsonArray weekdays(const QList<int> &days)
{
    const QStringList keys = weekdayKeys();
    QJsonArray a;
    for (const int day : days)
        a.append(keys.value(day - 1));
    return a;
}

QString timeText(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

} // namespace

QJsonObject TermSheetWriter::write(const TermSheet &sheet)
{
    QJsonObject o;
    o.insert("format"_L1, TermSheet::Format.toString());
    o.insert("id"_L1, sheet.id);
    o.insert("vendor"_L1, sheet.vendor);
    putString(o, "product"_L1, sheet.product);
    QJsonArray documents;
    for (const Document &d : sheet.documents) {
        QJsonObject doc;
        doc.insert("id"_L1, d.id);
        doc.insert("title"_L1, d.title);
        putString(doc, "version"_L1, d.version);
        if (d.date)
            doc.insert("date"_L1, d.date->toString(Qt::ISODate));
        putString(doc, "source"_L1, d.source);
        putString(doc, "text"_L1, d.text);
        documents.append(doc);
    }
    o.insert("documents"_L1, documents);
    o.insert("currency"_L1, sheet.currency);
    o.insert("timeZone"_L1, sheet.timeZone);
    putString(o, "notes"_L1, sheet.notes);
    o.insert("terms"_L1, terms(sheet.terms));
    return o;
}

QJsonObject TermSheetWriter::terms(const Terms &t)
{
    QJsonObject o = comparisonTerms(t);
    if (t.availability)
        o.insert("availability"_L1, availability(*t.availability));
    if (t.term)
        o.insert("term"_L1, term(*t.term));
    if (t.liabilityCap)
        o.insert("liabilityCap"_L1, liabilityCap(*t.liabilityCap));
    if (t.support)
        o.insert("support"_L1, support(*t.support));
    if (t.termination)
        o.insert("termination"_L1, termination(*t.termination));
    return o;
}

QJsonObject TermSheetWriter::availability(const Availability &a)
{
    QJsonObject o;
    o.insert("target"_L1, a.target.toString());
    if (!a.targetOptions.isEmpty()) {
        QJsonArray options;
        for (const Decimal &d : a.targetOptions)
            options.append(d.toString());
        o.insert("targetOptions"_L1, options);
    }
    putKey(o, "monthLength"_L1, a.monthLength);
    o.insert("measurement"_L1, measurement(a.measurement));
    putKey(o, "excludedTime"_L1, a.excludedTime);
    if (!a.exclusions.isEmpty()) {
        QJsonArray exclusions;
        for (const OutageCategory c : a.exclusions)
            exclusions.append(keyOf(c));
        o.insert("exclusions"_L1, exclusions);
    }
    if (a.maintenance)
        o.insert("maintenance"_L1, maintenance(*a.maintenance));
    if (a.credits)
        o.insert("credits"_L1, credits(*a.credits));
    putCitation(o, a.citation);
    return o;
}

QJsonObject TermSheetWriter::measurement(const Measurement &m)
{
    QJsonObject o;
    putKey(o, "kind"_L1, m.kind);
    if (m.kind == MeasurementKind::Intervals) {
        o.insert("minutes"_L1, m.minutes);
        putKey(o, "unavailableIf"_L1, m.unavailableIf);
    }
    putCitation(o, m.citation);
    return o;
}

QJsonObject TermSheetWriter::maintenance(const Maintenance &m)
{
    QJsonObject o;
    putValue(o, "noticeHours"_L1, m.noticeHours);
    if (!m.windows.isEmpty()) {
        QJsonArray windows;
        for (const WeeklyWindow &w : m.windows)
            windows.append(window(w));
        o.insert("windows"_L1, windows);
    }
    o.insert("countsInBusinessHours"_L1, m.countsInBusinessHours);
    if (m.businessHours)
        o.insert("businessHours"_L1, businessHours(*m.businessHours));
    putCitation(o, m.citation);
    return o;
}

QJsonObject TermSheetWriter::credits(const Credits &c)
{
    QJsonObject o;
    o.insert("schedule"_L1, schedule(c.schedule));
    putKey(o, "base"_L1, c.base);
    putDecimal(o, "capPercent"_L1, c.capPercent);
    putDecimal(o, "minimumAmount"_L1, c.minimumAmount);
    if (c.claimWindow != ClaimWindow{})
        o.insert("claimWindow"_L1, claimWindow(c.claimWindow));
    putValue(o, "soleRemedy"_L1, c.soleRemedy);
    putCitation(o, c.citation);
    return o;
}

QJsonObject TermSheetWriter::schedule(const CreditSchedule &s)
{
    QJsonObject o;
    putKey(o, "kind"_L1, s.kind);
    switch (s.kind) {
    case ScheduleKind::None:
        break;
    case ScheduleKind::Flat:
        o.insert("percent"_L1, s.percent.toString());
        break;
    case ScheduleKind::Tiers: {
        QJsonArray tiers;
        for (const CreditTier &t : s.tiers)
            tiers.append(QJsonObject{{"below"_L1, t.below.toString()},
                                     {"percent"_L1, t.percent.toString()}});
        o.insert("tiers"_L1, tiers);
        break;
    }
    case ScheduleKind::Steps:
        o.insert("firstBand"_L1, s.firstBand.toString());
        o.insert("firstPercent"_L1, s.firstPercent.toString());
        o.insert("step"_L1, s.step.toString());
        o.insert("stepPercent"_L1, s.stepPercent.toString());
        putKey(o, "shortfallUnit"_L1, s.shortfallUnit);
        break;
    }
    putCitation(o, s.citation);
    return o;
}

QJsonObject TermSheetWriter::claimWindow(const ClaimWindow &w)
{
    QJsonObject o;
    putKey(o, "kind"_L1, w.kind);
    if (w.kind == ClaimWindowKind::DaysAfterPeriod)
        o.insert("days"_L1, w.days);
    if (w.kind == ClaimWindowKind::EndOfNthFollowingMonth)
        o.insert("n"_L1, w.n);
    putCitation(o, w.citation);
    return o;
}

QJsonObject TermSheetWriter::term(const Term &t)
{
    QJsonObject o;
    putValue(o, "initialMonths"_L1, t.initialMonths);
    if (t.renewal != Renewal{})
        o.insert("renewal"_L1, renewal(t.renewal));
    putCitation(o, t.citation);
    return o;
}

QJsonObject TermSheetWriter::renewal(const Renewal &r)
{
    QJsonObject o;
    putKey(o, "kind"_L1, r.kind);
    if (r.kind == RenewalKind::Fixed)
        o.insert("months"_L1, r.months);
    if (r.kind != RenewalKind::None)
        putValue(o, "noticeDays"_L1, r.noticeDays);
    putCitation(o, r.citation);
    return o;
}

QJsonObject TermSheetWriter::liabilityCap(const LiabilityCap &c)
{
    QJsonObject o;
    o.insert("multiplier"_L1, c.multiplier.toString());
    putKey(o, "basis"_L1, c.basis);
    if (c.basis == LiabilityBasis::FixedAmount)
        putDecimal(o, "amount"_L1, c.amount);
    if (c.firstYear)
        putKey(o, "firstYear"_L1, *c.firstYear);
    if (!c.carveOuts.isEmpty())
        o.insert("carveOuts"_L1, strings(c.carveOuts));
    putValue(o, "insuranceLimited"_L1, c.insuranceLimited);
    putCitation(o, c.citation);
    return o;
}

QJsonObject TermSheetWriter::support(const Support &s)
{
    QJsonObject o;
    if (s.businessHours)
        o.insert("businessHours"_L1, businessHours(*s.businessHours));
    if (!s.levels.isEmpty()) {
        QJsonArray levels;
        for (const SupportLevel &l : s.levels) {
            QJsonObject level;
            level.insert("name"_L1, l.name);
            putString(level, "description"_L1, l.description);
            QJsonObject response;
            response.insert("amount"_L1, l.response.amount);
            putKey(response, "unit"_L1, l.response.unit);
            putKey(response, "clock"_L1, l.response.clock);
            level.insert("response"_L1, response);
            putCitation(level, l.citation);
            levels.append(level);
        }
        o.insert("levels"_L1, levels);
    }
    putCitation(o, s.citation);
    return o;
}

QJsonObject TermSheetWriter::termination(const Termination &t)
{
    QJsonObject o;
    if (!t.rights.isEmpty()) {
        QJsonArray rights;
        for (const TerminationRight &r : t.rights) {
            QJsonObject right;
            putKey(right, "by"_L1, r.by);
            putKey(right, "trigger"_L1, r.trigger);
            if (r.cure)
                right.insert("cure"_L1, duration(*r.cure));
            if (r.notice)
                right.insert("notice"_L1, duration(*r.notice));
            putString(right, "description"_L1, r.description);
            putCitation(right, r.citation);
            rights.append(right);
        }
        o.insert("rights"_L1, rights);
    }
    putCitation(o, t.citation);
    return o;
}

QJsonObject TermSheetWriter::comparisonTerms(const Terms &t)
{
    QJsonObject o;
    if (t.subprocessors) {
        QJsonArray list;
        for (const Subprocessor &s : *t.subprocessors) {
            QJsonObject item{{"name"_L1, s.name}};
            putString(item, "purpose"_L1, s.purpose);
            if (!s.countries.isEmpty())
                item.insert("countries"_L1, strings(s.countries));
            putCitation(item, s.citation);
            list.append(item);
        }
        o.insert("subprocessors"_L1, list);
    }
    if (const auto &p = t.subprocessorPolicy) {
        QJsonObject item;
        putKey(item, "authorisation"_L1, p->authorisation);
        if (p->changeNotice)
            item.insert("changeNotice"_L1, duration(*p->changeNotice));
        putValue(item, "objectionRight"_L1, p->objectionRight);
        putCitation(item, p->citation);
        o.insert("subprocessorPolicy"_L1, item);
    }
    if (t.dataLocations) {
        QJsonArray list;
        for (const DataLocation &l : *t.dataLocations) {
            QJsonObject item{{"country"_L1, l.country}};
            putString(item, "region"_L1, l.region);
            putKey(item, "role"_L1, l.role);
            putString(item, "provider"_L1, l.provider);
            putCitation(item, l.citation);
            list.append(item);
        }
        o.insert("dataLocations"_L1, list);
    }
    if (const auto &d = t.dataTransfers) {
        QJsonObject item;
        putKey(item, "restriction"_L1, d->restriction);
        if (!d->allowedRegions.isEmpty())
            item.insert("allowedRegions"_L1, strings(d->allowedRegions));
        putCitation(item, d->citation);
        o.insert("dataTransfers"_L1, item);
    }
    dataAndLaw(o, t);
    return o;
}

void TermSheetWriter::dataAndLaw(QJsonObject &o, const Terms &t)
{
    if (const auto &d = t.dataReturn) {
        QJsonObject item;
        if (d->retrievalWindow)
            item.insert("retrievalWindow"_L1, duration(*d->retrievalWindow));
        putString(item, "format"_L1, d->format);
        if (d->deletionWithin)
            item.insert("deletionWithin"_L1, duration(*d->deletionWithin));
        putValue(item, "backupsProvided"_L1, d->backupsProvided);
        putCitation(item, d->citation);
        o.insert("dataReturn"_L1, item);
    }
    if (const auto &b = t.breachNotification) {
        QJsonObject item;
        if (b->within)
            item.insert("within"_L1, duration(*b->within));
        putString(item, "wording"_L1, b->wording);
        putCitation(item, b->citation);
        o.insert("breachNotification"_L1, item);
    }
    if (const auto &g = t.governingLaw) {
        QJsonObject item;
        putString(item, "law"_L1, g->law);
        putString(item, "lawCode"_L1, g->lawCode);
        putString(item, "forum"_L1, g->forum);
        if (g->arbitration)
            item.insert("arbitration"_L1, true);
        putString(item, "seat"_L1, g->seat);
        putCitation(item, g->citation);
        o.insert("governingLaw"_L1, item);
    }
    if (const auto &c = t.changes) {
        QJsonObject item;
        putKey(item, "method"_L1, c->method);
        if (c->notice)
            item.insert("notice"_L1, duration(*c->notice));
        putValue(item, "adverseOnly"_L1, c->adverseOnly);
        putCitation(item, c->citation);
        o.insert("changes"_L1, item);
    }
}

QJsonObject TermSheetWriter::window(const WeeklyWindow &w)
{
    QJsonObject o;
    o.insert("days"_L1, weekdays(w.days));
    o.insert("from"_L1, timeText(w.from));
    o.insert("to"_L1, timeText(w.to));
    o.insert("timeZone"_L1, w.timeZone);
    return o;
}

QJsonObject TermSheetWriter::businessHours(const BusinessHours &h)
{
    QJsonObject o;
    o.insert("days"_L1, weekdays(h.days));
    o.insert("from"_L1, timeText(h.from));
    o.insert("to"_L1, timeText(h.to));
    o.insert("timeZone"_L1, h.timeZone);
    putKey(o, "holidays"_L1, h.holidays);
    putCitation(o, h.citation);
    return o;
}

QJsonObject TermSheetWriter::duration(const Duration &d)
{
    return QJsonObject{{"amount"_L1, d.amount}, {"unit"_L1, keyOf(d.unit)}};
}

} // namespace termlens
