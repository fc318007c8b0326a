#pragma once

#include "termrows.h"

#include <QList>
#include <QString>

namespace termlens {

// The row's own citation; where it names no place, the parent's place and quote. The parent's
// note and ambiguity stay on the parent's own row rather than repeating on every child.
Citation citedWithin(const Citation &own, const Citation &parent);

// Appends the rows of one group (termrows.cpp and comparisontermrows.cpp share it).
class TermRowBuilder
{
public:
    TermRowBuilder(QList<TermRow> &rows, TermGroup group)
        : m_rows(rows)
        , m_group(group)
    {}
    void add(const QString &key, const QString &label, const QString &value,
             const Citation &citation);
    // A term the documents do not state: one row saying so, never a blank or missing row.
    void absent(const QString &key, const QString &label);

private:
    QList<TermRow> &m_rows;
    TermGroup m_group;
};

} // namespace termlens
