#include "agreementrepository.h"
#include "outagerepository.h"
#include "reportdocument.h"
#include "reportoptions.h"
#include "reporttable.h"
#include "reportwriter.h"
#include "sampleworkspace.h"
#include "workspace.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace termlens;

// The PDF report of the sample workspace, read back with poppler's tools (pdftotext, pdfinfo,
// pdfimages): every section, vendor, computed credit and deadline, the quoted clauses, the
// metadata and page sizes, vector charts (no images), plain-text vendors, headers repeated on
// every page a long table runs onto. Expected figures are worked out by hand in the comments
// from the sample contracts and outages (resources/sample).
class TestReport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void columnGroups_data();
    void columnGroups();
    void period_data();
    void period();
    void sectionsAndFigures_data();
    void sectionsAndFigures();
    void chosenSectionsOnly();
    void metadataAndPageSize_data();
    void metadataAndPageSize();
    void chartsAreVectors();
    void userTextIsPlain();
    void longTableRepeatsItsHeader();
    void rowTallerThanAPageLosesNothing();
    void headingNeverEndsAPage();
    void legendNamesInFull();
    void unknownAgreementChangesNothing();
    void cancelWritesNothing();

private:
    static QString tool(const QString &name);
    static QString run(const QString &program, const QStringList &arguments);
    // The PDF's text, whitespace runs collapsed to one space (lines wrap anywhere).
    // With `layout`, words keep their places on the page (a table row reads as one line).
    static QString text(const QString &pdf, int firstPage = 0, int lastPage = 0,
                        bool layout = false);
    QString exportSample(const QString &name, ReportOptions options);

    QTemporaryDir m_dir;
    QString m_db;
    QString m_full; // the sample workspace's full report, August 2026
};

namespace {

// 2026-09-05T12:00:00Z: after August's outages, before its claim deadlines.
constexpr qint64 Now = 1788609600;

ReportOptions august()
{
    ReportOptions o;
    o.from = QDate(2026, 8, 1);
    o.to = QDate(2026, 8, 1);
    o.nowUtc = Now;
    o.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    o.workspaceName = QStringLiteral("Northwind sample");
    return o;
}

} // namespace

QString TestReport::tool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        qFatal("%s (poppler-utils) is needed to read the PDF back", qPrintable(name));
    return path;
}

QString TestReport::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(tool(program), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString TestReport::text(const QString &pdf, int firstPage, int lastPage, bool layout)
{
    QStringList arguments;
    if (layout)
        arguments << QStringLiteral("-layout");
    if (firstPage > 0)
        arguments << QStringLiteral("-f") << QString::number(firstPage) << QStringLiteral("-l")
                  << QString::number(lastPage);
    arguments << pdf << QStringLiteral("-");
    QString all = run(QStringLiteral("pdftotext"), arguments);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return all.replace(space, QStringLiteral(" "));
}

QString TestReport::exportSample(const QString &name, ReportOptions options)
{
    auto workspace = Workspace::open(m_db);
    if (!workspace.ok())
        qFatal("cannot open the sample workspace");
    options.outputFile = m_dir.filePath(name);
    const ReportStatus status = exportReport(*workspace.value, options, {});
    if (!status.ok())
        qFatal("report failed: %s", qPrintable(status.error));
    return options.outputFile;
}

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // TERMLENS_KEEP_REPORTS=1 keeps the PDFs to look at (the folder is printed).
    if (qEnvironmentVariableIsSet("TERMLENS_KEEP_REPORTS")) {
        m_dir.setAutoRemove(false);
        qInfo("reports kept in %s", qPrintable(m_dir.path()));
    }
    m_db = m_dir.filePath(QStringLiteral("sample.termlens"));
    auto created = createSampleWorkspace(m_db);
    QVERIFY(created.ok());
    created.value->close();
    m_full = exportSample(QStringLiteral("full.pdf"), august());
}

