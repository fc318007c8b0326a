// Reading and writing playbook files (format described at the top of playbook.h).

#include "jsonreader.h"
#include "playbook.h"
#include "termsheet.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace termlens {
namespace {

struct PlaybookText
{
    Q_DECLARE_TR_FUNCTIONS(Playbook)
};

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

bool isIdentifier(const QString &text)
{
    return matches(QStringLiteral("[a-z0-9-]{1,64}"), text);
}

std::optional<QString> identifier(JsonReader &r, QStringView key)
{
    const auto id = r.string(key, Need::Required);
    if (id && !isIdentifier(*id)) {
        r.reportField(
            key, PlaybookText::tr("\"%1\" is not an identifier: use 1 to 64 lower-case letters, "
                                  "digits and hyphens")
                     .arg(*id));
        return std::nullopt;
    }
    return id;
}

// Why `code` is not a valid code for `term`, or an empty string when it is.
QString codeProblem(PlaybookTerm term, const QString &code)
{
    switch (term) {
    case PlaybookTerm::DataLocationCountries:
    case PlaybookTerm::SubprocessorCountries:
        if (code == u"EEA" || code == u"EU" || matches(QStringLiteral("[A-Z]{2}"), code))
            return {};
        return PlaybookText::tr(
                   "\"%1\" is not an ISO 3166-1 alpha-2 country code (upper case, such as GB or "
                   "IE) or one of the groups EEA, EU")
            .arg(code);
    case PlaybookTerm::GoverningLaw:
        if (matches(QStringLiteral("[A-Z]{2}(-[A-Z0-9]{1,3})?"), code))
            return {};
        return PlaybookText::tr(
                   "\"%1\" is not an ISO 3166 code such as GB-EAW, GB-SCT, IE or US-TX")
            .arg(code);
    default:
        break;
    }
    QStringList keys;
    if (term == PlaybookTerm::DataTransferRestriction)
        keys = keysOf<TransferRestriction>();
    else if (term == PlaybookTerm::ChangeMethod)
        keys = keysOf<termlens::ChangeMethod>();
    else if (term == PlaybookTerm::SubprocessorAuthorisation)
        keys = keysOf<termlens::SubprocessorAuthorisation>();
    else if (term == PlaybookTerm::SupportTopClock)
        keys = keysOf<Clock>();
    if (keys.contains(code))
        return {};
    return PlaybookText::tr("expected one of: %1 (found \"%2\")")
        .arg(keys.join(QStringLiteral(", ")), code);
}

QStringList codes(JsonReader &r, std::optional<PlaybookTerm> term)
{
    const auto items = r.array(u"values", Need::Required);
    if (!items)
        return {};
    const QString path = r.pathOf(u"values");
    if (items->isEmpty())
        r.report(path, PlaybookText::tr("list at least one code"));
    QStringList result;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QString at = JsonReader::elementPath(path, i);
        const auto code = r.stringAt(items->at(i), at, true);
        if (!code)
            continue;
        if (const QString problem = term ? codeProblem(*term, *code) : QString();
            !problem.isEmpty())
            r.report(at, problem);
        else if (result.contains(*code))
            r.report(at, PlaybookText::tr("\"%1\" is listed twice").arg(*code));
        else
            result << *code;
    }
    return result;
}

QString kindMismatch(PlaybookTerm term, RuleKind kind)
{
    const QString termKey = keyOf(term);
    switch (valueTypeOf(term)) {
    case PlaybookValueType::Number:
        return PlaybookText::tr(
                   "\"%1\" does not apply to %2, which is a number: use minimum or maximum")
            .arg(keyOf(kind), termKey);
    case PlaybookValueType::Codes:
        return PlaybookText::tr(
                   "\"%1\" does not apply to %2, which is a list of codes: use allowed or "
                   "forbidden")
            .arg(keyOf(kind), termKey);
    case PlaybookValueType::Flag:
        return PlaybookText::tr(
                   "\"%1\" does not apply to %2, which is yes or no: use present or absent")
            .arg(keyOf(kind), termKey);
    }
    return {};
}

void readValues(JsonReader &r, PlaybookRule &rule, std::optional<PlaybookTerm> term,
                std::optional<RuleKind> kind)
{
    if (!kind) {
        r.allow(u"value");
        r.allow(u"values");
        return;
    }
    switch (valueTypeOf(*kind)) {
    case PlaybookValueType::Number: {
        const std::optional<Decimal> max = term == PlaybookTerm::AvailabilityTarget
                                               ? std::optional(Decimal::fromInt(100))
                                               : std::nullopt;
        rule.value = r.decimal(u"value", Need::Required, Decimal::fromInt(0), Bound::Inclusive, max)
                         .value_or(Decimal());
        r.forbid(u"values",
                 PlaybookText::tr("only allowed and forbidden rules take a list of values"));
        break;
    }
    case PlaybookValueType::Codes:
        rule.values = codes(r, term);
        r.forbid(u"value", PlaybookText::tr(
                               "only minimum and maximum rules take a single value; use values"));
        break;
    case PlaybookValueType::Flag:
        r.forbid(u"value", PlaybookText::tr("present and absent rules take no value"));
        r.forbid(u"values", PlaybookText::tr("present and absent rules take no value"));
        break;
    }
}

