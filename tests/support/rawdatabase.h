#pragma once

#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

// A plain connection of its own to a workspace file, as another program (or an older
// TermLens) would open it: what the storage tests use to write or read past the Workspace.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path, bool readOnly = false)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawDatabase()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(db());
        if (query.exec(sql))
            return true;
        qWarning() << sql << query.lastError().text();
        return false;
    }
    // The first column of the first row, or an invalid value.
    QVariant value(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }
    // The first column of every row, as text.
    QStringList column(const QString &sql) const
    {
        QStringList values;
        QSqlQuery query(db());
        if (!query.exec(sql))
            qWarning() << sql << query.lastError().text();
        while (query.next())
            values << query.value(0).toString();
        return values;
    }
    QStringList tables() const
    {
        return column(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    }

private:
    QString m_name = QStringLiteral("raw-%1").arg(quintptr(this));
    bool m_open = false;
};

// One value read from a database file on a read-only connection of its own, as text.
inline QString valueIn(const QString &path, const QString &sql)
{
    return RawDatabase(path, true).value(sql).toString();
}
