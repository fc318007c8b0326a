// R5: SQL only with bound values. Scans the program's own sources (app, models, views) for SQL
// text that is built rather than written out: a literal holding SQL followed by .arg(), joined
// with + or +=, or carrying %1-style placeholders. Every such place must be on the allow-list
// below with the reason it cannot carry data; a new one fails this test until it is bound
// instead (or justified here). .ci/checks.sh runs this test too.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString SourceRoot = QStringLiteral(TERMLENS_TEST_DATA "/../..");

struct Finding
{
    QString file;
    int line = 0;
    QString sql; // the literal's text
    QString how; // "arg", "concatenation", "placeholder"
};

struct Literal
{
    qsizetype start = 0; // of the token, prefix included
    qsizetype end = 0;   // past the token, suffix included
    QString text;
};

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// A quote that opens a character literal: not a digit separator (1'000), maybe after a u/U/L
// prefix.
bool isCharLiteralStart(const QString &source, qsizetype i)
{
    if (i == 0 || !isIdentifierChar(source[i - 1]))
        return true;
    const QChar p = source[i - 1];
    return (p == u'u' || p == u'U' || p == u'L') && (i == 1 || !isIdentifierChar(source[i - 2]));
}

// The string literals of C++ source, and the source with comments and literals blanked out.
QList<Literal> literalsOf(const QString &source, QString *code)
{
    QList<Literal> literals;
    *code = source;
    const qsizetype n = source.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = source[i];
        if (c == u'/' && i + 1 < n && source[i + 1] == u'/') {
            while (i < n && source[i] != u'\n')
                (*code)[i++] = u' ';
        } else if (c == u'/' && i + 1 < n && source[i + 1] == u'*') {
            while (i < n && !(source[i] == u'*' && i + 1 < n && source[i + 1] == u'/')) {
                if (source[i] != u'\n')
                    (*code)[i] = u' ';
                ++i;
            }
            for (int k = 0; k < 2 && i < n; ++k)
                (*code)[i++] = u' ';
        } else if (c == u'\'' && isCharLiteralStart(source, i)) {
            // A character literal ('"' must not start a string).
            ++i;
            while (i < n && source[i] != u'\'') {
                if (source[i] == u'\\')
                    ++i;
                ++i;
            }
            ++i;
        } else if (c == u'"') {
            Literal literal;
            literal.start = i;
            if (i > 0 && (source[i - 1] == u'u' || source[i - 1] == u'L') &&
                !(i > 1 && isIdentifierChar(source[i - 2])))
                literal.start = i - 1;
            ++i;
            while (i < n && source[i] != u'"' && source[i] != u'\n') {
                if (source[i] == u'\\' && i + 1 < n) {
                    literal.text += source[i];
                    ++i;
                }
                literal.text += source[i];
                ++i;
            }
            ++i;
            while (i < n && isIdentifierChar(source[i])) // _s, _L1
                ++i;
            literal.end = std::min(i, n);
            for (qsizetype k = literal.start; k < literal.end; ++k)
                (*code)[k] = u' ';
            literals << literal;
        } else {
            ++i;
        }
    }
    return literals;
}

bool looksLikeSql(const QString &text)
{
    static const QRegularExpression statement(
        u"^\\s*(SELECT|INSERT|UPDATE|DELETE|PRAGMA|CREATE|DROP|VACUUM|WITH|BEGIN|COMMIT|"
        "ROLLBACK|SAVEPOINT|RELEASE|ALTER|REPLACE|ATTACH|DETACH|ANALYZE|REINDEX)\\b"_s);
    static const QRegularExpression clause(
        u"\\b(FROM|WHERE|ORDER BY|GROUP BY|VALUES|LIMIT|JOIN|AND|OR|ON CONFLICT|IS NULL)\\b"_s);
    return statement.match(text).hasMatch() || clause.match(text).hasMatch();
}

