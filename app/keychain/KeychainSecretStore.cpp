// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "keychain/KeychainSecretStore.h"

#include "identity/AppIdentity.h"
#include "keychain/MigratingSecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

template <typename JobType> JobType *makeJob(const QString &service, const QString &key)
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    // QtKeychain's "insecure fallback" writes the secret to a plain settings file when no
    // keychain runs: exactly what must never happen. Failing is the caller's cue to keep the
    // secret in memory instead.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

QString errorText(const QKeychain::Job *job)
{
    return job->errorString().isEmpty()
               ? QCoreApplication::translate("KeychainSecretStore",
                                             "the system keychain refused the request")
               : job->errorString();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

SecretStore *KeychainSecretStore::createForApplication(QObject *parent)
{
    return new MigratingSecretStore(new KeychainSecretStore(AppIdentity::keychainService()),
                                    new KeychainSecretStore(AppIdentity::legacyKeychainService()),
                                    parent);
}

void KeychainSecretStore::write(const QString &key, const QByteArray &data, QObject *context,
                                WriteCallback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(data);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, done](QKeychain::Job *finished) {
        if (guard)
            done(finished->error() == QKeychain::NoError ? QString() : errorText(finished));
    });
    job->start();
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, done, job](QKeychain::Job *finished) {
        if (!guard)
            return;
        if (finished->error() == QKeychain::NoError)
            done(job->binaryData(), {});
        else if (finished->error() == QKeychain::EntryNotFound)
            done({}, {});
        else
            done({}, errorText(finished));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, done](QKeychain::Job *finished) {
        if (!guard)
            return;
        const bool gone = finished->error() == QKeychain::NoError ||
                          finished->error() == QKeychain::EntryNotFound;
        done(gone ? QString() : errorText(finished));
    });
    job->start();
}

QString KeychainSecretStore::description() const
{
    return QCoreApplication::translate("KeychainSecretStore", "the system keychain");
}

} // namespace fota
