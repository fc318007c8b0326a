#include "outagecsv.h"

#include "csvreader.h"
#include "instant.h"
#include "vocabulary.h"

#include <QCoreApplication>

#include <array>

namespace termlens {
namespace {

struct OutageCsvText
{
    Q_DECLARE_TR_FUNCTIONS(OutageCsv)
};

class RowParser
{
public:
    // Scoped to the parser: another parser of this layer names its columns alike.
    enum Column
    {
        Service,
        Start,
        End,
        Category,
        NoticeGiven,
        Reference,
        Notes,
        ColumnCount
    };
    static constexpr std::array<const char16_t *, ColumnCount> kColumns = {
        u"service", u"start", u"end", u"category", u"notice_given", u"reference", u"notes"};

    RowParser(OutageParseResult &result, const QString &agreementId, const QString &onlyService)
        : m_result(result)
        , m_agreementId(agreementId)
        , m_onlyService(onlyService)
    {}

    bool header(qsizetype line, std::span<const QStringView> fields);
    void row(qsizetype line, std::span<const QStringView> fields);
    bool tooManyIssues() const { return m_result.issues.size() >= MaxIssues; }

private:
    void issue(qsizetype line, Column column, const QString &message)
    {
        if (!tooManyIssues())
            m_result.issues.append({line, QString::fromUtf16(kColumns[column]), message});
    }
    std::optional<qint64> instant(qsizetype line, Column column, QStringView text);

    OutageParseResult &m_result;
    QString m_agreementId;
    QString m_onlyService;
    std::array<qsizetype, ColumnCount> m_index{};
    qsizetype m_width = 0;
};

bool RowParser::header(qsizetype line, std::span<const QStringView> fields)
{
    m_index.fill(-1);
    m_width = qsizetype(fields.size());
    for (qsizetype i = 0; i < m_width; ++i) {
        const QString name = fields[i].trimmed().toString().toLower();
        const auto it = std::find_if(kColumns.begin(), kColumns.end(),
                                     [&](const char16_t *c) { return name == QStringView(c); });
        if (it == kColumns.end()) {
            m_result.issues.append(
                {line, name,
                 OutageCsvText::tr("unknown column (expected: service, start, end, "
                                   "category, notice_given, reference, notes)")});
        } else if (m_index[it - kColumns.begin()] >= 0) {
            m_result.issues.append({line, name, OutageCsvText::tr("the column appears twice")});
        } else {
            m_index[it - kColumns.begin()] = i;
        }
    }
    for (int c = 0; c < ColumnCount; ++c) {
        if (m_index[c] < 0)
            m_result.issues.append({line, QString::fromUtf16(kColumns[c]),
                                    OutageCsvText::tr("the header has no such column")});
    }
    return m_result.issues.isEmpty();
}

std::optional<qint64> RowParser::instant(qsizetype line, Column column, QStringView text)
{
    const auto value = parseInstant(text.trimmed());
    if (!value) {
        const bool looksLocal = text.size() >= 16 && text.size() <= 19 && text[10] == u'T';
        issue(line, column,
              looksLocal
                  ? OutageCsvText::tr("\"%1\" has no time zone: add Z or an offset such as +01:00")
                        .arg(text.toString())
                  : OutageCsvText::tr(
                        "\"%1\" is not an ISO 8601 instant such as 2026-03-04T10:15:00Z")
                        .arg(text.left(40).toString()));
    }
    return value;
}

void RowParser::row(qsizetype line, std::span<const QStringView> fields)
{
    ++m_result.rows;
    if (qsizetype(fields.size()) != m_width) {
        issue(line, Service,
              OutageCsvText::tr("the row has %1 fields, the header %2")
                  .arg(fields.size())
                  .arg(m_width));
        return;
    }
    const auto field = [&](Column c) { return fields[m_index[c]]; };
    const qsizetype before = m_result.issues.size();
    Outage o;
    o.agreementId = m_agreementId;
    const QStringView service = field(Service).trimmed();
    if (service.isEmpty())
        issue(line, Service, OutageCsvText::tr("the service is empty"));
    else if (service.size() > 200)
        issue(line, Service, OutageCsvText::tr("the service name is longer than 200 characters"));
    const auto start = instant(line, Start, field(Start));
    std::optional<qint64> end;
    if (!field(End).trimmed().isEmpty()) {
        end = instant(line, End, field(End));
        if (start && end && *end <= *start)
            issue(line, End, OutageCsvText::tr("the outage ends before or when it starts"));
    }
    const auto category = fromKey<OutageCategory>(field(Category).trimmed());
    if (!category)
        issue(line, Category,
              OutageCsvText::tr("\"%1\" is not a category (expected one of: %2)")
                  .arg(field(Category).left(40).toString(),
                       keysOf<OutageCategory>().join(QStringLiteral(", "))));
    std::optional<qint64> notice;
    if (!field(NoticeGiven).trimmed().isEmpty())
        notice = instant(line, NoticeGiven, field(NoticeGiven));
    for (Column c : {Reference, Notes}) {
        if (field(c).size() > MaxTextLength)
            issue(line, c, OutageCsvText::tr("longer than %1 characters").arg(MaxTextLength));
    }
    if (m_result.issues.size() != before || !start || !category)
        return;
    if (!m_onlyService.isEmpty() && service != m_onlyService) {
        ++m_result.skipped;
        return;
    }
    o.service = service.toString();
    o.start = *start;
    o.end = end;
    o.category = *category;
    o.noticeGiven = notice;
    o.reference = field(Reference).trimmed().toString();
    o.notes = field(Notes).toString();
    m_result.outages.append(std::move(o));
}

} // namespace

OutageParseResult parseNativeOutageCsv(const QByteArray &bytes, const QString &agreementId,
                                       const QString &onlyService, const ImportProgress &progress)
{
    OutageParseResult result;
    RowParser parser(result, agreementId, onlyService);
    bool headerRead = false;
    bool headerOk = false;
    qsizetype sinceProgress = 0;
    const qsizetype totalLines = progress ? bytes.count('\n') + 1 : 0;
    const auto errors =
        CsvReader().read(bytes, [&](qsizetype line, std::span<const QStringView> f) {
            if (!headerRead) {
                headerRead = true;
                headerOk = parser.header(line, f);
                return headerOk;
            }
            parser.row(line, f);
            if (progress && ++sinceProgress == 4096) {
                sinceProgress = 0;
                if (!progress(line, totalLines)) {
                    result.cancelled = true;
                    return false;
                }
            }
            return !parser.tooManyIssues();
        });
    for (const CsvReader::Error &e : errors)
        result.issues.append({e.line, {}, e.message});
    if (!headerRead && result.issues.isEmpty())
        result.issues.append(
            {0,
             {},
             OutageCsvText::tr("the file is empty: expected a header line "
                               "service,start,end,category,notice_given,reference,notes")});
    if (!result.issues.isEmpty() || result.cancelled)
        result.outages.clear();
    return result;
}

} // namespace termlens
