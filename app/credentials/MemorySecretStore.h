// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "credentials/SecretStore.h"

#include <QHash>

namespace fota {

// A SecretStore that forgets everything when it goes: the fallback where no keychain service
// runs, and the tests' store. setFailure() makes it behave like an unavailable keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void write(const QString &key, const QByteArray &data, QObject *context,
               WriteCallback done) override;
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void remove(const QString &key, QObject *context, WriteCallback done) override;
    QString description() const override;

    // Every later operation fails with this message; an empty one makes the store work again.
    void setFailure(const QString &message) { m_failure = message; }
    bool contains(const QString &key) const { return m_entries.contains(key); }
    QByteArray value(const QString &key) const { return m_entries.value(key); }

private:
    QHash<QString, QByteArray> m_entries;
    QString m_failure;
};

} // namespace fota
