// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/SafeText.h"
#include "thingspace/Credentials.h"
#include "thingspace/SecretRedactor.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace fota;

// The secrets a client holds, taken out of whatever a server said before anyone sees it.
class SecretRedactorTest : public QObject
{
    Q_OBJECT

private:
    static Credentials credentials()
    {
        Credentials c;
        c.clientId = u"client-key-1234"_s;
        c.clientSecret = u"s3cr3t-client-value"_s;
        c.username = u"operator"_s;
        c.password = u"pa\"ss w/0rd\\x"_s;
        c.accessToken = u"0123456789abcdef0123456789abcdef"_s;
        c.sessionToken = u"fedcba9876543210fedcba9876543210"_s;
        return c;
    }

private slots:
    void everySecretInEveryForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        const Credentials c = credentials();
        const QString basic =
            QString::fromLatin1((c.clientId + u':' + c.clientSecret).toUtf8().toBase64());
        QTest::newRow("bearer") << u"Authorization: Bearer "_s + c.accessToken << c.accessToken;
        QTest::newRow("session") << u"VZ-M2M-Token: "_s + c.sessionToken << c.sessionToken;
        QTest::newRow("basic") << u"Authorization: Basic "_s + basic << basic;
        QTest::newRow("client secret") << u"bad secret "_s + c.clientSecret << c.clientSecret;
        QTest::newRow("password") << u"password="_s + c.password << c.password;
        QTest::newRow("password, JSON-escaped")
            << u"{\"username\":\"operator\",\"password\":\"pa\\\"ss w/0rd\\\\x\"}"_s
            << u"pa\\\"ss w/0rd\\\\x"_s;
        QTest::newRow("password, percent-encoded")
            << u"password=pa%22ss%20w%2F0rd%5Cx"_s << u"pa%22ss%20w%2F0rd%5Cx"_s;
    }
    void everySecretInEveryForm()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        SecretRedactor redactor;
        redactor.rememberCredentials(credentials());
        const QString cleaned = redactor.clean(text);
        QVERIFY2(!cleaned.contains(secret), qPrintable(cleaned));
        QVERIFY2(cleaned.contains(SecretRedactor::kPlaceholder), qPrintable(cleaned));
    }

    void secretWithAControlCharacter()
    {
        SecretRedactor redactor;
        redactor.remember(u"tab\tpassword"_s);
        QCOMPARE(redactor.clean(u"you sent tab\tpassword"_s), u"you sent [redacted]"_s);
        // Already escaped by someone else: still recognised.
        QCOMPARE(redactor.clean(u"you sent tab\\tpassword"_s), u"you sent [redacted]"_s);
    }

    void redactedBeforeShortened()
    {
        // A token right at the length limit must not leave its first characters behind.
        SecretRedactor redactor;
        const QString token = u"0123456789abcdef0123456789abcdef"_s;
        redactor.remember(token);
        const QString text = QString(SafeText::kDefaultMaxChars - 10, u'.') + token;
        const QString cleaned = redactor.clean(text);
        QVERIFY(!cleaned.contains(u"0123456789"_s));
        QVERIFY(cleaned.size() <= SafeText::kDefaultMaxChars + 1);
    }

    void longestFirst()
    {
        // A secret inside another must not leave the remainder of the longer one.
        SecretRedactor redactor;
        redactor.remember(u"abcd"_s);
        redactor.remember(u"xxabcdyy-token"_s);
        QCOMPARE(redactor.clean(u"got xxabcdyy-token and abcd"_s),
                 u"got [redacted] and [redacted]"_s);
    }

    void shortSecretsAreNotSearched()
    {
        // Replacing every "abc" would reveal the secret instead of hiding it.
        SecretRedactor redactor;
        redactor.remember(u"abc"_s);
        QCOMPARE(redactor.clean(u"abc def"_s), u"abc def"_s);
    }

    void oldTokensAreRememberedBounded()
    {
        SecretRedactor redactor;
        for (int i = 0; i < SecretRedactor::kMaxRemembered + 5; ++i)
            redactor.remember(u"token-number-%1"_s.arg(i, 3, 10, QChar(u'0')));
        // The latest ones are redacted; the oldest were let go.
        QVERIFY(!redactor.clean(u"token-number-036"_s).contains(u"036"_s));
        QVERIFY(!redactor.clean(u"token-number-010"_s).contains(u"010"_s));
        QCOMPARE(redactor.clean(u"token-number-000"_s), u"token-number-000"_s);
    }

    void errorFieldsAreCleaned()
    {
        SecretRedactor redactor;
        redactor.rememberCredentials(credentials());
        ApiError e = ApiError::make(ApiError::Kind::Rejected,
                                    u"echo: 0123456789abcdef0123456789abcdef\nWrote 999 devices"_s);
        e.code = u"\x1b[31mfedcba9876543210fedcba9876543210"_s;
        e.certificateDetails = u"subject s3cr3t-client-value\r"_s;
        const ApiError cleaned = redactor.clean(e);
        QCOMPARE(cleaned.message, u"echo: [redacted]\\nWrote 999 devices"_s);
        QCOMPARE(cleaned.code, u"\\x1b[31m[redacted]"_s);
        QCOMPARE(cleaned.certificateDetails, u"subject [redacted]\\r"_s);
        QCOMPARE(cleaned.kind, ApiError::Kind::Rejected);
    }

    void fromHttpMakesServerTextOneLine()
    {
        const ApiError e = ApiError::fromHttp(
            400, "{\"errorCode\":\"E\\u001b]0;owned\\u0007\",\"errorMessage\":\"a\\r\\nWrote 999 "
                 "devices\"}");
        QCOMPARE(e.message, u"a\\r\\nWrote 999 devices"_s);
        QCOMPARE(e.code, u"E\\x1b]0;owned\\x07"_s);
    }
};

QTEST_GUILESS_MAIN(SecretRedactorTest)
#include "tst_secretredactor.moc"
