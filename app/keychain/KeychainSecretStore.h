// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "credentials/SecretStore.h"

namespace fota {

// The system keychain (Secret Service over D-Bus, KWallet, macOS Keychain, Windows Credential
// Store) through QtKeychain. Kept out of the core library so the core and its tests never need
// a keychain; where no keychain service runs, every operation fails and says why.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    // The application's store: the keychain service named by the application ID, taking over
    // the entries an earlier release saved under the legacy service the first time each is read.
    static SecretStore *createForApplication(QObject *parent = nullptr);

    void write(const QString &key, const QByteArray &data, QObject *context,
               WriteCallback done) override;
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void remove(const QString &key, QObject *context, WriteCallback done) override;
    QString description() const override;
    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace fota
