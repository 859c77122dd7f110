// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/ReportPdfWriter.h"

#include "drawing/StackedBarPainter.h"
#include "report/ReportMarkup.h"
#include "report/ReportText.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextOption>
#include <QTextTable>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

constexpr qreal kCssDpi = 96; // what <img width> and cellpadding are measured in
constexpr qreal kMarginMm = 14;
constexpr qreal kBandPt = 22; // the header and footer bands inside the margins
const QUrl kBarUrl(u"report-bar.png"_s);
const QUrl kChartUrl(u"report-chart.png"_s);

qreal pointsToPx(qreal pt)
{
    return pt * ReportPdfWriter::kResolution / 72.0;
}

QString styleSheet()
{
    // Qt's rich text understands a subset of CSS; sizes in pt scale with the device.
    return uR"(
h1 { font-size: 17pt; font-weight: 600; margin-bottom: 2px; }
h2 { font-size: 13pt; font-weight: 600; margin-top: 22px; margin-bottom: 6px; }
h3 { font-size: 10.5pt; font-weight: 600; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 4px; margin-bottom: 4px; }
th { font-weight: 600; text-align: left; }
small { font-size: 7.5pt; color: #5b6470; }
)"_s;
}

QImage barImage(const BucketCounts &counts, QSizeF cssSize)
{
    const qreal dpr = 4;
    QImage image((cssSize * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    StackedBarPainter::paint(&painter, QRectF(QPointF(0.5, 0.5), cssSize - QSizeF(1, 1)), counts,
                             QColor(0xe3, 0xe6, 0xea), QColor(0xc4, 0xc9, 0xcf));
    return image;
}

// The vertical extent of a table row in document coordinates: from the top of its highest
// cell's first line to the bottom of its lowest cell's last line.
std::pair<qreal, qreal> rowExtent(QAbstractTextDocumentLayout *layout, QTextTable *table, int row)
{
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
            const QRectF rect = layout->blockBoundingRect(it.currentBlock());
            if (rect.isNull())
                continue;
            top = std::min(top, rect.top());
            bottom = std::max(bottom, rect.bottom());
        }
    }
    return {top, bottom};
}

// The layout catches up with a change lazily; what follows is measured from a whole layout.
void relayout(QTextDocument *document)
{
    document->markContentsDirty(0, document->characterCount());
    document->pageCount();
}

// QTextDocument's pagination moves a line that would cross the bottom edge to the next page,
// but splits a table row between its lines; and the part of a split row that belongs to the
// other page is still drawn (clipped, but in the PDF's text). So a row that would straddle a
// page edge gets an empty spacer row before it whose top padding carries it to the next page,
// where the header rows repeat. A row taller than most of a page is left to split.
void keepRowsTogether(QTextDocument *document, QTextTable *table)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const qreal pageHeight = document->pageSize().height();
    for (int row = table->format().headerRowCount(); row < table->rows(); ++row) {
        const auto [top, bottom] = rowExtent(layout, table, row);
        if (top > bottom || bottom - top > pageHeight * 0.8)
            continue;
        const int firstPage = int(top / pageHeight);
        if (firstPage == int((bottom - 1) / pageHeight))
            continue;
        table->insertRows(row, 1);
        QTextTableCell spacer = table->cellAt(row, 0);
        QTextTableCellFormat padding = spacer.format().toTableCellFormat();
        // Padding is in CSS pixels, which the layout scales to the device.
        padding.setTopPadding(((firstPage + 1) * pageHeight - top) * kCssDpi /
                              ReportPdfWriter::kResolution);
        spacer.setFormat(padding);
        relayout(document);
        ++row; // the row that moved
    }
}

// A heading with little of its page left below it starts the next page instead, so it is
// never alone at the bottom with its text overleaf.
void keepHeadingWithText(QTextDocument *document, const QTextBlock &block)
{
    QTextBlockFormat format = block.blockFormat();
    if (format.headingLevel() == 0 || format.pageBreakPolicy() != QTextFormat::PageBreak_Auto)
        return;
    const qreal pageHeight = document->pageSize().height();
    const QRectF rect = document->documentLayout()->blockBoundingRect(block);
    const qreal pageTop = std::floor(rect.top() / pageHeight) * pageHeight;
    if (pageTop + pageHeight - rect.bottom() >= pageHeight * 0.12)
        return;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).setBlockFormat(format);
    relayout(document);
}

} // namespace

// Each move only pushes what follows down, so one pass in document order, measuring each
// heading and row after every move before it, settles the pages.
void ReportPdfWriter::keepTogether(QTextDocument *document)
{
    document->pageCount();
    QTextFrame *root = document->rootFrame();
    for (QTextFrame::iterator it = root->begin(); !it.atEnd(); ++it) {
        if (auto *table = qobject_cast<QTextTable *>(it.currentFrame()))
            keepRowsTogether(document, table);
        else if (it.currentBlock().isValid())
            keepHeadingWithText(document, it.currentBlock());
    }
}

