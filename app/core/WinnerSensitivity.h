// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RankOdds.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Versus {

// What would change the winner, for the weights in use: for each metric the smallest change of
// its weight (0..5), and the smallest change of one rating on it, that gives the first place to
// another set of frameworks (another framework first, or level with the leader, or a tie
// broken). Ratings are taken at their scores; ranges play no part.
//
// Of two changes as small, a higher weight is preferred to a lower, and a rating raised to one
// lowered; then the first framework in the data's order.
class WinnerSensitivity
{
    Q_DECLARE_TR_FUNCTIONS(Versus::WinnerSensitivity)

public:
    struct WeightChange
    {
        int metric = 0;
        int from = 0;
        int to = 0;
        // Every weight beyond `to`, away from `from`, up to 5 or down to 0, gives the same
        // leaders ("weight 3 or more").
        bool onwards = false;
        QList<int> leaders; // frameworks first after the change, in the data's order
    };
    struct RatingChange
    {
        int metric = 0;
        int framework = 0;
        int from = 0;
        int to = 0;
        QList<int> leaders;
    };
    struct MetricSensitivity
    {
        std::optional<WeightChange> weight;
        std::optional<RatingChange> rating;
    };

    explicit WinnerSensitivity(const RankInput &input);

    // The frameworks first with these weights (tied, several), in the data's order.
    static QList<int> leaders(const RankInput &input, const QList<int> &weights);
    QList<int> leaders() const { return m_leaders; }
    // A metric each.
    const QList<MetricSensitivity> &metrics() const { return m_metrics; }
    // The smallest weight change of all metrics (the first metric of those as small).
    std::optional<WeightChange> smallestWeightChange() const;
    std::optional<RatingChange> smallestRatingChange() const;

    // Each framework's score as the weight of `metric` is 0, 1, ... 5 (none: no score).
    static QList<QList<std::optional<double>>> sweep(const RankInput &input, int metric);

    // One sentence, e.g. "TensorFlow and PyTorch tie; Ecosystem weight 3 or more puts PyTorch
    // first." Translated where the application has a translator (the window), English else.
    QString sentence() const;
    // "PyTorch first", "PyTorch and JAX level first".
    QString describeLeaders(const QList<int> &leaders) const;
    QString describeWeightChange(const WeightChange &change) const;
    QString describeRatingChange(const RatingChange &change) const;

private:
    QString names(const QList<int> &frameworks) const;

    RankInput m_input;
    QList<int> m_leaders;
    QList<MetricSensitivity> m_metrics;
};

} // namespace Versus
