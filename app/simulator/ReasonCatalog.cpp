// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "simulator/ReasonCatalog.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fota::sim {

const QStringList &ReasonCatalog::success()
{
    static const QStringList list{
        u"Upgrade completed successfully"_s,
        u"Upgrade completed successfully, device rebooted"_s,
        u"Device is already running the target firmware"_s,
    };
    return list;
}

const QStringList &ReasonCatalog::failure()
{
    static const QStringList list{
        u"Firmware download failed: checksum mismatch"_s,
        u"Installation failed: \"insufficient storage\" (2,048 KB free)"_s,
        u"Upgrade failed\nDevice log: bootloader returned 0x1F"_s,
        u"Échec de la mise à jour – batterie faible"_s,
        u"固件下载失败"_s,
        u"=HYPERLINK(\"http://x\")"_s,
        u"-5 dBm signal"_s,
        u"+CME ERROR: 100"_s,
        u"@modem reboot"_s,
        u"Firmware version mismatch after upgrade"_s,
        u"Device rejected the firmware package"_s,
        u"Download timed out after 3 attempts, giving up"_s,
    };
    return list;
}

const QString &ReasonCatalog::noResponse(int tryCount)
{
    static const QString texts[3] = {
        u"Device did not respond, try count 1"_s,
        u"Device did not respond, try count 2"_s,
        u"Device did not respond, try count 3"_s,
    };
    return texts[std::clamp(tryCount, 1, 3) - 1];
}

const QString &ReasonCatalog::scheduled(int day)
{
    static const QString texts[3] = {
        u"Upgrade pending, the device upgrade is estimated to be scheduled for 21 Nov 26 04:00 UTC"_s,
        u"Upgrade pending, the device upgrade is estimated to be scheduled for 22 Nov 26 04:00 UTC"_s,
        u"Upgrade pending, the device upgrade is estimated to be scheduled for 23 Nov 26 04:00 UTC"_s,
    };
    return texts[std::clamp(day, 0, 2)];
}

const QString &ReasonCatalog::waitingForDevice()
{
    static const QString text = u"Waiting for the device to register on the network"_s;
    return text;
}

const QStringList &ReasonCatalog::inProgress()
{
    static const QStringList list{
        u"Device accepted the upgrade request"_s,
        u"Firmware download in progress"_s,
        u"Firmware installation in progress"_s,
    };
    return list;
}

const QString &ReasonCatalog::cancelled()
{
    static const QString text = u"Campaign cancelled by the account administrator"_s;
    return text;
}

const QString &ReasonCatalog::aborted()
{
    static const QString text = u"Campaign aborted: failure rate above 20%"_s;
    return text;
}

const QString &ReasonCatalog::verifying()
{
    static const QString text = u"Verifying firmware image, please wait"_s;
    return text;
}

const QString &ReasonCatalog::empty()
{
    static const QString text;
    return text;
}

const QStringList &ReasonCatalog::all()
{
    static const QStringList list = [] {
        QStringList l;
        l << success() << failure();
        for (int i = 1; i <= 3; ++i)
            l << noResponse(i);
        for (int i = 0; i < 3; ++i)
            l << scheduled(i);
        l << waitingForDevice() << inProgress() << cancelled() << aborted() << verifying()
          << empty();
        return l;
    }();
    return list;
}

} // namespace fota::sim
