// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/ReportMarkup.h"

#include "campaign/ReasonGroups.h"
#include "campaign/TimeDisplay.h"
#include "drawing/BucketColors.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace fota {

namespace {

constexpr qsizetype kIdChars = 100;
constexpr qsizetype kFieldChars = 300;

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? u"—"_s : text.trimmed();
}

QString dateText(const QDate &date, const QString &raw, const QLocale &locale)
{
    // The window's form: a four-digit year, which the locale's short format lacks in English.
    return date.isValid() ? TimeDisplay::dateText(date, locale) : orDash(raw);
}

// "thingspace.verizon.com", "127.0.0.1:4321/mock": where the data came from, without the
// scheme, so the page holds no link-like text of its own.
QString serverText(const QString &environment)
{
    const QUrl url(environment);
    if (!url.isValid() || url.host().isEmpty())
        return environment;
    QString text = url.host();
    if (url.port() > 0)
        text += u':' + QString::number(url.port());
    return text + url.path();
}

QString windowsText(const QList<CampaignInfo::TimeWindow> &windows)
{
    QStringList parts;
    for (const CampaignInfo::TimeWindow &w : windows) {
        if (w.startHour < 0 || w.endHour < 0)
            continue;
        parts << u"%1:00–%2:00"_s.arg(w.startHour, 2, 10, QChar(u'0'))
                     .arg(w.endHour, 2, 10, QChar(u'0'));
    }
    return parts.join(u", "_s);
}

} // namespace

ReportMarkup::ReportMarkup(const ReportModel &model, const ReportText &text, Flavour flavour,
                           const Figures &figures)
    : m_model(model)
    , m_text(text)
    , m_flavour(flavour)
    , m_figures(figures)
{}

QString ReportMarkup::escape(const QString &safeText)
{
    return safeText.toHtmlEscaped();
}

QString ReportMarkup::title(const ReportModel &model)
{
    const QString name = ReportText::safe(model.info.campaignName, kFieldChars);
    return name.trimmed().isEmpty()
               ? tr("Campaign %1").arg(ReportText::safe(model.campaignId, kIdChars))
               : name;
}

QString ReportMarkup::body() const
{
    // In HTML each section is a <section> with an id, for links and for reading it back.
    const auto wrap = [this](const QString &id, const QString &content) {
        if (m_flavour != Flavour::Html || content.isEmpty())
            return content;
        return u"<section id=\"%1\">\n%2</section>\n"_s.arg(id, content);
    };
    return wrap(u"campaign"_s, header()) + wrap(u"progress"_s, progress()) +
           wrap(u"statuses"_s, statuses()) + wrap(u"reasons"_s, reasons()) +
           wrap(u"overdue"_s, overdue()) + wrap(u"changes"_s, changes()) + footer();
}

QString ReportMarkup::section(const QString &heading) const
{
    return u"<h2>%1</h2>\n"_s.arg(heading);
}

QString ReportMarkup::note(const QString &markup) const
{
    return m_flavour == Flavour::Html
               ? u"<p class=\"note\">%1</p>\n"_s.arg(markup)
               : u"<p><span style=\"color:#5b6470;\">%1</span></p>\n"_s.arg(markup);
}

QString ReportMarkup::swatch(StatusBucket bucket) const
{
    const QString color = BucketColors::color(bucket).name();
    if (m_flavour == Flavour::Html)
        return u"<span class=\"sw\" style=\"background-color:%1\"></span>"_s.arg(color);
    return u"<span style=\"background-color:%1;\">&#160;&#160;&#160;</span>&#160;"_s.arg(color);
}

QString ReportMarkup::table(const QStringList &head, const QList<QStringList> &rows,
                            const QList<int> &numeric) const
{
    const bool html = m_flavour == Flavour::Html;
    const auto cell = [&](const QString &tag, int column, const QString &content) {
        const bool right = numeric.contains(column);
        if (html)
            return right ? u"<%1 class=\"num\">%2</%1>"_s.arg(tag, content)
                         : u"<%1>%2</%1>"_s.arg(tag, content);
        const QString align = right ? u" align=\"right\""_s : QString();
        const QString shade = tag == "th"_L1 ? u" bgcolor=\"#e8ebef\""_s : QString();
        return u"<%1%2%3>%4</%1>"_s.arg(tag, align, shade, content);
    };
    QString out = html ? u"<table>\n<thead><tr>"_s
                       : u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                         "border=\"0\">\n<thead><tr>"_s;
    for (int c = 0; c < head.size(); ++c)
        out += cell(u"th"_s, c, head.at(c));
    out += u"</tr></thead>\n<tbody>\n"_s;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const bool shaded = !html && r % 2 == 1;
        out += shaded ? u"<tr bgcolor=\"#f5f6f8\">"_s : u"<tr>"_s;
        for (int c = 0; c < rows.at(r).size(); ++c)
            out += cell(u"td"_s, c, rows.at(r).at(c));
        out += u"</tr>\n"_s;
    }
    return out + u"</tbody>\n</table>\n"_s;
}

