#pragma once

#include "reliability.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace reliability {

struct SyscallClass;

// The R2 run: fault injection (faults.cpp) and the other cases (cases.cpp).
class FaultMatrix
{
public:
    explicit FaultMatrix(const Options &options);
    int run();

private:
    enum class Effect
    {
        Import,
        Migration,
        Report,
        Copy,
        AppImport,
    };

    bool prepare();
    static QString scenarioName(Effect effect);
    QString setUp(Effect effect);
    QStringList command(Effect effect, const QString &folder) const;
    Run traced(const QStringList &command, const QString &calls, const QString &inject,
               const QString &log);
    static int countCalls(const QString &log, bool injectedOnly);
    bool effectComplete(Effect effect, const QString &folder, const QMap<QString, QString> &before,
                        const QMap<QString, QString> &after, QString *why);
    void injectOnce(Effect effect, const SyscallClass &cls, const QString &error, int k);
    void injectAll();
    static QMap<QString, QString> snapshot(const QString &folder);
    void noteMessage(const QByteArray &err, const QString &folder);

    // cases.cpp
    void runCases();
    // Runs `command`; it must exit 1 naming `file` and `cause`, and leave `folder` as it was.
    void expectRefusal(const QString &label, const QStringList &command, const QString &folder,
                       const QString &file, const QStringList &causes);
    void diskFullCases();
    void readOnlyCases();
    void secondInstanceCases();
    void missingFolderCases();
    void notWorkspaceCases();
    QStringList asOtherUser(const QStringList &command) const;

    Options m_options;
    Tally m_tally;
    QString m_inputs;
    QString m_strace;
    QString m_base;
    QString m_v1;
    QString m_csv;
    QString m_earlierReport;
    int m_csvRows = 0;
    qint64 m_csvSeconds = 0;
    qint64 m_baseOutages = 0;
    int m_runs = 0;
    int m_injected = 0;
    int m_reported = 0;
    int m_succeeded = 0;
    int m_locksLeft = 0;
    int m_cases = 0;
    int m_skipped = 0;
    QSet<QString> m_messages;
};

} // namespace reliability
