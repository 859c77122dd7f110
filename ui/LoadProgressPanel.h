#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace fota {

struct LoadOutcome;
struct LoadProgress;

// Where a load stands: pages and devices while they arrive, then whether the table holds the
// whole campaign. "Incomplete" is said in words, since a partial table looks like a whole one.
class LoadProgressPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LoadProgressPanel(QWidget *parent = nullptr);

    void showStarted(const QString &campaignId);
    void showProgress(const LoadProgress &progress);
    void showRetrying(const QString &message);
    // devicesInTable: distinct devices held, which is what "loaded" means to the operator
    // (progress counts page rows, repeats included).
    void showFinished(const LoadOutcome &outcome, qint64 devicesInTable);
    void showIdle();

    QString text() const;
    QString detailText() const;

private:
    void setBarRange(const LoadProgress &progress);
    void setDetail(const QString &text);

    QLabel *m_label;
    QLabel *m_detail;
    QProgressBar *m_bar;
};

} // namespace fota
