#include "termrowbuilder.h"

namespace termlens {

Citation citedWithin(const Citation &own, const Citation &parent)
{
    Citation result = own;
    if (own.document.isEmpty() && own.clause.isEmpty() && own.quote.isEmpty()) {
        result.document = parent.document;
        result.clause = parent.clause;
        result.quote = parent.quote;
    }
    return result;
}

void TermRowBuilder::add(const QString &key, const QString &label, const QString &value,
                         const Citation &citation)
{
    m_rows.append(TermRow{key, m_group, label, value, true, citation});
}

void TermRowBuilder::absent(const QString &key, const QString &label)
{
    m_rows.append(TermRow{key, m_group, label, notStatedText(), false, {}});
}

} // namespace termlens
