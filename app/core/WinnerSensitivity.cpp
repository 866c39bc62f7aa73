// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinnerSensitivity.h"

#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

constexpr double NoScore = -std::numeric_limits<double>::infinity();

QList<double> keysOf(const RankInput &input, const QList<int> &weights)
{
    QList<double> keys;
    keys.reserve(input.frameworkCount());
    for (int f = 0; f < input.frameworkCount(); ++f) {
        const ExactScore score = RankOdds::score(input, f, weights);
        keys << (score.valid() ? score.key() : NoScore);
    }
    return keys;
}

QList<int> topOf(const QList<double> &keys)
{
    double best = NoScore;
    for (int f = 0; f < keys.size(); ++f)
        if (keys.at(f) > best)
            best = keys.at(f);
    QList<int> top;
    if (best == NoScore)
        return top;
    for (int f = 0; f < keys.size(); ++f)
        if (keys.at(f) == best)
            top << f;
    return top;
}

} // namespace

QList<int> WinnerSensitivity::leaders(const RankInput &input, const QList<int> &weights)
{
    return topOf(keysOf(input, weights));
}

WinnerSensitivity::WinnerSensitivity(const RankInput &input)
    : m_input(input), m_leaders(leaders(input, input.weights))
{
    const QList<double> keys = keysOf(input, input.weights);
    // The leaders without one framework, for every framework: the leaders, less it, or the next
    // best when it leads alone. Found from these two lists, not by a scan of every framework for
    // each (which made 10,000 frameworks take seconds: docs/ranking.md).
    const QList<int> top = topOf(keys);
    QList<double> belowTop = keys;
    std::vector<bool> leads(std::size_t(keys.size()), false);
    for (const int f : top) {
        belowTop[f] = NoScore;
        leads[std::size_t(f)] = true;
    }
    const QList<int> next = topOf(belowTop);
    const auto othersThan = [&](int f) {
        if (!leads[std::size_t(f)])
            return top;
        if (top.size() == 1)
            return next;
        QList<int> others = top;
        others.removeOne(f);
        return others;
    };
    for (int m = 0; m < input.metricCount(); ++m) {
        MetricSensitivity result;
        const int weight = input.weights.at(m);
        // The weight: one step away, then two, ... upwards first.
        for (int d = 1; d <= 5 && !result.weight; ++d) {
            for (const int dir : {1, -1}) {
                const int to = weight + dir * d;
                if (to < 0 || to > 5)
                    continue;
                QList<int> weights = input.weights;
                weights[m] = to;
                const QList<int> after = leaders(input, weights);
                if (after == m_leaders || after.isEmpty())
                    continue; // the same leaders, or none (no weighted metric left)
                bool onwards = true;
                for (int beyond = to + dir; beyond >= 0 && beyond <= 5 && onwards; beyond += dir) {
                    weights[m] = beyond;
                    onwards = leaders(input, weights) == after;
                }
                result.weight = WeightChange{m, weight, to, onwards, after};
                break;
            }
        }
        // One rating: one level away, then two, ...; raised first.
        const int levels = input.levels.at(m);
        if (weight > 0 && levels > 0 && !m_leaders.isEmpty()) {
            const qint64 coef = qint64(weight) * (ExactScore::LevelsLcm / levels);
            for (int d = 1; d < levels && !result.rating; ++d) {
                for (int f = 0; f < input.frameworkCount() && !result.rating; ++f) {
                    const int score = input.score.at(input.cell(f, m));
                    if (score <= 0)
                        continue;
                    const ExactScore now = RankOdds::score(input, f);
                    const QList<int> others = othersThan(f);
                    if (others.isEmpty())
                        continue; // alone, it is first whatever its ratings
                    const double other = keys.at(others.first());
                    for (const int to : {score + d, score - d}) {
                        if (to < 1 || to > levels)
                            continue;
                        const double key =
                            double(now.numerator + coef * (to - score)) / double(now.denominator);
                        QList<int> after;
                        if (key > other) {
                            after = {f};
                        } else if (key == other) {
                            after = others;
                            after << f;
                            std::sort(after.begin(), after.end());
                        } else {
                            after = others;
                        }
                        if (after != m_leaders) {
                            result.rating = RatingChange{m, f, score, to, after};
                            break;
                        }
                    }
                }
            }
        }
        m_metrics << result;
    }
}