QString ReportMarkup::header() const
{
    QString out = u"<h1>%1</h1>\n"_s.arg(escape(title(m_model)));
    out += m_flavour == Flavour::Html
               ? u"<p class=\"subtitle\">%1</p>\n"_s.arg(tr("Campaign report"))
               : u"<p><b>%1</b></p>\n"_s.arg(tr("Campaign report"));
    out += metaTable();
    if (!m_model.complete) {
        //: Shown for the campaign's total when the server did not give it.
        const QString total = m_model.totalDevice ? m_text.count(*m_model.totalDevice) : tr("?");
        const QString warning =
            tr("Incomplete: this report covers the %1 devices loaded, but the campaign report "
               "announced %2. Its numbers are not the whole campaign.")
                .arg(m_text.count(m_model.loaded), total);
        out += m_flavour == Flavour::Html
                   ? u"<p class=\"warn\"><strong>%1</strong></p>\n"_s.arg(escape(warning))
                   : u"<p><span style=\"color:#b42318;\"><b>%1</b></span></p>\n"_s.arg(
                         escape(warning));
    }
    return out;
}

QString ReportMarkup::metaTable() const
{
    QList<QStringList> rows;
    const auto add = [&rows](const QString &name, const QString &value) {
        rows.append({escape(name), escape(value)});
    };
    const CampaignInfo &info = m_model.info;
    const QLocale &locale = m_text.locale();
    add(tr("Account"), ReportText::safe(m_model.accountName, kIdChars));
    add(tr("Campaign ID"), ReportText::safe(m_model.campaignId, kIdChars));
    add(tr("Server"), ReportText::safe(serverText(m_model.environment), kFieldChars));
    if (m_model.hasInfo) {
        add(tr("Campaign status"), orDash(ReportText::safe(info.status, kFieldChars)));
        QString firmware =
            //: The firmware upgrade: %1 the version from, %2 the version to.
            tr("%1 → %2").arg(orDash(ReportText::safe(info.firmwareFrom, kFieldChars)),
                              orDash(ReportText::safe(info.firmwareTo, kFieldChars)));
        if (!info.firmwareName.trimmed().isEmpty())
            firmware += tr(" (file %1)").arg(ReportText::safe(info.firmwareName, kFieldChars));
        add(tr("Firmware"), firmware);
        const QString device = QStringList{ReportText::safe(info.make, kFieldChars).trimmed(),
                                           ReportText::safe(info.model, kFieldChars).trimmed()}
                                   .join(u' ')
                                   .trimmed();
        add(tr("Devices"), orDash(device));
        add(tr("Protocol"), orDash(ReportText::safe(info.protocol, kFieldChars)));
        add(tr("Dates"),
            tr("%1 to %2")
                .arg(dateText(info.startDate, ReportText::safe(info.startDateText, 40), locale),
                     dateText(info.endDate, ReportText::safe(info.endDateText, 40), locale)));
        const QString windows = windowsText(info.timeWindows);
        add(tr("Time windows"), windows.isEmpty() ? tr("any time") : windows);
    } else {
        add(tr("Campaign details"), m_model.infoProblem.isEmpty()
                                        ? tr("unavailable")
                                        : tr("unavailable: %1").arg(m_model.infoProblem));
    }
    add(tr("Data as of"), m_text.timeWithZone(m_model.asOfMs));
    add(tr("Generated"), m_text.timeWithZone(m_model.generatedAtMs));
    QString out = m_flavour == Flavour::Html
                      ? u"<table class=\"meta\">\n"_s
                      : u"<table cellspacing=\"0\" cellpadding=\"3\" border=\"0\">\n"_s;
    for (const QStringList &row : rows) {
        out += m_flavour == Flavour::Html
                   ? u"<tr><th scope=\"row\">%1</th><td>%2</td></tr>\n"_s.arg(row[0], row[1])
                   : u"<tr><td><b>%1</b></td><td>%2</td></tr>\n"_s.arg(row[0], row[1]);
    }
    return out + u"</table>\n"_s;
}

