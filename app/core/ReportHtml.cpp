// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportHtml.h"

#include "Report.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

// Screen first; the print rules below take the scrolling away and keep sections whole. The text
// is wrapped anywhere so that a name without spaces cannot widen the page on a phone.
const auto StyleSheet = uR"(
:root { color-scheme: light; }
body { font-family: system-ui, "DejaVu Sans", sans-serif; line-height: 1.45; color: #1a1a1a;
  background: #fff; max-width: 60em; margin: 0 auto; padding: 1em; overflow-wrap: break-word; }
h1 { font-size: 1.7em; margin: 0.2em 0; }
h2 { font-size: 1.3em; margin: 1.4em 0 0.4em; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05em; margin: 1em 0 0.3em; }
.made { color: #555; }
figure { margin: 0; }
figure svg { display: block; width: 100%; max-width: 40em; height: auto; margin: 0 auto; }
figure.wide svg { max-width: none; }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
table { border-collapse: collapse; margin: 0.3em 0; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
thead th { background: #f2f2f2; }
table.wide th, table.wide td { min-width: 7em; max-width: 18em; overflow-wrap: anywhere; }
table.wide th { overflow-wrap: break-word; }
td.number, table.wide th:first-child { position: sticky; left: 0; background: #f7f7f7; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
td { overflow-wrap: anywhere; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.35em;
  border-radius: 0.15em; vertical-align: baseline; }
.level { white-space: nowrap; }
.note { color: #333; min-width: 12em; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15em 1em; margin: 0; }
dt { font-weight: 600; }
dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
.partial { font-size: 0.9em; color: #555; }
a { color: #0b57a4; }
@media (max-width: 32em) {
  body { padding: 0.6em; font-size: 0.95em; }
  dl { grid-template-columns: 1fr; }
  dd { margin-bottom: 0.3em; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .scroll { overflow: visible; }
  table.wide th:first-child { position: static; }
  table { font-size: 8.5pt; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, figure { break-inside: avoid; page-break-inside: avoid; }
  section.framework { break-inside: avoid; page-break-inside: avoid; }
  figure svg { max-width: 15cm; }
  a { color: inherit; }
}
@page { margin: 15mm; }
)"_s;

QString esc(const QString &text)
{
    return ReportHtml::escape(text);
}

QString element(const QString &name, const QString &text, const QString &attributes = {})
{
    return u'<' + name + (attributes.isEmpty() ? QString() : u' ' + attributes) + u'>' + esc(text) +
           u"</"_s + name + u'>';
}

QString link(const Report::Link &link)
{
    if (!link.web)
        return esc(link.title) + (link.url.isEmpty() || link.url == link.title
                                      ? QString()
                                      : u" ("_s + esc(link.url) + u')');
    const QString href = QUrl(link.url).toString(QUrl::FullyEncoded);
    return u"<a href=\""_s + esc(href) + u"\" rel=\"noreferrer\">"_s + esc(link.title) + u"</a>"_s;
}

QString swatch(const QColor &color)
{
    return u"<span class=\"swatch\" style=\"background:"_s + color.name() +
           u"\" aria-hidden=\"true\"></span>"_s;
}

QString ratingText(const Report::RatingEntry &rating)
{
    return rating.score ? rating.level + u" (%1/%2)"_s.arg(*rating.score).arg(rating.levelCount)
                        : rating.level;
}

// The SVG element alone, without the XML declaration and comments before it.
QString inlineSvg(const QByteArray &svg)
{
    const QString text = QString::fromUtf8(svg);
    const qsizetype start = text.indexOf(u"<svg"_s);
    return start < 0 ? QString() : text.mid(start).trimmed();
}

// A chart wider than high (small multiples) may take the page's whole width.
bool isWide(const QString &svg)
{
    static const QRegularExpression viewBox(u"viewBox=\"[-0-9.]+ [-0-9.]+ ([0-9.]+) ([0-9.]+)\""_s);
    const QRegularExpressionMatch match = viewBox.match(svg.left(2000));
    return match.hasMatch() && match.captured(1).toDouble() > match.captured(2).toDouble();
}

QString comparisonTable(const Report &report)
{
    const Report::Texts &t = report.texts;
    QString html = u"<div class=\"scroll\"><table class=\"wide\">\n<thead><tr>"_s +
                   element(u"th"_s, t.metric, u"scope=\"col\""_s);
    for (const Report::FrameworkEntry &framework : report.frameworks)
        html +=
            u"<th scope=\"col\">"_s + swatch(framework.color) + esc(framework.name) + u"</th>"_s;
    html += u"</tr></thead>\n<tbody>\n"_s;
    for (int m = 0; m < report.metrics.size(); ++m) {
        html += u"<tr>"_s + element(u"th"_s, report.metrics.at(m).name, u"scope=\"row\""_s);
        for (const Report::FrameworkEntry &framework : report.frameworks)
            html += element(u"td"_s, ratingText(framework.ratings.at(m)), u"class=\"level\""_s);
        html += u"</tr>\n"_s;
    }
    html += u"<tr>"_s + element(u"th"_s, t.score, u"scope=\"row\""_s);
    for (const Report::FrameworkEntry &framework : report.frameworks)
        html += element(u"td"_s, framework.scoreText, u"class=\"number\""_s);
    html += u"</tr>\n"_s;
    // A fact row for every fact any compared framework has, in the order of the first to have it.
    QStringList facts;
    for (const Report::FrameworkEntry &framework : report.frameworks)
        for (const auto &fact : framework.facts)
            if (!facts.contains(fact.first))
                facts << fact.first;
    for (const QString &fact : facts) {
        html += u"<tr>"_s + element(u"th"_s, fact, u"scope=\"row\""_s);
        for (const Report::FrameworkEntry &framework : report.frameworks) {
            QString value;
            for (const auto &pair : framework.facts)
                if (pair.first == fact)
                    value = pair.second;
            html += element(u"td"_s, value);
        }
        html += u"</tr>\n"_s;
    }
    return html + u"</tbody>\n</table></div>\n"_s;
}

QString rankingSection(const Report &report)
{
    const Report::Texts &t = report.texts;
    const bool chances = report.hasChances();
    QString html = u"<section id=\"ranking\">\n"_s + element(u"h2"_s, t.ranking) +
                   u"\n<div class=\"scroll\"><table>\n<thead><tr>"_s +
                   element(u"th"_s, t.rank, u"scope=\"col\""_s) +
                   element(u"th"_s, t.framework, u"scope=\"col\""_s) +
                   element(u"th"_s, t.score, u"scope=\"col\""_s);
    if (chances)
        html += element(u"th"_s, t.chanceFirst, u"scope=\"col\""_s);
    html += u"</tr></thead>\n<tbody>\n"_s;
    for (const Report::RankEntry &entry : report.ranking) {
        const Report::FrameworkEntry &framework = report.frameworks.at(entry.framework);
        html += u"<tr>"_s + element(u"td"_s, QString::number(entry.rank), u"class=\"number\""_s) +
                u"<td>"_s + swatch(framework.color) + esc(framework.name) + u"</td>"_s +
                element(u"td"_s, entry.scoreText, u"class=\"number\""_s);
        if (chances)
            html += element(u"td"_s,
                            entry.chanceFirst
                                ? QLocale().toString(*entry.chanceFirst * 100, 'f', 0) + u" %"_s
                                : QString(),
                            u"class=\"number\""_s);
        html += u"</tr>\n"_s;
    }
    html += u"</tbody>\n</table></div>\n"_s;
    if (report.partialScores)
        html += element(u"p"_s, t.partialNote, u"class=\"partial\""_s) + u'\n';
    html += element(u"h3"_s, t.weights) + u"\n<table>\n<thead><tr>"_s +
            element(u"th"_s, t.metric, u"scope=\"col\""_s) +
            element(u"th"_s, t.weight, u"scope=\"col\""_s) + u"</tr></thead>\n<tbody>\n"_s;
    for (const Report::MetricEntry &metric : report.metrics)
        html += u"<tr>"_s + element(u"td"_s, metric.name) +
                element(u"td"_s, QString::number(metric.weight), u"class=\"number\""_s) +
                u"</tr>\n"_s;
    return html + u"</tbody>\n</table>\n</section>\n"_s;
}

QString linkList(const QList<Report::Link> &links)
{
    QString html = u"<ul>\n"_s;
    for (const Report::Link &entry : links)
        html += u"<li>"_s + link(entry) + u"</li>\n"_s;
    return html + u"</ul>\n"_s;
}

QString frameworkSection(const Report &report, int index)
{
    const Report::Texts &t = report.texts;
    const Report::FrameworkEntry &framework = report.frameworks.at(index);
    QString html = u"<section class=\"framework\" id=\"framework-%1\">\n<h2>"_s.arg(index + 1) +
                   swatch(framework.color) + esc(framework.name) + u"</h2>\n"_s;
    if (!framework.summary.isEmpty())
        html += element(u"p"_s, framework.summary) + u'\n';
    if (!framework.facts.isEmpty()) {
        html += element(u"h3"_s, t.facts) + u"\n<dl>\n"_s;
        for (const auto &fact : framework.facts)
            html += element(u"dt"_s, fact.first) + element(u"dd"_s, fact.second) + u'\n';
        html += u"</dl>\n"_s;
    }
    html += element(u"h3"_s, t.ratings) + u"\n<div class=\"scroll\"><table>\n<thead><tr>"_s +
            element(u"th"_s, t.metric, u"scope=\"col\""_s) +
            element(u"th"_s, t.rating, u"scope=\"col\""_s) +
            element(u"th"_s, t.note, u"scope=\"col\""_s) + u"</tr></thead>\n<tbody>\n"_s;
    for (const Report::RatingEntry &rating : framework.ratings)
        html += u"<tr>"_s + element(u"th"_s, rating.metric, u"scope=\"row\""_s) +
                element(u"td"_s, ratingText(rating), u"class=\"level\""_s) +
                element(u"td"_s, rating.note, u"class=\"note\""_s) + u"</tr>\n"_s;
    html += u"</tbody>\n</table></div>\n"_s;
    if (!framework.links.isEmpty())
        html += element(u"h3"_s, t.links) + u'\n' + linkList(framework.links);
    html += element(u"h3"_s, t.sources) + u'\n';
    html += framework.sources.isEmpty() ? element(u"p"_s, t.noSources) + u'\n'
                                        : linkList(framework.sources);
    return html + u"</section>\n"_s;
}

} // namespace

QString ReportHtml::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'"':
            out += u"&quot;"_s;
            break;
        case u'\'':
            out += u"&#39;"_s;
            break;
        default:
            // XML 1.0 and HTML both refuse the C0 controls but tab and line breaks, and HTML
            // the C1 controls and the non-characters U+FFFE and U+FFFF.
            if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || (u >= 0x7F && u <= 0x9F) ||
                u == 0xFFFE || u == 0xFFFF)
                out += QChar(QChar::ReplacementCharacter);
            else
                out += c;
        }
    }
    return out;
}

QByteArray ReportHtml::write(const Report &report, const QByteArray &chartSvg)
{
    const Report::Texts &t = report.texts;
    const QString title = report.title.isEmpty() ? t.comparison : report.title;
    QString html = u"<!DOCTYPE html>\n<html lang=\""_s + esc(report.language) +
                   u"\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                   u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                   u"<meta name=\"generator\" content=\"Versus\"/>\n"_s +
                   element(u"title"_s, title) + u"\n<style>"_s + StyleSheet +
                   u"</style>\n</head>\n<body>\n<header>\n"_s + element(u"h1"_s, title) + u'\n' +
                   element(u"p"_s, report.madeLine(), u"class=\"made\""_s) + u"\n</header>\n"_s;
    if (report.frameworks.isEmpty())
        html += element(u"p"_s, t.noFrameworks) + u'\n';
    const QString svg = inlineSvg(chartSvg);
    html += u"<section id=\"chart\">\n"_s + element(u"h2"_s, t.chart) +
            (isWide(svg) ? u"\n<figure class=\"wide\">\n"_s : u"\n<figure>\n"_s) + svg +
            u"\n</figure>\n</section>\n"_s;
    html += u"<section id=\"comparison\">\n"_s + element(u"h2"_s, t.comparison) + u'\n' +
            comparisonTable(report) + u"</section>\n"_s;
    html += rankingSection(report);
    for (int i = 0; i < report.frameworks.size(); ++i)
        html += frameworkSection(report, i);
    html += u"</body>\n</html>\n"_s;
    return html.toUtf8();
}

} // namespace Versus
