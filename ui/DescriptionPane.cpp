// SPDX-License-Identifier: GPL-3.0-or-later
#include "DescriptionPane.h"

#include "BidiText.h"
#include "FactText.h"

#include "FrameworkModel.h"
#include "Selection.h"
#include "Sourcing.h"

#include <QDesktopServices>
#include <QGuiApplication>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s) &&
           !url.host().isEmpty();
}

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return u"<tr><th align=left valign=top style='padding-right:12px'>"_s + esc(label) +
           u"</th><td>"_s + esc(value) + u"</td></tr>"_s;
}

QString link(const QString &title, const QString &target)
{
    const QUrl url(target);
    if (!isWebUrl(url))
        return esc(title) + (target.isEmpty() ? QString() : u" ("_s + esc(target) + u')');
    return u"<a href=\""_s + url.toString(QUrl::FullyEncoded).toHtmlEscaped() + u"\">"_s +
           esc(title) + u"</a>"_s;
}

// The raters' lines of a merged rating, plain text escaped.
QString votesHtml(const QString &votes)
{
    return u"<br><i>"_s + esc(DescriptionPane::tr("Raters:")) + u"</i><br>"_s + esc(votes);
}

} // namespace

DescriptionPane::DescriptionPane(FrameworkModel *model, Selection *selection, QWidget *parent)
    : QTextBrowser(parent), m_model(model), m_selection(selection)
{
    setObjectName(u"descriptionPane"_s);
    setAccessibleName(tr("Description"));
    setAccessibleDescription(tr("About the selected framework or metric: its summary, facts, "
                                "ratings with their reasons, and sources"));
    setWhatsThis(tr("<p>About what is selected: a framework's summary, facts, ratings with "
                    "their reasons and its sources, or a metric's description and scale.</p>"));
    setOpenLinks(false); // links are checked before anything is opened
    setOpenExternalLinks(false);
    // Resources named in the text (images) are never fetched: the text is escaped, and
    // QTextBrowser looks up nothing by itself from a string without tags.
    connect(this, &QTextBrowser::anchorClicked, this, &DescriptionPane::openLink);
    connect(selection, &Selection::changed, this, &DescriptionPane::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &DescriptionPane::refresh);
    connect(model, &QAbstractItemModel::dataChanged, this, &DescriptionPane::refresh);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &DescriptionPane::refresh);
    refresh();
}

void DescriptionPane::openLink(const QUrl &url)
{
    if (isWebUrl(url))
        QDesktopServices::openUrl(url);
    else
        emit linkRefused(tr("Only web links (http and https) are opened; \"%1\" was not.")
                             .arg(url.toDisplayString()));
}

void DescriptionPane::refresh()
{
    const int frameworkRow = m_model->rowOfFramework(m_selection->frameworkId());
    const int metric = m_model->dataSet().metricIndex(m_selection->metricId());
    QString html;
    if (m_selection->focus() == Selection::Focus::Metric && metric >= 0)
        html = metricHtml(metric);
    else if (m_selection->focus() == Selection::Focus::Framework && frameworkRow >= 0)
        html = frameworkHtml(frameworkRow);
    else
        html = overviewHtml();
    // Keep the reader's place when the same item is refreshed after an edit; a newly chosen
    // item starts at the top.
    const QString shown = m_selection->frameworkId() + u'\n' + m_selection->metricId() + u'\n' +
                          QString::number(int(m_selection->focus()));
    const int scroll = shown == m_shown ? verticalScrollBar()->value() : 0;
    m_shown = shown;
    setHtml(html);
    verticalScrollBar()->setValue(scroll);
}

QString DescriptionPane::overviewHtml() const
{
    const DataSet &data = m_model->dataSet();
    QString html = u"<h2>"_s + esc(data.title) + u"</h2><p>"_s +
                   esc(tr("Frameworks: %1. Metrics: %2.")
                           .arg(data.frameworks.size())
                           .arg(data.metrics.size())) +
                   u"</p><p>"_s;
    // ISO 8601, as the file writes it: unambiguous in every language.
    if (data.checked.isValid())
        html += esc(tr("Facts last checked: %1.").arg(data.checked.toString(Qt::ISODate))) +
                u"</p><p>"_s;
    html += esc(tr("Select a framework's column or a metric's row in the table to "
                   "read about it here.")) +
            u"</p>"_s;
    return html;
}

