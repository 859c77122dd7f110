// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thingspace/ApiClient.h"

#include "thingspace/ApiReply.h"
#include "thingspace/TokenManager.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSslCertificate>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace fota {

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_tokens(new TokenManager(m_network, this))
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    m_tokens->setSettings(m_settings);
    m_tokens->setSslConfiguration(m_ssl);
}

ApiClient::~ApiClient() = default;

QString ApiClient::setSettings(const ApiSettings &settings)
{
    const QString problem = BaseUrlPolicy::check(settings.baseUrl);
    if (!problem.isEmpty())
        return problem;
    if (settings.attemptDeadlineMs <= 0 || settings.transferTimeoutMs <= 0)
        return QCoreApplication::translate(
            "ApiClient", "the timeout and the per-attempt deadline must be positive");
    if (settings.connections < 1 || settings.connections > ApiSettings::kMaxConnections)
        return QCoreApplication::translate("ApiClient",
                                           "the number of connections must be from 1 to %1")
            .arg(ApiSettings::kMaxConnections);
    if (!(settings.retryAfterScale >= 0.0 && settings.retryAfterScale <= 1.0))
        return QCoreApplication::translate("ApiClient",
                                           "the Retry-After scale must be between 0 and 1");
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!settings.extraCaCertificateFile.isEmpty()) {
        const QString &path = settings.extraCaCertificateFile;
        if (!QFileInfo(path).isReadable())
            return QCoreApplication::translate("ApiClient",
                                               "the extra CA certificate file %1 cannot be read")
                .arg(path);
        QList<QSslCertificate> extra = QSslCertificate::fromPath(path, QSsl::Pem);
        if (extra.isEmpty())
            extra = QSslCertificate::fromPath(path, QSsl::Der);
        if (extra.isEmpty())
            return QCoreApplication::translate(
                       "ApiClient",
                       "the extra CA certificate file %1 holds no PEM or DER certificate")
                .arg(path);
        ssl.addCaCertificates(extra);
    }
    m_settings = settings;
    m_ssl = ssl;
    m_tokens->setSettings(settings);
    m_tokens->setSslConfiguration(ssl);
    return {};
}

void ApiClient::setCredentials(const Credentials &credentials)
{
    m_tokens->setCredentials(credentials);
}

void ApiClient::setClock(const Clock &clock)
{
    m_clock = &clock;
    m_tokens->setClock(clock);
}

ApiError ApiClient::cleanError(const ApiError &error) const
{
    return m_tokens->redactor().clean(error);
}

QString ApiClient::cleanText(QStringView text) const
{
    return m_tokens->redactor().clean(text);
}

QNetworkAccessManager *ApiClient::network(int channel) const
{
    if (channel < kConnectionsPerManager)
        return m_network;
    // Qt 6.4 opens at most six HTTP/1.1 connections to one host per manager; the seventh and
    // eighth lanes of a walk need a manager of their own. Its cookies, proxy and TLS settings
    // come from each request, as they do for the first.
    if (!m_secondNetwork)
        m_secondNetwork = new QNetworkAccessManager(const_cast<ApiClient *>(this));
    return m_secondNetwork;
}

ApiReply *ApiClient::send(const ApiCall &call, int channel)
{
    QNetworkAccessManager *manager = network(channel);
    auto *reply = new ApiReply(this, call, manager);
    const size_t which = manager == m_network ? 0 : 1;
    m_peakOpen[which] = std::max(m_peakOpen[which], ++m_open[which]);
    // Open while its request holds a connection: closed once a page has arrived whole (it is
    // decoded on a worker), when it finishes or, aborted without finishing, when it goes; open
    // again when it retries.
    auto closed = std::make_shared<bool>(false);
    const auto close = [this, which, closed] {
        if (!std::exchange(*closed, true))
            --m_open[which];
    };
    const auto reopen = [this, which, closed] {
        if (std::exchange(*closed, false))
            m_peakOpen[which] = std::max(m_peakOpen[which], ++m_open[which]);
    };
    connect(reply, &ApiReply::bodyReceived, this, close);
    connect(reply, &ApiReply::retrying, this, reopen);
    connect(reply, &ApiReply::finished, this, close);
    connect(reply, &QObject::destroyed, this, close);
    // Started from the event loop, so a call that fails at once (say, a login rejected earlier)
    // still reaches the caller, who connects to finished() after send() returns.
    QMetaObject::invokeMethod(reply, &ApiReply::start, Qt::QueuedConnection);
    return reply;
}

QUrl ApiClient::urlFor(const ApiCall &call) const
{
    QByteArray encoded = m_settings.baseUrl.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (encoded.endsWith('/'))
        encoded.chop(1);
    for (const QString &segment : call.pathSegments)
        encoded += '/' + QUrl::toPercentEncoding(segment);
    if (!call.query.isEmpty())
        encoded += '?' + call.query.toString(QUrl::FullyEncoded).toUtf8();
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

QString ApiClient::userAgent()
{
    return u"FOTA-Campaign-Monitor/" FOTA_VERSION ""_s;
}

} // namespace fota
