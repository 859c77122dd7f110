// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "watching/AlertRuleSettings.h"

#include <QCryptographicHash>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace fota {

QString AlertRuleSettings::group(const CampaignKey &key)
{
    // A settings key cannot hold every character a URL or an ID may have ('/' opens a group):
    // the campaign is named by a hash, and written out beside it for a human reader.
    const QByteArray identity =
        (key.environment + u'\n' + key.accountName + u'\n' + key.campaignId).toUtf8();
    return u"alerts/"_s + QString::fromLatin1(
                              QCryptographicHash::hash(identity, QCryptographicHash::Sha1).toHex());
}

QList<AlertRule> AlertRuleSettings::load(const CampaignKey &key)
{
    const QSettings settings;
    QList<AlertRule> rules;
    for (const QString &text : settings.value(group(key) + u"/rules"_s).toStringList()) {
        QString error;
        // A rule saved by another version that this one cannot read is skipped, not fatal.
        if (const std::optional<AlertRule> rule = AlertRule::parse(text, &error))
            rules.append(*rule);
    }
    return rules;
}

void AlertRuleSettings::save(const CampaignKey &key, const QList<AlertRule> &rules)
{
    QSettings settings;
    const QString g = group(key);
    if (rules.isEmpty()) {
        settings.remove(g);
        return;
    }
    settings.setValue(g + u"/campaign"_s,
                      u"%1 %2 at %3"_s.arg(key.accountName, key.campaignId, key.environment));
    settings.setValue(g + u"/rules"_s, AlertRule::toStrings(rules));
}

} // namespace fota