PlaybookRule readRule(JsonReader &r, QHash<QString, QString> &seenIds)
{
    PlaybookRule rule;
    if (const auto id = identifier(r, u"id")) {
        rule.id = *id;
        if (const auto it = seenIds.constFind(*id); it != seenIds.constEnd())
            r.reportField(
                u"id", PlaybookText::tr("the rule id \"%1\" is already used by %2").arg(*id, *it));
        else
            seenIds.insert(*id, r.path());
    }
    const auto term = r.choice<PlaybookTerm>(u"term", Need::Required);
    const auto kind = r.choice<RuleKind>(u"kind", Need::Required);
    if (term)
        rule.term = *term;
    if (kind)
        rule.kind = *kind;
    if (term && kind && valueTypeOf(*term) != valueTypeOf(*kind)) {
        r.reportField(u"kind", kindMismatch(*term, *kind));
        r.allow(u"value"); // which of them belongs depends on the kind meant
        r.allow(u"values");
    } else {
        readValues(r, rule, term, kind);
    }
    rule.severity = r.choice<Severity>(u"severity", Need::Required).value_or(Severity::Fail);
    rule.reason = r.string(u"reason").value_or(QString());
    return rule;
}

} // namespace

PlaybookParseResult parsePlaybook(const QByteArray &json)
{
    PlaybookParseResult result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        result.issues.append({QString(), PlaybookText::tr("not valid JSON at character %1: %2")
                                             .arg(error.offset)
                                             .arg(error.errorString())});
        return result;
    }
    if (!doc.isObject()) {
        result.issues.append({QString(), PlaybookText::tr("expected a JSON object")});
        return result;
    }
    JsonReader r(doc.object(), QString(), &result.issues);
    Playbook playbook;
    if (const auto format = r.string(u"format", Need::Required);
        format && *format != Playbook::Format)
        r.reportField(u"format", PlaybookText::tr("expected \"%1\", found \"%2\"")
                                     .arg(Playbook::Format.toString(), *format));
    playbook.id = identifier(r, u"id").value_or(QString());
    playbook.name = r.string(u"name", Need::Required).value_or(QString());
    playbook.description = r.string(u"description").value_or(QString());
    QHash<QString, QString> seenIds;
    r.forEachObject(u"rules", Need::Required, [&](JsonReader &element, qsizetype) {
        playbook.rules.append(readRule(element, seenIds));
        element.finish();
    });
    r.finish();
    if (result.issues.isEmpty())
        result.playbook = std::move(playbook);
    return result;
}

namespace {

QByteArray jsonString(const QString &text)
{
    // QJsonDocument writes only arrays and objects; the one-element array gives the escaping.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray ruleToJson(const PlaybookRule &rule)
{
    QByteArray out = "    {\"id\": " + jsonString(rule.id) +
                     ", \"term\": " + jsonString(keyOf(rule.term)) +
                     ", \"kind\": " + jsonString(keyOf(rule.kind));
    switch (valueTypeOf(rule.kind)) {
    case PlaybookValueType::Number:
        out += ", \"value\": " + jsonString(rule.value.toString());
        break;
    case PlaybookValueType::Codes: {
        QByteArrayList items;
        for (const QString &code : rule.values)
            items << jsonString(code);
        out += ", \"values\": [" + items.join(", ") + ']';
        break;
    }
    case PlaybookValueType::Flag:
        break;
    }
    out += ", \"severity\": " + jsonString(keyOf(rule.severity));
    if (!rule.reason.isEmpty())
        out += ",\n     \"reason\": " + jsonString(rule.reason);
    return out + '}';
}

} // namespace

QByteArray playbookToJson(const Playbook &playbook)
{
    // Written by hand rather than through QJsonObject, which would sort the keys: a person
    // editing the file expects format and id first and each rule on a line of its own.
    QByteArray out = "{\n  \"format\": " + jsonString(Playbook::Format.toString()) + ",\n";
    out += "  \"id\": " + jsonString(playbook.id) + ",\n";
    out += "  \"name\": " + jsonString(playbook.name) + ",\n";
    if (!playbook.description.isEmpty())
        out += "  \"description\": " + jsonString(playbook.description) + ",\n";
    QByteArrayList rules;
    for (const PlaybookRule &rule : playbook.rules)
        rules << ruleToJson(rule);
    out += rules.isEmpty() ? QByteArray("  \"rules\": []\n")
                           : "  \"rules\": [\n" + rules.join(",\n") + "\n  ]\n";
    return out + "}\n";
}

} // namespace termlens
