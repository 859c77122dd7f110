#include "ui/BucketPalette.h"

#include <QPainter>
#include <QPixmap>

namespace fota {

QColor BucketPalette::color(StatusBucket bucket)
{
    switch (bucket) {
    case StatusBucket::Succeeded:
        return QColor(0x2e, 0xa0, 0x5a);
    case StatusBucket::Failed:
        return QColor(0xdc, 0x44, 0x44);
    case StatusBucket::Pending:
        return QColor(0xe0, 0xa1, 0x1b);
    case StatusBucket::InProgress:
        return QColor(0x3b, 0x82, 0xf0);
    case StatusBucket::Cancelled:
        return QColor(0x9a, 0x6c, 0xd8);
    case StatusBucket::Other:
    case StatusBucket::Count:
        break;
    }
    return QColor(0x8c, 0x93, 0x9d);
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