QString ReportMarkup::progress() const
{
    QString out = section(tr("Progress"));
    out += m_figures.bar;
    const qint64 total = m_model.total();
    QList<QStringList> rows;
    for (int b = 0; b < kBucketCount; ++b) {
        const auto bucket = StatusBucket(b);
        const qint64 n = m_model.buckets[size_t(b)];
        rows.append({swatch(bucket) + escape(ReportText::bucket(bucket)), m_text.count(n),
                     m_text.percent(n, total)});
    }
    rows.append({u"<b>%1</b>"_s.arg(tr("All devices")), u"<b>%1</b>"_s.arg(m_text.count(total)),
                 m_text.percent(total, total)});
    out += table({tr("Status"), tr("Devices"), tr("Share")}, rows, {1, 2});
    if (m_model.totalDevice && *m_model.totalDevice != total)
        out += note(escape(tr("The campaign report announced %1 devices; %2 were loaded.")
                               .arg(m_text.count(*m_model.totalDevice), m_text.count(total))));
    return out + overTime();
}

QString ReportMarkup::overTime() const
{
    QString out = u"<h3>%1</h3>\n"_s.arg(tr("Over time"));
    if (!m_model.hasHistory) {
        const QString why = m_model.historyProblem.isEmpty()
                                ? tr("No history of this campaign was available, so there is no "
                                     "progress over time, estimate or comparison with an earlier "
                                     "load.")
                                : m_model.historyProblem;
        return out + note(escape(why));
    }
    out += u"<p>%1</p>\n"_s.arg(escape(m_text.etaSummary(m_model.eta)));
    if (const QString basis = m_text.etaBasis(m_model.eta); !basis.isEmpty())
        out += note(escape(basis));
    if (!m_figures.chart.isEmpty())
        return out + m_figures.chart;
    // No chart renderer: the latest snapshots as numbers.
    const qsizetype first =
        std::max<qsizetype>(0, m_model.points.size() - m_model.limits.historyRows);
    QList<QStringList> rows;
    for (qsizetype i = m_model.points.size() - 1; i >= first; --i) {
        const SnapshotPoint &p = m_model.points.at(i);
        QStringList row{escape(m_text.shortTime(p.timeMs))};
        for (int b = 0; b < kBucketCount; ++b)
            row << m_text.count(p.buckets[size_t(b)]);
        rows.append(row);
    }
    QStringList head{escape(tr("Snapshot (%1)").arg(m_text.zoneName()))};
    for (int b = 0; b < kBucketCount; ++b)
        head << escape(ReportText::bucket(StatusBucket(b)));
    out += table(head, rows, {1, 2, 3, 4, 5, 6});
    if (first > 0)
        out += note(escape(tr("The latest %1 of %2 snapshots, newest first.")
                               .arg(m_text.count(m_model.points.size() - first),
                                    m_text.count(m_model.points.size()))));
    return out;
}

QString ReportMarkup::statuses() const
{
    QString out = section(tr("Devices per status"));
    const qint64 total = m_model.total();
    QList<QStringList> rows;
    for (const ReportModel::StatusLine &line : m_model.statuses) {
        rows.append({escape(m_text.status(line.status)),
                     swatch(line.bucket) + escape(ReportText::bucket(line.bucket)),
                     m_text.count(line.devices), m_text.percent(line.devices, total)});
    }
    if (rows.isEmpty())
        return out + note(escape(tr("No devices.")));
    return out + table({tr("Status"), tr("Bucket"), tr("Devices"), tr("Share")}, rows, {2, 3});
}

QString ReportMarkup::reasons() const
{
    QString out = section(tr("Failure reasons"));
    if (m_model.failed == 0)
        return out + note(escape(tr("No failed devices.")));
    out += u"<p>%1</p>\n"_s.arg(
        escape(tr("%1 failed devices, %2 distinct reasons. Dates, times "
                  "and counts in a reason are set aside to group them: N "
                  "stands for a number.")
                   .arg(m_text.count(m_model.failed), m_text.count(m_model.reasonGroups))));
    QList<QStringList> rows;
    for (const ReportModel::Reason &r : m_model.reasons) {
        QString reason = r.key.isEmpty() ? escape(tr("(no reason given)"))
                                         : escape(ReportText::safe(r.label, 300));
        // The example shows what "N" and the like stood for; a reason without any needs none.
        if (!r.key.isEmpty() && r.example != r.key)
            reason += u"<br/><small>%1</small>"_s.arg(
                escape(tr("For example: %1").arg(ReportText::safe(r.example, 300))));
        QStringList ids;
        for (const QString &id : r.exampleDevices)
            ids << escape(ReportText::safe(id, kIdChars));
        rows.append({m_text.count(r.devices), m_text.percent(r.devices, m_model.failed), reason,
                     ids.join(u"<br/>"_s)});
    }
    out += table({tr("Devices"), tr("Share of failed"), tr("Reason"), tr("Example devices")}, rows,
                 {0, 1});
    if (m_model.reasonGroups > m_model.reasons.size())
        out += note(escape(tr("The %1 most frequent of %2 reasons are listed; the other %3 "
                              "failed devices have one of the remaining %4.")
                               .arg(m_text.count(m_model.reasons.size()),
                                    m_text.count(m_model.reasonGroups),
                                    m_text.count(m_model.devicesInOtherReasons),
                                    m_text.count(m_model.reasonGroups - m_model.reasons.size()))));
    return out;
}

