#include "agreementrepository.h"
#include "outagerepository.h"
#include "sampleworkspace.h"
#include "subscriptionjson.h"
#include "subscriptionrepository.h"
#include "termsheetjson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace termlens;

// The built-in sample workspace: the four sample agreements with their texts, subscriptions and
// outages, exactly as the files in resources/sample hold them.
class TestSampleWorkspace final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agreements();
    void documentsHaveTheirTexts();
    void subscriptions_data();
    void subscriptions();
    void outages_data();
    void outages();
    void everyQuoteIsInItsDocument_data();
    void everyQuoteIsInItsDocument();
    void neverReplacesAFile();
    void failureLeavesNoFile();
    void openOrCreate();
    void defaultPath();

private:
    QTemporaryDir m_dir;
    std::optional<Workspace> m_workspace;
};

namespace {

struct Quote
{
    QString path;
    QString document; // the citation's own document, else the nearest enclosing one
    QString text;
};

// Every "quote" in a term sheet's JSON with the document it cites.
void collectQuotes(const QJsonValue &value, const QString &path, const QString &document,
                   QList<Quote> &quotes)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectQuotes(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), document, quotes);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    const QString cited = object.value(QStringLiteral("document")).toString(document);
    if (object.contains(QStringLiteral("quote")))
        quotes.append({path, cited, object.value(QStringLiteral("quote")).toString()});
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"documents")
            collectQuotes(it.value(), path + u'.' + it.key(), cited, quotes);
    }
}

QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/sample/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample resource");
    return file.readAll();
}

} // namespace

void TestSampleWorkspace::initTestCase()
{
    QVERIFY(m_dir.isValid());
    StorageResult<Workspace> created =
        createSampleWorkspace(m_dir.filePath(QStringLiteral("sample.termlens")));
    QVERIFY2(created.ok(), qPrintable(created.error.toString()));
    m_workspace = std::move(*created.value);
}

void TestSampleWorkspace::agreements()
{
    const auto list = AgreementRepository(*m_workspace).list();
    QVERIFY(list.ok());
    QStringList ids;
    for (const AgreementSummary &a : *list.value)
        ids << a.id;
    // Sorted by vendor: Alliantist, Alliants, Identity Automation, Logit.io Ltd.
    QCOMPARE(ids, (QStringList{QStringLiteral("alliantist-isms"), QStringLiteral("alliants"),
                               QStringLiteral("identity-automation"), QStringLiteral("logit-io")}));
}

void TestSampleWorkspace::documentsHaveTheirTexts()
{
    // Alliantist has two documents (licence, support policy); the other three one each.
    const QHash<QString, QString> firstWords = {
        {QStringLiteral("alliantist-isms/licence"),
         QString::fromUtf8(resource(QStringLiteral("alliantist-licence.txt")))},
        {QStringLiteral("alliantist-isms/support-policy"),
         QString::fromUtf8(resource(QStringLiteral("alliantist-support-policy.txt")))},
        {QStringLiteral("alliants/sla"),
         QString::fromUtf8(resource(QStringLiteral("alliants-sla.txt")))},
        {QStringLiteral("identity-automation/msa"),
         QString::fromUtf8(resource(QStringLiteral("identity-automation-msa.txt")))},
        {QStringLiteral("logit-io/terms"),
         QString::fromUtf8(resource(QStringLiteral("logit-io-terms.txt")))},
    };
    int documents = 0;
    for (const QString &id : {QStringLiteral("alliantist-isms"), QStringLiteral("alliants"),
                              QStringLiteral("identity-automation"), QStringLiteral("logit-io")}) {
        const auto sheet = AgreementRepository(*m_workspace).load(id);
        QVERIFY(sheet.ok() && *sheet.value);
        for (const Document &d : (*sheet.value)->documents) {
            ++documents;
            QVERIFY2(!d.text.isEmpty(), qPrintable(id + u'/' + d.id));
            QCOMPARE(d.text, firstWords.value(id + u'/' + d.id));
        }
    }
    QCOMPARE(documents, 5);
}

