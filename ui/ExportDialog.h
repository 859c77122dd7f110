#pragma once

#include "export/ExportFormat.h"

#include <QDialog>

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
    void setPath(const QString &path);
    void setFormat(ExportFormat format);
    void setScope(Scope scope);

    void accept() override;

signals:
    void exportRequested(const QString &path, fota::ExportFormat format,
                         fota::ExportDialog::Scope scope);

private:
    void browse();
    void followFormat();
    void validate();
    static QString suggestedFolder();

    QRadioButton *m_shown;
    QRadioButton *m_all;
    QRadioButton *m_csv;
    QRadioButton *m_json;
    QLineEdit *m_path;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace fota
