#include "mappedcsv.h"

#include "csvreader.h"
#include "mappedcsvtime.h"
#include "vocabulary.h"

#include <QCoreApplication>

#include <array>

namespace termlens {
namespace {

struct MappedCsvText
{
    Q_DECLARE_TR_FUNCTIONS(MappedCsv)
};

class MappedRowParser
{
public:
    // Scoped to the parser: another parser of this layer names its columns alike.
    enum Field
    {
        Start,
        End,
        Duration,
        Service,
        Category,
        Reference,
        Notes,
        Filter,
        FieldCount
    };

    MappedRowParser(OutageParseResult &result, const MappingPreset &preset,
                    const OutageImportTarget &target)
        : m_result(result)
        , m_preset(preset)
        , m_target(target)
        , m_times(preset.timeFormats, preset.timeZone)
    {
        m_names = {preset.startColumn,   preset.endColumn,      preset.durationColumn,
                   preset.serviceColumn, preset.categoryColumn, preset.referenceColumn,
                   preset.notesColumn,   preset.filterColumn};
        for (QString &name : m_names)
            name = name.trimmed();
    }

    bool columns(qsizetype line, std::span<const QStringView> header);
    void row(qsizetype line, std::span<const QStringView> fields);
    bool tooManyIssues() const { return m_result.issues.size() >= MaxIssues; }

private:
    void issue(qsizetype line, Field f, const QString &message)
    {
        if (!tooManyIssues())
            m_result.issues.append({line, m_names[f], message});
    }
    QStringView field(std::span<const QStringView> fields, Field f) const
    {
        return m_index[f] >= 0 ? fields[m_index[f]].trimmed() : QStringView();
    }
    std::optional<qint64> time(qsizetype line, Field f, QStringView text);
    std::optional<OutageCategory> category(qsizetype line, QStringView text);
    std::optional<qint64> end(qsizetype line, std::span<const QStringView> fields,
                              std::optional<qint64> start, bool *ongoing);

    OutageParseResult &m_result;
    const MappingPreset &m_preset;
    const OutageImportTarget &m_target;
    MappedTimeReader m_times;
    std::array<QString, FieldCount> m_names;
    std::array<qsizetype, FieldCount> m_index{};
    qsizetype m_width = 0;
};

bool MappedRowParser::columns(qsizetype line, std::span<const QStringView> header)
{
    m_index.fill(-1);
    QStringList names;
    for (const QStringView h : header)
        names << h.trimmed().toString();
    for (int f = 0; f < FieldCount; ++f) {
        if (m_names[f].isEmpty())
            continue;
        if (!m_preset.hasHeader) {
            m_index[f] = m_names[f].toInt() - 1;
            if (m_index[f] < 0 || m_index[f] >= qsizetype(header.size()))
                m_result.issues.append(
                    {line, m_names[f],
                     MappedCsvText::tr("the file has %n column(s), so there is no column %1",
                                       nullptr, int(header.size()))
                         .arg(m_names[f])});
            continue;
        }
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (names[i].compare(m_names[f], Qt::CaseInsensitive) == 0) {
                m_index[f] = i;
                break;
            }
        }
        if (m_index[f] < 0)
            m_result.issues.append({line, m_names[f],
                                    MappedCsvText::tr("the header has no such column (it has: %1)")
                                        .arg(names.join(QStringLiteral(", ")).left(300))});
    }
    m_width = qsizetype(header.size());
    return m_result.issues.isEmpty();
}

std::optional<qint64> MappedRowParser::time(qsizetype line, Field f, QStringView text)
{
    const auto value = m_times.instant(text);
    if (!value)
        issue(line, f,
              MappedCsvText::tr("\"%1\" is not a time in the mapping's formats (%2)")
                  .arg(text.left(40).toString(), m_preset.timeFormats.join(QStringLiteral("; "))));
    return value;
}

std::optional<OutageCategory> MappedRowParser::category(qsizetype line, QStringView text)
{
    if (m_index[Category] < 0)
        return fromKey<OutageCategory>(m_preset.fixedCategory);
    for (const auto &[from, to] : m_preset.categoryMap) {
        if (text.compare(from.trimmed(), Qt::CaseInsensitive) == 0)
            return fromKey<OutageCategory>(to);
    }
    if (const auto direct = fromKey<OutageCategory>(text))
        return direct;
    issue(line, Category,
          MappedCsvText::tr("\"%1\" is not a category and the mapping does not say what it means")
              .arg(text.left(40).toString()));
    return std::nullopt;
}

std::optional<qint64> MappedRowParser::end(qsizetype line, std::span<const QStringView> fields,
                                           std::optional<qint64> start, bool *ongoing)
{
    *ongoing = false;
    if (m_index[End] >= 0) {
        const QStringView text = field(fields, End);
        if (text.isEmpty()) {
            *ongoing = true;
            return std::nullopt;
        }
        return time(line, End, text);
    }
    if (m_index[Duration] >= 0) {
        const QStringView text = field(fields, Duration);
        if (text.isEmpty()) {
            *ongoing = true;
            return std::nullopt;
        }
        const auto seconds = MappedTimeReader::duration(text, m_preset.durationUnit);
        if (!seconds) {
            issue(line, Duration,
                  MappedCsvText::tr("\"%1\" is not a duration in %2")
                      .arg(text.left(40).toString(), mappedDurationKey(m_preset.durationUnit)));
            return std::nullopt;
        }
        return start ? std::optional<qint64>(*start + *seconds) : std::nullopt;
    }
    *ongoing = true; // neither: every record is still going on
    return std::nullopt;
}

void MappedRowParser::row(qsizetype line, std::span<const QStringView> fields)
{
    ++m_result.rows;
    if (qsizetype(fields.size()) != m_width) {
        if (!tooManyIssues())
            m_result.issues.append({line,
                                    {},
                                    MappedCsvText::tr("the row has %1 fields, the header %2")
                                        .arg(fields.size())
                                        .arg(m_width)});
        return;
    }
    if (m_index[Filter] >= 0) {
        const QStringView value = field(fields, Filter);
        if (!std::any_of(m_preset.filterValues.begin(), m_preset.filterValues.end(),
                         [&](const QString &v) {
                             return value.compare(v.trimmed(), Qt::CaseInsensitive) == 0;
                         })) {
            ++m_result.skipped;
            return;
        }
    }
    const qsizetype before = m_result.issues.size();
    QString service = m_index[Service] >= 0 ? field(fields, Service).toString() : QString();
    if (service.isEmpty())
        service = m_preset.fixedService.trimmed();
    if (service.isEmpty())
        service = m_target.serviceForUnnamed();
    if (service.isEmpty())
        issue(
            line, Service,
            MappedCsvText::tr("the row names no service and no service was given for the import"));
    else if (service.size() > 200)
        issue(line, Service, MappedCsvText::tr("the service name is longer than 200 characters"));
    const auto start = time(line, Start, field(fields, Start));
    bool ongoing = false;
    const auto stop = end(line, fields, start, &ongoing);
    if (start && stop && *stop < *start)
        issue(line, m_index[End] >= 0 ? End : Duration,
              MappedCsvText::tr("the outage ends before it starts"));
    const auto cat = category(line, field(fields, Category));
    for (Field f : {Reference, Notes}) {
        if (field(fields, f).size() > MaxTextLength)
            issue(line, f, MappedCsvText::tr("longer than %1 characters").arg(MaxTextLength));
    }
    if (m_result.issues.size() != before || !start || !cat || (!stop && !ongoing))
        return;
    if ((stop && *stop == *start) ||
        (!m_target.onlyService.isEmpty() && service != m_target.onlyService)) {
        ++m_result.skipped;
        return;
    }
    Outage o;
    o.agreementId = m_target.agreementId;
    o.service = service;
    o.start = *start;
    o.end = stop;
    o.category = *cat;
    o.reference = field(fields, Reference).toString();
    o.notes = field(fields, Notes).toString();
    m_result.outages.append(std::move(o));
}

} // namespace

