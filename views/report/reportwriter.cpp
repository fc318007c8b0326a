#include "reportwriter.h"

#include "reportchart.h"
#include "reportdocument.h"
#include "reportstyle.h"
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

namespace termlens {

namespace {

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
    painter.drawText(QRectF(left, footerTop, width / 2, line),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     WriterText::tr("Generated %1 by TermLens")
                         .arg(locale.toString(data.asOf, QLocale::ShortFormat)));
    painter.drawText(QRectF(left + width / 2, footerTop, width / 2, line),
                     Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                     WriterText::tr("Page %1 of %2").arg(index + 1).arg(count));
}

// Page breaks once the layout knows where blocks fall, in document order (each break re-lays
// out what follows): a block that starts a page (a section) breaks unless it already stands at
// the top of one; a heading or caption that would end a page (less than KeepWithNextSpace
// below it) moves to the next.
void breakPages(QTextDocument &document, const ReportStyle &style)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const qreal pageHeight = document.pageSize().height();
    const qreal needed = style.px(ReportStyle::KeepWithNextSpace);
    const qreal atTop = style.px(24);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        const bool startsPage = format.boolProperty(ReportStyle::StartsPage);
        if (!startsPage && !format.boolProperty(ReportStyle::KeepWithNext))
            continue;
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        const qreal pageTop = std::floor(rect.top() / pageHeight) * pageHeight;
        const qreal fromTop = rect.top() - pageTop;
        const bool move = startsPage
                              ? fromTop > atTop && block.position() > 0
                              : fromTop > atTop && pageTop + pageHeight - rect.bottom() < needed;
        if (!move)
            continue;
        QTextBlockFormat broken = format;
        broken.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(broken);
    }
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

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDocumentMargin(0);
        document.setPageSize(body.size());
        document.setUndoRedoEnabled(false);
        QFont font(ReportStyle::serifFamily());
        font.setPointSizeF(9.5);
        ReportStyle::withoutLigatures(font);
        document.setDefaultFont(font);
        ReportChartObject charts(style);
        document.documentLayout()->registerHandler(ReportChartObject::Type, &charts);
        composeReport(data, document, style, charts);
        breakPages(document, style);
        if (!step(75, WriterText::tr("Laying out the pages")))
            return ReportStatus::cancelled();
        pages = document.pageCount();

        QPainter painter;
        if (!painter.begin(&writer))
            return ReportStatus::failed(WriterText::tr("the PDF writer could not start"));
        painter.setRenderHint(QPainter::Antialiasing);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, ReportStyle::ink());
        for (int i = 0; i < pages; ++i) {
            if (!step(80 + 20 * i / std::max(1, pages),
                      WriterText::tr("Writing page %1 of %2").arg(i + 1).arg(pages))) {
                painter.end();
                return ReportStatus::cancelled();
            }
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(body.left(), body.top() - i * body.height());
            context.clip = QRectF(0, i * body.height(), body.width(), body.height());
            painter.setClipRect(context.clip);
            document.documentLayout()->draw(&painter, context);
            painter.restore();
            if (!(i == 0 && data.options.cover))
                paintHeaderFooter(painter, page, style, data, i, pages);
        }
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
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
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
