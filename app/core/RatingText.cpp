// SPDX-License-Identifier: GPL-3.0-or-later
#include "RatingText.h"

#include "BidiText.h"
#include "FrameworkModel.h"
#include "Sourcing.h"

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

QString toolTip(const Framework &framework, const Metric &metric)
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
    if (!rating->note.isEmpty())
        text += u"\n\n"_s + rating->note;
    return text;
}

} // namespace Versus::RatingText
