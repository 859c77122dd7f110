// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace fota {

// Where "Remember me" keeps secrets: the system keychain in the application, memory in tests.
// Every operation is asynchronous (a keychain may ask the user to unlock it) and calls back
// later from the event loop, never from inside the call, and not at all once `context` is gone.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    // An empty error means success.
    using WriteCallback = std::function<void(const QString &error)>;
    // A missing entry is no error: empty data and an empty error.
    using ReadCallback = std::function<void(const QByteArray &data, const QString &error)>;

    explicit SecretStore(QObject *parent = nullptr)
        : QObject(parent)
    {}

    virtual void write(const QString &key, const QByteArray &data, QObject *context,
                       WriteCallback done) = 0;
    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void remove(const QString &key, QObject *context, WriteCallback done) = 0;
    // What the store is, for messages: "the system keychain", "memory".
    virtual QString description() const = 0;
};

} // namespace fota
