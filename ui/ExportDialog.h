// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "export/ExportFormat.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace fota {

// File → Export…: what to write (the rows shown, as filtered and sorted, or every device by
// ascending ID), as CSV or JSON, and where. It only asks; ExportRunner writes. The folder of
// the last export is remembered (a folder name, nothing secret).
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope
    {
        Shown,
        All
    };

    static QString lastFolderKey();

    ExportDialog(qint64 shownRows, qint64 allRows, const QString &baseName,
                 QWidget *parent = nullptr);

    QString path() const;
    ExportFormat format() const;
    Scope scope() const;
    // CSV for Excel: UTF-8 with a byte-order mark. Plain RFC 4180 UTF-8 is the default.
    bool byteOrderMark() const;
    void setPath(const QString &path);
    void setFormat(ExportFormat format);
    void setByteOrderMark(bool bom);
    void setScope(Scope scope);
    // The table does not hold the whole campaign (a load stopped or failed): "all devices"
    // means the devices loaded, and the dialog says so with both numbers.
    void setIncomplete(qint64 loaded, std::optional<qint64> totalDevice);
    QString allDevicesText() const;

    void accept() override;

signals:
    void exportRequested(const QString &path, fota::ExportFormat format,
                         fota::ExportDialog::Scope scope, bool byteOrderMark);

private:
    void browse();
    void followFormat();
    void validate();
    static QString suggestedFolder();

    QRadioButton *m_shown;
    QRadioButton *m_all;
    QRadioButton *m_csv;
    QRadioButton *m_csvExcel;
    QRadioButton *m_json;
    QLabel *m_incomplete;
    QLineEdit *m_path;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace fota
