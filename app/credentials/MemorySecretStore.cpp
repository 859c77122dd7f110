// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "credentials/MemorySecretStore.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

// Later, like a real keychain, so callers cannot come to rely on an immediate answer.
void later(QObject *context, std::function<void()> call)
{
    QMetaObject::invokeMethod(
        context, [call = std::move(call)] { call(); }, Qt::QueuedConnection);
}

} // namespace

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

void MemorySecretStore::write(const QString &key, const QByteArray &data, QObject *context,
                              WriteCallback done)
{
    if (m_failure.isEmpty())
        m_entries.insert(key, data);
    later(context, [done = std::move(done), failure = m_failure] { done(failure); });
}

void MemorySecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    const QByteArray data = m_failure.isEmpty() ? m_entries.value(key) : QByteArray();
    later(context, [done = std::move(done), data, failure = m_failure] { done(data, failure); });
}

void MemorySecretStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    if (m_failure.isEmpty())
        m_entries.remove(key);
    later(context, [done = std::move(done), failure = m_failure] { done(failure); });
}

QString MemorySecretStore::description() const
{
    return u"memory"_s;
}

} // namespace fota
