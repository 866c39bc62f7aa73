// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QModelIndex>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Versus {

class FrameworkModel;

// The weighted score, for FrameworkModel: each metric's weight, a framework's score, the score
// column's data, and the best value of each metric and score column (Role::Best). It reads the
// model's data set and changes it only through an undo command (setWeight()); the model emits
// the signals.
class Scoring
{
    // The texts keep the model's translation context, under which they are translated.
    Q_DECLARE_TR_FUNCTIONS(Versus::FrameworkModel)

public:
    explicit Scoring(FrameworkModel *model) : m_model(model) {}

    // How much a metric counts in the weighted score, 0 to 5: the data set's weight, else
    // (when the data set has no weights at all) the remembered one, else 1.
    int weight(int metricIndex) const;
    // Sets a metric's weight as one undo step; false when the weight is out of range.
    bool setWeight(int metricIndex, int weight);
    // The weights used when the data set has none, by metric id; true when they changed.
    bool setRememberedWeights(const QHash<QString, int> &weights);

    // The weighted mean of a framework's ratings, each as a fraction of its metric's top
    // level, on a scale of 0 to 10; metrics not rated are left out of the sum and the
    // weights both, and named in `unrated`. No value when no weighted metric is rated.
    struct WeightedScore
    {
        std::optional<double> value;
        QStringList unrated; // names of weighted metrics this framework is not rated on
    };
    static constexpr double ScoreScale = 10.0;
    WeightedScore weightedScore(int row) const;
    // "7.5", "7.5*" when partial, "—" when there is none.
    static QString scoreText(const WeightedScore &score);

    // The score column's data of a row.
    QVariant scoreData(int row, int role) const;
    // Role::Best of a metric cell: its rating is the best of its column.
    bool isBestRating(int row, int metricIndex) const;
    // The best value of a metric or the score column: none when fewer than two frameworks
    // have a value or all have the same.
    std::optional<double> bestOfColumn(int column) const;
    // A framework's value in a metric or the score column; *ok is false when it has none.
    double cellValue(int row, int column, bool *ok) const;
    // To be called on dataChanged() over a range: forgets the best values, and the cached
    // values, that the change may alter.
    void forgetBest(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                    const QList<int> &roles);
    // To be called on any other change of the data: every best value may have changed.
    void forgetAllBest();

private:
    FrameworkModel *m_model;
    QHash<QString, int> m_rememberedWeights;
    // The best value of each metric and score column, computed when first asked for and
    // forgotten on any change: a table of N frameworks would otherwise take N² to paint.
    mutable QHash<int, std::optional<double>> m_best;
    // The values each column's best was last found from, by column and row (NaN: not rated,
    // no score; NotComputed: to be looked up again), so that after one edit the best is found
    // again from one new value, not 10,000 ratings or weighted scores looked up.
    static constexpr double NotComputed = -1;
    mutable QHash<int, QList<double>> m_values;
};

} // namespace Versus
