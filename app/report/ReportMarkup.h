// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report/ReportModel.h"
#include "report/ReportText.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fota {

// The body of a campaign report as markup, section by section, for both writers: HTML (a
// standalone page with a style sheet) and Qt's rich text (what QTextDocument lays out into PDF
// pages). The two differ only in how a table, a swatch and a figure are written, so the PDF
// and the HTML say the same words in the same order. Every piece of server text is made safe
// (ReportText::safe) and escaped here; the figures come from the writer, already markup.
class ReportMarkup
{
    Q_DECLARE_TR_FUNCTIONS(ReportMarkup)

public:
    enum class Flavour
    {
        Html,     // CSS classes; the writer supplies the style sheet
        RichText, // attributes QTextDocument understands (cellpadding, bgcolor, ...)
    };
    struct Figures
    {
        QString bar;   // the stacked bucket bar
        QString chart; // the progress chart, empty without one
    };

    ReportMarkup(const ReportModel &model, const ReportText &text, Flavour flavour,
                 const Figures &figures);

    QString body() const;
    // "Q4 modem rollout" or "Campaign 2b0c…": the report's title, safe and unescaped.
    static QString title(const ReportModel &model);
    static QString escape(const QString &safeText);

private:
    QString header() const;
    QString metaTable() const;
    QString progress() const;
    QString overTime() const;
    QString statuses() const;
    QString reasons() const;
    QString overdue() const;
    QString changes() const;
    QString changedDevices(const ReportModel::Changes &changes) const;
    QString footer() const;

    // A table: head cells and rows of cells, all markup already; `numeric` columns align right.
    QString table(const QStringList &head, const QList<QStringList> &rows,
                  const QList<int> &numeric = {}) const;
    QString swatch(StatusBucket bucket) const;
    QString note(const QString &markup) const;
    QString section(const QString &heading) const;

    const ReportModel &m_model;
    const ReportText &m_text;
    Flavour m_flavour;
    Figures m_figures;
};

} // namespace fota
