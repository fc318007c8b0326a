#pragma once

#include "money.h"
#include "playbook.h"
#include "termsheet.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace termlens {

// What a term sheet says about one playbook term, normalised so a playbook position can be
// checked against it. An absent term is NotStated and never a favourable figure.
//
// Numbers are in the unit the term's key ends with. A duration that has no single length
// ("1 month", "10 Business Days") gives its shortest and longest real length; the evaluator
// compares the one least favourable to the customer (shortest against a minimum, longest
// against a maximum), and `note` says so. Readings by term:
// - liability-cap-annual-fees: the multiplier for bases of fees paid over a year (a year's fees
//   assumed paid in the window), from 0 for the previous contract year without a first-year
//   rule (no previous year in the first one); a fixed amount x multiplier / the annual fee given.
// - renewal-notice-days: fixed and rolling renewals' notice; for paid-period its notice if
//   stated, else 0 (cancel any time before the period ends); 0 for a term that does not renew.
// - cure-period-days: the shortest cure period of the vendor's (or either party's) rights to
//   terminate for material breach or non-payment: the time the customer gets to put it right.
// - support-top-response-hours / -clock: the first support level listed (term sheets list the
//   most severe first); business-clock days are business days of the calendar's opening hours.
// - breach-notification-hours: a notification clause without a fixed time ("without undue
//   delay") is NoFigure: stated, but with no figure that could meet a maximum.
// - change-notice-days / subprocessor-change-notice-days: Satisfied when changes need the
//   customer's written agreement / each sub-processor needs specific authorisation. Changes
//   that take effect on posting read their notice as 0 to N days (N is the latest they apply).
// - *-countries: the distinct countries listed; entries without one are counted in
//   unstatedEntries. governing-law: the law's ISO 3166 code; without one, the usual names of
//   the UK and Irish laws ("England & Wales", "English law", "Scots law", "Ireland") are read
//   as their code (the note says so), any other name is not stated.
// - flags: service credits (a schedule other than "none"), sole remedy, objection right,
//   insurance limit, backups: as stated; not stated when the field is absent.
struct TermReading
{
    enum class State
    {
        NotStated,
        Number,
        NoFigure,
        Satisfied,
        Codes,
        Flag
    };
    State state = State::NotStated;
    Decimal lowest, highest; // Number
    QStringList codes;       // Codes
    int unstatedEntries = 0; // Codes: entries that name no code
    bool flag = false;       // Flag
    QString value;           // the value as the term sheet puts it ("90 days"), translated
    QString note;            // a reading or conversion the user should know about, translated
    Citation citation;       // where the value came from
};

TermReading readTerm(PlaybookTerm term, const TermSheet &sheet, std::optional<Money> annualFee);

} // namespace termlens
