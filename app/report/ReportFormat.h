// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

namespace fota {

// The two forms of a campaign report.
enum class ReportFormat
{
    Html,
    Pdf,
};

class ReportFormats
{
public:
    // "html" / "pdf" (any case, also ".htm"); nullopt for anything else.
    static std::optional<ReportFormat> fromName(const QString &name);
    static QString suffix(ReportFormat format);
};

} // namespace fota
