// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/AlertRulesDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fota {

AlertRulesDialog::AlertRulesDialog(const QString &campaign, const QList<AlertRule> &rules,
                                   QWidget *parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"alertRulesDialog"_s);
    setWindowTitle(tr("Alert rules — %1").arg(campaign));
    auto *help = new QLabel(
        tr("One rule a line. A rule notifies you once when it becomes true after a load or a "
           "refresh:\n"
           "  failed>5%         failed devices above 5 % of those loaded\n"
           "  new-failures>100  more than 100 new failures since the previous load\n"
           "  new-reason        a failure reason never seen before in this campaign\n"
           "  overdue>500       more than 500 pending devices past their next attempt\n"
           "  stalled>2h        no status change for 2 h (s, m, h, d) while devices remain\n"
           "  complete          nothing pending or in progress"),
        this);
    help->setTextFormat(Qt::PlainText);
    help->setWordWrap(true);
    m_edit->setObjectName(u"alertRulesEdit"_s);
    m_edit->setAccessibleName(tr("Alert rules, one a line"));
    m_edit->setTabChangesFocus(true);
    m_edit->setPlainText(AlertRule::toStrings(rules).join(u'\n'));
    m_problem->setObjectName(u"alertRulesProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_problem->setPalette(warning);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &AlertRulesDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
    resize(fontMetrics().horizontalAdvance(u"M"_s) * 42, fontMetrics().height() * 22);
}

void AlertRulesDialog::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

QString AlertRulesDialog::problem() const
{
    return m_problem->text();
}

void AlertRulesDialog::check()
{
    QStringList lines;
    for (const QString &line : m_edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    QString error;
    const std::optional<QList<AlertRule>> parsed = AlertRule::parseList(lines, &error);
    m_problem->setText(parsed ? QString() : error);
    m_problem->setVisible(!parsed);
    if (parsed)
        m_rules = *parsed;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(bool(parsed));
}

} // namespace fota
