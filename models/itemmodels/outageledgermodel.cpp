#include "outageledgermodel.h"

#include "instant.h"
#include "plaintooltip.h"
#include "roles.h"
#include "termtext.h"
#include "vocabulary.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace termlens {

namespace {

using namespace Qt::StringLiterals;

QString columnName(int column)
{
    switch (column) {
    case OutageLedgerModel::ServiceColumn:
        return OutageLedgerModel::tr("Service");
    case OutageLedgerModel::StartColumn:
        return OutageLedgerModel::tr("Start (UTC)");
    case OutageLedgerModel::EndColumn:
        return OutageLedgerModel::tr("End (UTC)");
    case OutageLedgerModel::DurationColumn:
        return OutageLedgerModel::tr("Duration");
    case OutageLedgerModel::CategoryColumn:
        return OutageLedgerModel::tr("Category");
    case OutageLedgerModel::NoticeColumn:
        return OutageLedgerModel::tr("Notice Given (UTC)");
    case OutageLedgerModel::ReferenceColumn:
        return OutageLedgerModel::tr("Reference");
    case OutageLedgerModel::NotesColumn:
        return OutageLedgerModel::tr("Notes");
    default:
        return {};
    }
}

OutageSortKey sortKeyOf(int column)
{
    switch (column) {
    case OutageLedgerModel::ServiceColumn:
        return OutageSortKey::Service;
    case OutageLedgerModel::EndColumn:
        return OutageSortKey::End;
    case OutageLedgerModel::DurationColumn:
        return OutageSortKey::Duration;
    case OutageLedgerModel::CategoryColumn:
        return OutageSortKey::Category;
    case OutageLedgerModel::NoticeColumn:
        return OutageSortKey::Notice;
    case OutageLedgerModel::ReferenceColumn:
        return OutageSortKey::Reference;
    case OutageLedgerModel::NotesColumn:
        return OutageSortKey::Notes;
    default:
        return OutageSortKey::Start;
    }
}

// An instant typed by the user; `what` names it in the message ("The start").
std::optional<qint64> parseTypedInstant(const QString &typed, const QString &what, QString *error)
{
    const QString text = typed.trimmed();
    if (const std::optional<qint64> instant = parseInstant(text))
        return instant;
    if (parseInstant(QString(text + u'Z')))
        *error = OutageLedgerModel::tr("%1 \"%2\" has no time zone: add Z for UTC or an "
                                       "offset such as +01:00.")
                     .arg(what, text);
    else
        *error = OutageLedgerModel::tr("%1 \"%2\" is not a date and time; write it as ISO "
                                       "8601 with a zone, e.g. 2026-03-04T10:15:00Z.")
                     .arg(what, text);
    return std::nullopt;
}

std::optional<OutageCategory> parseCategory(const QString &typed)
{
    const QString text = typed.trimmed();
    if (const auto key = fromKey<OutageCategory>(text))
        return key;
    for (const auto &entry : vocabulary<OutageCategory>()) {
        if (OutageLedgerModel::categoryName(entry.value).compare(text, Qt::CaseInsensitive) == 0 ||
            outageCategoryName(entry.value).compare(text, Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

QString endBeforeStart(const Outage &o)
{
    return OutageLedgerModel::tr("The end (%1) is not after the start (%2).")
        .arg(formatInstantUtc(*o.end), formatInstantUtc(o.start));
}

} // namespace

QString OutageLedgerModel::categoryName(OutageCategory category)
{
    switch (category) {
    case OutageCategory::Unplanned:
        return tr("Unplanned");
    case OutageCategory::ScheduledMaintenance:
        return tr("Scheduled maintenance");
    case OutageCategory::EmergencyMaintenance:
        return tr("Emergency maintenance");
    case OutageCategory::CustomerCause:
        return tr("Customer cause");
    case OutageCategory::ForceMajeure:
        return tr("Force majeure");
    case OutageCategory::SecurityAttack:
        return tr("Security attack");
    case OutageCategory::HostingProvider:
        return tr("Hosting provider");
    case OutageCategory::Internet:
        return tr("Internet");
    case OutageCategory::ThirdParty:
        return tr("Third party");
    case OutageCategory::Suspension:
        return tr("Suspension");
    }
    return {};
}

OutageLedgerModel::OutageLedgerModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

OutageLedgerModel::~OutageLedgerModel() = default;

void OutageLedgerModel::setWorkspace(Workspace *workspace)
{
    beginResetModel();
    m_workspace = workspace;
    readCount();
    endResetModel();
}

void OutageLedgerModel::setFilter(const OutageLedgerFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    readCount();
    endResetModel();
}

void OutageLedgerModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const OutageSortKey key = sortKeyOf(column);
    if (key == m_sortKey && order == m_sortOrder)
        return;
    beginResetModel();
    m_sortKey = key;
    m_sortOrder = order;
    m_pages.clear();
    m_pagesRead = 0;
    endResetModel();
}

void OutageLedgerModel::reload()
{
    const qint64 before = m_count;
    OutageLedgerFilter filter = m_filter;
    if (!m_workspace || !m_workspace->isOpen() || filter.agreementId.isEmpty()) {
        setWorkspace(m_workspace);
        return;
    }
    const StorageResult<qint64> n = OutageLedgerQuery(*m_workspace).count(filter);
    if (n.ok() && *n.value == before) {
        m_pages.clear();
        if (before > 0)
            emit dataChanged(index(0, 0), index(int(before) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    readCount();
    endResetModel();
}

void OutageLedgerModel::readCount()
{
    m_pages.clear();
    m_pagesRead = 0;
    m_count = 0;
    m_error.clear();
    if (!m_workspace || !m_workspace->isOpen() || m_filter.agreementId.isEmpty())
        return;
    const StorageResult<qint64> n = OutageLedgerQuery(*m_workspace).count(m_filter);
    if (!n.ok()) {
        m_error = n.error.toString();
        emit readFailed(m_error);
        return;
    }
    // A view addresses rows with int; more outages than that are not shown.
    m_count = std::min<qint64>(*n.value, std::numeric_limits<int>::max());
}

qsizetype OutageLedgerModel::cachedRows() const
{
    qsizetype rows = 0;
    for (const Page &page : m_pages)
        rows += page.rows.size();
    return rows;
}

const OutageLedgerModel::Page *OutageLedgerModel::pageFor(int row) const
{
    if (!m_workspace || !m_workspace->isOpen() || row < 0 || row >= m_count)
        return nullptr;
    const qint64 number = row / PageSize;
    auto found = m_pages.find(number);
    if (found == m_pages.end()) {
        const StorageResult<QList<Outage>> rows =
            OutageLedgerQuery(*m_workspace)
                .window(m_filter, m_sortKey, m_sortOrder, number * PageSize, PageSize, m_count);
        ++m_pagesRead;
        if (!rows.ok()) {
            if (m_error.isEmpty()) {
                m_error = rows.error.toString();
                // Not from inside data(): a view may be painting.
                auto *self = const_cast<OutageLedgerModel *>(this);
                QMetaObject::invokeMethod(
                    self, [self, message = m_error] { emit self->readFailed(message); },
                    Qt::QueuedConnection);
            }
            return nullptr;
        }
        if (m_pages.size() >= MaxCachedPages) {
            auto oldest = m_pages.begin();
            for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
                if (it->used < oldest->used)
                    oldest = it;
            }
            m_pages.erase(oldest);
        }
        found = m_pages.insert(number, Page{*rows.value, 0});
    }
    found->used = ++m_clock;
    return &*found;
}

std::optional<Outage> OutageLedgerModel::outageAt(int row) const
{
    const Page *page = pageFor(row);
    if (!page)
        return std::nullopt;
    const qsizetype at = row % PageSize;
    if (at >= page->rows.size())
        return std::nullopt; // the table shrank since it was counted
    return page->rows.at(at);
}

int OutageLedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int OutageLedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutageLedgerModel::durationText(qint64 seconds)
{
    // Hours may pass 24: "36:00:00" is a day and a half.
    return u"%1:%2:%3"_s.arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QVariant OutageLedgerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole &&
        role != AgreementIdRole && role != Qt::UserRole)
        return {};
    const std::optional<Outage> o = outageAt(index.row());
    if (!o)
        return {};
    if (role == AgreementIdRole)
        return o->agreementId;
    if (role == Qt::UserRole)
        return o->id;
    const bool edit = role == Qt::EditRole;
    QString text;
    switch (index.column()) {
    case ServiceColumn:
        text = o->service;
        break;
    case StartColumn:
        text = formatInstantUtc(o->start);
        break;
    case EndColumn:
        text = o->end ? formatInstantUtc(*o->end) : edit ? QString() : tr("ongoing");
        break;
    case DurationColumn:
        text = o->end ? durationText(*o->end - o->start) : tr("ongoing");
        break;
    case CategoryColumn:
        text = edit ? keyOf(o->category) : categoryName(o->category);
        break;
    case NoticeColumn:
        text = o->noticeGiven ? formatInstantUtc(*o->noticeGiven) : QString();
        break;
    case ReferenceColumn:
        text = o->reference;
        break;
    case NotesColumn:
        text = o->notes;
        break;
    default:
        break;
    }
    if (role == Qt::ToolTipRole)
        return text.isEmpty() ? QVariant() : QVariant(plainToolTip(text));
    return text;
}

QVariant OutageLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnName(section);
    if (role == Qt::ToolTipRole && section == DurationColumn)
        return tr("Hours, minutes and seconds from start to end");
    return {};
}

Qt::ItemFlags OutageLedgerModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != DurationColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

OutageEditCheck OutageLedgerModel::checkEdit(const Outage &outage, int column, const QString &text)
{
    Outage after = outage;
    QString error;
    switch (column) {
    case ServiceColumn:
        if (text.trimmed().isEmpty())
            return {std::nullopt, tr("Every outage names its service.")};
        after.service = text.trimmed();
        break;
    case StartColumn: {
        const auto start = parseTypedInstant(text, tr("The start"), &error);
        if (!start)
            return {std::nullopt, error};
        after.start = *start;
        break;
    }
    case EndColumn:
        if (text.trimmed().isEmpty()) {
            after.end.reset(); // ongoing
        } else {
            const auto end = parseTypedInstant(text, tr("The end"), &error);
            if (!end)
                return {std::nullopt, error};
            after.end = *end;
        }
        break;
    case CategoryColumn: {
        const auto category = parseCategory(text);
        if (!category) {
            QStringList keys;
            for (const auto &entry : vocabulary<OutageCategory>())
                keys << keyOf(entry.value);
            return {std::nullopt, tr("\"%1\" is not an outage category; use one of: %2.")
                                      .arg(text.trimmed(), keys.join(u", "_s))};
        }
        after.category = *category;
        break;
    }
    case NoticeColumn:
        if (text.trimmed().isEmpty()) {
            after.noticeGiven.reset();
        } else {
            const auto notice = parseTypedInstant(text, tr("The notice"), &error);
            if (!notice)
                return {std::nullopt, error};
            after.noticeGiven = *notice;
        }
        break;
    case ReferenceColumn:
        after.reference = text.trimmed();
        break;
    case NotesColumn:
        after.notes = text;
        break;
    default:
        return {std::nullopt, tr("The duration follows from the start and the end; edit those.")};
    }
    // As the importers: an outage that ends when it starts took no time and is refused.
    if (after.end && *after.end <= after.start)
        return {std::nullopt, endBeforeStart(after)};
    return {after, {}};
}

bool OutageLedgerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const std::optional<Outage> before = outageAt(index.row());
    if (!before)
        return false;
    const OutageEditCheck check = checkEdit(*before, index.column(), value.toString());
    if (!check.outage) {
        emit editRejected(
            tr("Row %1, %2: %3")
                .arg(QLocale().toString(index.row() + 1), columnName(index.column()), check.error));
        return false;
    }
    if (*check.outage == *before)
        return false; // nothing changed: no command
    emit editRequested(*before, *check.outage);
    return true;
}

} // namespace termlens
