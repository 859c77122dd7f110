// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace fota::sim {

class DeviceFragmentCache;
class SimulatedCampaign;

// Serialises one device-report page the way ThingSpace and its documentation variants do. JSON
// is written by hand rather than through QJsonDocument so that the wire format can vary (key
// names, value types, time formats, key order) and so that a million-device walk stays cheap.
//
// Variation is a pure function of the campaign seed, the page number and the device id, so the
// same request always gets the same bytes:
//   - pages with pageNumber % 3 == 1 call the status time "statusTime", the others "updatedTime";
//   - pages with pageNumber % 4 == 2 list their devices in shuffled order;
//   - about 15% of devices write every time Go style ("2022-01-26 03:45:01.608 +0000 UTC"), the
//     rest RFC 3339 with 0-3 fraction digits, never fewer digits than the stored ms needs;
//   - an absent time is a missing key, null or "" (WrongFieldTypes: null or "" only).
class ReportPageWriter
{
public:
    struct Page
    {
        qsizetype begin = 0; // device index range [begin, end) of the campaign
        qsizetype end = 0;
        bool hasMoreData = false;
        QString lastSeenDeviceId;
        int maxPageSize = 1000;
        int pageNumber = 0;
        bool wrongTypes = false; // SimulatorFault::WrongFieldTypes
        // The hostile variants (SimulatorFault): what the page says instead of the truth.
        enum class MoreData
        {
            Bool,      // true or false as it is
            Missing,   // no hasMoreData key
            Unreadable // "yes"
        };
        MoreData moreDataStyle = MoreData::Bool;
        std::optional<qint64> totalDevice; // instead of the campaign's size
        bool nullDeviceList = false;       // "deviceList":null
        bool hostileEntries = false;       // SimulatorFault::HostileEntries
    };

    static QByteArray write(const SimulatedCampaign &campaign, const Page &page);
    // The same bytes, the devices of a page without WrongFieldTypes taken from `fragments`.
    static QByteArray write(const SimulatedCampaign &campaign, const Page &page,
                            DeviceFragmentCache *fragments);
    // Devices [begin, end) in index order as a page without WrongFieldTypes writes them, with
    // no separators; `ends` gets the size of `out` after each device.
    static void appendDevices(QByteArray &out, const SimulatedCampaign &campaign, qsizetype begin,
                              qsizetype end, bool statusTime, std::vector<quint32> *ends);

    // HostileEntries lists this many devices from before the page again, with this status.
    static constexpr int kHostileRepeats = 3;
    static const QString kHostileTime; // month 13, then an OSC title and a forged line
    static QString statusAgain(const QString &status);

    static bool usesStatusTime(int pageNumber) { return pageNumber % 3 == 1; }
    static bool isShuffled(int pageNumber) { return pageNumber % 4 == 2; }
};

} // namespace fota::sim
