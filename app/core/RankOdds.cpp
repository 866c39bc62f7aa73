// SPDX-License-Identifier: GPL-3.0-or-later
#include "RankOdds.h"

#include "DataSet.h"

#include <algorithm>
#include <array>
#include <limits>

namespace Versus {

RankInput RankInput::fromDataSet(const DataSet &data, const QList<int> &weights)
{
    RankInput input;
    for (const Metric &metric : data.metrics) {
        input.metricIds << metric.id;
        input.metricNames << metric.name;
        input.levels << metric.levelCount();
    }
    input.weights = weights;
    input.weights.resize(input.metricIds.size(), DataSet::DefaultWeight);
    const qsizetype cells = data.frameworks.size() * data.metrics.size();
    input.score.reserve(cells);
    input.low.reserve(cells);
    input.high.reserve(cells);
    for (const Framework &framework : data.frameworks) {
        input.ids << framework.id;
        input.names << framework.name;
        for (const Metric &metric : data.metrics) {
            const Rating *rating = framework.rating(metric.id);
            const int score = rating ? rating->score : 0;
            input.score << score;
            input.low << (rating && rating->range ? rating->range->first : score);
            input.high << (rating && rating->range ? rating->range->second : score);
        }
    }
    return input;
}

namespace {

// The score's share of a metric's levels in the common denominator: w * score * (LCM / levels).
qint64 coefficient(const RankInput &input, int metric, const QList<int> &weights)
{
    const int levels = input.levels.at(metric);
    return levels > 0 ? qint64(weights.at(metric)) * (ExactScore::LevelsLcm / levels) : 0;
}

// A framework as the draws see it: a fixed part, and each ranged rating as low + a draw from
// 0 .. span - 1, times its coefficient.
struct Candidate
{
    int framework = 0;
    qint64 fixed = 0; // the numerator with every ranged rating at its low
    qint64 denominator = 0;
    double minKey = 0; // all ranged ratings at their low, at their high
    double maxKey = 0;
    QList<std::pair<qint64, int>> ranged; // coefficient, span
};

// splitmix64 (Steele, Lea and Flood): a small generator whose sequence is the same on every
// platform, unlike the standard library's distributions.
class Draws
{
public:
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // A whole number 0 .. n - 1: the high word of a 64 × 32-bit product (Lemire), whose bias
    // is below n / 2^64, without a division.
    int below(int n)
    {
        const quint64 x = next();
        return int(((x >> 32) * quint64(n) + (((x & 0xFFFFFFFFULL) * quint64(n)) >> 32)) >> 32);
    }

private:
    quint64 m_state = 0x5EED0F0DD5ULL;
};

// The places of one draw (each candidate's key; all have a score), into first and top3.
class Places
{
public:
    explicit Places(qsizetype count) : m_keys(count) {}
    double &key(qsizetype i) { return m_keys[i]; }