void TestReport::columnGroups_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("perGroup");
    QTest::addColumn<QList<int>>("sizes");
    QTest::newRow("fits") << 4 << 4 << QList<int>{4};
    QTest::newRow("ten by four") << 10 << 4 << QList<int>{4, 3, 3};
    QTest::newRow("five by four") << 5 << 4 << QList<int>{3, 2};
    // ceil(50 / 4) = 13 tables; 50 = 13 x 3 + 11, so the first 11 take a fourth column.
    QTest::newRow("fifty by four")
        << 50 << 4
        << QList<int>{4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3}; // 13 groups: 11 x 4 + 2 x 3
    QTest::newRow("none") << 0 << 4 << QList<int>{};
}

void TestReport::columnGroups()
{
    QFETCH(int, count);
    QFETCH(int, perGroup);
    QFETCH(QList<int>, sizes);
    const QList<QList<int>> groups = termlens::columnGroups(count, perGroup);
    QList<int> got;
    int next = 0;
    for (const QList<int> &g : groups) {
        got << int(g.size());
        for (const int column : g)
            QCOMPARE(column, next++); // every column once, in order
    }
    QCOMPARE(got, sizes);
    QCOMPARE(next, count);
}

void TestReport::period_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("usable");
    QTest::newRow("one month") << QDate(2026, 8, 1) << QDate(2026, 8, 1) << true;
    QTest::newRow("none") << QDate() << QDate() << true;
    QTest::newRow("only from") << QDate(2026, 8, 1) << QDate() << false;
    QTest::newRow("backwards") << QDate(2026, 8, 1) << QDate(2026, 7, 1) << false;
    QTest::newRow("36 months") << QDate(2024, 1, 1) << QDate(2026, 12, 1) << true;
    QTest::newRow("37 months") << QDate(2024, 1, 1) << QDate(2027, 1, 1) << false;
}

void TestReport::period()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, usable);
    ReportOptions o;
    o.from = from;
    o.to = to;
    QCOMPARE(checkReportPeriod(o).isEmpty(), usable);
}

void TestReport::sectionsAndFigures_data()
{
    QTest::addColumn<QString>("expected");
    // Section headings.
    for (const char *key : {"summary", "comparison", "subprocessors", "credits", "appendix"})
        QTest::newRow(key) << reportSectionTitle(QString::fromLatin1(key));
    QTest::newRow("cover title") << QStringLiteral("Agreement report");
    QTest::newRow("cover workspace") << QStringLiteral("Northwind sample");
    QTest::newRow("cover period") << QStringLiteral("Period: August 2026");
    QTest::newRow("cover date") << QStringLiteral("Date generated: 5 September 2026");
    // Every sample vendor.
    for (const char *vendor : {"Logit.io Ltd", "Identity Automation", "Alliantist", "Alliants"})
        QTest::newRow(vendor) << QString::fromLatin1(vendor);
    // Logit.io, August 2026, Production Logs Stack: INC-2608-01 runs 08:12:00 on the 11th to
    // 06:06:54 on the 12th = 21 h 54 min 54 s = 78,894 s (the bank-holiday maintenance is
    // outside Normal Business Hours, excluded). Average month 730.5 h = 2,629,800 s:
    // 78,894 / 2,629,800 = 3 %, availability 97 %. Shortfall 99.9 - 97 = 2.9 points: 5 % for
    // the first point, 5 % for one more full point = 10 % of the service's £1,180.00 = £118.00.
    // Claim within 10 days of the month's end: 10 September 2026.
    QTest::newRow("logit credit") << QStringLiteral("118.00 GBP");
    QTest::newRow("logit availability") << QStringLiteral("97 %");
    QTest::newRow("logit claim deadline") << QStringLiteral("10 September 2026");
    // Identity Automation, August 2026, Identity Platform: INC-4655 07:45 on the 11th to 23:45
    // on the 12th (CDT) = 40 h = 144,000 s of 31 days = 2,678,400 s: 5.3763 % down,
    // availability 94.6237 %, below 95 %: 15 %. Base: the annual fee / 12 = 12 x $4,774.05 / 12
    // = $4,774.05; 15 % = $716.1075, rounded half away from zero: $716.11. Claim by the end of
    // the second billing cycle after August: 31 October 2026.
    QTest::newRow("ia credit") << QStringLiteral("716.11 USD");
    QTest::newRow("ia availability") << QStringLiteral("94.6237 %");
    QTest::newRow("ia claim deadline") << QStringLiteral("31 October 2026");
    // Alliants, August 2026, Platform, counted in 5-minute periods from 00:00 UK time:
    // INC-AEP-2608-01 15:00-15:15 takes 3 periods, INC-AEP-2608-02 from 23:50 on the 31st takes
    // 2 before midnight: 5 of 31 x 288 = 8,928 periods, 8,923 / 8,928 = 99.9440 %, below
    // 99.95 %: the flat 10 % of the Platform's £2,400.00 = £240.00, to be claimed within the
    // following calendar month: by 30 September 2026.
    QTest::newRow("alliants credit") << QStringLiteral("240.00 GBP");
    QTest::newRow("alliants availability") << QStringLiteral("99.944 %");
    QTest::newRow("alliants claim deadline") << QStringLiteral("30 September 2026");
    // Downtime in minutes: 78,894 s / 60 = 1,314.9 min; 144,000 s / 60 = 2,400 min.
    QTest::newRow("logit downtime") << QStringLiteral("1,314.9");
    QTest::newRow("ia downtime") << QStringLiteral("2,400");
    // Clause quotes (appendix) and clause references.
    QTest::newRow("logit claim quote")
        << QStringLiteral("the Customer shall be entitled to claim within 10 days of the Service "
                          "Credit being deemed due");
    QTest::newRow("ia measurement quote")
        << QStringLiteral("Monthly Uptime Percentage of at least 99.9% during any monthly service "
                          "period");
    QTest::newRow("alliants measurement quote")
        << QStringLiteral("percentage of 5 minute periods that the Services are not available");
    QTest::newRow("clause ref") << QStringLiteral("Sched. 3 Part 4 1.5");
    // The outage ledger.
    QTest::newRow("ledger reference") << QStringLiteral("INC-2608-01");
    QTest::newRow("ledger reference ia") << QStringLiteral("INC-4655");
    // Page furniture.
    QTest::newRow("footer") << QStringLiteral("Page 2 of");
    QTest::newRow("charts title") << QStringLiteral("What if: credit against monthly downtime");
}

