#include "citationtext.h"

#include <QCoreApplication>

namespace termlens {

QString citedAs(const Citation &citation)
{
    if (!citation.clause.isEmpty())
        return citation.clause;
    if (!citation.document.isEmpty())
        return citation.document;
    return QCoreApplication::translate("Citation", "no clause cited");
}

QString citedAs(const Citation &first, const Citation &second)
{
    if (first.clause.isEmpty() && first.document.isEmpty())
        return citedAs(second);
    return citedAs(first);
}

} // namespace termlens
