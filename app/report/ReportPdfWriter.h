// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report/ReportModel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>

#include <atomic>

class QIODevice;
class QPainter;
class QPdfWriter;
class QTextDocument;

namespace fota {

// A campaign report as PDF through Qt's own writer (QPdfWriter), laid out by QTextDocument:
// A4, or Letter where the locale measures in US units; a header with the campaign and a
// footer with "Page 2 of 5" on every page. The document is paginated by its layout, which
// moves a line that would cross the page's bottom edge to the next page, and keepTogether()
// does the same for a table row and a heading, so nothing is cut; table headers repeat on
// every page, and a reason with no spaces still wraps.
// Fonts are embedded, so the text can be searched and copied.
class ReportPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdfWriter)

public:
    static QPageSize pageSizeFor(const QLocale &locale);
    // Writes the whole PDF to `device` (open for writing); returns what went wrong, or empty.
    // `cancel`, when set, is checked between pages.
    static QString write(const ReportModel &model, const QLocale &locale, QIODevice *device,
                         const std::atomic<bool> *cancel = nullptr);

    static constexpr int kResolution = 288; // device pixels per inch of the layout

private:
    static void fillDocument(QTextDocument *document, const ReportModel &model,
                             const QLocale &locale, const QSizeF &bodyPx);
    // No table row split across pages, no heading alone at the bottom of one.
    static void keepTogether(QTextDocument *document);
    static void paintPage(QPainter *painter, QTextDocument *document, const QRectF &body, int page,
                          int pages, const QString &title, const QString &stamp);
};

} // namespace fota
