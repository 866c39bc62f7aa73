// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Versus {

class FrameworkModel;

// What a report says, read once from the model: the title, when and from what it was made, the
// comparison table, the weights, the ranking, and a section per framework. The writers (the
// HTML of ReportHtml, the pages of ReportDocument) only lay this out, so both say the same.
// Every text is plain, as the data has it; a writer escapes it for its format.
//
// The headings are translated with tr() when the report is built: a report made in the window
// speaks the window's language, one made on the command line English.
struct Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    struct Link
    {
        QString title;
        QString url;
        bool web = false; // http or https with a host: the only kind a report makes a link of
    };
    struct RatingEntry
    {
        QString metric;
        std::optional<int> score; // none: not rated
        int levelCount = 0;
        QString level; // the level's label, or "Not rated"
        QString note;
    };
    struct FrameworkEntry
    {
        QString id;
        QString name;
        QColor color;
        QString summary;
        QList<std::pair<QString, QString>> facts; // (fact, value), only those with a value
        QList<RatingEntry> ratings;               // one a metric, in the data's order
        QList<Link> links;                        // homepage and repository
        QList<Link> sources;
        QString scoreText; // "7.5", "7.5*" when partial, "—" when none
    };
    struct MetricEntry
    {
        QString name;
        QString description;
        int weight = 1;
    };
    struct RankEntry
    {
        int rank = 0;       // 1 is the best; frameworks with the same score share a rank
        int framework = -1; // index into `frameworks`
        QString scoreText;
        // The chance of coming first, 0 to 1. It needs the ratings' ranges, which the odds
        // computation gives; until it fills this in, no report shows a chance.
        std::optional<double> chanceFirst;
    };

    QString title;
    QDate checked;    // when the facts were last checked; null when the data does not say
    QDateTime made;   // when the report was made
    QString dataName; // the data file's name, or a description such as "the bundled data"
    QString language; // the language of the headings, as an HTML lang code
    QList<MetricEntry> metrics;
    QList<FrameworkEntry> frameworks; // the compared ones (or those asked for), in model order
    QList<RankEntry> ranking;         // best first; frameworks without a score last
    bool partialScores = false;       // some score leaves out a weighted metric not rated

    // The report of `ids` (in the model's order, whatever the order given), else of the
    // frameworks the model compares. Ids the model does not have are left out.
    static Report build(const FrameworkModel &model, const std::optional<QStringList> &ids,
                        const QString &dataName, const QDateTime &made);

    bool hasChances() const;
    // http or https with a host: what a report links to. Anything else is shown as text.
    static bool isWebUrl(const QString &url);

    // The headings and phrases the writers share, in the language of the report.
    struct Texts
    {
        QString chart, comparison, ranking, weights, rank, framework, score, chanceFirst, metric,
            weight, summary, facts, ratings, rating, note, sources, links, noSources, noFrameworks,
            partialNote, notRated;
    };
    Texts texts;
    // "Made on 7 December 2026 from frameworks.json. Facts checked on 1 December 2026."
    QString madeLine() const;
    // "Page 2 of 5"
    static QString pageText(int page, int count);
};

} // namespace Versus
