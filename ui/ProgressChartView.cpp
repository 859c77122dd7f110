// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/ProgressChartView.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace fota {

ProgressChartView::ProgressChartView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("progressChart"));
    setAccessibleName(tr("Progress over time"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    applyPalette();
}

void ProgressChartView::applyPalette()
{
    ProgressChartRenderer::Style style = m_renderer.style();
    style.font = font();
    style.text = palette().color(QPalette::WindowText);
    style.mutedText = palette().color(QPalette::PlaceholderText);
    QColor grid = style.text;
    grid.setAlpha(40);
    style.grid = grid;
    m_renderer.setStyle(style);
}

void ProgressChartView::setPoints(const QList<SnapshotPoint> &points)
{
    m_renderer.setPoints(points);
    m_renderer.setHighlight(-1);
    setAccessibleDescription(points.isEmpty() ? tr("No history yet")
                                              : tr("%n snapshot(s)", nullptr, int(points.size())));
    update();
}

void ProgressChartView::setTimeDisplay(const TimeDisplay &display)
{
    m_renderer.setTimeDisplay(display);
    update();
}

QString ProgressChartView::hoverText() const
{
    return m_renderer.describe(m_renderer.highlight());
}

QSize ProgressChartView::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 40, line * 11};
}

QSize ProgressChartView::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 12, line * 7};
}

void ProgressChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_renderer.paint(painter, QRectF(rect()));
}

void ProgressChartView::hoverAt(qreal x, const QPoint &globalPos)
{
    const qsizetype index = m_renderer.indexAt(QRectF(rect()), x);
    if (index == m_renderer.highlight())
        return;
    m_renderer.setHighlight(index);
    update();
    if (index >= 0)
        QToolTip::showText(globalPos, hoverText(), this);
    else
        QToolTip::hideText();
}

void ProgressChartView::mouseMoveEvent(QMouseEvent *event)
{
    hoverAt(event->position().x(), event->globalPosition().toPoint());
    QWidget::mouseMoveEvent(event);
}

void ProgressChartView::leaveEvent(QEvent *event)
{
    m_renderer.setHighlight(-1);
    QToolTip::hideText();
    update();
    QWidget::leaveEvent(event);
}

void ProgressChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        applyPalette();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace fota
