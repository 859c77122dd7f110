// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <array>
#include <map>
#include <memory>
#include <vector>

namespace fota::sim {

class SimulatedCampaign;

// For benchmarks: each device's JSON object as a fault-free report page writes it, kept after
// it was first written, so the server can cut a page at any cursor without serialising again.
// A range-split walk asks for pages that start wherever its split points fall; a cache of whole
// pages would have to generate each of them once, on the cores the client being measured uses.
// A device is written one of two ways (the status time's key depends on the page number), so
// each way is kept on its own, in blocks of kBlock devices built when first needed.
class DeviceFragmentCache
{
public:
    static constexpr qsizetype kBlock = 1024;

    // The device at `index` of `campaign`, written with "statusTime" or "updatedTime". Valid
    // until clear(): a block never moves once built.
    QByteArrayView device(const SimulatedCampaign &campaign, qsizetype index, bool statusTime);
    // Builds every block of `campaign`, both ways.
    void warm(const SimulatedCampaign &campaign);
    void clear();

private:
    struct Block
    {
        QByteArray bytes;
        std::array<quint32, kBlock + 1> offsets{}; // device i spans [offsets[i], offsets[i+1])
    };
    using Blocks = std::vector<std::unique_ptr<Block>>;

    const Block &block(const SimulatedCampaign &campaign, qsizetype blockIndex, bool statusTime);

    // (campaign, statusTime) -> its blocks
    std::map<std::pair<const SimulatedCampaign *, bool>, Blocks> m_blocks;
};

} // namespace fota::sim
