#pragma once

#include "availability.h"

#include <QCoreApplication>
#include <QList>

#include <span>

namespace termlens {

// The first steps of computeAvailability (DOMAIN.md "Availability in a period", rules 3 and 4):
// clips one service's records to the month, sorts each into counted and excluded time with its
// reason, merges each side so overlapping records count once, and removes from the counted
// side any time that is also excluded. Every decision is written to the working.
class DowntimeCollector
{
public:
    DowntimeCollector(const AvailabilityInput &input, std::span<const Outage> outages,
                      Working &working);

    void run();

    const QList<Interval> &counted() const { return m_counted; }
    const QList<Interval> &excluded() const { return m_excluded; }

private:
    // Caps the per-record lines; what is not itemised is summed up in one line.
    struct LineBudget
    {
        int limit = 0;
        qint64 listed = 0;
        qint64 skipped = 0;
        qint64 skippedSeconds = 0;
        bool take(qint64 seconds);
    };

    // A piece of one record's time on one side, and the record it came from.
    struct Part
    {
        Interval interval;
        qsizetype record = 0;
    };

    void classify(qsizetype index);
    void splitMaintenance(qsizetype index, Interval part);
    bool noticeFails(qsizetype index, qint64 inPeriod);
    void prepareCalendars();
    QList<Interval> mergeSide(QList<Part> &parts, qsizetype inOrder, bool countedSide);
    void describeOverlap(qsizetype first, qsizetype second, qint64 overlap, bool countedSide);
    void removeExcludedOverlap();
    void summariseSkipped();
    void count(Interval part, qsizetype record);
    void exclude(Interval part, qsizetype record);
    QString label(qsizetype record) const;
    QString categoryText(const Outage &outage) const;

    const AvailabilityInput &m_input;
    const Availability &m_rules;
    std::span<const Outage> m_outages;
    Working &m_working;
    quint32 m_excludedCategories = 0;
    qint64 m_clipEnd = 0; // where an ongoing outage stops being counted
    QList<Part> m_countedParts;
    QList<Part> m_excludedParts;
    // How many parts of each side were added in record order, before the maintenance pieces.
    qsizetype m_countedInOrder = 0;
    qsizetype m_excludedInOrder = 0;
    QList<qsizetype> m_maintenance; // scheduled-maintenance records that need their conditions
    QList<Interval> m_maintenanceParts;
    bool m_calendarsReady = false;
    QList<Interval> m_windows;       // allowed maintenance windows in and around the month
    QList<Interval> m_businessHours; // open time of the Normal Business Hours
    LineBudget m_countedLines;
    LineBudget m_excludedLines;
    LineBudget m_overlapLines;
    QList<Interval> m_counted;
    QList<Interval> m_excluded;
};

// The translation context of every availability working line.
struct AvailabilityText
{
    Q_DECLARE_TR_FUNCTIONS(Availability)
};

// Shared by the availability working lines: "47.5 min", exact to 4 decimals of a minute.
QString minutesText(const Decimal &seconds);
QString minutesText(qint64 seconds);
// "clause 13.5" or "the availability clause" when the term sheet cites none.
QString clauseText(const Citation &citation);
// "Note on this term (clause 2): ..." when the citation records an ambiguity, so the working
// names the reading chosen.
void noteAmbiguity(Working &working, const Citation &citation);

} // namespace termlens
