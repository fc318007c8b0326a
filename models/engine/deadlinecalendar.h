#pragma once

#include "icalendar.h"
#include "termdeadlines.h"
#include "termsheet.h"

namespace termlens {

// The renewal deadlines of an agreement as calendar events: the last day to give notice (when
// there is one) and the last day of the current term, each all-day with reminders 14 days and
// 1 day before. For a rolling agreement the second event is the earliest end (no term ends by
// itself), and says so. UIDs are made of the agreement id, the kind of date and the date, so
// exporting again updates the same events in a calendar.
Calendar deadlineCalendar(const TermSheet &sheet, const TermDeadlines &deadlines, qint64 stampUtc);

} // namespace termlens