QString ReportMarkup::overdue() const
{
    QString out = section(tr("Overdue devices"));
    out += u"<p>%1</p>\n"_s.arg(
        escape(tr("%1 pending devices were past their next attempt when "
                  "the data was loaded (%2).")
                   .arg(m_text.count(m_model.overdue), m_text.timeWithZone(m_model.asOfMs))));
    if (m_model.overdueList.isEmpty())
        return out;
    QList<QStringList> rows;
    for (const ReportModel::Device &d : m_model.overdueList) {
        rows.append({escape(ReportText::safe(d.deviceId, kIdChars)),
                     escape(m_text.status(d.status)), escape(m_text.shortTime(d.nextAttemptMs)),
                     escape(m_text.duration(m_model.asOfMs - d.nextAttemptMs)),
                     escape(ReportText::safe(d.reason, 160))});
    }
    out += table({tr("Device"), tr("Status"), tr("Next attempt (%1)").arg(m_text.zoneName()),
                  tr("Overdue by"), tr("Reason")},
                 rows);
    if (m_model.overdue > m_model.overdueList.size())
        out += note(escape(
            tr("The first %1 of %2 overdue devices are listed, longest overdue "
               "first.")
                .arg(m_text.count(m_model.overdueList.size()), m_text.count(m_model.overdue))));
    return out;
}

QString ReportMarkup::changes() const
{
    if (!m_model.hasHistory)
        return {};
    if (!m_model.changes) {
        QString out = section(tr("Changes"));
        const QString why = m_model.changesProblem.isEmpty()
                                ? tr("No earlier snapshot was chosen to compare with.")
                                : m_model.changesProblem;
        return out + note(escape(why));
    }
    const ReportModel::Changes &c = *m_model.changes;
    QString out = section(tr("Changes since %1").arg(escape(m_text.shortTime(c.since.timeMs))));
    out += u"<p>%1</p>\n"_s.arg(
        escape(tr("%1 devices changed status since the snapshot of %2, which had %3 devices.")
                   .arg(m_text.count(c.changed), m_text.timeWithZone(c.since.timeMs),
                        m_text.count(c.since.loaded))));
    if (c.transitions.isEmpty())
        return out;
    QList<QStringList> rows;
    for (const ReportModel::Transition &t : c.transitions) {
        rows.append({escape(m_text.transitionSide(t.from)), escape(m_text.transitionSide(t.to)),
                     m_text.count(t.devices)});
    }
    //: Column titles: the status a device had before, and the one it has now.
    out += table({tr("From"), tr("To"), tr("Devices")}, rows, {2});
    return out + changedDevices(c);
}

QString ReportMarkup::changedDevices(const ReportModel::Changes &c) const
{
    QList<QStringList> rows;
    for (const ReportModel::ChangedDevice &d : c.devices) {
        rows.append({escape(ReportText::safe(d.deviceId, kIdChars)),
                     escape(m_text.transitionSide(d.from)), escape(m_text.transitionSide(d.to))});
    }
    QString out = u"<h3>%1</h3>\n"_s.arg(tr("Devices that changed"));
    out += table({tr("Device"), tr("From"), tr("To")}, rows);
    if (c.changed > c.devices.size())
        out += note(escape(tr("The first %1 of %2 devices that changed are listed, by device ID.")
                               .arg(m_text.count(c.devices.size()), m_text.count(c.changed))));
    return out;
}

QString ReportMarkup::footer() const
{
    const QString line =
        tr("Made by FOTA Campaign Monitor %1 on %2 from the data as of %3. Times are in %4.")
            .arg(QStringLiteral(FOTA_VERSION), m_text.timeWithZone(m_model.generatedAtMs),
                 m_text.timeWithZone(m_model.asOfMs), m_text.zoneName());
    return m_flavour == Flavour::Html ? u"<footer><p>%1</p></footer>\n"_s.arg(escape(line))
                                      : note(escape(line));
}

} // namespace fota
