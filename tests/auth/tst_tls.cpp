// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/CampaignSession.h"
#include "campaign/DeviceTableModel.h"
#include "thingspace/ApiClient.h"

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fota;

namespace {

// A minimal HTTPS server on loopback with a certificate made for this run. Every request gets
// one JSON body that satisfies the token, login and report endpoints at once: what is tested
// here is the TLS layer, not the API.
class TlsServer : public QTcpServer
{
public:
    QSslConfiguration configuration;
    int requestsAnswered = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            socket->deleteLater();
            return;
        }
        socket->setSslConfiguration(configuration);
        auto *buffer = new QByteArray;
        connect(socket, &QObject::destroyed, socket, [buffer] { delete buffer; });
        connect(socket, &QSslSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer->left(headerEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < headerEnd + 4 + length)
                return;
            buffer->clear();
            const QByteArray body =
                R"({"access_token":"tls-access","expires_in":3600,"sessionToken":"tls-session",)"
                R"("totalDevice":"1","hasMoreData":false,"deviceList":[{"deviceId":"356938035643809",)"
                R"("status":"UpgradeSuccess"}]})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            ++requestsAnswered;
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }
};

} // namespace

class TlsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TlsServer m_server;
    QString m_certificatePath;

    struct Run
    {
        ApiClient client;
        DeviceTableModel model;
        CampaignSession session{&client, &model};
        LoadOutcome outcome;
        bool finished = false;
    };

    std::unique_ptr<Run> load(const QString &caFile)
    {
        auto run = std::make_unique<Run>();
        ApiSettings settings;
        settings.baseUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(m_server.serverPort()));
        settings.transferTimeoutMs = 5000;
        settings.retryBaseDelayMs = 10;
        settings.maxAttempts = 2;
        settings.extraCaCertificateFile = caFile;
        if (const QString problem = run->client.setSettings(settings); !problem.isEmpty())
            qFatal("settings refused: %s", qPrintable(problem));
        Credentials c;
        c.clientId = u"key"_s;
        c.clientSecret = u"tls-test-secret"_s;
        c.username = u"user"_s;
        c.password = u"tls-test-password"_s;
        run->client.setCredentials(c);
        Run *r = run.get();
        connect(&run->session, &CampaignSession::loadFinished, &run->session,
                [r](const LoadOutcome &o) {
                    r->outcome = o;
                    r->finished = true;
                });
        run->session.load(u"0000123456-00001"_s, u"c1"_s);
        return run;
    }

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend: install the OpenSSL runtime");
        QVERIFY(m_dir.isValid());
        m_certificatePath = m_dir.filePath(u"cert.pem"_s);
        const QString keyPath = m_dir.filePath(u"key.pem"_s);
        // A certificate made for this run only: nothing private is kept in the repository.
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                       u"1"_s, u"-subj"_s, u"/CN=FOTA test server/O=FOTA Campaign Monitor tests"_s,
                       u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, keyPath,
                       u"-out"_s, m_certificatePath});
        QVERIFY2(openssl.waitForFinished(60000), "openssl did not finish");
        QCOMPARE(openssl.exitCode(), 0);
        QFile certFile(m_certificatePath);
        QFile keyFile(keyPath);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        m_server.configuration = QSslConfiguration::defaultConfiguration();
        m_server.configuration.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        m_server.configuration.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        QVERIFY(!m_server.configuration.localCertificate().isNull());
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    void untrustedCertificateIsRefusedWithItsDetails()
    {
        auto run = load({});
        QTRY_VERIFY_WITH_TIMEOUT(run->finished, 20000);
        QVERIFY(!run->outcome.complete);
        const ApiError &e = run->outcome.error;
        QVERIFY2(e.message.contains(u"TLS error"_s), qPrintable(e.toString()));
        QVERIFY(e.certificateDetails.contains(u"FOTA test server"_s));
        QVERIFY(e.certificateDetails.contains(u"SHA-256"_s));
        // Never ignored: no request completed, so no secret travelled.
        QCOMPARE(m_server.requestsAnswered, 0);
        QCOMPARE(run->model.rowCount(), 0);
    }

    void explicitlyTrustedCaIsAccepted()
    {
        auto run = load(m_certificatePath);
        QTRY_VERIFY_WITH_TIMEOUT(run->finished, 20000);
        QVERIFY2(run->outcome.complete, qPrintable(run->outcome.error.toString()));
        QCOMPARE(run->model.rowCount(), 1);
        QCOMPARE(m_server.requestsAnswered, 3); // token, login, report page
    }
};

QTEST_GUILESS_MAIN(TlsTest)
#include "tst_tls.moc"
