#include "termsheetfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace termlens {
namespace {

struct TermSheetFileText
{
    Q_DECLARE_TR_FUNCTIONS(TermSheetFile)
};

QString documentSourcePath(qsizetype index)
{
    return QStringLiteral("documents[%1].source").arg(index);
}

// A source is a file name next to the term sheet (or below it): an absolute path or one that
// climbs out of the folder would let a shared term sheet read any file of the importing user.
bool isSafeSource(const QString &source)
{
    if (source.isEmpty() || QDir::isAbsolutePath(source) || source.contains(u'\\'))
        return false;
    const QString cleaned = QDir::cleanPath(source);
    return cleaned != u".." && !cleaned.startsWith(QStringLiteral("../"));
}

std::optional<QString> decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);
    return text;
}

void fillDocumentTexts(TermSheet &sheet, const QString &directory, QList<ValidationIssue> &issues)
{
    const QDir dir(directory);
    for (qsizetype i = 0; i < sheet.documents.size(); ++i) {
        Document &document = sheet.documents[i];
        if (!document.text.isEmpty() || document.source.isEmpty())
            continue;
        if (!isSafeSource(document.source)) {
            issues.append({documentSourcePath(i),
                           TermSheetFileText::tr("must be a file name next to the term sheet, "
                                                 "not %1")
                               .arg(document.source)});
            continue;
        }
        const QString path = dir.filePath(document.source);
        if (!QFileInfo(path).isFile()) {
            issues.append({documentSourcePath(i),
                           TermSheetFileText::tr("file not found: %1").arg(document.source)});
            continue;
        }
        QString why;
        const std::optional<QByteArray> bytes = readLimitedFile(path, MaxTermSheetBytes, &why);
        if (!bytes) {
            issues.append({documentSourcePath(i), why});
            continue;
        }
        const std::optional<QString> text = decodeUtf8(*bytes);
        if (!text) {
            issues.append({documentSourcePath(i),
                           TermSheetFileText::tr("%1 is not UTF-8 text").arg(document.source)});
            continue;
        }
        document.text = *text;
    }
}

// Sources that cannot be found, read from the raw JSON when the sheet itself is invalid.
QList<ValidationIssue> missingSources(const QByteArray &json, const QString &directory)
{
    QList<ValidationIssue> issues;
    const QJsonArray documents =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("documents")).toArray();
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QJsonObject document = documents.at(i).toObject();
        const QString source = document.value(QStringLiteral("source")).toString();
        if (document.contains(QStringLiteral("text")) || !isSafeSource(source))
            continue;
        if (!QFileInfo(QDir(directory).filePath(source)).isFile())
            issues.append(
                {documentSourcePath(i), TermSheetFileText::tr("file not found: %1").arg(source)});
    }
    return issues;
}

} // namespace

std::optional<QByteArray> readLimitedFile(const QString &path, qint64 maxBytes, QString *why)
{
    QFile file(path);
    if (!QFileInfo::exists(path)) {
        *why = TermSheetFileText::tr("file not found: %1").arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *why = TermSheetFileText::tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // The size is checked before reading and again while reading: a pipe or a growing file
    // reports no useful size.
    const QString tooLarge =
        TermSheetFileText::tr("%1 is larger than %2 MiB").arg(path).arg(maxBytes / (1024 * 1024));
    if (file.size() > maxBytes) {
        *why = tooLarge;
        return std::nullopt;
    }
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        *why = tooLarge;
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        *why = TermSheetFileText::tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return bytes;
}

TermSheetFileResult parseTermSheetFile(const QByteArray &json, const QString &directory)
{
    TermSheetParseResult parsed = parseTermSheet(json);
    TermSheetFileResult result;
    result.issues = parsed.issues;
    if (!parsed.sheet || !result.issues.isEmpty()) {
        // The author wants every problem at once, missing text files too.
        result.issues.append(missingSources(json, directory));
        return result;
    }
    TermSheet sheet = std::move(*parsed.sheet);
    fillDocumentTexts(sheet, directory, result.issues);
    if (result.issues.isEmpty())
        result.sheet = std::move(sheet);
    return result;
}

TermSheetFileResult readTermSheetFile(const QString &path)
{
    QString why;
    const std::optional<QByteArray> bytes = readLimitedFile(path, MaxTermSheetBytes, &why);
    if (!bytes)
        return {std::nullopt, {ValidationIssue{QString(), why}}};
    return parseTermSheetFile(*bytes, QFileInfo(path).absolutePath());
}

} // namespace termlens
