#include "termsheet.h"

namespace termlens {

const Document *TermSheet::document(const QString &documentId) const
{
    for (const Document &d : documents) {
        if (d.id == documentId)
            return &d;
    }
    return nullptr;
}

} // namespace termlens
