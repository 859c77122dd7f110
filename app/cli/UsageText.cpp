#include "cli/UsageText.h"

using namespace Qt::StringLiterals;

namespace fota {

QString UsageText::version()
{
    return u"fota-monitor " FOTA_VERSION ""_s;
}

QString UsageText::overview()
{
    return u"FOTA Campaign Monitor: load, watch and export the per-device status of a ThingSpace "
           "firmware-upgrade campaign.\n\n"
           "Usage:\n"
           "  fota-monitor                 opens the window\n"
           "  fota-monitor --demo          opens the window on the built-in simulated campaign\n"
           "  fota-monitor export --account ACC --campaign ID [--base-url URL] [--output FILE] "
           "[--format csv|json]\n"
           "                               loads a whole campaign report and writes it\n"
           "  fota-monitor export --help   the export command's options\n"
           "  fota-monitor --help | --version\n"_s;
}

} // namespace fota
