#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace termlens {

// The working behind a computed figure: ordered, human-readable lines that name the clause and
// the reading chosen. Every engine result carries one; screens, reports and the CLI print it.
class Working
{
public:
    void add(const QString &line) { m_lines.append(line); }
    void append(const Working &other) { m_lines.append(other.m_lines); }
    const QStringList &lines() const { return m_lines; }
    bool isEmpty() const { return m_lines.isEmpty(); }

private:
    QStringList m_lines;
};

// Errors are values: an engine function returns either its result or a reason.
template <typename T> struct Outcome
{
    std::optional<T> value;
    QString error; // translated, shown to users as plain text
    bool ok() const { return value.has_value(); }
    static Outcome success(T v) { return Outcome{std::move(v), {}}; }
    static Outcome failure(QString why) { return Outcome{std::nullopt, std::move(why)}; }
};

} // namespace termlens
