// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/TlsErrors.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

constexpr const char *kDetailsProperty = "fotaTlsErrorDetails";

QString certificateText(const QSslCertificate &certificate)
{
    auto name = [](const QStringList &parts) {
        return parts.isEmpty() ? QCoreApplication::translate("TlsErrors", "(none)")
                               : parts.join(u", "_s);
    };
    return QCoreApplication::translate("TlsErrors",
                                       "subject %1; issued by %2; valid %3 to %4; SHA-256 %5")
        .arg(name(certificate.subjectInfo(QSslCertificate::CommonName)),
             name(certificate.issuerInfo(QSslCertificate::CommonName) +
                  certificate.issuerInfo(QSslCertificate::Organization)),
             certificate.effectiveDate().toUTC().toString(Qt::ISODate),
             certificate.expiryDate().toUTC().toString(Qt::ISODate),
             QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')));
}

} // namespace

void TlsErrors::watch(QNetworkReply *reply)
{
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply](const QList<QSslError> &errors) {
                         reply->setProperty(kDetailsProperty, describe(errors));
                     });
}

bool TlsErrors::isTlsFailure(const QNetworkReply *reply)
{
    return reply->error() == QNetworkReply::SslHandshakeFailedError ||
           !reply->property(kDetailsProperty).toString().isEmpty();
}

ApiError TlsErrors::errorFor(const QNetworkReply *reply)
{
    const QString details = reply->property(kDetailsProperty).toString();
    ApiError e = ApiError::make(
        ApiError::Kind::Network,
        QCoreApplication::translate(
            "TlsErrors",
            "TLS error with %1: the connection was refused because the server's certificate is not "
            "trusted (%2). If a corporate proxy inspects TLS, trust its CA certificate file "
            "explicitly.")
            .arg(reply->url().host(), details.isEmpty() ? reply->errorString() : details));
    e.certificateDetails = details.isEmpty() ? reply->errorString() : details;
    return e;
}

QString TlsErrors::describe(const QList<QSslError> &errors)
{
    QStringList reasons;
    QSslCertificate certificate;
    for (const QSslError &error : errors) {
        reasons.append(error.errorString());
        if (certificate.isNull() && !error.certificate().isNull())
            certificate = error.certificate();
    }
    reasons.removeDuplicates();
    QString text = reasons.join(u"; "_s);
    if (!certificate.isNull())
        text += QCoreApplication::translate("TlsErrors", ". Certificate: ") +
                certificateText(certificate);
    return text;
}

} // namespace fota
