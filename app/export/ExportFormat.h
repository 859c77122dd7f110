// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace fota {

enum class ExportFormat
{
    Csv,
    Json
};

// What the JSON file says about the campaign besides its devices.
struct ExportMetadata
{
    QString accountName;
    QString campaignId;
    std::optional<qint64> totalDevice;
    qint64 exportedAtMs = 0;
};

// How a writer reports progress and learns that it should stop. Both may be empty.
struct ExportControl
{
    std::function<void(qint64 rowsWritten, qint64 rowsTotal)> progress;
    const std::atomic<bool> *cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

} // namespace fota
