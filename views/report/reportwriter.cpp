#include "reportwriter.h"

#include "localeformat.h"
#include "reportchart.h"
#include "reportdocument.h"
#include "reportpages.h"
#include "reportstyle.h"
#include "reporttable.h"
#include "workspace.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimeZone>

#include <cmath>
#include <memory>
#include <vector>

namespace termlens {

namespace {

// QFile returns a short count without a reason when the disk fills up half way through a
// write; writing the rest again fails at once, with the system's reason (errorString()).
bool writeAll(QSaveFile &file, const QByteArray &bytes)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 written = file.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0)
            return false;
        done += written;
    }
    return true;
}

struct WriterText
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// Device pixels per inch of the PDF's layout: fine enough for hairlines and text positions,
// small enough to keep the coordinates short.
constexpr int Resolution = 300;

// Page margins in points: the running header sits in the top margin, the footer in the bottom.
constexpr qreal MarginSide = 56;   // ~20 mm
constexpr qreal MarginTop = 68;    // ~24 mm
constexpr qreal MarginBottom = 62; // ~22 mm
constexpr qreal HeaderFromTop = 32;
constexpr qreal FooterFromBottom = 30;

QString pdfText(const QString &text)
{
    // UTF-16BE with a byte order mark, in hex: any character, nothing to escape.
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return QString::fromLatin1(hex + '>');
}

QByteArray xmpMetadata(const QString &title, const QString &author, const QString &subject,
                       const QString &creator)
{
    const auto x = [](const QString &s) { return s.toHtmlEscaped().toUtf8(); };
    return "<?xpacket begin='\xef\xbb\xbf' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
           "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
           "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
           "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
           "xmlns:xmp='http://ns.adobe.com/xap/1.0/' xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>\n"
           "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>" +
           x(title) +
           "</rdf:li></rdf:Alt></dc:title>\n"
           "<dc:creator><rdf:Seq><rdf:li>" +
           x(author) +
           "</rdf:li></rdf:Seq></dc:creator>\n"
           "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>" +
           x(subject) +
           "</rdf:li></rdf:Alt></dc:description>\n"
           "<xmp:CreatorTool>" +
           x(creator) +
           "</xmp:CreatorTool>\n"
           "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>";
}

QString subjectOf(const ReportData &data)
{
    QStringList vendors;
    for (const ReportAgreement &a : data.agreements)
        vendors << a.sheet.vendor;
    return WriterText::tr(
               "Terms, playbook scores, deadlines and service credits of %n agreement(s): %1",
               nullptr, int(data.agreements.size()))
        .arg(vendors.join(QStringLiteral(", ")));
}

void paintHeaderFooter(QPainter &painter, const QRectF &page, const ReportStyle &style,
                       const ReportData &data, int index, int count)
{
    const QFont font = style.pageFont();
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const qreal left = style.px(MarginSide);
    const qreal width = page.width() - 2 * style.px(MarginSide);
    const qreal line = metrics.height();
    painter.setPen(ReportStyle::mutedInk());
    // Header: the title on the left, the workspace on the right, a rule below.
    const qreal headerTop = style.px(HeaderFromTop);
    const QString right = data.options.workspaceName;
    const qreal rightWidth = std::min(width * 0.45, metrics.horizontalAdvance(right));
    painter.drawText(
        QRectF(left, headerTop, width - rightWidth - style.px(12), line),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
        metrics.elidedText(data.title, Qt::ElideRight, width - rightWidth - style.px(12)));
    painter.drawText(QRectF(left + width - rightWidth, headerTop, rightWidth, line),
                     Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                     metrics.elidedText(right, Qt::ElideMiddle, rightWidth));
    painter.setPen(QPen(ReportStyle::rule(), style.px(0.5)));
    const qreal ruleY = headerTop + line + style.px(3);
    painter.drawLine(QPointF(left, ruleY), QPointF(left + width, ruleY));
    // Footer: the date generated on the left, the page number on the right.
    painter.setPen(ReportStyle::mutedInk());
    const qreal footerTop = page.height() - style.px(FooterFromBottom) - line;
    const QLocale &locale = data.options.locale;
    painter.drawText(
        QRectF(left, footerTop, width / 2, line),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
        WriterText::tr("Generated %1 by TermLens").arg(displayDate(data.asOf, locale)));
    painter.drawText(QRectF(left + width / 2, footerTop, width / 2, line),
                     Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                     WriterText::tr("Page %1 of %2").arg(index + 1).arg(count));
}

} // namespace

