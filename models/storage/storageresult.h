#pragma once

#include "storageerror.h"

#include <optional>
#include <utility>
#include <variant>

namespace termlens {

// Storage operations return a value or a StorageError (errors are values, as in the engine's
// Outcome, but carrying the file so the user knows which workspace failed).
template <typename T> struct StorageResult
{
    std::optional<T> value;
    StorageError error;

    bool ok() const { return value.has_value(); }
    static StorageResult success(T v) { return StorageResult{std::move(v), {}}; }
    static StorageResult failure(StorageError why)
    {
        return StorageResult{std::nullopt, std::move(why)};
    }
};

// The result of an operation that returns nothing but may fail.
using StorageStatus = StorageResult<std::monostate>;

inline StorageStatus storageOk()
{
    return StorageStatus::success({});
}

} // namespace termlens
