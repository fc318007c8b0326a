#include "comparisontermrows.h"

#include "termrowbuilder.h"
#include "termtext.h"

#include <QCoreApplication>
#include <QStringList>

namespace termlens {

namespace {

struct TermRowText
{
    Q_DECLARE_TR_FUNCTIONS(TermRows)
};

QString joinedOr(const QStringList &parts, const QString &whenEmpty)
{
    return parts.isEmpty() ? whenEmpty : parts.join(ListSeparator);
}

QString rightText(const TerminationRight &right)
{
    QStringList parts;
    if (right.cure)
        parts << TermRowText::tr("cure period %1").arg(formatDuration(*right.cure));
    if (right.notice) {
        parts << (right.notice->amount == 0
                      ? TermRowText::tr("no notice needed")
                      : TermRowText::tr("notice %1").arg(formatDuration(*right.notice)));
    }
    if (!right.description.isEmpty())
        parts << right.description;
    return joinedOr(parts, TermRowText::tr("no details stated"));
}

QString authorisationText(SubprocessorAuthorisation authorisation)
{
    switch (authorisation) {
    case SubprocessorAuthorisation::General:
        return TermRowText::tr(
            "general authorisation: the vendor may appoint sub-processors without "
            "asking");
    case SubprocessorAuthorisation::Specific:
        return TermRowText::tr(
            "specific authorisation: each sub-processor needs the customer's consent");
    case SubprocessorAuthorisation::NotStated:
        return TermRowText::tr("authorisation not stated");
    }
    return {};
}

QString policyText(const SubprocessorPolicy &policy)
{
    QStringList parts{authorisationText(policy.authorisation)};
    if (policy.changeNotice)
        parts << TermRowText::tr("notice of changes: %1").arg(formatDuration(*policy.changeNotice));
    if (policy.objectionRight)
        parts << TermRowText::tr("right to object: %1").arg(yesNoText(*policy.objectionRight));
    return parts.join(ListSeparator);
}

QString dataReturnText(const DataReturn &data)
{
    QStringList parts;
    if (data.retrievalWindow)
        parts << TermRowText::tr("retrieval within %1 after termination")
                     .arg(formatDuration(*data.retrievalWindow));
    if (!data.format.isEmpty())
        parts << TermRowText::tr("format: %1").arg(data.format);
    if (data.deletionWithin)
        parts << TermRowText::tr("deleted within %1").arg(formatDuration(*data.deletionWithin));
    if (data.backupsProvided)
        parts << (*data.backupsProvided ? TermRowText::tr("backups provided")
                                        : TermRowText::tr("no backups"));
    return joinedOr(parts, TermRowText::tr("no details stated"));
}

QString breachText(const BreachNotification &breach)
{
    if (breach.within) {
        const QString within = formatDuration(*breach.within);
        return breach.wording.isEmpty()
                   ? TermRowText::tr("within %1").arg(within)
                   : TermRowText::tr("within %1: %2").arg(within, breach.wording);
    }
    return breach.wording.isEmpty() ? TermRowText::tr("no fixed time stated")
                                    : TermRowText::tr("no fixed time: %1").arg(breach.wording);
}

QString lawText(const GoverningLaw &law)
{
    QStringList parts{law.law.isEmpty() ? TermRowText::tr("law not stated") : law.law};
    if (!law.forum.isEmpty())
        parts << TermRowText::tr("forum: %1").arg(law.forum);
    if (law.arbitration) {
        parts << (law.seat.isEmpty() ? TermRowText::tr("arbitration")
                                     : TermRowText::tr("arbitration seated in %1").arg(law.seat));
    }
    return parts.join(ListSeparator);
}

QString changesText(const Changes &changes)
{
    QStringList parts;
    switch (changes.method) {
    case ChangeMethod::NotStated:
        parts << TermRowText::tr("how the terms may change is not stated");
        break;
    case ChangeMethod::OnPosting:
        parts << TermRowText::tr("the vendor may change them by posting new terms");
        break;
    case ChangeMethod::WithNotice:
        parts << TermRowText::tr("the vendor may change them with notice");
        break;
    case ChangeMethod::MutualWritten:
        parts << TermRowText::tr("only by written agreement of both parties");
        break;
    }
    if (changes.notice)
        parts << TermRowText::tr("notice: %1").arg(formatDuration(*changes.notice));
    if (changes.adverseOnly.value_or(false))
        parts << TermRowText::tr("the notice applies to changes against the customer only");
    return parts.join(ListSeparator);
}

} // namespace

QString countriesText(const QStringList &codes)
{
    QStringList names;
    for (const QString &code : codes)
        names << countryText(code);
    return names.join(QStringLiteral(", "));
}

QString transfersText(const DataTransfers &transfers)
{
    QString restriction;
    switch (transfers.restriction) {
    case TransferRestriction::NoneStated:
        restriction = TermRowText::tr("no restriction stated");
        break;
    case TransferRestriction::AdequacyOrSafeguards:
        restriction =
            TermRowText::tr("only to countries with adequate protection or under safeguards "
                            "such as standard contractual clauses");
        break;
    case TransferRestriction::ConsentRequired:
        restriction = TermRowText::tr("only with the customer's consent");
        break;
    case TransferRestriction::Prohibited:
        restriction = transfers.allowedRegions.isEmpty()
                          ? TermRowText::tr("not allowed")
                          : TermRowText::tr("not allowed outside the permitted regions");
        break;
    }
    if (transfers.allowedRegions.isEmpty())
        return restriction;
    return TermRowText::tr("%1; permitted: %2")
        .arg(restriction, countriesText(transfers.allowedRegions));
}

void appendTerminationRows(QList<TermRow> &list, const TermSheet &sheet)
{
    TermRowBuilder rows(list, TermGroup::Termination);
    const auto &termination = sheet.terms.termination;
    if (!termination || termination->rights.isEmpty()) {
        rows.absent(QStringLiteral("termination.rights"), TermRowText::tr("Termination rights"));
        return;
    }
    for (qsizetype i = 0; i < termination->rights.size(); ++i) {
        const TerminationRight &right = termination->rights[i];
        rows.add(QStringLiteral("termination.right.%1").arg(i + 1),
                 TermRowText::tr("%1: %2").arg(partyName(right.by),
                                               terminationTriggerName(right.trigger)),
                 rightText(right), citedWithin(right.citation, termination->citation));
    }
}

void appendSubprocessorRows(QList<TermRow> &list, const TermSheet &sheet)
{
    TermRowBuilder rows(list, TermGroup::Subprocessors);
    const auto &policy = sheet.terms.subprocessorPolicy;
    const Citation policyCitation = policy ? policy->citation : Citation();
    if (policy)
        rows.add(QStringLiteral("subprocessors.policy"), TermRowText::tr("Sub-processor policy"),
                 policyText(*policy), policyCitation);
    else
        rows.absent(QStringLiteral("subprocessors.policy"),
                    TermRowText::tr("Sub-processor policy"));
    const auto &named = sheet.terms.subprocessors;
    if (!named) {
        rows.absent(QStringLiteral("subprocessors"), TermRowText::tr("Sub-processors"));
        return;
    }
    if (named->isEmpty())
        rows.add(QStringLiteral("subprocessors"), TermRowText::tr("Sub-processors"),
                 TermRowText::tr("none named"), citedWithin({}, policyCitation));
    for (qsizetype i = 0; i < named->size(); ++i) {
        const Subprocessor &s = named->at(i);
        const QString purpose =
            s.purpose.isEmpty() ? TermRowText::tr("purpose not stated") : s.purpose;
        rows.add(QStringLiteral("subprocessors.%1").arg(i + 1), s.name,
                 s.countries.isEmpty()
                     ? purpose
                     : TermRowText::tr("%1; data in %2").arg(purpose, countriesText(s.countries)),
                 citedWithin(s.citation, policyCitation));
    }
}

void appendDataRows(QList<TermRow> &list, const TermSheet &sheet)
{
    TermRowBuilder rows(list, TermGroup::Data);
    const auto &locations = sheet.terms.dataLocations;
    if (!locations)
        rows.absent(QStringLiteral("data.locations"), TermRowText::tr("Data locations"));
    else if (locations->isEmpty())
        rows.add(QStringLiteral("data.locations"), TermRowText::tr("Data locations"),
                 TermRowText::tr("none stated"), {});
    for (qsizetype i = 0; locations && i < locations->size(); ++i) {
        const DataLocation &l = locations->at(i);
        QStringList parts{countryText(l.country)};
        if (!l.region.isEmpty())
            parts << l.region;
        if (!l.provider.isEmpty())
            parts << l.provider;
        rows.add(QStringLiteral("data.location.%1").arg(i + 1), locationRoleName(l.role),
                 parts.join(QStringLiteral(", ")), l.citation);
    }
    const auto &transfers = sheet.terms.dataTransfers;
    if (transfers)
        rows.add(QStringLiteral("data.transfers"), TermRowText::tr("Transfers abroad"),
                 transfersText(*transfers), transfers->citation);
    else
        rows.absent(QStringLiteral("data.transfers"), TermRowText::tr("Transfers abroad"));
    const auto &dataReturn = sheet.terms.dataReturn;
    if (dataReturn)
        rows.add(QStringLiteral("data.return"), TermRowText::tr("Data return and deletion"),
                 dataReturnText(*dataReturn), dataReturn->citation);
    else
        rows.absent(QStringLiteral("data.return"), TermRowText::tr("Data return and deletion"));
}

void appendLegalRows(QList<TermRow> &list, const TermSheet &sheet)
{
    const auto &breach = sheet.terms.breachNotification;
    TermRowBuilder breachRows(list, TermGroup::BreachNotification);
    if (breach)
        breachRows.add(QStringLiteral("breach.notification"),
                       TermRowText::tr("Breach notification"), breachText(*breach),
                       breach->citation);
    else
        breachRows.absent(QStringLiteral("breach.notification"),
                          TermRowText::tr("Breach notification"));
    const auto &law = sheet.terms.governingLaw;
    TermRowBuilder lawRows(list, TermGroup::GoverningLaw);
    if (law)
        lawRows.add(QStringLiteral("law.governing"), TermRowText::tr("Governing law and disputes"),
                    lawText(*law), law->citation);
    else
        lawRows.absent(QStringLiteral("law.governing"),
                       TermRowText::tr("Governing law and disputes"));
    const auto &changes = sheet.terms.changes;
    TermRowBuilder changeRows(list, TermGroup::Changes);
    if (changes)
        changeRows.add(QStringLiteral("changes"), TermRowText::tr("Changes to terms"),
                       changesText(*changes), changes->citation);
    else
        changeRows.absent(QStringLiteral("changes"), TermRowText::tr("Changes to terms"));
}

} // namespace termlens
