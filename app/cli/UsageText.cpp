// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/UsageText.h"

using namespace Qt::StringLiterals;

namespace fota {

QString UsageText::version()
{
    return u"fota-monitor " FOTA_VERSION ""_s;
}

QString UsageText::overview()
{
    return u"FOTA Campaign Monitor: load, watch, export and report the per-device status of a "
           u"ThingSpace "
           "firmware-upgrade campaign.\n\n"
           "Usage:\n"
           "  fota-monitor [--base-url URL] [--account ACC --campaign ID] [--history FILE]\n"
           "               [--lang LANG]\n"
           "                               opens the window; with THINGSPACE_* credentials on\n"
           "                               that server (default $THINGSPACE_BASE_URL, else\n"
           "                               production), and with both --account and --campaign\n"
           "                               loads that campaign at once\n"
           "  fota-monitor --demo [--lang LANG]\n"
           "                               opens the window on the built-in simulated campaign\n"
           "                               (with its own settings, apart from yours)\n"
           "  --lang LANG                  the window's language and its number and date\n"
           "                               format (de, de_DE, en, ...); default: the system\n"
           "                               locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). The\n"
           "                               commands below always write English\n"
           "  fota-monitor export --account ACC --campaign ID [--base-url URL] [--output FILE] "
           "[--format csv|json]\n"
           "                               loads a whole campaign report and writes it\n"
           "  fota-monitor export --help   the export command's options and exit codes\n"
           "  fota-monitor watch --account ACC --campaign ID [--base-url URL] [--interval "
           "SECONDS]\n"
           "                     [--count N] [--history FILE] [--metrics-file PATH] [--alert "
           "RULE]...\n"
           "                     [--connections N] [--timeout S] [--attempts N]\n"
           "                               loads the campaign every interval, records it in "
           "the\n"
           "                               history, prints one JSON line per load\n"
           "  fota-monitor watch --help    the watch command's options and exit codes\n"
           "  fota-monitor report --account ACC --campaign ID --output FILE [--format html|pdf]\n"
           "                    [--history FILE] [--since WHEN]\n"
           "                               loads a whole campaign and writes a report to send\n"
           "  fota-monitor report --help   the report command's options and exit codes\n"
           "  fota-monitor --help | --version\n\n"
           "The window also takes Qt's options, such as -platform offscreen, -style Fusion or "
           "-reverse.\n"
           "Exit status 2: an unknown option or command, or options that do not go together.\n"_s;
}

} // namespace fota