void TestReport::sectionsAndFigures()
{
    QFETCH(QString, expected);
    static const QString all = text(m_full);
    QVERIFY2(all.contains(expected), qPrintable(expected));
}

void TestReport::chosenSectionsOnly()
{
    ReportOptions o = august();
    o.cover = false;
    o.summary = false;
    o.comparison = false;
    o.subprocessors = false;
    o.appendix = false;
    const QString pdf = exportSample(QStringLiteral("credits-only.pdf"), o);
    const QString all = text(pdf);
    QVERIFY(all.contains(reportSectionTitle(QStringLiteral("credits"))));
    QVERIFY(all.contains(QStringLiteral("118.00 GBP")));
    for (const char *key : {"summary", "comparison", "subprocessors", "appendix"})
        QVERIFY2(!all.contains(reportSectionTitle(QString::fromLatin1(key))), key);
    QVERIFY(!all.contains(QStringLiteral("Date generated:")));
    // Without a cover the first page has the running header.
    QVERIFY(text(pdf, 1, 1).contains(QStringLiteral("Page 1 of")));

    // Two agreements only: the totals add up their credits per currency (see above: £118.00 and
    // $716.11; the Metrics Stack and PhishID were up all August).
    o.agreementIds = {QStringLiteral("logit-io"), QStringLiteral("identity-automation")};
    const QString two = text(exportSample(QStringLiteral("two.pdf"), o));
    QVERIFY(!two.contains(QStringLiteral("Alliants")));
    const qsizetype totals = two.lastIndexOf(QStringLiteral("Totals"));
    QVERIFY(totals > 0);
    const QString tail = two.mid(totals);
    QVERIFY2(tail.contains(QStringLiteral("GBP 118.00 GBP")), qPrintable(tail));
    QVERIFY2(tail.contains(QStringLiteral("USD 716.11 USD")), qPrintable(tail));
}

void TestReport::metadataAndPageSize_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("points");
    QTest::newRow("A4") << int(ReportPageSize::A4) << QStringLiteral("595 x 842 pts (A4)");
    QTest::newRow("Letter") << int(ReportPageSize::Letter)
                            << QStringLiteral("612 x 792 pts (letter)");
}

