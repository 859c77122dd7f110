// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceFilter.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

namespace fota {

// What the table shows: a text search (IMEI or result reason), "overdue only" and "changed since
// last refresh". Typing is debounced so a million-row filter runs once per pause, not once per
// key. The status combo is a shortcut to the status sidebar, which owns the status selection:
// the combo asks (bucketChosen) and shows what the sidebar holds (showStatusSelection).
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 250;

    explicit FilterBar(QWidget *parent = nullptr);

    // Text, overdueOnly and changedOnly; status, reason and nowMs come from elsewhere.
    DeviceFilter filter() const;
    std::optional<StatusBucket> selectedBucket() const;
    // Shows the sidebar's selection: one bucket, everything, or "several" (no signal).
    void showStatusSelection(bool any, std::optional<StatusBucket> single);
    void setCounts(const BucketCounts &counts);
    void focusSearch();

    // For the active-filter chips: each lifts one part of the filter at once.
    void clearSearch();
    void setOverdueOnly(bool on);
    void setChangedOnly(bool on);

public slots:
    // Applies typed text without waiting for the debounce.
    void applyNow();

signals:
    void filterChanged(const fota::DeviceFilter &filter);
    // The operator picked an entry in the combo: -1 for all statuses, else a StatusBucket.
    void bucketChosen(int bucket);

private:
    void setUpBucketCombo();
    void buildLayout();
    void emitIfChanged();

    QLineEdit *m_search;
    QComboBox *m_bucket;
    QCheckBox *m_overdue;
    QCheckBox *m_changed;
    QTimer *m_debounce;
    DeviceFilter m_applied;
};

} // namespace fota
