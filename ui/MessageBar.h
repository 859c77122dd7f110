#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace fota {

// An error shown inside the window, above the table, instead of a modal box: the operator can
// still read, sort and export the rows that did load while deciding what to do.
class MessageBar : public QWidget
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);

    // canRetry shows the Retry button (load errors); export errors have nothing to retry.
    void showError(const QString &text, bool canRetry = true);
    QString text() const;
    bool canRetry() const;

public slots:
    void dismiss();

signals:
    void retryRequested();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
    QToolButton *m_close;
};

} // namespace fota
