#include "schema.h"

namespace termlens {

namespace {

// Version 1. Instants are INTEGER seconds since the epoch in UTC; dates are 'YYYY-MM-DD' text;
// money is INTEGER minor units in the subscription's currency. Text that may be absent is
// NULL; reference/notes columns are '' when empty so that they take part in uniqueness (NULLs
// never compare equal). Every agreement-owned row goes when its agreement goes.
QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE agreements ("
                       " id TEXT NOT NULL PRIMARY KEY,"
                       " vendor TEXT NOT NULL,"
                       " product TEXT,"
                       " currency TEXT NOT NULL,"
                       " time_zone TEXT NOT NULL,"
                       " notes TEXT,"
                       " created_utc INTEGER NOT NULL,"
                       " updated_utc INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE documents ("
                       " agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,"
                       " id TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " title TEXT, version TEXT, date TEXT, source TEXT, text TEXT,"
                       " PRIMARY KEY (agreement_id, id))"),
        // One row per key under "terms": the value as the term sheet writes it, and its own
        // top-level citation lifted into columns for querying.
        QStringLiteral("CREATE TABLE term_values ("
                       " agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,"
                       " term TEXT NOT NULL,"
                       " value_json TEXT NOT NULL,"
                       " document TEXT, clause TEXT, quote TEXT, note TEXT, ambiguity TEXT,"
                       " PRIMARY KEY (agreement_id, term))"),
        QStringLiteral("CREATE TABLE subscriptions ("
                       " agreement_id TEXT NOT NULL PRIMARY KEY"
                       "  REFERENCES agreements (id) ON DELETE CASCADE,"
                       " start_date TEXT,"
                       " billing_cycle TEXT NOT NULL,"
                       " currency TEXT NOT NULL,"
                       " account TEXT NOT NULL DEFAULT '')"),
        // position keeps the services in the order the user entered them.
        QStringLiteral("CREATE TABLE subscription_services ("
                       " agreement_id TEXT NOT NULL"
                       "  REFERENCES subscriptions (agreement_id) ON DELETE CASCADE,"
                       " service TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " monthly_fee_minor INTEGER NOT NULL,"
                       " PRIMARY KEY (agreement_id, service))"),
        QStringLiteral("CREATE TABLE payments ("
                       " id INTEGER PRIMARY KEY,"
                       " agreement_id TEXT NOT NULL"
                       "  REFERENCES subscriptions (agreement_id) ON DELETE CASCADE,"
                       " date TEXT NOT NULL,"
                       " amount_minor INTEGER NOT NULL,"
                       " reference TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX payments_by_agreement ON payments (agreement_id, date)"),
        QStringLiteral("CREATE TABLE outages ("
                       " id INTEGER PRIMARY KEY,"
                       " agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,"
                       " service TEXT NOT NULL,"
                       " start_utc INTEGER NOT NULL,"
                       " end_utc INTEGER,"
                       " category TEXT NOT NULL,"
                       " notice_utc INTEGER,"
                       " reference TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL DEFAULT 'manual',"
                       " CHECK (end_utc IS NULL OR end_utc >= start_utc))"),
        // Re-importing an identical outage is a no-op (INSERT ... ON CONFLICT DO NOTHING). Its
        // leading columns also serve lookups by (agreement_id, service, start_utc).
        QStringLiteral("CREATE UNIQUE INDEX outages_identity ON outages"
                       " (agreement_id, service, start_utc, COALESCE(end_utc, -1), category,"
                       " reference)"),
        // Range queries over all of an agreement's services.
        QStringLiteral("CREATE INDEX outages_by_start ON outages (agreement_id, start_utc)"),
        QStringLiteral("CREATE TABLE credit_claims ("
                       " agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,"
                       " service TEXT NOT NULL,"
                       " month TEXT NOT NULL,"
                       " claimed_date TEXT NOT NULL,"
                       " reference TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (agreement_id, service, month))"),
        QStringLiteral("CREATE TABLE playbooks ("
                       " id TEXT NOT NULL PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " json TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE import_batches ("
                       " id TEXT NOT NULL PRIMARY KEY,"
                       " agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,"
                       " file_name TEXT NOT NULL,"
                       " sha256 TEXT NOT NULL,"
                       " imported_utc INTEGER NOT NULL,"
                       " rows INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE settings ("
                       " key TEXT NOT NULL PRIMARY KEY,"
                       " value TEXT)"),
    };
}

// Version 2: the outage ledger sorts a million outages by end, duration or category through
// these indexes (outageledger.cpp names the same expressions in its ORDER BY). An ongoing
// outage sorts as if it ended in the year 10000.
QStringList version2()
{
    return {
        QStringLiteral("CREATE INDEX outages_by_end ON outages"
                       " (agreement_id, COALESCE(end_utc, 253402300800))"),
        QStringLiteral("CREATE INDEX outages_by_duration ON outages"
                       " (agreement_id, (COALESCE(end_utc, 253402300800) - start_utc))"),
        QStringLiteral("CREATE INDEX outages_by_category ON outages"
                       " (agreement_id, category, start_utc)"),
    };
}

} // namespace

QList<MigrationStep> workspaceSchema()
{
    return {{1, version1()}, {2, version2()}};
}

} // namespace termlens
