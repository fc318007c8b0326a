// The driver's helper modes: the desktop app's storage paths (Save a Copy, an outage import
// through storeOutageImport) run in a child process, so strace can inject faults into them, and
// a holder that keeps a workspace open as a second instance would find it.
#include "outageimport.h"
#include "reliability.h"
#include "workspace.h"
#include "workspacecopy.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>
#include <sqlite3.h>

namespace reliability {
namespace {

using namespace Qt::StringLiterals;
using namespace termlens;

// After a failure the connection must be as the app would go on using it: no transaction left
// open (sqlite3_get_autocommit), and a write transaction can start and end again.
int afterFailure(Workspace &workspace, const StorageError &error)
{
    QTextStream err(stderr);
    err << error.toString() << Qt::endl;
    QSqlDatabase db = workspace.database();
    auto *handle = *static_cast<sqlite3 *const *>(db.driver()->handle().data());
    if (sqlite3_get_autocommit(handle) == 0)
        err << "helper: a transaction was left open after the failure" << Qt::endl;
    QSqlQuery query(db);
    if (!query.exec(u"BEGIN IMMEDIATE"_s) || !query.exec(u"ROLLBACK"_s))
        err << "helper: the workspace cannot start a new transaction after the failure: "
            << query.lastError().text() << Qt::endl;
    return 1;
}

int saveCopy(const QString &ws, const QString &target)
{
    StorageResult<Workspace> opened = Workspace::open(ws);
    if (!opened.ok()) {
        QTextStream(stderr) << opened.error.toString() << Qt::endl;
        return 1;
    }
    const StorageStatus saved = saveWorkspaceCopy(*opened.value, target);
    if (!saved.ok())
        return afterFailure(*opened.value, saved.error);
    return 0;
}

int importOutages(const QString &ws, const QString &csv, const QString &agreement)
{
    StorageResult<Workspace> opened = Workspace::open(ws);
    if (!opened.ok()) {
        QTextStream(stderr) << opened.error.toString() << Qt::endl;
        return 1;
    }
    const QByteArray bytes = readBytes(csv);
    const OutageParseResult parsed = parseNativeOutageCsv(bytes, agreement, QString());
    if (!parsed.issues.isEmpty()) {
        QTextStream(stderr) << "helper: the test file does not parse" << Qt::endl;
        return 3;
    }
    const ImportBatch batch =
        makeImportBatch(agreement, csv, bytes, parsed.rows, QDateTime::currentSecsSinceEpoch());
    const auto stored =
        storeOutageImport(opened.value->database(), opened.value->path(), batch, parsed.outages);
    if (!stored.ok())
        return afterFailure(*opened.value, stored.error);
    return 0;
}

// Holds the workspace open until its standard input closes.
int hold(const QString &ws)
{
    StorageResult<Workspace> opened = Workspace::open(ws);
    if (!opened.ok()) {
        QTextStream(stderr) << opened.error.toString() << Qt::endl;
        return 1;
    }
    std::fputs("held\n", stdout);
    std::fflush(stdout);
    while (std::fgetc(stdin) != EOF) {
    }
    return 0;
}

} // namespace

int runHelper(const QStringList &arguments)
{
    const QString mode = arguments.value(0);
    if (mode == u"savecopy" && arguments.size() == 3)
        return saveCopy(arguments.at(1), arguments.at(2));
    if (mode == u"import" && arguments.size() == 4)
        return importOutages(arguments.at(1), arguments.at(2), arguments.at(3));
    if (mode == u"hold" && arguments.size() == 2)
        return hold(arguments.at(1));
    QTextStream(stderr) << "usage: termlens-reliability helper savecopy WS TARGET | import WS "
                           "CSV AGREEMENT | hold WS"
                        << Qt::endl;
    return 2;
}

} // namespace reliability
