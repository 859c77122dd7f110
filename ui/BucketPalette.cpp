// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/BucketPalette.h"

#include "drawing/BucketColors.h"

#include <QPainter>
#include <QPixmap>

namespace fota {

QColor BucketPalette::color(StatusBucket bucket)
{
    return BucketColors::color(bucket);
}

QIcon BucketPalette::swatch(StatusBucket bucket)
{
    QIcon icon;
    for (const qreal dpr : {1.0, 2.0}) {
        const int side = 12;
        QPixmap pixmap(int(side * dpr), int(side * dpr));
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(color(bucket).darker(130));
        painter.setBrush(color(bucket));
        painter.drawRoundedRect(QRectF(1.5, 1.5, side - 3, side - 3), 2.5, 2.5);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace fota