QList<Finding> scan(const QString &file, const QString &source)
{
    QList<Finding> findings;
    QString code;
    const QList<Literal> literals = literalsOf(source, &code);
    static const QRegularExpression placeholder(u"%\\d"_s);
    static const QRegularExpression wrapperOpen(
        u"(QStringLiteral|QLatin1String|QString)\\s*\\($"_s);
    for (qsizetype k = 0; k < literals.size();) {
        // Adjacent literals ("a" "b") are one string.
        qsizetype last = k;
        QString text = literals[k].text;
        while (last + 1 < literals.size() &&
               code.mid(literals[last].end, literals[last + 1].start - literals[last].end)
                   .trimmed()
                   .isEmpty()) {
            ++last;
            text += literals[last].text;
        }
        const qsizetype start = literals[k].start;
        const qsizetype end = literals[last].end;
        k = last + 1;
        if (!looksLikeSql(text))
            continue;
        QString before = code.left(start).trimmed();
        before.remove(wrapperOpen);
        before = before.trimmed();
        QString after = code.mid(end, 200).trimmed();
        while (after.startsWith(u')'))
            after = after.mid(1).trimmed();
        QString how;
        if (after.startsWith(u".arg("))
            how = u"arg"_s;
        else if (after.startsWith(u'+') || before.endsWith(u'+') || before.endsWith(u"+="))
            how = u"concatenation"_s;
        else if (placeholder.match(text).hasMatch())
            how = u"placeholder"_s;
        if (how.isEmpty())
            continue;
        const int line = int(source.left(start).count(u'\n')) + 1;
        findings << Finding{file, line, text.simplified(), how};
    }
    return findings;
}

// Places where SQL text is built, each with why no data can reach it: file, the start of the
// SQL text, the reason.
struct Allowed
{
    QString file;
    QString sqlStart;
    const char *reason;
};

const QList<Allowed> &allowList()
{
    static const QList<Allowed> list = {
        {u"models/storage/migrations.cpp"_s, u"PRAGMA user_version = %1"_s,
         "PRAGMA takes no bound values; the version is an int constant of the schema steps"},
        {u"models/storage/workspace.cpp"_s, u"PRAGMA application_id = %1"_s,
         "PRAGMA takes no bound values; the id is the compile-time WorkspaceApplicationId"},
        {u"models/storage/workspace.cpp"_s, u"PRAGMA quick_check("_s,
         "PRAGMA takes no bound values; the name is a table name read from sqlite_schema, "
         "quoted as an identifier with its double quotes doubled"},
        {u"models/storage/outageimport.cpp"_s, u"PRAGMA cache_size = %1"_s,
         "PRAGMA takes no bound values; the number is the qint64 SQLite itself reported"},
        {u"models/storage/subscriptionrepository.cpp"_s, u"DELETE FROM %1 WHERE agreement_id = ?"_s,
         "table name from a fixed two-entry list in the same statement; values bound"},
        {u"models/storage/agreementsnapshot.cpp"_s, u"SELECT * FROM %1 WHERE %2 = ?"_s,
         "table and key column from the fixed OwnedTable list; values bound"},
        {u"models/storage/agreementsnapshot.cpp"_s, u"SELECT 1 FROM %1 WHERE id = ?"_s,
         "table name from the fixed OwnedTable list, quoted; values bound"},
        {u"models/storage/agreementsnapshot.cpp"_s, u"INSERT INTO %1 (%2) VALUES (%3)"_s,
         "table/columns from the fixed list, quoted; VALUES are '?' marks only"},
        {u"models/storage/outageledger.cpp"_s, u"SELECT %1 FROM outages WHERE %2 ORDER BY %3"_s,
         "column list constant, WHERE of '?' fragments, ORDER BY from the OutageSortKey enum"},
        {u"models/storage/outageledger.cpp"_s, u"SELECT count(*) FROM outages WHERE %1"_s,
         "WHERE built from constant '?' fragments; values bound"},
        {u"models/storage/outageledger.cpp"_s, u"AND service = ?"_s,
         "constant fragment appended to a WHERE clause; value bound"},
        {u"models/storage/outageledger.cpp"_s, u"AND category = ?"_s,
         "constant fragment appended to a WHERE clause; value bound"},
        {u"models/storage/outageledger.cpp"_s, u"AND start_utc < ?"_s,
         "constant fragment appended to a WHERE clause; values bound"},
        {u"models/storage/outagerepository.cpp"_s, u"SELECT %1 FROM outages WHERE"_s,
         "column list and range condition are constants of the file; values bound"},
        {u"models/storage/outagerepository.cpp"_s, u"SELECT count(*) FROM outages WHERE %1"_s,
         "range condition constant of the file; values bound"},
        {u"models/storage/outagerepository.cpp"_s, u"AND service = ?"_s,
         "constant fragment appended to the query; value bound"},
        {u"models/storage/outagerepository.cpp"_s, u"ORDER BY start_utc, id"_s,
         "constant fragment appended to the query"},
    };
    return list;
}

