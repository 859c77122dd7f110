#pragma once

#include "thingspace/ApiError.h"
#include "thingspace/ApiSettings.h"
#include "thingspace/Credentials.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace fota {

// Holds the OAuth access token and the M2M session token and renews them. Renewals are
// serialised and tagged with a generation, so ten requests failing with the same expired token
// cause one renewal, not ten; and a rejected username/password is remembered so that nothing
// logs in with it again (five failed logins lock the account until Verizon support unlocks it).
class TokenManager : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiError &)>;

    TokenManager(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setSettings(const ApiSettings &settings) { m_settings = settings; }
    void setCredentials(const Credentials &credentials);
    const Credentials &credentials() const { return m_credentials; }

    QString accessToken() const { return m_accessToken; }
    QString sessionToken() const { return m_sessionToken; }
    int accessGeneration() const { return m_accessGeneration; }
    int sessionGeneration() const { return m_sessionGeneration; }
    bool canRenewAccessToken() const { return m_credentials.hasClientCredentials(); }
    bool canRenewSession() const { return m_credentials.hasLogin() && !m_loginRejected; }
    bool loginWasRejected() const { return m_loginRejected; }

    // Obtains whichever token is missing (or about to expire), then calls back.
    void ensureTokens(QObject *context, Callback done);
    // Renews after the server rejected the token of that generation; a no-op callback if that
    // token was already replaced meanwhile.
    void renewAccessToken(int rejectedGeneration, QObject *context, Callback done);
    void renewSession(int rejectedGeneration, QObject *context, Callback done);
    // Ends the session on the server and forgets both tokens.
    void logout(QObject *context, Callback done);

signals:
    void tokensChanged();

private:
    enum class Step
    {
        AccessToken,
        Session
    };
    struct Waiter
    {
        QPointer<QObject> context;
        Callback done;
    };

    void run(Step step, QObject *context, Callback done);
    void startStep(Step step);
    void finishStep(const ApiError &error);
    void requestAccessToken(const std::function<void(const ApiError &)> &then);
    void requestSession(bool accessRenewedForThisLogin);
    QNetworkReply *post(const QString &path, const QByteArray &body, const QByteArray &contentType,
                        const QList<std::pair<QByteArray, QByteArray>> &headers);
    bool accessTokenNearExpiry() const;

    QNetworkAccessManager *m_network;
    ApiSettings m_settings;
    Credentials m_credentials;
    QString m_accessToken;
    QString m_sessionToken;
    QDateTime m_accessExpiry;
    int m_accessGeneration = 0;
    int m_sessionGeneration = 0;
    bool m_loginRejected = false;
    bool m_busy = false;
    Step m_step = Step::AccessToken;
    QList<Waiter> m_waiters;
    QList<std::pair<Step, Waiter>> m_queue;
};

} // namespace fota
