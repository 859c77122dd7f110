// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QIcon;

namespace fota {

// Who the application is to the desktop, the settings and the keychain: one reverse-DNS
// application ID used for the desktop file, the AppStream id, the icon and the keychain
// service, plus the one-time move from the names the first releases used.
class AppIdentity
{
public:
    // "org.fotamonitor.monitor": the desktop file's base name, the AppStream id, the icon name,
    // the keychain service.
    static QString applicationId();
    // "org.fotamonitor": QCoreApplication's organisation, hence the settings and data
    // directories (~/.config/org.fotamonitor/fota-monitor.conf); no spaces.
    static QString organizationName();
    static QString organizationDomain();
    // "fota-monitor": the executable, and the settings file's base name.
    static QString applicationName();
    // "FOTA Campaign Monitor", for titles and the About box.
    static QString displayName();
    static QString version();
    // As QGuiApplication::setDesktopFileName wants it: without ".desktop".
    static QString desktopFileName() { return applicationId(); }
    static QString keychainService() { return applicationId(); }

    // The names earlier builds used, read once to move what was saved under them.
    static QString legacyOrganizationName();
    static QString legacyApplicationName() { return applicationName(); }
    static QString legacyKeychainService();

    // For main(), before anything reads QSettings: sets the names and version on the
    // QCoreApplication and moves the settings saved under the legacy names, once.
    static void apply();
    // For main() once a QGuiApplication exists: the desktop file name (Wayland app_id, X11
    // startup matching) and the window icon.
    static void applyToGui();
    // The application icon from the Qt resource (the PNG sizes 16 to 256 the package installs),
    // for the window and the About box. Needs a QGuiApplication.
    static QIcon icon();

    // Moves the settings file of the legacy names to the current names' location when there is
    // one and the current file does not exist yet. Returns true if it moved a file. A current
    // file is never replaced, so this happens at most once; a legacy file written later (an
    // old release run again) is left alone.
    static bool migrateLegacySettings();
};

} // namespace fota
