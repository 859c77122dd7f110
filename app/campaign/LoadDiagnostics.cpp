// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaign/LoadDiagnostics.h"

#include <QCoreApplication>

#include "common/PluralText.h"
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
        examples.append(QCoreApplication::translate("LoadDiagnostics", "page %1: %2")
                            .arg(QString::number(pageNumber), PageDiagnostics::describe(issue)));
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
    // One sentence per part, each with its own plural (PluralText).
    const auto plural = [](qint64 n, const char *one, const char *many) {
        return PluralText::text("LoadDiagnostics", one, many, n);
    };
    QStringList parts;
    if (const qint64 skipped = skippedNotObject + skippedNoDeviceId; skipped > 0) {
        parts << plural(skipped,
                        QT_TRANSLATE_N_NOOP("LoadDiagnostics",
                                            "skipped %n device entry (%1 not an object, %2 "
                                            "without a deviceId)"),
                        QT_TRANSLATE_N_NOOP("LoadDiagnostics",
                                            "skipped %n device entries (%1 not an object, %2 "
                                            "without a deviceId)"))
                     .arg(QString::number(skippedNotObject), QString::number(skippedNoDeviceId));
    }
    if (blankedTimes > 0)
        parts << plural(blankedTimes,
                        QT_TRANSLATE_N_NOOP("LoadDiagnostics", "left %n unreadable time blank"),
                        QT_TRANSLATE_N_NOOP("LoadDiagnostics", "left %n unreadable times blank"));
    if (unreadableFields > 0)
        parts << plural(
            unreadableFields,
            QT_TRANSLATE_N_NOOP("LoadDiagnostics", "ignored %n unreadable page field"),
            QT_TRANSLATE_N_NOOP("LoadDiagnostics", "ignored %n unreadable page fields"));
    if (statusChanged > 0) {
        parts << plural(statusChanged,
                        QT_TRANSLATE_N_NOOP("LoadDiagnostics",
                                            "%n device was listed again with another status (the "
                                            "later listing was kept)"),
                        QT_TRANSLATE_N_NOOP("LoadDiagnostics",
                                            "%n devices were listed again with another status "
                                            "(the later listing was kept)"));
    }
    QString line = parts.join(u"; "_s);
    if (!examples.isEmpty())
        line += QCoreApplication::translate("LoadDiagnostics", "; first: %1")
                    .arg(SafeText::oneLine(examples.first(), 200));
    return line;
}

} // namespace fota
