#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace fota {

// Which campaign to watch: account and campaign ID, Load and Stop. It only asks; the window
// decides what loading means and tells the bar back through setLoading().
class CampaignBar : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignBar(QWidget *parent = nullptr);

    QString accountName() const;
    QString campaignId() const;
    void setFields(const QString &accountName, const QString &campaignId);
    void setLoading(bool loading);
    bool isLoading() const { return m_loading; }
    // Both fields filled and nothing loading: what Load and F5 need.
    bool canLoad() const;

public slots:
    // Emits loadRequested with the fields when canLoad(); the Load button, Enter and F5 use it.
    void requestLoad();

signals:
    void loadRequested(const QString &accountName, const QString &campaignId);
    void stopRequested();
    // After a field edit or a loading change, so actions mirroring Load can follow.
    void canLoadChanged(bool canLoad);

private:
    void updateButtons();

    QLineEdit *m_account;
    QLineEdit *m_campaign;
    QPushButton *m_load;
    QPushButton *m_stop;
    bool m_loading = false;
};

} // namespace fota
