// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/SeenDevices.h"

#include "campaign/DeviceId.h"

#include <algorithm>

namespace fota {

namespace {

constexpr quint16 kWide = 0xFFFF; // the status index is in m_wideStatuses

} // namespace

SeenDevices::Added SeenDevices::add(const DecodedPage &page)
{
    Added added;
    const std::vector<Entry> unique = uniqueOf(page, &added);
    // The usual page starts after every device seen so far and needs no lookup at all.
    const bool allAfter =
        m_blocks.empty() || unique.empty() || unique.front().key > m_blocks.back().keys.back();
    for (const Entry &e : unique) {
        if (allAfter) {
            append(e);
            ++added.fresh;
            continue;
        }
        const Place place = find(e.key);
        if (!place.found) {
            insert(place, e);
            ++added.fresh;
            continue;
        }
        ++added.repeated;
        if (statusAt(place) != e.status) {
            ++added.statusChanged;
            setStatus(place, e.status);
        }
    }
    m_size += added.fresh;
    return added;
}

// The page's devices by key, one entry each: a device listed twice keeps its later status
// (stable_sort keeps the listing order among equal keys).
std::vector<SeenDevices::Entry> SeenDevices::uniqueOf(const DecodedPage &page, Added *added)
{
    std::vector<quint32> statuses(size_t(page.statuses.size()));
    for (qsizetype i = 0; i < page.statuses.size(); ++i)
        statuses[size_t(i)] = m_statuses.intern(page.statuses[i]);
    std::vector<Entry> entries;
    entries.reserve(page.devices.size());
    for (const DecodedDevice &d : page.devices) {
        const quint64 key =
            DeviceId::isNumeric(d.id) ? d.id : DeviceId::pack(page.deviceId(d), &m_textIds);
        entries.push_back({key, statuses[d.status]});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.key < b.key; });
    std::vector<Entry> unique;
    unique.reserve(entries.size());
    for (const Entry &e : entries) {
        if (unique.empty() || unique.back().key != e.key) {
            unique.push_back(e);
            continue;
        }
        ++added->repeated;
        if (unique.back().status != e.status) {
            ++added->statusChanged;
            unique.back().status = e.status;
        }
    }
    return unique;
}

// The block whose range holds `key` (the first whose last key is not below it), and the
// position in it where the key is or would go; past the last block's end for a key above all.
SeenDevices::Place SeenDevices::find(quint64 key) const
{
    Place place;
    if (m_blocks.empty())
        return place;
    const auto block =
        std::lower_bound(m_blocks.begin(), m_blocks.end(), key,
                         [](const Block &b, quint64 k) { return b.keys.back() < k; });
    if (block == m_blocks.end()) {
        place.block = m_blocks.size() - 1;
        place.index = m_blocks.back().keys.size();
        return place;
    }
    place.block = size_t(block - m_blocks.begin());
    const auto at = std::lower_bound(block->keys.begin(), block->keys.end(), key);
    place.index = size_t(at - block->keys.begin());
    place.found = at != block->keys.end() && *at == key;
    return place;
}

void SeenDevices::append(const Entry &entry)
{
    if (m_blocks.empty() || m_blocks.back().keys.size() >= kBlockCapacity) {
        Block block;
        block.keys.reserve(kBlockCapacity);
        block.statuses.reserve(kBlockCapacity);
        m_blocks.push_back(std::move(block));
    }
    Place place;
    place.block = m_blocks.size() - 1;
    place.index = m_blocks.back().keys.size();
    m_blocks.back().keys.push_back(entry.key);
    m_blocks.back().statuses.push_back(0);
    setStatus(place, entry.status);
}

// Out of order (a lying server, or pages that overlap): a full block is split in halves first,
// so no block grows past its capacity and an insert moves at most one block's entries.
void SeenDevices::insert(Place place, const Entry &entry)
{
    if (m_blocks.empty() ||
        (place.block + 1 == m_blocks.size() && place.index == m_blocks.back().keys.size())) {
        append(entry);
        return;
    }
    if (m_blocks[place.block].keys.size() >= kBlockCapacity) {
        Block upper;
        upper.keys.reserve(kBlockCapacity);
        upper.statuses.reserve(kBlockCapacity);
        Block &full = m_blocks[place.block];
        const auto half = std::ptrdiff_t(full.keys.size() / 2);
        upper.keys.assign(full.keys.begin() + half, full.keys.end());
        upper.statuses.assign(full.statuses.begin() + half, full.statuses.end());
        full.keys.resize(size_t(half));
        full.statuses.resize(size_t(half));
        m_blocks.insert(m_blocks.begin() + std::ptrdiff_t(place.block) + 1, std::move(upper));
        if (place.index > size_t(half)) {
            ++place.block;
            place.index -= size_t(half);
        }
    }
    Block &block = m_blocks[place.block];
    block.keys.insert(block.keys.begin() + std::ptrdiff_t(place.index), entry.key);
    block.statuses.insert(block.statuses.begin() + std::ptrdiff_t(place.index), quint16(0));
    setStatus(place, entry.status);
}

quint32 SeenDevices::statusAt(const Place &place) const
{
    const Block &block = m_blocks[place.block];
    const quint16 status = block.statuses[place.index];
    return status == kWide ? m_wideStatuses.at(block.keys[place.index]) : status;
}

void SeenDevices::setStatus(const Place &place, quint32 status)
{
    Block &block = m_blocks[place.block];
    const quint64 key = block.keys[place.index];
    if (status < kWide) {
        block.statuses[place.index] = quint16(status);
        if (!m_wideStatuses.empty())
            m_wideStatuses.erase(key);
        return;
    }
    block.statuses[place.index] = kWide;
    m_wideStatuses[key] = status;
}

qint64 SeenDevices::memoryBytes() const
{
    qint64 bytes = qint64(m_blocks.capacity() * sizeof(Block));
    for (const Block &b : m_blocks)
        bytes +=
            qint64(b.keys.capacity() * sizeof(quint64) + b.statuses.capacity() * sizeof(quint16));
    return bytes + qint64(m_wideStatuses.size()) * 32;
}

void SeenDevices::clear()
{
    *this = SeenDevices();
}

} // namespace fota
