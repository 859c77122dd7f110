// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace fota {

struct PageDiagnostics;

// What a walk could not use as sent, summed over its pages: entries dropped, times left blank,
// page fields ignored, and devices that came again with another status. None of it stops a
// load, but an operator must hear of it: one line on stderr for `export`, a note in the window.
struct LoadDiagnostics
{
    qint64 skippedNotObject = 0;  // deviceList entries that are not objects
    qint64 skippedNoDeviceId = 0; // entries without a deviceId
    qint64 blankedTimes = 0;      // times present but unreadable (month 13, 25:00, 1e300)
    qint64 unreadableFields = 0;  // totalDevice, hasMoreData or maxPageSize unreadable
    // Devices listed again (on a later page, or twice on one) with a different status; the
    // later listing is the one kept.
    qint64 statusChanged = 0;
    // The first few page issues, "page N: ...", each already one safe line.
    QStringList examples;
    static constexpr int kMaxExamples = 5;

    void addPage(const PageDiagnostics &page, int pageNumber);
    bool isEmpty() const;
    // One line saying how many of each and why, with the first example, safe to print;
    // empty when there is nothing to say.
    QString summary() const;
};

} // namespace fota