bool allowed(const Finding &finding, QList<int> *used)
{
    const QList<Allowed> &list = allowList();
    for (int i = 0; i < list.size(); ++i) {
        if (finding.file == list[i].file && finding.sql.startsWith(list[i].sqlStart)) {
            *used << i;
            return true;
        }
    }
    return false;
}

} // namespace

class TestSqlBinding : public QObject
{
    Q_OBJECT

private slots:
    void scannerFindsBuiltSql_data();
    void scannerFindsBuiltSql();
    void sourcesBindEveryValue();
};

void TestSqlBinding::scannerFindsBuiltSql_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("how"); // empty: nothing to report
    QTest::newRow("arg into a WHERE")
        << uR"--(q.exec(u"SELECT * FROM t WHERE name = '%1'"_s.arg(name));)--"_s << u"arg"_s;
    QTest::newRow("QStringLiteral arg")
        << uR"--(q.prepare(QStringLiteral("DELETE FROM t WHERE id = %1").arg(id));)--"_s
        << u"arg"_s;
    QTest::newRow("split literal then arg") << uR"--(q.exec(u"SELECT a FROM t"
                       " WHERE b = %1"_s
                       .arg(b));)--"_s << u"arg"_s;
    QTest::newRow("plus after") << uR"--(q.exec(u"UPDATE t SET a = '"_s + value + u"'"_s);)--"_s
                                << u"concatenation"_s;
    QTest::newRow("plus before") << uR"--(q.exec(prefix + QStringLiteral(" WHERE a = 1"));)--"_s
                                 << u"concatenation"_s;
    QTest::newRow("appended") << uR"--(sql += u" AND name = '"_s;)--"_s << u"concatenation"_s;
    QTest::newRow("placeholder kept for later")
        << uR"--(const QString sql = u"INSERT INTO t VALUES (%1)"_s;)--"_s << u"placeholder"_s;
    QTest::newRow("bound values") << uR"--(q.exec(u"SELECT a FROM t WHERE b = ?"_s, {b});)--"_s
                                  << QString();
    QTest::newRow("user message with arg")
        << uR"--(tr("Could not open %1").arg(file);)--"_s << QString();
    QTest::newRow("SQL in a comment")
        << uR"--(// "DELETE FROM t WHERE a = %1".arg(x))--"_s << QString();
}

void TestSqlBinding::scannerFindsBuiltSql()
{
    QFETCH(QString, source);
    QFETCH(QString, how);
    const QList<Finding> findings = scan(u"x.cpp"_s, source);
    if (how.isEmpty()) {
        QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).sql));
    } else {
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().how, how);
    }
}

void TestSqlBinding::sourcesBindEveryValue()
{
    const QDir root(SourceRoot);
    QVERIFY2(root.exists(u"models/storage"_s), qPrintable(root.absolutePath()));
    QStringList unexpected;
    QList<int> used;
    int files = 0;
    for (const QString &folder : {u"app"_s, u"models"_s, u"views"_s}) {
        QDirIterator it(root.filePath(folder), {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++files;
            const QString relative = root.relativeFilePath(path);
            for (const Finding &f : scan(relative, QString::fromUtf8(file.readAll()))) {
                if (!allowed(f, &used))
                    unexpected << u"%1:%2: SQL built by %3: %4"_s.arg(f.file).arg(f.line).arg(
                        f.how, f.sql);
            }
        }
    }
    QVERIFY(files > 100);
    QVERIFY2(unexpected.isEmpty(),
             qPrintable(u"Bind values with '?' instead (or justify in tst_sqlbinding.cpp):\n"_s +
                        unexpected.join(u'\n')));
    QStringList stale;
    for (int i = 0; i < allowList().size(); ++i) {
        if (!used.contains(i))
            stale << allowList()[i].file + u": "_s + allowList()[i].sqlStart;
    }
    QVERIFY2(stale.isEmpty(),
             qPrintable(u"Allow-list entries that match nothing:\n"_s + stale.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSqlBinding)
#include "tst_sqlbinding.moc"
