// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "history/CampaignKey.h"

namespace fota {

QString CampaignKey::environmentOf(const QUrl &baseUrl)
{
    QUrl url = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    // StripTrailingSlash leaves a lone "/": the host root is still the same environment.
    if (url.path() == u"/")
        url.setPath(QString());
    return url.toString(QUrl::FullyEncoded);
}

} // namespace fota
