// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report/ReportFormat.h"
#include "report/ReportSince.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace fota {

// File → Campaign report…: HTML or PDF, where, and which earlier snapshot of the history to
// compare with; it shows the time the data is as of. It only asks; ReportRunner writes. The
// snapshots arrive later (setSnapshots), read from the history off the GUI thread.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    // asOfText: when the table was current ("Tuesday, 1 December 2026, 13:46 UTC"), or why it
    // is not the whole campaign.
    ReportDialog(const QString &baseName, const QString &asOfText, QWidget *parent = nullptr);

    QString path() const;
    ReportFormat format() const;
    ReportSince since() const;
    QString asOfText() const;
    void setPath(const QString &path);
    void setFormat(ReportFormat format);
    // The snapshots to offer (their times, oldest first, each with its text); an empty list
    // with a reason says why there is nothing to compare with.
    void setSnapshots(const QList<qint64> &timesMs, const QStringList &labels,
                      const QString &noneReason = {});
    QComboBox *sinceBox() const { return m_since; }

    void accept() override;

signals:
    void reportRequested(const QString &path, fota::ReportFormat format,
                         const fota::ReportSince &since);

private:
    void browse();
    void followFormat();
    void validate();

    QRadioButton *m_html;
    QRadioButton *m_pdf;
    QLineEdit *m_path;
    QLabel *m_asOf;
    QComboBox *m_since;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace fota
