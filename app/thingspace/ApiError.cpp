// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/ApiError.h"

#include "common/SafeText.h"
#include "thingspace/ReportParser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fota {

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::ServerError:
    case Kind::InvalidResponse:
        return true;
    default:
        return false;
    }
}

QString ApiError::toString() const
{
    QString details;
    if (!code.isEmpty())
        details = code;
    if (httpStatus > 0)
        details += (details.isEmpty() ? QString() : u", "_s) + u"HTTP %1"_s.arg(httpStatus);
    return details.isEmpty() ? message : u"%1 (%2)"_s.arg(message, details);
}

ApiError ApiError::make(Kind kind, const QString &message, int httpStatus)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    e.httpStatus = httpStatus;
    return e;
}

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body)
{
    ApiError e;
    e.httpStatus = httpStatus;
    if (httpStatus == 429)
        e.kind = Kind::RateLimited;
    else if (httpStatus >= 500)
        e.kind = Kind::ServerError;
    else if (httpStatus == 401)
        e.kind = Kind::Unauthorized;
    else
        e.kind = Kind::Rejected;

    const auto serverText = [](const QJsonValue &value) {
        const QString text = ReportParser::text(value);
        return SafeText::oneLine(text, text.size() * 6 + 1); // room for every escape
    };
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.contains("errorCode"_L1) || o.contains("errorMessage"_L1)) {
        e.code = serverText(o.value("errorCode"_L1));
        e.message = serverText(o.value("errorMessage"_L1));
    } else if (o.value("fault"_L1).isObject()) {
        const QJsonObject f = o.value("fault"_L1).toObject();
        e.code = serverText(f.value("code"_L1));
        e.message = serverText(f.value("message"_L1));
    } else if (o.contains("error"_L1)) {
        e.code = serverText(o.value("error"_L1));
        e.message = serverText(o.value("error_description"_L1));
    }
    if (e.message.isEmpty()) {
        switch (e.kind) {
        case Kind::RateLimited:
            e.message =
                QCoreApplication::translate("ApiError", "ThingSpace is limiting the request rate");
            break;
        case Kind::ServerError:
            e.message =
                QCoreApplication::translate("ApiError", "ThingSpace answered with a server error");
            break;
        case Kind::Unauthorized:
            e.message =
                QCoreApplication::translate("ApiError", "ThingSpace rejected the access token");
            break;
        default:
            e.message = QCoreApplication::translate("ApiError", "ThingSpace rejected the request");
        }
    }
    return e;
}

} // namespace fota