QByteArray withPdfInfo(const QByteArray &pdf, const QString &title, const QString &author,
                       const QString &subject, const QString &creator, qint64 createdUtc)
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startxrefAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startxrefAt < trailerAt)
        return pdf;
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startxrefAt - trailerAt));
    static const QRegularExpression sizeRe(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression rootRe(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)"));
    static const QRegularExpression xrefRe(QStringLiteral("startxref\\s+(\\d+)"));
    const QRegularExpressionMatch size = sizeRe.match(trailer);
    const QRegularExpressionMatch root = rootRe.match(trailer);
    const QRegularExpressionMatch xref = xrefRe.match(QString::fromLatin1(pdf.mid(startxrefAt)));
    if (!size.hasMatch() || !root.hasMatch() || !xref.hasMatch())
        return pdf;
    const int object = size.captured(1).toInt();
    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    const QString date = QDateTime::fromSecsSinceEpoch(createdUtc, QTimeZone::utc())
                             .toString(QStringLiteral("yyyyMMddHHmmss"));
    const qsizetype objectAt = out.size();
    out += QByteArray::number(object) + " 0 obj\n<<\n/Title " + pdfText(title).toLatin1() +
           "\n/Author " + pdfText(author).toLatin1() + "\n/Subject " + pdfText(subject).toLatin1() +
           "\n/Creator " + pdfText(creator).toLatin1() + "\n/Producer " +
           pdfText(QStringLiteral("TermLens (Qt %1)").arg(QString::fromLatin1(qVersion())))
               .toLatin1() +
           "\n/CreationDate (D:" + date.toLatin1() + "Z)\n>>\nendobj\n";
    const qsizetype xrefAt = out.size();
    out += "xref\n" + QByteArray::number(object) + " 1\n" +
           QByteArray::number(objectAt).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<<\n/Size " + QByteArray::number(object + 1) + "\n/Root " +
           root.captured(1).toLatin1() + "\n/Info " + QByteArray::number(object) + " 0 R\n/Prev " +
           xref.captured(1).toLatin1() + "\n>>\nstartxref\n" + QByteArray::number(xrefAt) +
           "\n%%EOF\n";
    return out;
}

