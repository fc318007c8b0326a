#include "agreementimport.h"

#include "agreementrepository.h"
#include "workspace.h"

namespace termlens {

StorageResult<QList<bool>> saveAgreements(Workspace &workspace, const QList<TermSheet> &sheets)
{
    using Result = StorageResult<QList<bool>>;
    AgreementRepository repository(workspace);
    QList<bool> replaced;
    for (const TermSheet &sheet : sheets) {
        const auto stored = repository.load(sheet.id);
        if (!stored.ok())
            return Result::failure(stored.error);
        replaced.append(stored.value->has_value());
    }
    // One transaction for all of them: a failure or a crash leaves none stored.
    const StorageStatus saved = repository.save(sheets);
    if (!saved.ok())
        return Result::failure(saved.error);
    return Result::success(replaced);
}

} // namespace termlens