void TestReport::metadataAndPageSize()
{
    QFETCH(int, size);
    QFETCH(QString, points);
    ReportOptions o = august();
    o.pageSize = ReportPageSize(size);
    o.title = QStringLiteral("Vendor review Q3");
    o.author = QStringLiteral("Jane Doe, Legal");
    o.appendix = false;
    const QString pdf = exportSample(QStringLiteral("meta-%1.pdf").arg(size), o);
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Title:\\s+Vendor review Q3\n"))),
             qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Author:\\s+Jane Doe, Legal\n"))),
             qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Subject:\\s+.*Logit\\.io Ltd"))),
             qPrintable(info));
    QVERIFY2(info.contains(points), qPrintable(info));
    // The running header carries the title from the second page on.
    QVERIFY(text(pdf, 2, 2).contains(QStringLiteral("Vendor review Q3")));
    QVERIFY(QFileInfo(pdf).size() < 1024 * 1024);
}

void TestReport::chartsAreVectors()
{
    // Header, rule, and no image rows.
    const QStringList lines = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), m_full})
                                  .split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    // The charts' words are text: axis titles and legend entries can be selected.
    const QString all = text(m_full);
    QVERIFY(all.contains(QStringLiteral("Service credit (%)")));
    QVERIFY(all.contains(QStringLiteral("Availability (%)")));
}

void TestReport::userTextIsPlain()
{
    const QString hostile = QStringLiteral("<b>Acme</b> <img src=\"file:///etc/passwd\">");
    const QString db = m_dir.filePath(QStringLiteral("hostile.termlens"));
    auto created = createSampleWorkspace(db);
    QVERIFY(created.ok());
    {
        AgreementRepository agreements(*created.value);
        auto sheet = agreements.load(QStringLiteral("logit-io"));
        QVERIFY(sheet.ok() && *sheet.value);
        TermSheet changed = **sheet.value;
        changed.vendor = hostile;
        changed.product = QStringLiteral("<i>x</i> & <table>");
        QVERIFY(agreements.save(changed).ok());
    }
    ReportOptions o = august();
    o.outputFile = m_dir.filePath(QStringLiteral("hostile.pdf"));
    o.workspaceName = hostile;
    o.title = QStringLiteral("<h1>Title</h1>");
    QVERIFY(exportReport(*created.value, o, {}).ok());
    const QString all = text(o.outputFile);
    QVERIFY2(all.contains(hostile), qPrintable(all.left(600)));
    QVERIFY(all.contains(QStringLiteral("<i>x</i> & <table>")));
    QVERIFY(all.contains(QStringLiteral("<h1>Title</h1>")));
    const QStringList images =
        run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), o.outputFile})
            .split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(images.size(), 2);
    const QString info = run(QStringLiteral("pdfinfo"), {o.outputFile});
    QVERIFY(info.contains(QStringLiteral("<h1>Title</h1>")));
}

