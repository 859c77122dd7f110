// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/RetryNotice.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;

namespace fota {

class Clock;
struct LoadOutcome;
struct LoadProgress;

// Where a load or a refresh stands: pages and devices while they arrive, a transient failure
// being retried as it happens, counting down ("Timed out — retrying in 3 s (attempt 2 of 6)"),
// then whether the table
// holds the whole campaign. "Incomplete" is said in words, since a partial table looks like a
// whole one. Text wraps instead of widening the window.
class LoadProgressPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LoadProgressPanel(QWidget *parent = nullptr);

    // `replacing`: the campaign shown now stays until this one's first page arrives.
    void showStarted(const QString &campaignId, const QString &replacing = {});
    void showProgress(const LoadProgress &progress);
    void showRefreshStarted();
    void showRefreshProgress(const LoadProgress &progress);
    // Shown, counting the delay down, until the next page arrives or the load ends.
    void showRetrying(const fota::RetryNotice &notice);
    // Where the countdown reads the time; the system clock by default. Must outlive the panel.
    void setClock(const Clock *clock);
    // devicesInTable: distinct devices held, which is what "loaded" means to the operator
    // (progress counts page rows, repeats included).
    void showFinished(const LoadOutcome &outcome, qint64 devicesInTable);
    void showIdle();
    // The rows are the campaign's last stored table, of asOfText.
    void showStored(qint64 devicesInTable, const QString &asOfText);

    QString text() const;
    QString detailText() const;
    QString retryText() const;
    bool isRetrying() const;

private:
    void setBarRange(const LoadProgress &progress);
    void setDetail(const QString &text);
    void clearRetry();
    void updateRetry();

    QLabel *m_label;
    QLabel *m_detail;
    QLabel *m_retry;
    QProgressBar *m_bar;
    QTimer *m_countdown;
    const Clock *m_clock;
    RetryNotice m_notice;
    qint64 m_retryAtMs = 0; // steady time of the next attempt, by m_clock
};

} // namespace fota
