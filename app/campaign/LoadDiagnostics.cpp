// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/LoadDiagnostics.h"

#include "common/SafeText.h"
#include "thingspace/PageDiagnostics.h"

using namespace Qt::StringLiterals;

namespace fota {

void LoadDiagnostics::addPage(const PageDiagnostics &page, int pageNumber)
{
    skippedNotObject += page.notObjects;
    skippedNoDeviceId += page.noDeviceId;
    blankedTimes += page.blanked();
    unreadableFields += page.unreadableFields;
    for (const PageDiagnostics::Issue &issue : page.issues) {
        if (examples.size() >= kMaxExamples)
            break;
        examples.append(
            u"page %1: %2"_s.arg(QString::number(pageNumber), PageDiagnostics::describe(issue)));
    }
}

bool LoadDiagnostics::isEmpty() const
{
    return skippedNotObject == 0 && skippedNoDeviceId == 0 && blankedTimes == 0 &&
           unreadableFields == 0 && statusChanged == 0;
}

QString LoadDiagnostics::summary() const
{
    if (isEmpty())
        return {};
    const auto count = [](qint64 n, const char *one, const char *many) -> QString {
        return QString::number(n) + u' ' + QLatin1StringView(n == 1 ? one : many);
    };
    QStringList parts;
    if (const qint64 skipped = skippedNotObject + skippedNoDeviceId; skipped > 0) {
        parts << u"skipped %1 (%2 not an object, %3 without a deviceId)"_s.arg(
            count(skipped, "device entry", "device entries"), QString::number(skippedNotObject),
            QString::number(skippedNoDeviceId));
    }
    if (blankedTimes > 0)
        parts << u"left %1 blank"_s.arg(count(blankedTimes, "unreadable time", "unreadable times"));
    if (unreadableFields > 0)
        parts << u"ignored %1"_s.arg(
            count(unreadableFields, "unreadable page field", "unreadable page fields"));
    if (statusChanged > 0) {
        parts << u"%1 listed again with another status (the later listing was kept)"_s.arg(
            count(statusChanged, "device was", "devices were"));
    }
    QString line = parts.join(u"; "_s);
    if (!examples.isEmpty())
        line += u"; first: "_s + SafeText::oneLine(examples.first(), 200);
    return line;
}

} // namespace fota
