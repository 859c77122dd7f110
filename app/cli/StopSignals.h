// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

class QSocketNotifier;

namespace fota {

// SIGINT and SIGTERM as a Qt signal, for a command that must stop cleanly: the handler does
// nothing but write the signal's number to a pipe (write() is async-signal-safe; anything
// else could deadlock inside malloc or a Qt lock), and a QSocketNotifier reads it in the event
// loop, where stopping is ordinary code. One instance at a time; the previous handlers come
// back when it is destroyed.
class StopSignals : public QObject
{
    Q_OBJECT
public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

    // False if the pipe or the handlers could not be set up (the signals then act as before).
    bool isInstalled() const { return m_notifier != nullptr; }
    // "SIGTERM", "SIGINT": for a message.
    static QString name(int signalNumber);

signals:
    void stopRequested(int signalNumber);

private:
    void drain();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace fota