void TestReport::longTableRepeatsItsHeader()
{
    // 400 outages of one minute in August for Logit.io: the ledger runs over several pages.
    const QString db = m_dir.filePath(QStringLiteral("long.termlens"));
    auto created = createSampleWorkspace(db);
    QVERIFY(created.ok());
    QList<Outage> outages;
    const qint64 start =
        QDateTime(QDate(2026, 8, 3), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    for (int i = 0; i < 400; ++i) {
        Outage o;
        o.agreementId = QStringLiteral("logit-io");
        o.service = QStringLiteral("Metrics Stack");
        o.start = start + i * 3600;
        o.end = o.start + 60;
        o.reference = QStringLiteral("LONG-%1").arg(i, 3, 10, QChar(u'0'));
        outages << o;
    }
    QVERIFY(OutageRepository(*created.value).addBatch(outages).ok());
    ReportOptions o = august();
    o.agreementIds = {QStringLiteral("logit-io")};
    o.cover = o.summary = o.comparison = o.subprocessors = o.appendix = false;
    o.outputFile = m_dir.filePath(QStringLiteral("long.pdf"));
    ReportResult result;
    QVERIFY(exportReport(*created.value, o, {}, &result).ok());
    QVERIFY(result.pages >= 4);
    // The outage table's header on every page from the one after it starts to the last but
    // one, where LONG- rows are listed.
    int pagesWithRows = 0;
    for (int page = 1; page <= result.pages; ++page) {
        const QString t = text(o.outputFile, page, page, true);
        QVERIFY2(t.contains(QStringLiteral("Page %1 of %2").arg(page).arg(result.pages)),
                 qPrintable(t.left(300)));
        if (!t.contains(QStringLiteral("LONG-")))
            continue;
        ++pagesWithRows;
        // Above the page's first row: rows move whole to the next page, under the header.
        const qsizetype header =
            t.indexOf(QStringLiteral("Start End Service Category Minutes Reference"));
        QVERIFY2(header >= 0 && header < t.indexOf(QStringLiteral("LONG-")),
                 qPrintable(QStringLiteral("page %1: %2").arg(page).arg(t.left(400))));
    }
    QVERIFY(pagesWithRows >= 3);
    // August holds 402 outages: these 400 and the sample's INC-2608-01 (11 August 07:12 UTC,
    // between LONG-199 and LONG-200) and CHG-2608-04 (31 August). By start, the first 300 are
    // LONG-000 to LONG-298 and INC-2608-01; a note counts the other 102.
    const QString all = text(o.outputFile);
    QVERIFY(all.contains(QStringLiteral("LONG-298")));
    QVERIFY(all.contains(QStringLiteral("INC-2608-01")));
    QVERIFY(!all.contains(QStringLiteral("LONG-299")));
    QVERIFY(!all.contains(QStringLiteral("CHG-2608-04")));
    QVERIFY(all.contains(QStringLiteral("102 more outages")));
}

void TestReport::rowTallerThanAPageLosesNothing()
{
    // One outage whose reference is 1,400 words "w00000" to "w01399" (9,799 characters, under
    // the 10,000 a field may hold): in the Reference column (a sixth of the text width) that
    // is some 700 lines, several pages tall. Every word is printed once, in order, and on every
    // page it runs onto the table's header stands above it.
    const QString db = m_dir.filePath(QStringLiteral("tall.termlens"));
    auto created = createSampleWorkspace(db);
    QVERIFY(created.ok());
    QStringList words;
    for (int i = 0; i < 1400; ++i)
        words << QStringLiteral("w%1").arg(i, 5, 10, QChar(u'0'));
    Outage outage;
    outage.agreementId = QStringLiteral("logit-io");
    outage.service = QStringLiteral("Metrics Stack");
    outage.start = QDateTime(QDate(2026, 8, 20), QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch();
    outage.end = outage.start + 600;
    outage.reference = words.join(u' ');
    QVERIFY(OutageRepository(*created.value).addBatch({outage}).ok());
    ReportOptions o = august();
    o.agreementIds = {QStringLiteral("logit-io")};
    o.cover = o.summary = o.comparison = o.subprocessors = o.appendix = false;
    o.outputFile = m_dir.filePath(QStringLiteral("tall.pdf"));
    ReportResult result;
    QVERIFY(exportReport(*created.value, o, {}, &result).ok());
    static const QRegularExpression word(QStringLiteral("\\bw\\d{5}\\b"));
    QStringList printed;
    int pagesWithWords = 0;
    for (int page = 1; page <= result.pages; ++page) {
        const QString t = text(o.outputFile, page, page, true);
        const qsizetype first = t.indexOf(word);
        if (first < 0)
            continue;
        ++pagesWithWords;
        const qsizetype header =
            t.indexOf(QStringLiteral("Start End Service Category Minutes Reference"));
        QVERIFY2(header >= 0 && header < first,
                 qPrintable(QStringLiteral("page %1: %2").arg(page).arg(t.left(400))));
        for (auto it = word.globalMatch(t); it.hasNext();)
            printed << it.next().captured();
    }
    QVERIFY2(pagesWithWords >= 3, qPrintable(QString::number(pagesWithWords)));
    QCOMPARE(printed.size(), words.size());
    QCOMPARE(printed, words);
}

void TestReport::headingNeverEndsAPage()
{
    // On every page but the cover, the last line of the text above the footer is no heading:
    // a heading that would end a page moves to the next with what follows it.
    QStringList headings{
        QStringLiteral("What if: credit against monthly downtime"),
        QStringLiteral("Totals"),
        QStringLiteral("Alliantist — ISMS.online"),
        QStringLiteral("Alliants — Alliants Experience Platform"),
        QStringLiteral("Logit.io Ltd — Logit.io Platform"),
        QStringLiteral("Outages recorded in the period (times in Europe/London):")};
    for (const char *key : {"summary", "comparison", "subprocessors", "credits", "appendix"})
        headings << reportSectionTitle(QString::fromLatin1(key));
    const int pages = run(QStringLiteral("pdfinfo"), {m_full})
                          .section(QStringLiteral("Pages:"), 1)
                          .trimmed()
                          .section(u'\n', 0, 0)
                          .toInt();
    QVERIFY(pages > 20);
    for (int page = 2; page <= pages; ++page) {
        QStringList lines;
        const QString all =
            run(QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                 QStringLiteral("-l"), QString::number(page), m_full, QStringLiteral("-")});
        for (const QString &line : all.split(u'\n')) {
            if (!line.trimmed().isEmpty())
                lines << line.trimmed();
        }
        // The footer ("Generated ... Page N of M") is the last line.
        QVERIFY2(lines.size() >= 3 &&
                     lines.last().contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                 qPrintable(QStringLiteral("page %1").arg(page)));
        const QString last = lines.at(lines.size() - 2);
        QVERIFY2(!headings.contains(last),
                 qPrintable(QStringLiteral("page %1 ends with %2").arg(page).arg(last)));
    }
}

void TestReport::legendNamesInFull()
{
    // The what-if chart's legend names every agreement in full, the longest wrapped in its
    // column, never cut short with an ellipsis: "Identity Automation — Identity Automation
    // software suite and platform" is 70 characters, wider than a legend column.
    const int pages = run(QStringLiteral("pdfinfo"), {m_full})
                          .section(QStringLiteral("Pages:"), 1)
                          .trimmed()
                          .section(u'\n', 0, 0)
                          .toInt();
    int chartPage = 0;
    for (int page = 1; page <= pages && chartPage == 0; ++page) {
        if (text(m_full, page, page).contains(QStringLiteral("Service credit (%)")))
            chartPage = page;
    }
    QVERIFY(chartPage > 0);
    const QString page = text(m_full, chartPage, chartPage);
    QVERIFY2(!page.contains(QChar(0x2026)), qPrintable(page));
    for (const char *name : {"Alliantist — ISMS.online", "Alliants — Alliants Experience Platform",
                             "Logit.io Ltd — Logit.io Platform"})
        QVERIFY2(page.contains(QString::fromUtf8(name)), name);
    QVERIFY2(page.contains(QStringLiteral("suite and platform")), qPrintable(page));
}

void TestReport::unknownAgreementChangesNothing()
{
    auto workspace = Workspace::open(m_db);
    QVERIFY(workspace.ok());
    ReportOptions o = august();
    o.agreementIds = {QStringLiteral("logit-io"), QStringLiteral("no-such-vendor")};
    o.outputFile = m_dir.filePath(QStringLiteral("never.pdf"));
    const ReportStatus status = exportReport(*workspace.value, o, {});
    QVERIFY(!status.ok());
    QVERIFY2(status.error.contains(QStringLiteral("no-such-vendor")), qPrintable(status.error));
    QVERIFY(!QFile::exists(o.outputFile));
    o.agreementIds.clear();
    o.cover = o.summary = o.comparison = o.subprocessors = o.credits = o.appendix = false;
    QVERIFY(!exportReport(*workspace.value, o, {}).ok());
    QVERIFY(!QFile::exists(o.outputFile));
}

void TestReport::cancelWritesNothing()
{
    auto workspace = Workspace::open(m_db);
    QVERIFY(workspace.ok());
    ReportOptions o = august();
    o.outputFile = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    int calls = 0;
    int last = -1;
    bool monotonic = true;
    const ReportStatus status =
        exportReport(*workspace.value, o, [&](int percent, const QString &) {
            monotonic = monotonic && percent >= last;
            last = percent;
            return ++calls < 6;
        });
    QCOMPARE(status.kind, ReportStatus::Cancelled);
    QVERIFY(monotonic);
    QVERIFY(!QFile::exists(o.outputFile));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
