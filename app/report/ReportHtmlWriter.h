// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report/ReportModel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>

namespace fota {

// A campaign report as one self-contained HTML file (UTF-8): the style sheet inline (light and
// dark, and for printing), the stacked bar as inline SVG and the progress chart as a PNG data
// URI, so it opens in any browser, mail client or archive without the application and fetches
// nothing. It is also well-formed XML (no xmlns, only XML's own entities), so a test parses it.
class ReportHtmlWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtmlWriter)

public:
    static QByteArray write(const ReportModel &model, const QLocale &locale);

    // The chart's size in CSS pixels; it is drawn at twice that for sharp screens.
    static constexpr int kChartWidth = 900;
    static constexpr int kChartHeight = 300;

private:
    static QString styleSheet();
    static QString barFigure(const ReportModel &model, const QLocale &locale);
    static QString chartFigure(const ReportModel &model);
};

} // namespace fota
