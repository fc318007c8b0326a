#pragma once

#include <QStringList>

namespace termlens {

class CliContext;

// One function per command of INTERFACES.md §3. `arguments` are what follows the command
// words (global options already taken out); each returns the exit code.
int runValidate(CliContext &cli, const QStringList &arguments);
int runAgreementsImport(CliContext &cli, const QStringList &arguments);
int runAgreementsList(CliContext &cli, const QStringList &arguments);
int runAgreementsExport(CliContext &cli, const QStringList &arguments);
int runOutagesImport(CliContext &cli, const QStringList &arguments);
int runCredits(CliContext &cli, const QStringList &arguments);
int runScenario(CliContext &cli, const QStringList &arguments);
int runDeadlines(CliContext &cli, const QStringList &arguments);
int runLiability(CliContext &cli, const QStringList &arguments);
int runResponseDue(CliContext &cli, const QStringList &arguments);
int runReport(CliContext &cli, const QStringList &arguments);

} // namespace termlens
