// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "campaign/DeviceStore.h"
#include "thingspace/DecodedPage.h"

#include <QMutex>

#include <deque>
#include <vector>

namespace fota {

struct DecodedDevice;

// What a refresh's walk brings that the rows shown lack, gathered page by page as the pages
// arrive: the devices whose status, reason or a time differ from the row shown and the devices
// not shown at all, and which shown devices the walk listed. A refresh used to fill a second
// full store with every fresh row and compare it at the end: 52 bytes a device more at the
// peak, where the changes of a typical refresh are a few percent of the rows.
// addPage() only reads `shown`; the caller keeps it unchanged between the pages (the shown
// store's generation and size at the start are kept, isFor() checks them).
class RefreshChanges
{
public:
    explicit RefreshChanges(const DeviceStore &shown);

    void addPage(const DecodedPage &page, const DeviceStore &shown);
    // The same, off the caller's thread: enqueue() keeps the page and says whether a drain()
    // must be started (none is running); drain() compares the pages kept, in order, until none
    // is left. One drain runs at a time, so pages are compared in the order they came.
    bool enqueue(const DecodedPage &page);
    void drain(const DeviceStore &shown);

    // The changed and new devices, each once (a later listing wins), in the walk's order.
    const DeviceStore &rows() const { return m_rows; }
    DeviceStore takeRows() { return std::move(m_rows); }
    // Whether the walk listed the shown store's row (of those shown when the refresh started).
    bool listed(quint32 shownRow) const
    {
        return shownRow < m_shownSize && (m_listed[shownRow / 64] >> (shownRow % 64)) & 1;
    }
    // Shown devices the walk never listed (they stay in the table as they were).
    quint32 unlisted() const { return m_shownSize - m_listedCount; }
    quint32 shownSize() const { return m_shownSize; }
    bool isFor(const DeviceStore &shown) const
    {
        return shown.generation() == m_shownGeneration && shown.size() == m_shownSize;
    }

private:
    // Whether an earlier page's listing of the device was kept.
    bool keptBefore(const DecodedDevice &device, const DecodedPage &page) const;

    QMutex m_queueMutex;
    std::deque<DecodedPage> m_queue;
    bool m_draining = false;
    DeviceStore m_rows;
    std::vector<quint64> m_listed; // a bit per shown row
    quint32 m_listedCount = 0;
    quint64 m_shownGeneration = 0;
    quint32 m_shownSize = 0;
};

} // namespace fota
