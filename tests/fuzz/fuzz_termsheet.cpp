// libFuzzer target: the term-sheet parser (INTERFACES.md §1). Any bytes must give either a sheet
// or located issues, never a crash; a sheet must survive export and re-import unchanged.
#include "termsheetjson.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const termlens::TermSheetParseResult parsed = termlens::parseTermSheet(bytes);
    if (parsed.sheet.has_value() == !parsed.issues.isEmpty())
        std::abort(); // a sheet exactly when there is no issue
    for (const termlens::ValidationIssue &issue : parsed.issues) {
        if (issue.message.isEmpty())
            std::abort();
    }
    if (parsed.sheet) {
        const termlens::TermSheetParseResult again =
            termlens::parseTermSheet(termlens::termSheetToJson(*parsed.sheet));
        if (!again.sheet || !(*again.sheet == *parsed.sheet))
            std::abort(); // import(export(x)) == x
    }
    return 0;
}
