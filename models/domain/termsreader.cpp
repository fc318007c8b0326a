#include "termsreader.h"

#include "availabilityreader.h"
#include "termsheetreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace termlens {

TermsReader::TermsReader(const TermSheetReader &sheet)
    : m_sheet(sheet)
{}

Terms TermsReader::read(JsonReader &r) const
{
    Terms t;
    if (auto o = r.object(u"availability"))
        t.availability = AvailabilityReader(m_sheet).read(*o);
    if (auto o = r.object(u"term"))
        t.term = term(*o);
    if (auto o = r.object(u"liabilityCap"))
        t.liabilityCap = liabilityCap(*o);
    if (auto o = r.object(u"support"))
        t.support = support(*o);
    if (auto o = r.object(u"termination"))
        t.termination = termination(*o);
    t.subprocessors = subprocessors(r);
    if (auto o = r.object(u"subprocessorPolicy"))
        t.subprocessorPolicy = subprocessorPolicy(*o);
    t.dataLocations = dataLocations(r);
    if (auto o = r.object(u"dataTransfers"))
        t.dataTransfers = dataTransfers(*o);
    if (auto o = r.object(u"dataReturn"))
        t.dataReturn = dataReturn(*o);
    if (auto o = r.object(u"breachNotification"))
        t.breachNotification = breachNotification(*o);
    if (auto o = r.object(u"governingLaw"))
        t.governingLaw = governingLaw(*o);
    if (auto o = r.object(u"changes"))
        t.changes = changes(*o);
    r.finish();
    return t;
}

Term TermsReader::term(JsonReader &r) const
{
    Term t;
    if (const auto months = r.integer(u"initialMonths", 1, TermSheetReader::MaxCount))
        t.initialMonths = int(*months);
    if (auto o = r.object(u"renewal"))
        t.renewal = renewal(*o);
    t.citation = m_sheet.citation(r);
    r.finish();
    return t;
}

Renewal TermsReader::renewal(JsonReader &r) const
{
    Renewal renewal;
    const auto kind = r.choice<RenewalKind>(u"kind", Need::Required);
    renewal.kind = kind.value_or(RenewalKind::None);
    if (kind == RenewalKind::Fixed)
        renewal.months =
            int(r.integer(u"months", 1, TermSheetReader::MaxCount, Need::Required).value_or(0));
    if (kind && *kind != RenewalKind::None) {
        // Fixed terms need the notice to stop renewal; a rolling or paid-period agreement may
        // state the notice to end it.
        const Need need = kind == RenewalKind::Fixed ? Need::Required : Need::Optional;
        if (const auto days = r.integer(u"noticeDays", 0, TermSheetReader::MaxCount, need))
            renewal.noticeDays = int(*days);
    }
    r.forbidForKind({u"months", u"noticeDays"}, kind ? keyOf(*kind) : QString());
    renewal.citation = m_sheet.citation(r);
    r.finish();
    return renewal;
}

LiabilityCap TermsReader::liabilityCap(JsonReader &r) const
{
    LiabilityCap cap;
    cap.multiplier = r.decimal(u"multiplier", Need::Optional, Decimal::fromInt(0), Bound::Exclusive)
                         .value_or(Decimal::fromInt(1));
    const auto basis = r.choice<LiabilityBasis>(u"basis", Need::Required);
    cap.basis = basis.value_or(LiabilityBasis::FeesPaid12MonthsBeforeClaim);
    if (basis == LiabilityBasis::FixedAmount)
        cap.amount = r.decimal(u"amount", Need::Required, Decimal::fromInt(0), Bound::Inclusive);
    else if (basis)
        r.forbid(u"amount",
                 QCoreApplication::translate("TermSheet", "only used when basis is \"%1\"")
                     .arg(keyOf(LiabilityBasis::FixedAmount)));
    else
        r.allow(u"amount");
    cap.firstYear = r.choice<FirstYearBasis>(u"firstYear");
    if (const auto items = r.array(u"carveOuts")) {
        for (qsizetype i = 0; i < items->size(); ++i) {
            const QString at = JsonReader::elementPath(r.pathOf(u"carveOuts"), i);
            if (const auto text = r.stringAt(items->at(i), at, true))
                cap.carveOuts.append(*text);
        }
    }
    cap.insuranceLimited = r.boolean(u"insuranceLimited");
    cap.citation = m_sheet.citation(r);
    r.finish();
    return cap;
}

Support TermsReader::support(JsonReader &r) const
{
    Support s;
    s.businessHours = m_sheet.businessHours(r, u"businessHours");
    QHash<QString, qsizetype> firstIndex;
    r.forEachObject(u"levels", Need::Optional, [&](JsonReader &l, qsizetype i) {
        const SupportLevel level = supportLevel(l);
        // The CLI and the deadline screens pick a level by name.
        if (firstIndex.contains(level.name))
            l.reportField(u"name",
                          QCoreApplication::translate(
                              "TermSheet", "level name \"%1\" is already used by levels[%2]")
                              .arg(level.name)
                              .arg(firstIndex.value(level.name)));
        else if (!level.name.isEmpty())
            firstIndex.insert(level.name, i);
        s.levels.append(level);
    });
    s.citation = m_sheet.citation(r);
    r.finish();
    return s;
}

SupportLevel TermsReader::supportLevel(JsonReader &r) const
{
    SupportLevel level;
    level.name = r.string(u"name", Need::Required).value_or(QString());
    level.description = r.string(u"description").value_or(QString());
    if (auto o = r.object(u"response", Need::Required))
        level.response = response(*o);
    level.citation = m_sheet.citation(r);
    r.finish();
    return level;
}

