#pragma once

#include "termsheet.h"

#include <QString>

#include <optional>

namespace termlens {

// One period during which one service was unavailable. Instants are seconds since the Unix
// epoch in UTC: the engine works on integers, and the store keeps instants in UTC.
struct Outage
{
    qint64 id = 0; // the store's id; 0 before it is stored
    QString agreementId;
    QString service;
    qint64 start = 0;
    std::optional<qint64> end; // absent: still ongoing
    OutageCategory category = OutageCategory::Unplanned;
    std::optional<qint64> noticeGiven; // when the vendor announced it (maintenance)
    QString reference;
    QString notes;
    friend bool operator==(const Outage &, const Outage &) = default;
};

} // namespace termlens
