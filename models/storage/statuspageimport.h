#pragma once

#include "mappedcsv.h"
#include "outagecsv.h"

#include <QByteArray>

namespace termlens {

// An Atlassian Statuspage incident history (GET /api/v2/incidents.json: an object whose
// "incidents" is a list; a bare list of incidents is read too) as outages:
// - an incident runs from started_at, else created_at, to resolved_at (null: still ongoing); a
//   maintenance without started_at runs from scheduled_for;
// - each of its components names a service: one outage per component; an incident without
//   components belongs to target.serviceForUnnamed(), and is an error when that is empty;
// - a scheduled maintenance (scheduled_for set, or impact "maintenance") is
//   scheduled-maintenance with its notice given at created_at, when it was announced; one
//   still "scheduled" (it has not begun) is skipped; every other impact (none, minor, major,
//   critical) is unplanned: the contract, not the vendor's label, decides what counts;
// - reference = the incident's id, notes = its name.
// Every problem is reported with its JSON path (column: "incidents[3].started_at", line 0) and
// nothing is returned when there is any (all or nothing). Fields not named here are ignored:
// the API adds fields over time.
OutageParseResult parseStatuspageIncidents(const QByteArray &bytes,
                                           const OutageImportTarget &target,
                                           const ImportProgress &progress = {});

} // namespace termlens
