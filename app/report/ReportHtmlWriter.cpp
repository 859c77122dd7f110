// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/ReportHtmlWriter.h"

#include "drawing/BucketColors.h"
#include "drawing/StackedBarPainter.h"
#include "report/ReportMarkup.h"
#include "report/ReportText.h"

#include <QBuffer>
#include <QImage>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

constexpr int kBarUnits = 1000; // the SVG's width in its own units
constexpr int kBarHeight = 28;

QString number(qreal v)
{
    return QString::number(v, 'f', 2);
}

} // namespace

QString ReportHtmlWriter::styleSheet()
{
    // No '<' or '&' in here: the page stays well-formed XML.
    return uR"(
:root { color-scheme: light dark; --fg: #1d2127; --muted: #5b6470; --bg: #ffffff;
  --panel: #f5f6f8; --line: #dde1e6; --head: #e8ebef; --warn: #b42318; --track: #e3e6ea; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6e8eb; --muted: #a3abb5; --bg: #16191d; --panel: #1f2328; --line: #343a41;
    --head: #262b31; --warn: #ff8a80; --track: #30363d; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.45 "DejaVu Sans", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1000px; margin: 0 auto; padding: 24px 20px 40px; }
h1 { font-size: 1.7em; margin: 0 0 2px; overflow-wrap: anywhere; }
h2 { font-size: 1.25em; margin: 32px 0 10px; padding-bottom: 4px;
  border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05em; margin: 20px 0 8px; }
.subtitle, .note, footer { color: var(--muted); }
.note { font-size: 0.92em; }
.warn { color: var(--warn); padding: 8px 12px; border: 1px solid var(--warn);
  border-radius: 6px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px;
  border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
thead th { background: var(--head); font-weight: 600; }
tbody tr:nth-child(even) td { background: var(--panel); }
table.meta { width: auto; }
table.meta th { font-weight: 600; padding-right: 24px; white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
small { color: var(--muted); }
.sw { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 2px;
  margin-right: 0.45em; vertical-align: -0.05em; }
figure { margin: 8px 0 12px; }
figure.bar div { border-radius: 6px; overflow: hidden; border: 1px solid var(--line);
  background: var(--track); line-height: 0; }
figure.bar svg { display: block; width: 100%; height: 28px; }
figure.chart img { max-width: 100%; height: auto; background: #ffffff; border-radius: 6px; }
footer { margin-top: 36px; font-size: 0.88em; border-top: 1px solid var(--line); }
@media print {
  body { font-size: 11pt; background: #ffffff; color: #000000; }
  main { max-width: none; padding: 0; }
  tr, figure { break-inside: avoid; }
  thead { display: table-header-group; }
}
)"_s;
}

QString ReportHtmlWriter::barFigure(const ReportModel &model, const QLocale &locale)
{
    const ReportText text(locale, model.utc);
    const qint64 total = model.total();
    QStringList label;
    QString rects;
    for (const StackedBarPainter::Segment &s :
         StackedBarPainter::segments(QRectF(0, 0, kBarUnits, kBarHeight), model.buckets)) {
        const qint64 n = model.buckets[size_t(s.bucket)];
        //: The stacked bar's text for one bucket: %1 the bucket ("Succeeded"), %2 its device count,
        //: %3 its share ("41%").
        label << tr("%1 %2 (%3)")
                     .arg(ReportText::bucket(s.bucket), text.count(n), text.percent(n, total));
        rects += u"<rect x=\"%1\" y=\"0\" width=\"%2\" height=\"%3\" fill=\"%4\"/>"_s.arg(
            number(s.rect.x()), number(s.rect.width()), QString::number(kBarHeight),
            BucketColors::color(s.bucket).name());
    }
    const QString description =
        label.isEmpty() ? tr("No devices") : tr("Status distribution: %1").arg(label.join(u", "_s));
    return u"<figure class=\"bar\"><div><svg viewBox=\"0 0 %1 %2\" preserveAspectRatio=\"none\" "
           "role=\"img\" aria-label=\"%3\"><title>%3</title>%4</svg></div></figure>\n"_s.arg(
               QString::number(kBarUnits), QString::number(kBarHeight),
               ReportMarkup::escape(description), rects);
}

QString ReportHtmlWriter::chartFigure(const ReportModel &model)
{
    if (!model.progressChart)
        return {};
    const QImage image = model.progressChart(QSize(kChartWidth, kChartHeight), 2.0);
    if (image.isNull())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return u"<figure class=\"chart\"><img src=\"data:image/png;base64,%1\" width=\"%2\" "
           "height=\"%3\" alt=\"%4\"/></figure>\n"_s.arg(
               QString::fromLatin1(png.toBase64()), QString::number(kChartWidth),
               QString::number(kChartHeight),
               ReportMarkup::escape(tr("Devices per status over time")));
}

QByteArray ReportHtmlWriter::write(const ReportModel &model, const QLocale &locale)
{
    const ReportText text(locale, model.utc);
    const ReportMarkup markup(model, text, ReportMarkup::Flavour::Html,
                              {barFigure(model, locale), chartFigure(model)});
    const QString title =
        ReportMarkup::escape(tr("%1 — campaign report").arg(ReportMarkup::title(model)));
    const QString html =
        u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        "<meta name=\"color-scheme\" content=\"light dark\"/>\n"
        "<meta name=\"generator\" content=\"FOTA Campaign Monitor %2\"/>\n"
        "<title>%3</title>\n<style>%4</style>\n</head>\n<body>\n<main>\n%5</main>\n</body>\n"
        "</html>\n"_s.arg(text.locale().bcp47Name(), QStringLiteral(FOTA_VERSION), title,
                          styleSheet(), markup.body());
    return html.toUtf8();
}

} // namespace fota
