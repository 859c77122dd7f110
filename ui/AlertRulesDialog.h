// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "alerts/AlertRule.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace fota {

// The alert rules of one campaign, one per line in the syntax of `watch --alert`
// (failed>5%, new-failures>100, new-reason, overdue>500, stalled>2h, complete). Each line is
// checked as it is typed; OK is offered only when every line reads.
class AlertRulesDialog : public QDialog
{
    Q_OBJECT
public:
    AlertRulesDialog(const QString &campaign, const QList<AlertRule> &rules,
                     QWidget *parent = nullptr);

    QList<AlertRule> rules() const { return m_rules; }
    QString problem() const;
    void setText(const QString &text);

private:
    void check();

    QPlainTextEdit *m_edit;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QList<AlertRule> m_rules;
};

} // namespace fota