QPageSize ReportPdfWriter::pageSizeFor(const QLocale &locale)
{
    // The US (and the few that follow it) print on Letter; the C locale is no preference, and
    // everyone else prints on A4.
    return locale.language() != QLocale::C &&
                   locale.measurementSystem() == QLocale::ImperialUSSystem
               ? QPageSize(QPageSize::Letter)
               : QPageSize(QPageSize::A4);
}

void ReportPdfWriter::fillDocument(QTextDocument *document, const ReportModel &model,
                                   const QLocale &locale, const QSizeF &bodyPx)
{
    const qreal cssWidth = bodyPx.width() * kCssDpi / kResolution;
    const QSizeF barSize(cssWidth, 18);
    document->addResource(QTextDocument::ImageResource, kBarUrl, barImage(model.buckets, barSize));
    ReportMarkup::Figures figures;
    figures.bar = u"<p><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>\n"_s.arg(
        kBarUrl.toString(), QString::number(qRound(barSize.width())),
        QString::number(qRound(barSize.height())));
    if (model.progressChart) {
        const QSize chartSize(qRound(cssWidth), qRound(cssWidth / 3));
        const QImage chart = model.progressChart(chartSize, 3.0);
        if (!chart.isNull()) {
            document->addResource(QTextDocument::ImageResource, kChartUrl, chart);
            figures.chart = u"<p><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>\n"_s.arg(
                kChartUrl.toString(), QString::number(chartSize.width()),
                QString::number(chartSize.height()));
        }
    }
    const ReportText text(locale, model.utc);
    const ReportMarkup markup(model, text, ReportMarkup::Flavour::RichText, figures);
    document->setDefaultStyleSheet(styleSheet());
    document->setHtml(u"<html><body>%1</body></html>"_s.arg(markup.body()));
    keepTogether(document);
}

void ReportPdfWriter::paintPage(QPainter *painter, QTextDocument *document, const QRectF &body,
                                int page, int pages, const QString &title, const QString &stamp)
{
    const qreal pageHeight = document->pageSize().height();
    painter->save();
    painter->translate(body.left(), body.top() - page * pageHeight);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, page * pageHeight, body.width(), pageHeight);
    context.palette.setColor(QPalette::Text, Qt::black);
    painter->setClipRect(context.clip);
    document->documentLayout()->draw(painter, context);
    painter->restore();

    // The bands: the campaign on top, the stamp and the page number at the bottom.
    QFont small = document->defaultFont();
    small.setPointSizeF(7.5);
    painter->setFont(small);
    painter->setPen(QColor(0x5b, 0x64, 0x70));
    const qreal band = pointsToPx(kBandPt);
    const QRectF top(body.left(), body.top() - band * 0.85, body.width(), band * 0.6);
    const QRectF bottom(body.left(), body.bottom() + band * 0.3, body.width(), band * 0.7);
    painter->drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(title, Qt::ElideRight, int(top.width())));
    painter->drawText(
        bottom, Qt::AlignLeft | Qt::AlignVCenter,
        painter->fontMetrics().elidedText(stamp, Qt::ElideRight, int(bottom.width() * 0.7)));
    painter->drawText(bottom, Qt::AlignRight | Qt::AlignVCenter,
                      tr("Page %1 of %2").arg(page + 1).arg(pages));
}

QString ReportPdfWriter::write(const ReportModel &model, const QLocale &locale, QIODevice *device,
                               const std::atomic<bool> *cancel)
{
    QPdfWriter pdf(device);
    pdf.setResolution(kResolution);
    pdf.setPageSize(pageSizeFor(locale));
    pdf.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                       QPageLayout::Millimeter);
    const QString title = tr("%1 — campaign report").arg(ReportMarkup::title(model));
    pdf.setTitle(title);
    pdf.setCreator(u"FOTA Campaign Monitor " FOTA_VERSION ""_s);

    // The paint area is inside the margins; the bands take its top and bottom.
    const qreal band = pointsToPx(kBandPt);
    const QRectF area(0, 0, pdf.width(), pdf.height());
    const QRectF body = area.adjusted(0, band, 0, -band);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&pdf);
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document.setDefaultTextOption(wrap);
    document.setDocumentMargin(0);
    document.setPageSize(body.size());
    fillDocument(&document, model, locale, body.size());

    const ReportText text(locale, model.utc);
    const QString stamp =
        tr("Data as of %1 · generated %2")
            .arg(text.shortTimeWithZone(model.asOfMs), text.shortTimeWithZone(model.generatedAtMs));
    QPainter painter;
    if (!painter.begin(&pdf))
        return tr("the PDF writer could not start");
    // The bar and the chart are flat colours and thin lines, which JPEG (the PDF engine's
    // choice for an opaque image) blurs; Flate keeps them sharp and is smaller for them (the
    // bar: 2.4 KB against 23 KB).
    painter.setRenderHint(QPainter::LosslessImageRendering);
    const int pages = document.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (cancel && cancel->load())
            return tr("cancelled");
        if (page > 0 && !pdf.newPage())
            return tr("the PDF writer could not start a new page");
        paintPage(&painter, &document, body, page, pages, title, stamp);
    }
    if (!painter.end())
        return tr("the PDF writer could not finish the file");
    return {};
}

} // namespace fota
