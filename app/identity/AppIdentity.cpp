// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "identity/AppIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

// Where QSettings keeps the user's settings for these names. Asked of QSettings itself so the
// migration moves exactly the file the application reads, wherever XDG_CONFIG_HOME points.
QString settingsFile(const QString &organization, const QString &application)
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, organization, application)
        .fileName();
}

} // namespace

QString AppIdentity::applicationId()
{
    return QStringLiteral(FOTA_APP_ID);
}

QString AppIdentity::organizationName()
{
    return QStringLiteral(FOTA_APP_ORGANIZATION);
}

QString AppIdentity::organizationDomain()
{
    return QStringLiteral(FOTA_APP_DOMAIN);
}

QString AppIdentity::applicationName()
{
    return u"fota-monitor"_s;
}

QString AppIdentity::displayName()
{
    return u"FOTA Campaign Monitor"_s;
}

QString AppIdentity::version()
{
    return QStringLiteral(FOTA_VERSION);
}

QString AppIdentity::legacyOrganizationName()
{
    return u"FOTA Campaign Monitor"_s;
}

QString AppIdentity::legacyKeychainService()
{
    return u"fota-monitor"_s;
}

void AppIdentity::apply()
{
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setOrganizationDomain(organizationDomain());
    QCoreApplication::setApplicationName(applicationName());
    QCoreApplication::setApplicationVersion(version());
    migrateLegacySettings();
}

void AppIdentity::applyToGui()
{
    QGuiApplication::setDesktopFileName(desktopFileName());
    QGuiApplication::setWindowIcon(icon());
}

QIcon AppIdentity::icon()
{
    // Pixmaps rather than the SVG: drawn for their size, crisp at 16 px, and shown without the
    // SVG plugin. Qt scales the nearest one for any other size.
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/app-icon-%1.png"_s.arg(size), QSize(size, size));
    return icon;
}

bool AppIdentity::migrateLegacySettings()
{
    const QString legacy = settingsFile(legacyOrganizationName(), legacyApplicationName());
    const QString current = settingsFile(organizationName(), applicationName());
    if (legacy == current || !QFileInfo(legacy).isFile() || QFileInfo::exists(current))
        return false;
    if (!QDir().mkpath(QFileInfo(current).absolutePath()))
        return false;
    // A rename, not a copy: atomic, so a crash leaves the file in one place or the other, and
    // QFile::rename never replaces an existing file (a second instance racing this one).
    if (!QFile::rename(legacy, current))
        return false;
    // Leaves the old directory only if it still holds something else.
    QDir().rmdir(QFileInfo(legacy).absolutePath());
    return true;
}

} // namespace fota
