#pragma once

#include "termsheet.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace termlens {

// The groups rows are filed under, in the order DOMAIN.md's table lists the terms.
enum class TermGroup
{
    Availability,
    Credits,
    Term,
    Liability,
    Support,
    Termination,
    Subprocessors,
    Data,
    BreachNotification,
    GoverningLaw,
    Changes,
};

// One readable line of a term sheet: what the term is, what the agreement says, and where it
// says it. Shared by the agreement page, the comparison grid and the PDF report, so it holds
// text only (no widgets, no HTML: every string is plain text and must be shown as such).
struct TermRow
{
    // Stable across agreements ("availability.target", "support.level.2"), so a grid can put
    // the same term of several agreements on one line; never shown to users.
    QString key;
    TermGroup group = TermGroup::Availability;
    QString label; // translated: "Availability target", or a support level's own name
    QString value; // translated, with units; notStatedText() when the documents are silent
    bool stated = false;
    // The row's own citation, else its parent's clause and quote (a credit base cites the
    // credits clause); a parent's note and ambiguity are not repeated on every child row.
    Citation citation;
};

// Every term of DOMAIN.md's table, in that order, one row per term (one per item of a list:
// support levels, termination rights, sub-processors, data locations). An absent term gives
// one row saying "not stated", never a blank row or a missing one. Numbers use `locale`.
QList<TermRow> termRows(const TermSheet &sheet, const QLocale &locale = QLocale());

QString termGroupName(TermGroup group);
QString notStatedText();

// Short forms for one-line summaries (the agreement list): "99.95 %", "1.25 × fees paid in the
// previous contract year", "Fixed: 12 months, 90 days' notice"; notStatedText() when absent.
QString availabilityTargetText(const TermSheet &sheet, const QLocale &locale = QLocale());
QString liabilityCapText(const TermSheet &sheet, const QLocale &locale = QLocale());
QString renewalText(const TermSheet &sheet, const QLocale &locale = QLocale());

// A decimal in the locale's digits and decimal point, shortest form ("99.95", "1,25").
QString formatDecimal(const Decimal &value, const QLocale &locale = QLocale());
// "30 days", "10 business days", "1 month".
QString formatDuration(const Duration &duration);

} // namespace termlens