void TestSampleWorkspace::subscriptions_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id : {"alliantist-isms", "alliants", "identity-automation", "logit-io"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestSampleWorkspace::subscriptions()
{
    QFETCH(QString, id);
    const auto stored = SubscriptionRepository(*m_workspace).load(id);
    QVERIFY(stored.ok());
    QVERIFY(*stored.value);
    const SubscriptionParseResult file =
        parseSubscription(resource(id + QStringLiteral(".subscription.json")));
    QVERIFY(file.subscription);
    QCOMPARE(**stored.value, *file.subscription);
}

void TestSampleWorkspace::outages_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("rows");
    // Data rows of each resources/sample/<id>.outages.csv (every row is a distinct outage).
    QTest::newRow("alliantist-isms") << QStringLiteral("alliantist-isms") << qint64(12);
    QTest::newRow("alliants") << QStringLiteral("alliants") << qint64(14);
    QTest::newRow("identity-automation") << QStringLiteral("identity-automation") << qint64(14);
    QTest::newRow("logit-io") << QStringLiteral("logit-io") << qint64(15);
}

void TestSampleWorkspace::outages()
{
    QFETCH(QString, id);
    QFETCH(qint64, rows);
    OutageRepository repository(*m_workspace);
    const auto count = repository.count(id);
    QVERIFY(count.ok());
    QCOMPARE(*count.value, rows);
    const auto batches = repository.importBatches(id);
    QVERIFY(batches.ok());
    QCOMPARE(batches.value->size(), 1);
    QCOMPARE(batches.value->first().fileName, id + QStringLiteral(".outages.csv"));
    QCOMPARE(batches.value->first().rows, rows);
}

void TestSampleWorkspace::everyQuoteIsInItsDocument_data()
{
    subscriptions_data();
}

void TestSampleWorkspace::everyQuoteIsInItsDocument()
{
    QFETCH(QString, id);
    const auto sheet = AgreementRepository(*m_workspace).load(id);
    QVERIFY(sheet.ok() && *sheet.value);
    const TermSheet &terms = **sheet.value;
    // From the stored agreement, so the encoding through the store is checked too.
    QList<Quote> quotes;
    collectQuotes(QJsonDocument::fromJson(termSheetToJson(terms)).object(), QString(),
                  terms.documents.size() == 1 ? terms.documents.first().id : QString(), quotes);
    QList<Quote> inFile;
    collectQuotes(
        QJsonDocument::fromJson(resource(id + QStringLiteral(".termsheet.json"))).object(),
        QString(), QString(), inFile);
    QCOMPARE(quotes.size(), inFile.size());
    QVERIFY(!quotes.isEmpty());
    for (const Quote &quote : quotes) {
        const Document *document = terms.document(quote.document);
        QVERIFY2(document,
                 qPrintable(quote.path + QStringLiteral(": no document ") + quote.document));
        QVERIFY2(document->text.contains(quote.text),
                 qPrintable(quote.path + QStringLiteral(": not found verbatim: ") + quote.text));
    }
}

void TestSampleWorkspace::neverReplacesAFile()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("mine");
    file.close();
    QVERIFY(!createSampleWorkspace(path).ok());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("mine"));
}

void TestSampleWorkspace::failureLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/sample.termlens"));
    QVERIFY(!createSampleWorkspace(path).ok());
    QVERIFY(!QFileInfo::exists(path));
}

void TestSampleWorkspace::openOrCreate()
{
    const QString path = m_dir.filePath(QStringLiteral("second.termlens"));
    {
        StorageResult<Workspace> first = openOrCreateSampleWorkspace(path);
        QVERIFY2(first.ok(), qPrintable(first.error.toString()));
    }
    // The second time the file exists: opened as it is, not made again.
    StorageResult<Workspace> second = openOrCreateSampleWorkspace(path);
    QVERIFY2(second.ok(), qPrintable(second.error.toString()));
    QCOMPARE(*OutageRepository(*second.value).count(QStringLiteral("alliants")).value, qint64(14));
    QCOMPARE(
        OutageRepository(*second.value).importBatches(QStringLiteral("alliants")).value->size(), 1);
}

void TestSampleWorkspace::defaultPath()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(!folder.isEmpty());
    QDir(folder).removeRecursively();
    const QString path = defaultWorkspacePath();
    QCOMPARE(path, folder + QStringLiteral("/workspace.termlens"));
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(QFileInfo(folder).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteGroup | QFileDevice::ExeOther),
             QFileDevice::Permissions());
    QVERIFY(!QFileInfo::exists(path));
    QDir(folder).removeRecursively();
}

QTEST_GUILESS_MAIN(TestSampleWorkspace)
#include "tst_sampleworkspace.moc"
