// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/ReportFormat.h"

using namespace Qt::StringLiterals;

namespace fota {

std::optional<ReportFormat> ReportFormats::fromName(const QString &name)
{
    QString n = name.trimmed().toLower();
    if (n.startsWith(u'.'))
        n.remove(0, 1);
    if (n == "html"_L1 || n == "htm"_L1)
        return ReportFormat::Html;
    if (n == "pdf"_L1)
        return ReportFormat::Pdf;
    return std::nullopt;
}

QString ReportFormats::suffix(ReportFormat format)
{
    return format == ReportFormat::Pdf ? u"pdf"_s : u"html"_s;
}

} // namespace fota
