#include "payments.h"

#include "csvreader.h"
#include "money.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace termlens {
namespace {

// Enough problems to fix a file without flooding the screen with a million identical lines.
constexpr qsizetype MaxProblems = 50;
// Values quoted in messages are cut: a 10 MB field must not become a 10 MB message.
constexpr qsizetype MaxQuoted = 40;

struct PaymentsText
{
    Q_DECLARE_TR_FUNCTIONS(Payments)
};

QString quoted(QStringView value)
{
    return value.size() <= MaxQuoted ? value.toString()
                                     : value.left(MaxQuoted).toString() + QChar(0x2026);
}

struct Columns
{
    qsizetype date = -1;
    qsizetype amount = -1;
    qsizetype reference = -1;
    qsizetype count = 0;
};

class PaymentsReader
{
public:
    explicit PaymentsReader(const QString &currency)
        : m_currency(currency)
    {}

    bool record(qsizetype line, std::span<const QStringView> fields)
    {
        if (!m_headerSeen) {
            m_headerSeen = true;
            if (looksLikeData(fields)) {
                // No header: the columns are date, amount and optionally reference.
                m_columns = {0, 1, fields.size() > 2 ? 2 : -1, qsizetype(fields.size())};
                m_headerless = true;
                if (fields.size() > 3)
                    problem(line, {},
                            PaymentsText::tr("without a header line the columns are date, amount "
                                             "and optionally reference; found %1 fields")
                                .arg(fields.size()));
                else
                    row(line, fields);
            } else {
                header(line, fields);
            }
        } else if (m_columns.count > 0) {
            row(line, fields);
        }
        return m_problems.size() < MaxProblems;
    }
    void problem(qsizetype line, const QString &column, const QString &message)
    {
        m_problems
            << (column.isEmpty()
                    ? PaymentsText::tr("line %1: %2").arg(line).arg(message)
                    : PaymentsText::tr("line %1, column %2: %3").arg(line).arg(column, message));
    }
    bool headerSeen() const { return m_headerSeen; }
    const QStringList &problems() const { return m_problems; }
    const QList<Payment> &payments() const { return m_payments; }

private:
    static bool looksLikeData(std::span<const QStringView> fields);
    void header(qsizetype line, std::span<const QStringView> fields);
    void row(qsizetype line, std::span<const QStringView> fields);

    QString m_currency;
    bool m_headerSeen = false;
    bool m_headerless = false;
    Columns m_columns;
    QStringList m_problems;
    QList<Payment> m_payments;
};

// A first line whose first field is shaped like a date (even an impossible one such as
// 2025-13-01, reported then as a bad date) is data, not a header.
bool PaymentsReader::looksLikeData(std::span<const QStringView> fields)
{
    static const QRegularExpression dateShape(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{4}-[0-9]{2}-[0-9]{2}")));
    return !fields.empty() && dateShape.match(fields[0].trimmed()).hasMatch();
}

void PaymentsReader::header(qsizetype line, std::span<const QStringView> fields)
{
    Columns c;
    c.count = qsizetype(fields.size());
    for (qsizetype i = 0; i < c.count; ++i) {
        const QString name = fields[size_t(i)].trimmed().toString().toLower();
        qsizetype *slot = name == u"date"        ? &c.date
                          : name == u"amount"    ? &c.amount
                          : name == u"reference" ? &c.reference
                                                 : nullptr;
        if (!slot) {
            problem(line, {},
                    PaymentsText::tr(
                        "unknown column \"%1\"; expected date, amount and optionally reference")
                        .arg(quoted(fields[size_t(i)])));
        } else if (*slot >= 0) {
            problem(line, {}, PaymentsText::tr("the column \"%1\" appears twice").arg(name));
        } else {
            *slot = i;
        }
    }
    if (c.date < 0 || c.amount < 0)
        problem(
            line, {},
            PaymentsText::tr("the first line must be a header naming the columns date and amount"));
    if (m_problems.isEmpty())
        m_columns = c;
}

void PaymentsReader::row(qsizetype line, std::span<const QStringView> fields)
{
    if (qsizetype(fields.size()) != m_columns.count) {
        problem(line, {},
                (m_headerless ? PaymentsText::tr("expected %1 fields as on line 1, found %2")
                              : PaymentsText::tr("expected %1 fields as in the header, found %2"))
                    .arg(m_columns.count)
                    .arg(fields.size()));
        return;
    }
    static const QRegularExpression dateShape(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{4}-[0-9]{2}-[0-9]{2}")));
    const QString dateText = fields[size_t(m_columns.date)].trimmed().toString();
    const QDate date =
        dateShape.match(dateText).hasMatch() ? QDate::fromString(dateText, Qt::ISODate) : QDate();
    if (!date.isValid())
        problem(line, QStringLiteral("date"),
                PaymentsText::tr("\"%1\" is not a date as YYYY-MM-DD").arg(quoted(dateText)));
    const QStringView amountText = fields[size_t(m_columns.amount)].trimmed();
    const auto amount = Money::parse(amountText, m_currency);
    if (!amount)
        problem(line, QStringLiteral("amount"),
                PaymentsText::tr(
                    "\"%1\" is not an amount in %2 (digits with at most %3 decimal places, no "
                    "grouping or currency symbol)")
                    .arg(quoted(amountText), m_currency,
                         QString::number(Money::minorDigits(m_currency))));
    if (!date.isValid() || !amount)
        return;
    Payment p{date, *amount, {}};
    if (m_columns.reference >= 0)
        p.reference = fields[size_t(m_columns.reference)].toString();
    m_payments.append(p);
}

} // namespace

Outcome<QList<Payment>> parsePaymentsCsv(const QByteArray &csv, const QString &currency)
{
    if (!Money::isKnownCurrency(currency))
        return Outcome<QList<Payment>>::failure(
            PaymentsText::tr("\"%1\" is not an ISO 4217 currency code").arg(currency));
    PaymentsReader reader(currency);
    const QList<CsvReader::Error> errors =
        CsvReader().read(csv, [&reader](qsizetype line, std::span<const QStringView> fields) {
            return reader.record(line, fields);
        });
    for (const CsvReader::Error &e : errors)
        reader.problem(e.line, {}, e.message);
    if (!reader.headerSeen() && errors.isEmpty())
        reader.problem(1, {},
                       PaymentsText::tr("the file is empty; expected a header line: date,amount"));
    QStringList problems = reader.problems();
    if (problems.size() >= MaxProblems)
        problems << PaymentsText::tr("(further problems not listed)");
    if (!problems.isEmpty())
        return Outcome<QList<Payment>>::failure(problems.join(u'\n'));
    return Outcome<QList<Payment>>::success(reader.payments());
}

} // namespace termlens
