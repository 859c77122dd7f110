// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/MessageBar.h"

#include "common/SafeText.h"

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
const QColor kNoticeTone(0x3b, 0x82, 0xf6);

// Long enough for any sentence of ours with a server's explanation in it.
constexpr qsizetype kMaxChars = 1000;

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_signIn(new QPushButton(tr("&Sign in…"), this))
    , m_recent(new QPushButton(tr("Recent cam&paigns…"), this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"messageBar"_s);
    setAccessibleName(tr("Message"));

    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(u"messageText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // server text is never interpreted as markup
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_retry->setObjectName(u"retryButton"_s);
    m_retry->setAccessibleName(tr("Retry loading"));
    m_signIn->setObjectName(u"messageSignInButton"_s);
    m_signIn->setAccessibleName(tr("Sign in"));
    m_recent->setObjectName(u"messageRecentButton"_s);
    m_recent->setAccessibleName(tr("Open a recent campaign"));
    m_close->setObjectName(u"messageCloseButton"_s);
    m_close->setAccessibleName(tr("Close message"));
    m_close->setToolTip(tr("Close"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);
    layout->addWidget(m_text, 1);
    for (QWidget *button : {static_cast<QWidget *>(m_signIn), static_cast<QWidget *>(m_recent),
                            static_cast<QWidget *>(m_retry), static_cast<QWidget *>(m_close)})
        layout->addWidget(button, 0, Qt::AlignVCenter);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        dismiss();
        emit retryRequested();
    });
    connect(m_signIn, &QPushButton::clicked, this, &MessageBar::signInRequested);
    connect(m_recent, &QPushButton::clicked, this,
            [this] { emit recentCampaignsRequested(m_recent); });
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind, Actions actions)
{
    m_kind = kind;
    m_actions = actions;
    m_text->setText(SafeText::oneLine(text, kMaxChars));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const auto icon =
        kind == Kind::Error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(iconSize, iconSize));
    m_retry->setVisible(actions.testFlag(Retry));
    m_signIn->setVisible(actions.testFlag(SignIn));
    m_recent->setVisible(actions.testFlag(RecentCampaigns));
    setAccessibleName(kind == Kind::Error ? tr("Error message") : tr("Notice"));
    show();
    update();
    // Screen readers announce an error as an alert, as they would a message box.
    if (kind == Kind::Error) {
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void MessageBar::showError(const QString &text, bool canRetry)
{
    showMessage(text, Kind::Error, canRetry ? Retry : NoAction);
}

void MessageBar::showNotice(const QString &text)
{
    showMessage(text, Kind::Notice);
}

QString MessageBar::text() const
{
    return m_text->text();
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
    const QColor tone = m_kind == Kind::Error ? kErrorTone : kNoticeTone;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(blend(window, tone, dark ? 0.7 : 0.55), 1));
    painter.setBrush(blend(window, tone, dark ? 0.25 : 0.12));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

} // namespace fota
