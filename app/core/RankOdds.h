// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

#include <atomic>
#include <optional>

namespace Versus {

struct DataSet;

// What the chance of coming first depends on, copied out of a data set so that it can be read
// on a worker thread while the person goes on editing.
struct RankInput
{
    QStringList ids;   // a framework each
    QStringList names; // a framework each
    QStringList metricIds;
    QStringList metricNames;
    QList<int> weights; // a metric each, 0..5
    QList<int> levels;  // a metric each
    // A framework and a metric each, framework after framework: the score (0: not rated) and
    // the range, equal to the score when the rating is certain.
    QList<int> score;
    QList<int> low;
    QList<int> high;

    int frameworkCount() const { return int(ids.size()); }
    int metricCount() const { return int(metricIds.size()); }
    int cell(int framework, int metric) const { return framework * metricCount() + metric; }

    // `weights` a metric each, as the table uses them (Scoring::weight()).
    static RankInput fromDataSet(const DataSet &data, const QList<int> &weights);
};

// The weighted score as a fraction, so that ties are ties: Scoring's weighted mean of
// score/levels, times 10, is 10 * numerator / (denominator * LevelsLcm). Every level count
// (2..10) divides LevelsLcm, so the numerator is a whole number.
struct ExactScore
{
    static constexpr qint64 LevelsLcm = 2520;
    qint64 numerator = 0;
    qint64 denominator = 0; // the sum of the weights of the rated metrics; 0: no score

    bool valid() const { return denominator > 0; }
    // The same double for equal fractions (each a correctly rounded quotient of two exact
    // integers), so values can be compared with ==.
    double key() const { return double(numerator) / double(denominator); }
    double value() const { return key() * 10.0 / LevelsLcm; }
};

// The chance of coming first, and of coming in the first three, when each ranged rating is
// drawn uniformly among the whole levels of its range, independently of the others.
//
// Ties share the places they take: when t frameworks tie with k frameworks above them, each of
// them gets (P - k) / t of the first P places still free (P = 1 for first, 3 for the top 3),
// none when k >= P. So P(first) sums to 1, and P(top 3) to 3 (or to the number of frameworks
// with a score, when fewer). A framework with no score (no weighted metric rated) takes no
// place.
//
// Exact when the draws can be enumerated in no more steps than the samples asked for; else a
// Monte Carlo of that many draws from a fixed seed, so the same data gives the same answer on
// every run and every machine.
class RankOdds
{
public:
    static constexpr int DefaultSamples = 10000;
    static constexpr int MaxSamples = 10000000;

    struct Result
    {
        QList<double> first; // a framework each
        QList<double> top3;
        qint64 draws = 0; // enumerated combinations, or samples drawn
        bool exact = false;
        bool cancelled = false;
    };

    // `cancel`, when given and set, stops the work early (the result is then marked cancelled).
    static Result compute(const RankInput &input, int samples = DefaultSamples,
                          const std::atomic_bool *cancel = nullptr);
    // A rough count of the operations compute() will take, to tell when it belongs on a
    // worker thread.
    static qint64 estimatedWork(const RankInput &input, int samples = DefaultSamples);

    // A framework's score with every rating at its own score, and these weights.
    static ExactScore score(const RankInput &input, int framework, const QList<int> &weights);
    static ExactScore score(const RankInput &input, int framework)
    {
        return score(input, framework, input.weights);
    }
};

} // namespace Versus
