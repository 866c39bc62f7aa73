// SPDX-License-Identifier: GPL-3.0-or-later
#include "Report.h"

#include "FactText.h"
#include "FrameworkModel.h"
#include "RankOdds.h"

#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

Report::Link linkOf(const QString &title, const QString &url)
{
    return {title.isEmpty() ? url : title, url, Report::isWebUrl(url)};
}

} // namespace

bool Report::isWebUrl(const QString &url)
{
    const QUrl parsed(url);
    return parsed.isValid() && (parsed.scheme() == u"https"_s || parsed.scheme() == u"http"_s) &&
           !parsed.host().isEmpty();
}

Report Report::build(const FrameworkModel &model, const std::optional<QStringList> &ids,
                     const QString &dataName, const QDateTime &made)
{
    const DataSet &data = model.dataSet();
    Report report;
    report.title = data.title;
    report.checked = data.checked;
    report.made = made;
    report.dataName = dataName;
    //: The language code of the report's headings (HTML's lang attribute): "de" in German.
    report.language = tr("en");
    report.texts = {tr("Chart"),
                    tr("Comparison"),
                    tr("Ranking"),
                    tr("Weights"),
                    tr("Rank"),
                    tr("Framework"),
                    tr("Score"),
                    tr("Chance of coming first"),
                    tr("Metric"),
                    tr("Weight"),
                    tr("Summary"),
                    tr("Facts"),
                    tr("Ratings"),
                    tr("Rating"),
                    tr("Note"),
                    tr("Sources"),
                    tr("Links"),
                    tr("No sources given."),
                    tr("No frameworks are compared."),
                    tr("* The score leaves out weighted metrics this framework is not rated on."),
                    tr("Not rated")};

    for (int m = 0; m < model.metricCount(); ++m) {
        const Metric &metric = data.metrics.at(m);
        report.metrics.append({metric.name, metric.description, model.weight(m)});
    }

    QList<double> scores;    // parallel to report.frameworks; NaN when none
    DataSet reported = data; // the reported frameworks alone, for the chance of coming first
    reported.frameworks.clear();
    bool ranged = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Framework &framework = data.frameworks.at(row);
        if (ids ? !ids->contains(framework.id) : !model.isCompared(row))
            continue;
        reported.frameworks.append(framework);
        ranged =
            ranged || std::any_of(framework.ratings.cbegin(), framework.ratings.cend(),
                                  [](const Rating &rating) { return rating.range.has_value(); });
        FrameworkEntry entry;
        entry.id = framework.id;
        entry.name = framework.name;
        entry.color = model.frameworkColor(row);
        entry.summary = framework.summary;
        for (const Fact fact : FactOrder) {
            const QString value =
                model.data(model.index(row, model.factColumn(fact)), Qt::DisplayRole).toString();
            if (!value.isEmpty())
                entry.facts.append({FactText::name(fact), value});
        }
        for (const Metric &metric : data.metrics) {
            RatingEntry rating;
            rating.metric = metric.name;
            rating.levelCount = metric.levelCount();
            if (const Rating *given = framework.rating(metric.id)) {
                rating.score = given->score;
                rating.level = metric.levelLabel(given->score);
                rating.note = given->note;
            } else {
                rating.level = report.texts.notRated;
            }
            entry.ratings.append(rating);
        }
        if (!framework.homepage.isEmpty())
            entry.links.append(linkOf(tr("Homepage"), framework.homepage));
        if (!framework.repository.isEmpty())
            entry.links.append(linkOf(tr("Repository"), framework.repository));
        for (const Source &source : framework.sources)
            entry.sources.append(linkOf(source.title, source.url));
        const FrameworkModel::WeightedScore score = model.weightedScore(row);
        entry.scoreText = FrameworkModel::scoreText(score);
        report.partialScores = report.partialScores || (score.value && !score.unrated.isEmpty());
        scores.append(score.value.value_or(qQNaN()));
        report.frameworks.append(entry);
    }

    // Best first; a framework without a score comes last; equal scores keep the model's order
    // and share a rank ("1, 1, 3").
    QList<int> order(report.frameworks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&scores](int a, int b) {
        const bool hasA = !qIsNaN(scores.at(a));
        const bool hasB = !qIsNaN(scores.at(b));
        if (hasA != hasB)
            return hasA;
        return hasA && scores.at(a) > scores.at(b);
    });
    for (int i = 0; i < order.size(); ++i) {
        const int index = order.at(i);
        RankEntry entry;
        entry.framework = index;
        entry.scoreText = report.frameworks.at(index).scoreText;
        const bool tied =
            i > 0 && !qIsNaN(scores.at(index)) && scores.at(order.at(i - 1)) == scores.at(index);
        entry.rank = tied ? report.ranking.last().rank : i + 1;
        report.ranking.append(entry);
    }
    // Once a rating is unsure, the chance of coming first among the reported frameworks, as the
    // window's ranking computes it (RankOdds: exact where small, else a seeded Monte Carlo).
    if (ranged) {
        QList<int> weights;
        for (int m = 0; m < model.metricCount(); ++m)
            weights.append(model.weight(m));
        const RankOdds::Result odds = RankOdds::compute(RankInput::fromDataSet(reported, weights));
        for (RankEntry &entry : report.ranking)
            entry.chanceFirst = odds.first.value(entry.framework);
    }
    return report;
}

bool Report::hasChances() const
{
    return std::any_of(ranking.cbegin(), ranking.cend(),
                       [](const RankEntry &entry) { return entry.chanceFirst.has_value(); });
}

QString Report::madeLine() const
{
    const QLocale locale;
    QString line =
        tr("Made on %1 from %2.").arg(locale.toString(made.date(), QLocale::LongFormat), dataName);
    if (checked.isValid())
        line +=
            u' ' + tr("Facts checked on %1.").arg(locale.toString(checked, QLocale::LongFormat));
    return line;
}

QString Report::pageText(int page, int count)
{
    return tr("Page %1 of %2").arg(page).arg(count);
}

} // namespace Versus
