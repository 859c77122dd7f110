// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "credentials/MemorySecretStore.h"
#include "identity/AppIdentity.h"
#include "keychain/KeychainSecretStore.h"
#include "keychain/MigratingSecretStore.h"

#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace fota;

namespace {

const QString kKey = u"profile:Production"_s;
const QByteArray kSecrets = R"({"clientSecret":"s3cr3t","password":"pa55"})";

// Reads work, writes fail: a keychain that refuses to store.
class WriteFailingStore : public MemorySecretStore
{
public:
    void write(const QString &, const QByteArray &, QObject *context, WriteCallback done) override
    {
        QMetaObject::invokeMethod(
            context, [done] { done(u"read-only"_s); }, Qt::QueuedConnection);
    }
};

struct ReadResult
{
    bool done = false;
    QByteArray data;
    QString error;
};

} // namespace

// The keychain service moved from "fota-monitor" to the application ID. Proven through the
// SecretStore interface with in-memory stores standing in for the two keychain services.
class SecretMigrationTest : public QObject
{
    Q_OBJECT

private:
    MemorySecretStore *m_current = nullptr;
    MemorySecretStore *m_legacy = nullptr;
    std::unique_ptr<MigratingSecretStore> m_store;

    ReadResult read(const QString &key)
    {
        auto result = std::make_shared<ReadResult>();
        m_store->read(key, this, [result](const QByteArray &data, const QString &error) {
            result->done = true;
            result->data = data;
            result->error = error;
        });
        [&] {
            QTRY_VERIFY(result->done);
        }();
        return *result;
    }

    QString write(const QString &key, const QByteArray &data)
    {
        auto result = std::make_shared<std::optional<QString>>();
        m_store->write(key, data, this, [result](const QString &error) { *result = error; });
        [&] {
            QTRY_VERIFY(result->has_value());
        }();
        return result->value_or(u"no answer"_s);
    }

    QString remove(const QString &key)
    {
        auto result = std::make_shared<std::optional<QString>>();
        m_store->remove(key, this, [result](const QString &error) { *result = error; });
        [&] {
            QTRY_VERIFY(result->has_value());
        }();
        return result->value_or(u"no answer"_s);
    }

private slots:
    void init()
    {
        m_current = new MemorySecretStore;
        m_legacy = new MemorySecretStore;
        m_store = std::make_unique<MigratingSecretStore>(m_current, m_legacy);
    }

    void legacyEntryMovesOnFirstRead()
    {
        m_legacy->write(kKey, kSecrets, this, [](const QString &) {});
        const ReadResult first = read(kKey);
        QCOMPARE(first.error, QString());
        QCOMPARE(first.data, kSecrets);
        QTRY_VERIFY(!m_legacy->contains(kKey));
        QCOMPARE(m_current->value(kKey), kSecrets);

        // Once moved, it is the current store's: the legacy one is not needed any more.
        m_legacy->setFailure(u"the legacy service is gone"_s);
        const ReadResult second = read(kKey);
        QCOMPARE(second.error, QString());
        QCOMPARE(second.data, kSecrets);
    }

    void currentEntryWinsOverAStaleLegacyOne()
    {
        m_current->write(kKey, kSecrets, this, [](const QString &) {});
        m_legacy->write(kKey, "stale", this, [](const QString &) {});
        QCOMPARE(read(kKey).data, kSecrets);
        QCOMPARE(m_current->value(kKey), kSecrets);
    }

    void missingEverywhereIsNoError()
    {
        const ReadResult result = read(kKey);
        QCOMPARE(result.error, QString());
        QVERIFY(result.data.isEmpty());
        QVERIFY(!m_current->contains(kKey));
    }

    void unreadableCurrentStoreLeavesTheLegacyEntry()
    {
        m_legacy->write(kKey, kSecrets, this, [](const QString &) {});
        m_current->setFailure(u"the keychain is locked"_s);
        const ReadResult result = read(kKey);
        QCOMPARE(result.error, u"the keychain is locked"_s);
        QVERIFY(result.data.isEmpty());
        QCOMPARE(m_legacy->value(kKey), kSecrets);

        // Once the keychain opens, the entry still moves.
        m_current->setFailure(QString());
        QCOMPARE(read(kKey).data, kSecrets);
        QTRY_VERIFY(!m_legacy->contains(kKey));
    }

    void failedMoveKeepsTheLegacyCopy()
    {
        auto *readOnly = new WriteFailingStore;
        m_legacy = new MemorySecretStore;
        m_store = std::make_unique<MigratingSecretStore>(readOnly, m_legacy);
        m_legacy->write(kKey, kSecrets, this, [](const QString &) {});
        // The entry is still handed out, and its only copy is not deleted.
        QCOMPARE(read(kKey).data, kSecrets);
        QCOMPARE(read(kKey).data, kSecrets);
        QVERIFY(!readOnly->contains(kKey));
        QCOMPARE(m_legacy->value(kKey), kSecrets);
    }

    void writeGoesToTheCurrentStoreAndClearsTheLegacyCopy()
    {
        m_legacy->write(kKey, "old", this, [](const QString &) {});
        QCOMPARE(write(kKey, kSecrets), QString());
        QCOMPARE(m_current->value(kKey), kSecrets);
        QTRY_VERIFY(!m_legacy->contains(kKey));
    }

    void failedWriteKeepsTheLegacyCopy()
    {
        m_legacy->write(kKey, kSecrets, this, [](const QString &) {});
        m_current->setFailure(u"no keychain"_s);
        QCOMPARE(write(kKey, "new"), u"no keychain"_s);
        QCOMPARE(m_legacy->value(kKey), kSecrets);
    }

    void removeForgetsBothCopies()
    {
        m_current->write(kKey, kSecrets, this, [](const QString &) {});
        m_legacy->write(kKey, kSecrets, this, [](const QString &) {});
        QCOMPARE(remove(kKey), QString());
        QVERIFY(!m_current->contains(kKey));
        QVERIFY(!m_legacy->contains(kKey));
    }

    void noCallbackOnceTheContextIsGone()
    {
        m_legacy->write(kKey, kSecrets, this, [](const QString &) {});
        bool called = false;
        {
            QObject context;
            m_store->read(kKey, &context,
                          [&called](const QByteArray &, const QString &) { called = true; });
        }
        // Answered after the abandoned read's callbacks had their turn.
        QCOMPARE(read(kKey).data, kSecrets);
        QVERIFY(!called);
    }

    void theApplicationsKeychainMigratesFromTheLegacyService()
    {
        QObject owner;
        SecretStore *store = KeychainSecretStore::createForApplication(&owner);
        auto *migrating = qobject_cast<MigratingSecretStore *>(store);
        QVERIFY(migrating);
        QCOMPARE(store->parent(), &owner);
        auto *current = qobject_cast<KeychainSecretStore *>(migrating->current());
        auto *legacy = qobject_cast<KeychainSecretStore *>(migrating->legacy());
        QVERIFY(current && legacy);
        QCOMPARE(current->service(), u"org.fotamonitor.monitor"_s);
        QCOMPARE(current->service(), AppIdentity::keychainService());
        QCOMPARE(legacy->service(), u"fota-monitor"_s);
        QCOMPARE(store->description(), u"the system keychain"_s);
    }
};

QTEST_GUILESS_MAIN(SecretMigrationTest)

#include "tst_secretmigration.moc"
