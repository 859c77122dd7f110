#pragma once

#include "thingspace/ApiCall.h"
#include "thingspace/ApiSettings.h"
#include "thingspace/Credentials.h"

#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

class QNetworkAccessManager;

namespace fota {

class ApiReply;
class TokenManager;

// The one way the program talks to ThingSpace: one QNetworkAccessManager, the tokens, and the
// settings every request shares (base URL, timeout, retries, size limit).
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // Returns an empty string, or why the settings were refused (e.g. http:// to a remote host,
    // an extra CA certificate file that holds no certificate); refused settings leave the
    // previous ones in force.
    QString setSettings(const ApiSettings &settings);
    const ApiSettings &settings() const { return m_settings; }
    void setCredentials(const Credentials &credentials);

    TokenManager *tokens() const { return m_tokens; }
    // The system's trusted CAs plus the settings' extra CA file; every request uses it.
    const QSslConfiguration &sslConfiguration() const { return m_ssl; }
    QNetworkAccessManager *network() const { return m_network; }

    // Starts the call. The reply belongs to the caller, who deletes it (deleteLater) once it
    // has finished or after aborting it.
    ApiReply *send(const ApiCall &call);
    QUrl urlFor(const ApiCall &call) const;

    static QString userAgent();

private:
    QNetworkAccessManager *m_network;
    TokenManager *m_tokens;
    ApiSettings m_settings;
    QSslConfiguration m_ssl;
};

} // namespace fota