std::optional<WinnerSensitivity::WeightChange> WinnerSensitivity::smallestWeightChange() const
{
    std::optional<WeightChange> smallest;
    for (const MetricSensitivity &metric : m_metrics)
        if (metric.weight && (!smallest || qAbs(metric.weight->to - metric.weight->from) <
                                               qAbs(smallest->to - smallest->from)))
            smallest = metric.weight;
    return smallest;
}

std::optional<WinnerSensitivity::RatingChange> WinnerSensitivity::smallestRatingChange() const
{
    std::optional<RatingChange> smallest;
    for (const MetricSensitivity &metric : m_metrics)
        if (metric.rating && (!smallest || qAbs(metric.rating->to - metric.rating->from) <
                                               qAbs(smallest->to - smallest->from)))
            smallest = metric.rating;
    return smallest;
}

QList<QList<std::optional<double>>> WinnerSensitivity::sweep(const RankInput &input, int metric)
{
    QList<QList<std::optional<double>>> scores(input.frameworkCount());
    QList<int> weights = input.weights;
    for (int w = 0; w <= 5; ++w) {
        weights[metric] = w;
        for (int f = 0; f < input.frameworkCount(); ++f) {
            const ExactScore score = RankOdds::score(input, f, weights);
            scores[f] << (score.valid() ? std::optional(score.value()) : std::nullopt);
        }
    }
    return scores;
}

QString WinnerSensitivity::names(const QList<int> &frameworks) const
{
    QStringList list;
    for (const int f : frameworks)
        list << m_input.names.at(f);
    if (list.size() <= 1)
        return list.value(0);
    const QString last = list.takeLast();
    return tr("%1 and %2").arg(list.join(u", "_s), last);
}

QString WinnerSensitivity::describeLeaders(const QList<int> &leaders) const
{
    return leaders.size() == 1 ? tr("%1 first").arg(names(leaders))
                               : tr("%1 level first").arg(names(leaders));
}

QString WinnerSensitivity::describeWeightChange(const WeightChange &change) const
{
    const QString metric = m_input.metricNames.at(change.metric);
    const QString leaders = describeLeaders(change.leaders);
    if (change.onwards && change.to != 0 && change.to != 5)
        return change.to > change.from
                   ? tr("%1 weight %2 or more puts %3").arg(metric).arg(change.to).arg(leaders)
                   : tr("%1 weight %2 or less puts %3").arg(metric).arg(change.to).arg(leaders);
    return tr("%1 weight %2 puts %3").arg(metric).arg(change.to).arg(leaders);
}

QString WinnerSensitivity::describeRatingChange(const RatingChange &change) const
{
    return tr("%1's %2 at %3 of %4 puts %5")
        .arg(m_input.names.at(change.framework), m_input.metricNames.at(change.metric))
        .arg(change.to)
        .arg(m_input.levels.at(change.metric))
        .arg(describeLeaders(change.leaders));
}

QString WinnerSensitivity::sentence() const
{
    if (m_leaders.isEmpty())
        return tr("No framework has a weighted score.");
    const QString lead = m_leaders.size() == 1 ? tr("%1 leads").arg(names(m_leaders))
                                               : tr("%1 tie").arg(names(m_leaders));
    if (const std::optional<WeightChange> weight = smallestWeightChange())
        return tr("%1; %2.").arg(lead, describeWeightChange(*weight));
    if (const std::optional<RatingChange> rating = smallestRatingChange())
        return tr("%1; no one weight changes that, but %2.")
            .arg(lead, describeRatingChange(*rating));
    return tr("%1; no one weight or rating changes that.").arg(lead);
}

} // namespace Versus
