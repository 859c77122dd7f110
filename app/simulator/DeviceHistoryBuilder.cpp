// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "simulator/DeviceHistoryBuilder.h"

#include "simulator/ReasonCatalog.h"
#include "simulator/SimRandom.h"
#include "simulator/SimTimeFormat.h"
#include "simulator/SimulatedCampaign.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fota::sim {

namespace {

constexpr qint64 kDay = 86'400'000;

quint64 idValue(const QString &id)
{
    quint64 value = 0;
    for (QChar c : id) {
        if (c >= u'0' && c <= u'9')
            value = value * 10 + quint64(c.unicode() - u'0');
    }
    return value;
}

QString uuidFrom(quint64 a, quint64 b)
{
    QString hex = QString::number(a, 16).rightJustified(16, u'0') +
                  QString::number(b, 16).rightJustified(16, u'0');
    // Shape it like a version-4 UUID, which is what campaign ids look like.
    hex[12] = u'4';
    hex[16] = u'8';
    return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) +
           u'-' + hex.mid(20, 12);
}

} // namespace

QJsonArray DeviceHistoryBuilder::build(const QString &imei,
                                       const QList<const SimulatedCampaign *> &containing)
{
    QJsonArray entries;
    if (containing.isEmpty())
        return entries;

    for (const SimulatedCampaign *c : containing) {
        if (entries.size() == 4)
            break;
        const qsizetype index = c->indexOf(imei);
        if (index < 0)
            continue;
        const SimulatedDevice &d = c->devices().at(index);
        entries.append(QJsonObject{
            {u"campaignId"_s, c->campaignId()},
            {u"firmwareName"_s, c->firmwareName()},
            {u"firmwareFrom"_s, c->firmwareFrom()},
            {u"firmwareTo"_s, c->firmwareTo()},
            {u"startDate"_s, c->startDate()},
            {u"status"_s, d.status},
            {u"reason"_s, d.resultReason},
            {u"reportUpdatedTime"_s, d.updatedTimeMs == SimulatedDevice::kNoTime
                                         ? QString()
                                         : SimTimeFormat::goStyle(d.updatedTimeMs)},
        });
    }

    const quint64 hash = SimRandom::mix(idValue(imei), 0x4157u);
    const qsizetype wanted = std::max<qsizetype>(entries.size(), qsizetype(1 + hash % 4));
    SimRandom rng(hash);
    const SimulatedCampaign *newest = containing.front();
    QString upgradedTo = newest->firmwareFrom();
    for (qsizetype k = 1; entries.size() < wanted; ++k) {
        const QString from = u"%1_FW_3.%2"_s.arg(newest->model()).arg(9 - k);
        const qint64 startMs = SimulatedCampaign::kStartMs - k * 91 * kDay;
        const bool failed = rng.bounded(100) < 15;
        const qint64 reportMs = startMs + qint64(rng.bounded(quint64(2 * kDay)));
        const quint64 idHigh = rng.next();
        const quint64 idLow = rng.next();
        entries.append(QJsonObject{
            {u"campaignId"_s, uuidFrom(idHigh, idLow)},
            {u"firmwareName"_s, QString(u"FOTA_"_s + upgradedTo)},
            {u"firmwareFrom"_s, from},
            {u"firmwareTo"_s, upgradedTo},
            {u"startDate"_s, SimTimeFormat::plainDate(startMs)},
            {u"status"_s, failed ? u"UpgradeFailed"_s : u"UpgradeSuccess"_s},
            {u"reason"_s,
             failed ? ReasonCatalog::failure().front() : ReasonCatalog::success().front()},
            {u"reportUpdatedTime"_s, SimTimeFormat::goStyle(reportMs)},
        });
        upgradedTo = from;
    }
    return entries;
}

} // namespace fota::sim
