#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <functional>
#include <span>

namespace termlens {

// RFC 4180 CSV: quoted fields with "" escapes and line breaks, CRLF or LF, an optional UTF-8
// byte order mark. Records are handed to a callback as views that live until it returns, so a
// million-row file is read without a QString per field.
class CsvReader
{
public:
    struct Error
    {
        qsizetype line = 0; // 1-based line of the file
        QString message;
    };
    // Return false to stop reading (cancel). `line` is where the record starts.
    using RecordHandler = std::function<bool(qsizetype line, std::span<const QStringView> fields)>;

    explicit CsvReader(QChar delimiter = u',')
        : m_delimiter(delimiter)
    {}

    // Decodes `bytes` as UTF-8 (invalid UTF-8 is an error naming the line) and reads every
    // record. Returns the errors that stop reading: bad encoding, an unterminated quote, text
    // after a closing quote, a field over maxFieldLength. Empty lines are skipped.
    QList<Error> read(const QByteArray &bytes, const RecordHandler &handler) const;

    static constexpr qsizetype MaxFieldLength = 1 << 20;

private:
    QChar m_delimiter;
};

} // namespace termlens
