// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "keychain/MigratingSecretStore.h"

#include <QPointer>

namespace fota {

MigratingSecretStore::MigratingSecretStore(SecretStore *current, SecretStore *legacy,
                                           QObject *parent)
    : SecretStore(parent)
    , m_current(current)
    , m_legacy(legacy)
{
    m_current->setParent(this);
    m_legacy->setParent(this);
}

void MigratingSecretStore::write(const QString &key, const QByteArray &data, QObject *context,
                                 WriteCallback done)
{
    QPointer<QObject> guard(context);
    m_current->write(key, data, this, [this, key, guard, done](const QString &error) {
        // Only once the new copy is safe: a failed write must not lose the old one.
        if (error.isEmpty())
            m_legacy->remove(key, this, [](const QString &) {});
        if (guard)
            done(error);
    });
}

void MigratingSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    QPointer<QObject> guard(context);
    m_current->read(key, this,
                    [this, key, guard, done](const QByteArray &data, const QString &error) {
                        if (!guard)
                            return;
                        // An unreadable current store says so; the legacy copy waits.
                        if (!error.isEmpty() || !data.isEmpty()) {
                            done(data, error);
                            return;
                        }
                        readLegacy(key, guard, done);
                    });
}

void MigratingSecretStore::readLegacy(const QString &key, QObject *context, ReadCallback done)
{
    QPointer<QObject> guard(context);
    m_legacy->read(key, this,
                   [this, key, guard, done](const QByteArray &data, const QString &error) {
                       if (error.isEmpty() && !data.isEmpty())
                           moveToCurrent(key, data);
                       if (guard)
                           done(data, error);
                   });
}

void MigratingSecretStore::moveToCurrent(const QString &key, const QByteArray &data)
{
    // Started before the caller hears of the entry, so any write the caller makes next is
    // queued after this one (keychain jobs run in order) and is never overwritten by it.
    m_current->write(key, data, this, [this, key](const QString &error) {
        if (error.isEmpty())
            m_legacy->remove(key, this, [](const QString &) {});
    });
}

void MigratingSecretStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    QPointer<QObject> guard(context);
    m_current->remove(key, this, [this, key, guard, done](const QString &error) {
        m_legacy->remove(key, this, [guard, done, error](const QString &legacyError) {
            if (guard)
                done(error.isEmpty() ? legacyError : error);
        });
    });
}

QString MigratingSecretStore::description() const
{
    return m_current->description();
}

} // namespace fota
