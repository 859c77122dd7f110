#pragma once

#include "thingspace/ApiError.h"
#include "thingspace/ApiSettings.h"
#include "thingspace/Credentials.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

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
    void setSslConfiguration(const QSslConfiguration &ssl) { m_ssl = ssl; }
    void setCredentials(const Credentials &credentials);
    const Credentials &credentials() const { return m_credentials; }

    QString accessToken() const { return m_accessToken; }
    QString sessionToken() const { return m_sessionToken; }
    int accessGeneration() const { return m_accessGeneration; }
    int sessionGeneration() const { return m_sessionGeneration; }
    bool canRenewAccessToken() const { return m_credentials.hasClientCredentials(); }
    bool canRenewSession() const { return m_credentials.hasLogin() && !m_loginRejected; }
    bool loginWasRejected() const { return m_loginRejected; }

    // A request with the session of that generation succeeded: the server's idle clock for the
    // session starts again, and so does ours.
    void noteSessionUsed(int sessionGeneration);
    // Whether the session has been idle so long that it should be renewed before the next use.
    bool sessionNearIdleLimit() const;

    // Obtains whichever token is missing, about to expire, or about to go idle, then calls back.
    void ensureTokens(QObject *context, Callback done);
    // Renews after the server rejected the token of that generation; a no-op callback if that
    // token was already replaced meanwhile.
    void renewAccessToken(int rejectedGeneration, QObject *context, Callback done);
    void renewSession(int rejectedGeneration, QObject *context, Callback done);
    // Ends the session on the server and forgets both tokens.
    void logout(QObject *context, Callback done);

signals:
    void tokensChanged();
    // A token could not be renewed and never will be with these credentials (key or secret
    // revoked, password changed, pasted tokens expired, nothing to sign in with): only the
    // operator can fix it, by signing in again.
    void renewalImpossible(const fota::ApiError &error);

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
    // Emits renewalImpossible and hands the error on, for `done(impossible(...))`.
    ApiError impossible(const ApiError &error);

    QNetworkAccessManager *m_network;
    ApiSettings m_settings;
    QSslConfiguration m_ssl;
    Credentials m_credentials;
    QString m_accessToken;
    QString m_sessionToken;
    QDateTime m_accessExpiry;
    QElapsedTimer m_sessionLastUse; // invalid when unknown (pasted tokens): no early renewal
    int m_accessGeneration = 0;
    int m_sessionGeneration = 0;
    bool m_loginRejected = false;
    bool m_busy = false;
    Step m_step = Step::AccessToken;
    QList<Waiter> m_waiters;
    QList<std::pair<Step, Waiter>> m_queue;
};

} // namespace fota
