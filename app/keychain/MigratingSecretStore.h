// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "credentials/SecretStore.h"

namespace fota {

// A SecretStore over the current one that moves entries out of a legacy one (the keychain
// service an earlier release used) the first time they are read: a miss in the current store
// reads the legacy store, and an entry found there is written to the current store and then
// removed from the legacy one, so each entry moves once and no stale copy stays behind.
// Writes and removals also clear the legacy copy. Owns both stores.
class MigratingSecretStore : public SecretStore
{
    Q_OBJECT
public:
    MigratingSecretStore(SecretStore *current, SecretStore *legacy, QObject *parent = nullptr);

    void write(const QString &key, const QByteArray &data, QObject *context,
               WriteCallback done) override;
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void remove(const QString &key, QObject *context, WriteCallback done) override;
    QString description() const override;

    SecretStore *current() const { return m_current; }
    SecretStore *legacy() const { return m_legacy; }

private:
    void readLegacy(const QString &key, QObject *context, ReadCallback done);
    void moveToCurrent(const QString &key, const QByteArray &data);

    SecretStore *m_current;
    SecretStore *m_legacy;
};

} // namespace fota
