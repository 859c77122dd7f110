// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/ActiveFiltersBar.h"

#include "ui/FlowLayout.h"
#include "ui/NumberText.h"

#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace fota {

ActiveFiltersBar::ActiveFiltersBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this, 6, 4))
    , m_title(new QLabel(this))
    , m_clearAll(new QToolButton(this))
{
    setObjectName(u"activeFilters"_s);
    setAccessibleName(tr("Active filters"));
    m_title->setObjectName(u"shownLabel"_s);
    m_title->setAccessibleName(tr("Devices shown"));
    setShownCount(0, 0);
    m_clearAll->setObjectName(u"clearFiltersButton"_s);
    m_clearAll->setText(tr("Sho&w all devices"));
    m_clearAll->setAccessibleName(tr("Remove every filter"));
    m_clearAll->setToolTip(tr("Remove every filter: show all devices"));
    m_clearAll->setAutoRaise(true);
    connect(m_clearAll, &QToolButton::clicked, this, &ActiveFiltersBar::clearAllRequested);
    m_layout->addWidget(m_title);
    m_layout->addWidget(m_clearAll);
    hide();
}

void ActiveFiltersBar::setChips(const QList<Chip> &chips)
{
    if (chips == m_chips)
        return;
    m_chips = chips;
    for (QToolButton *button : std::as_const(m_buttons)) {
        m_layout->removeWidget(button);
        button->deleteLater();
    }
    m_buttons.clear();
    m_layout->removeWidget(m_clearAll);
    const QIcon close = style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this);
    for (const Chip &chip : chips) {
        auto *button = new QToolButton(this);
        button->setObjectName(u"filterChip_"_s + chip.id);
        // A filter value is operator or server text: never a mnemonic.
        QString text = chip.text;
        button->setText(text.replace(u'&', u"&&"_s));
        button->setIcon(close);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setLayoutDirection(Qt::RightToLeft); // the ✕ after the text, as on a tag
        button->setToolTip(tr("Remove this filter"));
        button->setAccessibleName(tr("Remove filter %1").arg(chip.text));
        const QString id = chip.id;
        connect(button, &QToolButton::clicked, this, [this, id] { emit removeRequested(id); });
        m_layout->addWidget(button);
        m_buttons.append(button);
    }
    m_layout->addWidget(m_clearAll);
    setVisible(!chips.isEmpty());
}

void ActiveFiltersBar::setShownCount(qint64 shown, qint64 total)
{
    m_title->setText(tr("Showing %1 of %2 devices; filtered by:")
                         .arg(NumberText::count(shown), NumberText::count(total)));
}

QString ActiveFiltersBar::shownText() const
{
    return m_title->text();
}

QToolButton *ActiveFiltersBar::buttonFor(const QString &id) const
{
    for (qsizetype i = 0; i < m_chips.size(); ++i) {
        if (m_chips.at(i).id == id)
            return m_buttons.value(i);
    }
    return nullptr;
}

} // namespace fota
