// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "drawing/ProgressChartRenderer.h"

#include <QWidget>

namespace fota {

// The progress chart in the window: ProgressChartRenderer drawn in the widget's palette and
// font, and hover, which marks the snapshot under the mouse and shows its time and counts.
class ProgressChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressChartView(QWidget *parent = nullptr);

    void setPoints(const QList<SnapshotPoint> &points);
    void setTimeDisplay(const TimeDisplay &display);
    const ProgressChartRenderer &renderer() const { return m_renderer; }
    // The snapshot under the mouse (-1: none) and what the tooltip says of it.
    qsizetype hoveredIndex() const { return m_renderer.highlight(); }
    QString hoverText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void hoverAt(qreal x, const QPoint &globalPos);

    ProgressChartRenderer m_renderer;
};

} // namespace fota