    // Counted in draws, divided at the end: a lone leader's 10,000 draws make exactly 1.
    void add(const QList<Candidate> &candidates, QList<double> &first, QList<double> &top3)
    {
        // The three largest keys, with repeats: the third is the value at place 3.
        constexpr double None = -std::numeric_limits<double>::infinity();
        std::array<double, 3> best{None, None, None};
        for (const double k : m_keys) {
            if (k <= best[2])
                continue;
            if (k > best[0]) {
                best = {k, best[0], best[1]};
            } else if (k > best[1]) {
                best[2] = best[1];
                best[1] = k;
            } else {
                best[2] = k;
            }
        }
        int tiedFirst = 0;
        int aboveThird = 0;
        int atThird = 0;
        for (const double k : m_keys) {
            tiedFirst += k == best[0];
            aboveThird += k > best[2];
            atThird += k == best[2];
        }
        const double firstShare = 1.0 / tiedFirst;
        const double thirdShare = double(3 - aboveThird) / atThird;
        for (qsizetype i = 0; i < m_keys.size(); ++i) {
            const double k = m_keys[i];
            const int framework = candidates[i].framework;
            if (k == best[0])
                first[framework] += firstShare;
            if (k > best[2])
                top3[framework] += 1;
            else if (k == best[2])
                top3[framework] += thirdShare;
        }
    }

private:
    QList<double> m_keys;
};

} // namespace

ExactScore RankOdds::score(const RankInput &input, int framework, const QList<int> &weights)
{
    ExactScore result;
    for (int m = 0; m < input.metricCount(); ++m) {
        const int s = input.score.at(input.cell(framework, m));
        if (weights.at(m) <= 0 || s <= 0 || input.levels.at(m) <= 0)
            continue;
        result.numerator += coefficient(input, m, weights) * s;
        result.denominator += weights.at(m);
    }
    return result;
}

namespace {

QList<Candidate> candidatesOf(const RankInput &input)
{
    QList<Candidate> all;
    for (int f = 0; f < input.frameworkCount(); ++f) {
        Candidate c;
        c.framework = f;
        qint64 top = 0;
        for (int m = 0; m < input.metricCount(); ++m) {
            const int i = input.cell(f, m);
            const qint64 coef = coefficient(input, m, input.weights);
            if (coef <= 0 || input.score.at(i) <= 0)
                continue;
            c.denominator += input.weights.at(m);
            c.fixed += coef * input.low.at(i);
            const int span = input.high.at(i) - input.low.at(i) + 1;
            top += coef * (span - 1);
            if (span > 1)
                c.ranged.append({coef, span});
        }
        if (c.denominator == 0)
            continue; // no score: takes no place
        c.minKey = double(c.fixed) / double(c.denominator);
        c.maxKey = double(c.fixed + top) / double(c.denominator);
        all << c;
    }
    // A framework whose best is below the third-best worst of the others is below at least
    // three frameworks in every draw: it can take no place, and is not drawn at all.
    QList<double> worst;
    for (const Candidate &c : all)
        worst << c.minKey;
    if (worst.size() <= 3)
        return all;
    std::nth_element(worst.begin(), worst.begin() + 2, worst.end(), std::greater<>());
    const double third = worst.at(2);
    QList<Candidate> kept;
    for (const Candidate &c : all)
        if (c.maxKey >= third)
            kept << c;
    return kept;
}

void divide(RankOdds::Result &result, qint64 draws)
{
    for (double &p : result.first)
        p /= double(draws);
    for (double &p : result.top3)
        p /= double(draws);
}

} // namespace

qint64 RankOdds::estimatedWork(const RankInput &input, int samples)
{
    qint64 ranged = 0;
    for (int i = 0; i < input.low.size(); ++i)
        ranged += input.low.at(i) != input.high.at(i);
    return qint64(input.frameworkCount()) * input.metricCount() +
           qint64(samples) * (ranged + input.frameworkCount());
}

RankOdds::Result RankOdds::compute(const RankInput &input, int samples,
                                   const std::atomic_bool *cancel)
{
    Result result;
    result.first.fill(0, input.frameworkCount());
    result.top3.fill(0, input.frameworkCount());
    samples = qBound(1, samples, MaxSamples);
    const QList<Candidate> candidates = candidatesOf(input);
    if (candidates.isEmpty())
        return result;

    // Every combination of the ranged ratings, when there are no more than the samples.
    qint64 combinations = 1;
    for (const Candidate &c : candidates)
        for (const auto &[coef, span] : c.ranged)
            if (combinations <= samples)
                combinations *= span;
    Places places(candidates.size());
    const auto cancelled = [&](qint64 step) {
        return (step & 255) == 0 && cancel && cancel->load(std::memory_order_relaxed);
    };

    if (combinations <= samples) {
        result.exact = true;
        result.draws = combinations;
        // An odometer over the ranged ratings, candidate after candidate.
        QList<int> spans;
        for (const Candidate &c : candidates)
            for (const auto &[coef, span] : c.ranged)
                spans << span;
        QList<int> digits(spans.size(), 0);
        for (qint64 step = 0; step < combinations; ++step) {
            if (cancelled(step)) {
                result.cancelled = true;
                return result;
            }
            qsizetype d = 0;
            for (qsizetype i = 0; i < candidates.size(); ++i) {
                const Candidate &c = candidates.at(i);
                qint64 numerator = c.fixed;
                for (const auto &[coef, span] : c.ranged)
                    numerator += coef * digits.at(d++);
                places.key(i) = double(numerator) / double(c.denominator);
            }
            places.add(candidates, result.first, result.top3);
            for (d = 0; d < digits.size(); ++d) {
                if (++digits[d] < spans.at(d))
                    break;
                digits[d] = 0;
            }
        }
        divide(result, combinations);
        return result;
    }

    result.draws = samples;
    Draws draws;
    for (qint64 step = 0; step < samples; ++step) {
        if (cancelled(step)) {
            result.cancelled = true;
            return result;
        }
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            const Candidate &c = candidates.at(i);
            qint64 numerator = c.fixed;
            for (const auto &[coef, span] : c.ranged)
                numerator += coef * draws.below(span);
            places.key(i) = double(numerator) / double(c.denominator);
        }
        places.add(candidates, result.first, result.top3);
    }
    divide(result, samples);
    return result;
}

} // namespace Versus
