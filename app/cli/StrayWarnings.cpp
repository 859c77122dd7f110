// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/StrayWarnings.h"

#include <QString>
#include <QtGlobal>

namespace fota {

namespace {

QtMessageHandler g_previous = nullptr;

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg &&
        message.startsWith(QLatin1StringView("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

void StrayWarnings::silence()
{
    if (!g_previous)
        g_previous = qInstallMessageHandler(handle);
}

} // namespace fota
