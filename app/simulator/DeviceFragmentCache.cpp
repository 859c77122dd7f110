// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "simulator/DeviceFragmentCache.h"

#include "simulator/ReportPageWriter.h"
#include "simulator/SimulatedCampaign.h"

#include <algorithm>

namespace fota::sim {

QByteArrayView DeviceFragmentCache::device(const SimulatedCampaign &campaign, qsizetype index,
                                           bool statusTime)
{
    const Block &b = block(campaign, index / kBlock, statusTime);
    const qsizetype at = index % kBlock;
    return QByteArrayView(b.bytes.constData() + b.offsets[at],
                          qsizetype(b.offsets[at + 1] - b.offsets[at]));
}

void DeviceFragmentCache::warm(const SimulatedCampaign &campaign)
{
    const qsizetype blocks = (campaign.devices().size() + kBlock - 1) / kBlock;
    for (const bool statusTime : {false, true}) {
        for (qsizetype i = 0; i < blocks; ++i)
            block(campaign, i, statusTime);
    }
}

void DeviceFragmentCache::clear()
{
    m_blocks.clear();
}

const DeviceFragmentCache::Block &DeviceFragmentCache::block(const SimulatedCampaign &campaign,
                                                             qsizetype blockIndex, bool statusTime)
{
    Blocks &blocks = m_blocks[{&campaign, statusTime}];
    if (blocks.empty())
        blocks.resize(size_t((campaign.devices().size() + kBlock - 1) / kBlock));
    std::unique_ptr<Block> &slot = blocks[size_t(blockIndex)];
    if (!slot) {
        slot = std::make_unique<Block>();
        const qsizetype begin = blockIndex * kBlock;
        const qsizetype end = std::min(begin + kBlock, campaign.devices().size());
        std::vector<quint32> ends;
        ReportPageWriter::appendDevices(slot->bytes, campaign, begin, end, statusTime, &ends);
        std::copy(ends.begin(), ends.end(), slot->offsets.begin() + 1);
        slot->bytes.squeeze();
    }
    return *slot;
}

} // namespace fota::sim
