#include "ui/MessageBar.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

const QColor kErrorTone(0xdc, 0x44, 0x44);

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"messageBar"_s);
    setAccessibleName(tr("Error message"));

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this)
                          .pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(u"messageText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // server text is never interpreted as markup
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_retry->setObjectName(u"retryButton"_s);
    m_retry->setAccessibleName(tr("Retry loading"));
    m_close->setObjectName(u"messageCloseButton"_s);
    m_close->setAccessibleName(tr("Close message"));
    m_close->setToolTip(tr("Close"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignVCenter);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        dismiss();
        emit retryRequested();
    });
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    hide();
}

void MessageBar::showError(const QString &text, bool canRetry)
{
    m_text->setText(text);
    m_retry->setVisible(canRetry);
    show();
    // Screen readers announce the bar as an alert, as they would a message box.
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

QString MessageBar::text() const
{
    return m_text->text();
}

bool MessageBar::canRetry() const
{
    return !m_retry->isHidden();
}

void MessageBar::dismiss()
{
    hide();
}

void MessageBar::paintEvent(QPaintEvent *)
{
    // A tint of the current window colour rather than a fixed pink, so the bar suits dark
    // themes too; the text keeps the palette's own colour and so its contrast.
    const QColor window = palette().color(QPalette::Window);
    const bool dark = window.lightness() < 128;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(blend(window, kErrorTone, dark ? 0.7 : 0.55), 1));
    painter.setBrush(blend(window, kErrorTone, dark ? 0.25 : 0.12));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

} // namespace fota
