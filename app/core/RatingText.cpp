// SPDX-License-Identifier: GPL-3.0-or-later
#include "RatingText.h"

#include "BidiText.h"
#include "FrameworkModel.h"
#include "Sourcing.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Versus::RatingText {

QString summary(const Framework &framework, const Metric &metric)
{
    const Rating *rating = framework.rating(metric.id);
    if (!rating)
        return FrameworkModel::tr("%1 — %2: Not rated")
            .arg(isolated(framework.name), isolated(metric.name));
    return FrameworkModel::tr("%1 — %2: %3 (%4 of %5)")
        .arg(isolated(framework.name), isolated(metric.name),
             isolated(metric.levelLabel(rating->score)))
        .arg(rating->score)
        .arg(metric.levelCount());
}

QString cell(const Metric &metric, const Rating *rating)
{
    if (!rating)
        return FrameworkModel::tr("Not rated");
    if (!rating->range)
        return metric.levelLabel(rating->score);
    return FrameworkModel::tr("%1, %2–%3")
        .arg(metric.levelLabel(rating->score))
        .arg(rating->range->first)
        .arg(rating->range->second);
}

QString toolTip(const Framework &framework, const Metric &metric, const QStringList &raters)
{
    QString text = summary(framework, metric);
    const Rating *rating = framework.rating(metric.id);
    if (!rating)
        return text;
    if (rating->range)
        text += u"\n"_s + FrameworkModel::tr("Could be %1 to %2")
                              .arg(metric.levelLabel(rating->range->first),
                                   metric.levelLabel(rating->range->second));
    if (Sourcing::isUnsourced(framework, *rating))
        text += u"\n"_s +
                FrameworkModel::tr("Unsourced: no note says why, or the framework lists no source");
    if (!rating->votes.isEmpty())
        text += u"\n"_s + FrameworkModel::tr("Raters:") + u"\n"_s + votes(metric, *rating, raters);
    if (!rating->note.isEmpty())
        text += u"\n\n"_s + rating->note;
    return text;
}

QString votes(const Metric &metric, const Rating &rating, const QStringList &raters)
{
    QStringList lines;
    // The reader makes the counts equal; an edited data set whose raters were changed still
    // names each vote it can.
    for (qsizetype i = 0; i < rating.votes.size() && i < raters.size(); ++i) {
        const std::optional<int> &vote = rating.votes.at(i);
        lines << (vote ? FrameworkModel::tr("%1: %2 (%3)")
                             .arg(isolated(raters.at(i)), isolated(metric.levelLabel(*vote)))
                             .arg(*vote)
                       : FrameworkModel::tr("%1: not rated").arg(isolated(raters.at(i))));
    }
    return lines.join(u'\n');
}

bool disagreement(const Rating *rating)
{
    if (!rating)
        return false;
    std::optional<int> low, high;
    for (const std::optional<int> &vote : rating->votes) {
        if (!vote)
            continue;
        low = std::min(*vote, low.value_or(*vote));
        high = std::max(*vote, high.value_or(*vote));
    }
    return low && *high - *low >= 2;
}

} // namespace Versus::RatingText