ReportStatus renderReportPdf(const ReportData &data, const ReportProgress &progress,
                             QByteArray *pdf, int *pageCount)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return ReportStatus::failed(
            WriterText::tr("a PDF report needs the graphical application object "
                           "(the offscreen platform will do)"));
    const auto step = [&](int percent, const QString &what) {
        return !progress || progress(percent, what);
    };
    if (!step(60, WriterText::tr("Composing the report")))
        return ReportStatus::cancelled();
    const QString author =
        data.options.author.isEmpty() ? QStringLiteral("TermLens") : data.options.author;
    const QString subject = subjectOf(data);
    const QString creator = QStringLiteral("TermLens %1").arg(QStringLiteral(TERMLENS_VERSION));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(Resolution);
        writer.setPageSize(QPageSize(
            data.options.pageSize == ReportPageSize::Letter ? QPageSize::Letter : QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
        writer.setTitle(data.title);
        writer.setCreator(creator);
        writer.setDocumentXmpMetadata(xmpMetadata(data.title, author, subject, creator));
        const ReportStyle style(writer.resolution());
        const QRectF page = writer.pageLayout().fullRectPixels(writer.resolution());
        const QRectF body(style.px(MarginSide), style.px(MarginTop),
                          page.width() - 2 * style.px(MarginSide),
                          page.height() - style.px(MarginTop) - style.px(MarginBottom));

        // The report as units (a heading and what belongs to it), each its own document laid
        // out on its own, then chained on the pages (reportpages.h).
        QFont font(ReportStyle::serifFamily());
        font.setPointSizeF(9.5);
        ReportStyle::withoutLigatures(font);
        ReportChartObject charts(style);
        ReportTableObject tables(style);
        std::vector<std::unique_ptr<QTextDocument>> units;
        const auto newUnit = [&]() {
            auto document = std::make_unique<QTextDocument>();
            document->documentLayout()->setPaintDevice(&writer);
            document->setDocumentMargin(0);
            // A null page size: no layout while the unit is written (paginateReport sets it).
            document->setPageSize(QSizeF(0, 0));
            document->setUndoRedoEnabled(false);
            document->setDefaultFont(font);
            document->documentLayout()->registerHandler(ReportChartObject::Type, &charts);
            document->documentLayout()->registerHandler(ReportTableObject::Type, &tables);
            units.push_back(std::move(document));
            return units.back().get();
        };
        composeReport(data, newUnit, style, charts, tables);
        if (!step(75, WriterText::tr("Laying out the pages")))
            return ReportStatus::cancelled();
        QList<QTextDocument *> documents;
        for (const auto &unit : units) {
            tables.splitTallRows(*unit, body.size());
            documents << unit.get();
        }
        const ReportPagination pagination = paginateReport(documents, body.size(), style);
        pages = pagination.pages;

        QPainter painter;
        if (!painter.begin(&writer))
            return ReportStatus::failed(WriterText::tr("the PDF writer could not start"));
        painter.setRenderHint(QPainter::Antialiasing);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, ReportStyle::ink());
        int current = 0; // the page the painter is on
        const auto finishPage = [&]() {
            if (!(current == 0 && data.options.cover))
                paintHeaderFooter(painter, page, style, data, current, pages);
        };
        for (const ReportUnitPlacement &unit : pagination.units) {
            for (int i = 0; i < unit.pages; ++i) {
                while (current < unit.firstPage + i) {
                    finishPage();
                    if (!step(
                            80 + 20 * current / std::max(1, pages),
                            WriterText::tr("Writing page %1 of %2").arg(current + 1).arg(pages))) {
                        painter.end();
                        return ReportStatus::cancelled();
                    }
                    writer.newPage();
                    ++current;
                }
                painter.save();
                painter.translate(body.left(), body.top() - i * body.height());
                painter.setClipRect(QRectF(0, i * body.height(), body.width(), body.height()));
                // What the layout draws: a block starting at the page's bottom edge (a heading
                // moved to the next page: the layout rounds to 1/64 pixel) belongs to the
                // next page, not drawn clipped away here as well (its words would be in this
                // page's text).
                context.clip = QRectF(0, i * body.height(), body.width(), body.height() - 0.5);
                unit.document->documentLayout()->draw(&painter, context);
                painter.restore();
            }
        }
        if (pages > 0)
            finishPage();
        if (!painter.end())
            return ReportStatus::failed(WriterText::tr("the PDF writer failed"));
    }
    *pdf = withPdfInfo(buffer.data(), data.title, author, subject, creator, data.options.nowUtc);
    if (pageCount)
        *pageCount = pages;
    step(100, WriterText::tr("Done"));
    return {};
}

ReportStatus exportReport(Workspace &workspace, const ReportOptions &options,
                          const ReportProgress &progress, ReportResult *result)
{
    if (options.outputFile.isEmpty())
        return ReportStatus::failed(WriterText::tr("no file to write the report to"));
    if (!hasAnySection(options))
        return ReportStatus::failed(WriterText::tr("choose at least one section of the report"));
    ReportOptions chosen = options;
    if (chosen.workspaceName.isEmpty())
        chosen.workspaceName = QFileInfo(workspace.path()).completeBaseName();
    ReportData data;
    if (ReportStatus s = collectReportData(workspace, chosen, progress, &data); !s.ok())
        return s;
    QByteArray pdf;
    int pages = 0;
    if (ReportStatus s = renderReportPdf(data, progress, &pdf, &pages); !s.ok())
        return s;
    QSaveFile file(options.outputFile);
    // Unbuffered: a full disk fails write() itself, with the system's reason (a buffered
    // write fails later, in commit(), as "Unknown error").
    const bool opened = file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    // Private (0600) before any byte is written: the umask alone gives 0644, and QSaveFile
    // would carry over a replaced file's wider mode.
    if (opened)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!opened || !writeAll(file, pdf) || !file.commit())
        return ReportStatus::failed(
            WriterText::tr("cannot write %1: %2").arg(options.outputFile, file.errorString()));
    if (result) {
        result->pages = pages;
        result->bytes = pdf.size();
        result->agreements = int(data.agreements.size());
    }
    return {};
}

} // namespace termlens