ResponseTime TermsReader::response(JsonReader &r) const
{
    ResponseTime t;
    t.amount = r.integer(u"amount", 0, TermSheetReader::MaxCount, Need::Required).value_or(0);
    t.unit = r.choice<ResponseUnit>(u"unit", Need::Required).value_or(ResponseUnit::Hours);
    t.clock = r.choice<Clock>(u"clock", Need::Required).value_or(Clock::Business);
    r.finish();
    return t;
}

Termination TermsReader::termination(JsonReader &r) const
{
    Termination t;
    r.forEachObject(u"rights", Need::Optional, [&](JsonReader &o, qsizetype) {
        TerminationRight right;
        right.by = o.choice<Party>(u"by", Need::Required).value_or(Party::Either);
        right.trigger = o.choice<TerminationTrigger>(u"trigger", Need::Required)
                            .value_or(TerminationTrigger::Other);
        right.cure = m_sheet.duration(o, u"cure");
        right.notice = m_sheet.duration(o, u"notice");
        right.description = o.string(u"description").value_or(QString());
        right.citation = m_sheet.citation(o);
        o.finish();
        t.rights.append(right);
    });
    t.citation = m_sheet.citation(r);
    r.finish();
    return t;
}

std::optional<QList<Subprocessor>> TermsReader::subprocessors(JsonReader &r) const
{
    QList<Subprocessor> list;
    const auto count =
        r.forEachObject(u"subprocessors", Need::Optional, [&](JsonReader &o, qsizetype) {
            Subprocessor s;
            s.name = o.string(u"name", Need::Required).value_or(QString());
            s.purpose = o.string(u"purpose").value_or(QString());
            s.countries = m_sheet.countries(o, u"countries", false);
            s.citation = m_sheet.citation(o);
            o.finish();
            list.append(s);
        });
    return count ? std::optional(list) : std::nullopt;
}

SubprocessorPolicy TermsReader::subprocessorPolicy(JsonReader &r) const
{
    SubprocessorPolicy p;
    p.authorisation = r.choice<SubprocessorAuthorisation>(u"authorisation")
                          .value_or(SubprocessorAuthorisation::NotStated);
    p.changeNotice = m_sheet.duration(r, u"changeNotice");
    p.objectionRight = r.boolean(u"objectionRight");
    p.citation = m_sheet.citation(r);
    r.finish();
    return p;
}

std::optional<QList<DataLocation>> TermsReader::dataLocations(JsonReader &r) const
{
    QList<DataLocation> list;
    const auto count =
        r.forEachObject(u"dataLocations", Need::Optional, [&](JsonReader &o, qsizetype) {
            DataLocation l;
            l.country = m_sheet.country(o, u"country", Need::Required);
            l.region = o.string(u"region").value_or(QString());
            l.role =
                o.choice<LocationRole>(u"role", Need::Required).value_or(LocationRole::Primary);
            l.provider = o.string(u"provider").value_or(QString());
            l.citation = m_sheet.citation(o);
            o.finish();
            list.append(l);
        });
    return count ? std::optional(list) : std::nullopt;
}

DataTransfers TermsReader::dataTransfers(JsonReader &r) const
{
    DataTransfers t;
    t.restriction =
        r.choice<TransferRestriction>(u"restriction").value_or(TransferRestriction::NoneStated);
    t.allowedRegions = m_sheet.countries(r, u"allowedRegions", true);
    t.citation = m_sheet.citation(r);
    r.finish();
    return t;
}

DataReturn TermsReader::dataReturn(JsonReader &r) const
{
    DataReturn d;
    d.retrievalWindow = m_sheet.duration(r, u"retrievalWindow");
    d.format = r.string(u"format").value_or(QString());
    d.deletionWithin = m_sheet.duration(r, u"deletionWithin");
    d.backupsProvided = r.boolean(u"backupsProvided");
    d.citation = m_sheet.citation(r);
    r.finish();
    return d;
}

BreachNotification TermsReader::breachNotification(JsonReader &r) const
{
    BreachNotification b;
    b.within = m_sheet.duration(r, u"within");
    b.wording = r.string(u"wording").value_or(QString());
    b.citation = m_sheet.citation(r);
    r.finish();
    return b;
}

GoverningLaw TermsReader::governingLaw(JsonReader &r) const
{
    static const QRegularExpression codePattern(
        QRegularExpression::anchoredPattern(QStringLiteral("([A-Z]{2})(-[A-Z0-9]{1,3})?")));
    GoverningLaw g;
    g.law = r.string(u"law").value_or(QString());
    g.lawCode = r.string(u"lawCode").value_or(QString());
    const auto match = codePattern.match(g.lawCode);
    if (r.has(u"lawCode") && !g.lawCode.isEmpty() &&
        (!match.hasMatch() || !TermSheetReader::isCountryCode(match.captured(1))))
        r.reportField(u"lawCode", QCoreApplication::translate(
                                      "TermSheet", "\"%1\" is not an ISO 3166 code (a country "
                                                   "such as GB, or a subdivision such as US-TX)")
                                      .arg(g.lawCode));
    g.forum = r.string(u"forum").value_or(QString());
    g.arbitration = r.boolean(u"arbitration").value_or(false);
    g.seat = r.string(u"seat").value_or(QString());
    g.citation = m_sheet.citation(r);
    r.finish();
    return g;
}

Changes TermsReader::changes(JsonReader &r) const
{
    Changes c;
    c.method = r.choice<ChangeMethod>(u"method").value_or(ChangeMethod::NotStated);
    c.notice = m_sheet.duration(r, u"notice");
    c.adverseOnly = r.boolean(u"adverseOnly");
    c.citation = m_sheet.citation(r);
    r.finish();
    return c;
}

} // namespace termlens
