// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataGenerator.h"

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;

namespace Versus {

DataSet generateDataSet(int frameworks, int metrics, int compared, std::uint32_t seed, bool notes)
{
    std::mt19937 random(seed);
    const auto below = [&random](int n) { return int(random() % std::uint32_t(n)); };

    DataSet data;
    data.title = u"Generated: %1 frameworks, %2 metrics"_s.arg(frameworks).arg(metrics);
    for (int m = 0; m < metrics; ++m) {
        Metric metric;
        metric.id = u"metric-%1"_s.arg(m + 1, 2, 10, QChar(u'0'));
        metric.name = u"Metric %1"_s.arg(m + 1);
        metric.description = u"Generated metric number %1."_s.arg(m + 1);
        // 3 to 10 levels: metrics of different lengths, as in real data sets.
        const int levels = 3 + m % 8;
        for (int l = 1; l <= levels; ++l)
            metric.levels << u"Level %1"_s.arg(l);
        data.metrics << metric;
    }
    for (int f = 0; f < frameworks; ++f) {
        Framework framework;
        framework.id = u"framework-%1"_s.arg(f + 1, 4, 10, QChar(u'0'));
        framework.name = u"Framework %1"_s.arg(f + 1);
        framework.developer = u"Lab %1"_s.arg(below(100));
        framework.firstRelease = 2000 + below(25);
        framework.license = u"MIT"_s;
        framework.language = u"C++"_s;
        framework.apis = {u"C++"_s, u"Python"_s};
        if (below(2) == 0)
            framework.color = QColor::fromRgb(random() & 0xFFFFFF);
        if (notes)
            framework.summary = u"A generated framework for benchmarks. "_s.repeated(4).trimmed();
        for (const Metric &metric : std::as_const(data.metrics)) {
            if (below(10) == 0)
                continue; // not rated
            Rating rating;
            rating.score = 1 + below(metric.levelCount());
            if (notes)
                rating.note = u"Generated rating."_s;
            framework.ratings.insert(metric.id, rating);
        }
        framework.sources << Source{u"Home page"_s, u"https://example.org/%1"_s.arg(f), {}};
        data.frameworks << framework;
    }
    QStringList compare;
    for (int i = 0; i < compared; ++i)
        compare << data.frameworks.at(i * frameworks / compared).id;
    data.compare = compare;
    return data;
}

DataSet generateRaterCopy(const DataSet &base, int rater, std::uint32_t seed)
{
    std::mt19937 random(seed + std::uint32_t(rater));
    const auto below = [&random](int n) { return int(random() % std::uint32_t(n)); };
    DataSet data = base;
    data.rater = u"rater-%1"_s.arg(rater, 3, 10, QChar(u'0'));
    for (Framework &framework : data.frameworks) {
        for (const Metric &metric : std::as_const(data.metrics)) {
            const auto it = framework.ratings.find(metric.id);
            if (it == framework.ratings.end())
                continue;
            if (below(20) == 0) {
                framework.ratings.erase(it);
                continue;
            }
            const int step = below(3) - 1;
            it->score = std::clamp(it->score + step, 1, metric.levelCount());
            it->range.reset();
            it->note = below(5) == 0 ? u"Seen so by %1."_s.arg(data.rater) : QString();
        }
    }
    return data;
}

} // namespace Versus