QString DescriptionPane::frameworkHtml(int frameworkRow) const
{
    const Framework &framework = m_model->dataSet().frameworks.at(frameworkRow);
    const QColor color = m_model->frameworkColor(frameworkRow);
    QString html = u"<h2><span style='color:"_s + color.name() + u"'>&#9632;</span> "_s +
                   esc(framework.name) + u"</h2>"_s;
    if (!framework.summary.isEmpty())
        html += u"<p>"_s + esc(framework.summary) + u"</p>"_s;

    html += u"<table cellspacing=2>"_s;
    for (const Fact fact : FactOrder) {
        const QModelIndex cell = m_model->index(frameworkRow, m_model->factColumn(fact));
        html += row(FactText::name(fact), cell.data().toString());
    }
    html += u"</table>"_s;

    html += u"<h3>"_s + esc(tr("Ratings")) + u"</h3>"_s;
    if (const int unsourced = Sourcing::unsourcedCount(framework); unsourced > 0)
        html += u"<p><i>"_s +
                esc(unsourced == 1
                        ? tr("1 rating unsourced: no note says why, or no source is listed.")
                        : tr("%1 ratings unsourced: no note says why, or no source is listed.")
                              .arg(unsourced)) +
                u"</i></p>"_s;
    const QString focusedMetric = m_selection->metricId();
    // A rating's line is our sentence with the data's words in it: it runs in the interface's
    // direction, not in that of the metric's name that happens to come first.
    const QString paragraph = QGuiApplication::layoutDirection() == Qt::RightToLeft
                                  ? u"<p dir='rtl'>"_s
                                  : u"<p dir='ltr'>"_s;
    for (int m = 0; m < m_model->metricCount(); ++m) {
        const Metric &metric = m_model->dataSet().metrics.at(m);
        const QModelIndex cell = m_model->index(frameworkRow, m_model->metricColumn(m));
        const QVariant score = cell.data(Role::Score);
        const QString level = score.isValid() ? tr("%1 (%2 of %3)")
                                                    .arg(isolated(metric.levelLabel(score.toInt())))
                                                    .arg(score.toInt())
                                                    .arg(metric.levelCount())
                                              : cell.data().toString();
        const bool focused = metric.id == focusedMetric;
        html += paragraph + (focused ? u"<b>&#9656; "_s : u"<b>"_s) + esc(isolated(metric.name)) +
                u":</b> "_s + (score.isValid() ? esc(level) : u"<i>"_s + esc(level) + u"</i>"_s);
        if (const QVariantList range = cell.data(Role::Range).toList(); range.size() == 2)
            html += u", "_s + esc(tr("could be %1 to %2")
                                      .arg(isolated(metric.levelLabel(range.at(0).toInt())),
                                           isolated(metric.levelLabel(range.at(1).toInt()))));
        // The selected rating of a merged file: each rater's score, then the note, which holds
        // their notes ("Ann: …" lines).
        const QString votes = focused ? cell.data(Role::Votes).toString() : QString();
        const QString note = cell.data(Role::Note).toString();
        if (!votes.isEmpty())
            html += votesHtml(votes);
        if (!note.isEmpty())
            html += u"<br>"_s + esc(note);
        html += u"</p>"_s;
    }

    QStringList links;
    if (!framework.homepage.isEmpty())
        links << link(tr("Homepage"), framework.homepage);
    if (!framework.repository.isEmpty() && framework.repository != framework.homepage)
        links << link(tr("Source code"), framework.repository);
    const QVariantList sources = m_model->index(frameworkRow, 0).data(Role::Sources).toList();
    if (!links.isEmpty())
        html += u"<p>"_s + links.join(u" · "_s) + u"</p>"_s;
    if (!sources.isEmpty()) {
        html += u"<h3>"_s + esc(tr("Sources")) + u"</h3><ul>"_s;
        for (const QVariant &source : sources) {
            const QVariantMap map = source.toMap();
            html += u"<li>"_s +
                    link(map.value(u"title"_s).toString(), map.value(u"url"_s).toString()) +
                    u"</li>"_s;
        }
        html += u"</ul>"_s;
    }
    return html;
}

QString DescriptionPane::metricHtml(int metricIndex) const
{
    const Metric &metric = m_model->dataSet().metrics.at(metricIndex);
    QString html = u"<h2>"_s + esc(metric.name) + u"</h2>"_s;
    if (!metric.description.isEmpty())
        html += u"<p>"_s + esc(metric.description) + u"</p>"_s;
    html += u"<h3>"_s + esc(tr("Scale")) + u"</h3><ol>"_s;
    for (const QString &level : metric.levels)
        html += u"<li>"_s + esc(level) + u"</li>"_s;
    html += u"</ol><h3>"_s + esc(tr("Ratings")) + u"</h3><p>"_s;
    QStringList lines;
    for (int r = 0; r < m_model->rowCount(); ++r)
        lines << esc(m_model->ratingSummary(r, metricIndex));
    html += lines.join(u"<br>"_s) + u"</p>"_s;
    return html;
}

} // namespace Versus