OutageParseResult parseMappedCsv(const QByteArray &bytes, const MappingPreset &preset,
                                 const OutageImportTarget &target, const ImportProgress &progress)
{
    OutageParseResult result;
    for (const QString &problem : validateMappingPreset(preset))
        result.issues.append({0, {}, problem});
    if (!result.issues.isEmpty())
        return result;
    MappedRowParser parser(result, preset, target);
    bool first = true;
    qsizetype sinceProgress = 0;
    const qsizetype totalLines = progress ? bytes.count('\n') + 1 : 0;
    const auto errors = CsvReader(preset.delimiter)
                            .read(bytes, [&](qsizetype line, std::span<const QStringView> f) {
                                if (first) {
                                    first = false;
                                    if (!parser.columns(line, f))
                                        return false;
                                    if (preset.hasHeader)
                                        return true;
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
    if (first && result.issues.isEmpty())
        result.issues.append({0, {}, MappedCsvText::tr("the file is empty")});
    if (!result.issues.isEmpty() || result.cancelled)
        result.outages.clear();
    return result;
}

QList<QStringList> csvFirstRecords(const QByteArray &bytes, QChar delimiter, int count)
{
    QList<QStringList> records;
    if (count <= 0)
        return records;
    // Only the start of the file: a preview of a million-row file must not read all of it.
    QByteArray head = bytes.left(256 * 1024);
    if (head.size() < bytes.size()) {
        const qsizetype lastLine = head.lastIndexOf('\n');
        head.truncate(lastLine >= 0 ? lastLine + 1 : 0);
    }
    (void)CsvReader(delimiter).read(head, [&](qsizetype, std::span<const QStringView> fields) {
        QStringList record;
        for (const QStringView f : fields)
            record << f.toString();
        records << record;
        return records.size() < count;
    });
    return records;
}

QStringList csvHeader(const QByteArray &bytes, QChar delimiter)
{
    const QList<QStringList> first = csvFirstRecords(bytes, delimiter, 1);
    QStringList header = first.isEmpty() ? QStringList() : first.first();
    for (QString &h : header)
        h = h.trimmed();
    return header;
}

} // namespace termlens
