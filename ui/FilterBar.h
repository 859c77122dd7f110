#pragma once

#include "campaign/DeviceFilter.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace fota {

// What the table shows: a text search (IMEI or result reason) and a status bucket. Typing is
// debounced so a million-row filter runs once per pause, not once per key.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 250;

    explicit FilterBar(QWidget *parent = nullptr);

    DeviceFilter filter() const;
    std::optional<StatusBucket> selectedBucket() const;
    void selectBucket(std::optional<StatusBucket> bucket);
    void setCounts(const BucketCounts &counts);
    void setShownCount(qint64 shown, qint64 total);
    void focusSearch();

public slots:
    // Applies typed text without waiting for the debounce.
    void applyNow();

signals:
    void filterChanged(const fota::DeviceFilter &filter);

private:
    void emitIfChanged();

    QLineEdit *m_search;
    QComboBox *m_bucket;
    QLabel *m_shown;
    QTimer *m_debounce;
    DeviceFilter m_applied;
};

} // namespace fota
