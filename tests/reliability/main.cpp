// termlens-reliability: the R1 kill trials and the R2 fault matrix of TARGETS.md.
//   termlens-reliability kill   --cli PATH [--seed N] [--trials N] [--budget SECONDS]
//                               [--big-kills N] [--big-rows N]
//   termlens-reliability faults --cli PATH [--seed N]
// Prints its counts and exits 1 when any check failed. ctest runs both (label `reliability`).
#include "reliability.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>

using namespace reliability;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (!args.isEmpty() && args.first() == u"helper")
        return runHelper(args.mid(1));
    if (args.isEmpty() || (args.first() != u"kill" && args.first() != u"faults")) {
        QTextStream(stderr) << "usage: termlens-reliability kill|faults --cli PATH [--seed N] "
                               "[--trials N] [--budget SECONDS] [--big-kills N] [--big-rows N]"
                            << Qt::endl;
        return 2;
    }
    Options options;
    options.self = QCoreApplication::applicationFilePath();
    options.seed = quint64(QDateTime::currentMSecsSinceEpoch());
    if (const QByteArray seed = qgetenv("TERMLENS_RELIABILITY_SEED"); !seed.isEmpty())
        options.seed = seed.toULongLong();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const QString &name = args.at(i);
        const QString &value = args.at(i + 1);
        if (name == u"--cli")
            options.cli = value;
        else if (name == u"--seed")
            options.seed = value.toULongLong();
        else if (name == u"--trials")
            options.trials = value.toInt();
        else if (name == u"--budget")
            options.budget = value.toDouble();
        else if (name == u"--big-kills")
            options.bigKills = value.toInt();
        else if (name == u"--big-rows")
            options.bigRows = value.toInt();
        else {
            QTextStream(stderr) << "unknown option " << name << Qt::endl;
            return 2;
        }
    }
    if (options.cli.isEmpty()) {
        QTextStream(stderr) << "--cli PATH is required" << Qt::endl;
        return 2;
    }
    // World-traversable, so the read-only case can run as another user.
    QTemporaryDir scratch(QDir::tempPath() + u"/termlens-reliability-XXXXXX"_s);
    if (!scratch.isValid())
        return 2;
    QFile::setPermissions(scratch.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                              QFileDevice::ExeGroup);
    options.work = scratch.path();
    return args.first() == u"kill" ? runKillTrials(options) : runFaultMatrix(options);
}
