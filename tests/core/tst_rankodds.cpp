// SPDX-License-Identifier: GPL-3.0-or-later
// The chance of coming first and of the first three (RankOdds), and what would change the
// winner (WinnerSensitivity), on small data sets whose answers are worked out by hand below.
#include "ChanceModel.h"
#include "DataSet.h"
#include "FrameworkModel.h"
#include "RankOdds.h"
#include "WinnerSensitivity.h"

#include <QTest>
#include <QUndoStack>

using namespace Versus;
using namespace Qt::StringLiterals;

namespace {

// Two metrics of five levels; a framework per entry of `ratings`: {score1, score2} and, when
// given, the range of the second.
struct Entry
{
    QString name;
    int speed;
    int ease;
    std::optional<std::pair<int, int>> easeRange = std::nullopt;
};

DataSet dataSet(const QList<Entry> &entries)
{
    DataSet data;
    const QStringList levels{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s};
    data.metrics = {Metric{u"speed"_s, u"Speed"_s, {}, levels, {}},
                    Metric{u"ease"_s, u"Ease"_s, {}, levels, {}}};
    for (const Entry &entry : entries) {
        Framework framework;
        framework.id = entry.name.toLower();
        framework.name = entry.name;
        if (entry.speed > 0)
            framework.ratings.insert(u"speed"_s, Rating{entry.speed, {}, std::nullopt, {}});
        if (entry.ease > 0)
            framework.ratings.insert(u"ease"_s, Rating{entry.ease, {}, entry.easeRange, {}});
        data.frameworks << framework;
    }
    return data;
}

} // namespace

class TestRankOdds : public QObject
{
    Q_OBJECT

private slots:
    void rangeAgainstCertain_data();
    void rangeAgainstCertain();
    void noRanges();
    void topThreeShared();
    void noScoreTakesNoPlace();
    void monteCarloMatchesEnumeration();
    void exactScoresTie();
    void sensitivity();
    void sentenceOfATie();
    void sweep();
    void chanceModelFollowsEdits();
};

// Alpha: Speed 4, Ease 3 ranged over 1..4; Beta: Speed 3, Ease 4, both certain. Both metrics
// have five levels, so with equal weights the scores compare as the sums of the levels.
void TestRankOdds::rangeAgainstCertain_data()
{
    QTest::addColumn<int>("speedWeight");
    QTest::addColumn<int>("easeWeight");
    QTest::addColumn<double>("alphaFirst");
    QTest::addColumn<double>("betaFirst");
    // Weights 1, 1: Alpha's sum is 4 + x for x = 1, 2, 3, 4, each with chance 1/4; Beta's
    // is 7. x = 4: Alpha first (1/4); x = 3: a tie, shared (1/8 each); x = 1, 2: Beta first
    // (1/2). Alpha 1/4 + 1/8 = 3/8, Beta 1/2 + 1/8 = 5/8.
    QTest::newRow("weights 1 1") << 1 << 1 << 3.0 / 8 << 5.0 / 8;
    // Ease at weight 0: the range plays no part; Speed alone, 4 against 3.
    QTest::newRow("ease weight 0") << 1 << 0 << 1.0 << 0.0;
    // Speed at weight 0: Alpha's x against Beta's 4: Alpha never above, level when x = 4
    // (1/4, shared: 1/8); Beta 3/4 + 1/8 = 7/8.
    QTest::newRow("speed weight 0") << 0 << 1 << 1.0 / 8 << 7.0 / 8;
    // Weights 2, 1: Alpha 8 + x against Beta 6 + 4 = 10: first when x > 2 (1/2), level when
    // x = 2 (1/4, shared: 1/8): 5/8; Beta 1/4 + 1/8 = 3/8.
    QTest::newRow("weights 2 1") << 2 << 1 << 5.0 / 8 << 3.0 / 8;
}

void TestRankOdds::rangeAgainstCertain()
{
    QFETCH(int, speedWeight);
    QFETCH(int, easeWeight);
    QFETCH(double, alphaFirst);
    QFETCH(double, betaFirst);
    const DataSet data = dataSet({{u"Alpha"_s, 4, 3, std::pair(1, 4)}, {u"Beta"_s, 3, 4}});
    const RankInput input = RankInput::fromDataSet(data, {speedWeight, easeWeight});
    const RankOdds::Result result = RankOdds::compute(input);
    QVERIFY(result.exact);
    QCOMPARE(result.first.at(0), alphaFirst);
    QCOMPARE(result.first.at(1), betaFirst);
    QCOMPARE(result.first.at(0) + result.first.at(1), 1.0);
    // Two frameworks: both always in the first three.
    QCOMPARE(result.top3.at(0), 1.0);
    QCOMPARE(result.top3.at(1), 1.0);
}

void TestRankOdds::noRanges()
{
    // A lone leader is first in every draw.
    DataSet data = dataSet({{u"Alpha"_s, 5, 5}, {u"Beta"_s, 3, 4}, {u"Gamma"_s, 2, 2}});
    RankOdds::Result result = RankOdds::compute(RankInput::fromDataSet(data, {1, 1}));
    QCOMPARE(result.first, (QList<double>{1.0, 0.0, 0.0}));
    QCOMPARE(result.top3, (QList<double>{1.0, 1.0, 1.0}));
    // Two tied for first split it.
    data = dataSet({{u"Alpha"_s, 5, 3}, {u"Beta"_s, 3, 5}, {u"Gamma"_s, 2, 2}});
    result = RankOdds::compute(RankInput::fromDataSet(data, {1, 1}));
    QCOMPARE(result.first, (QList<double>{0.5, 0.5, 0.0}));
}

void TestRankOdds::topThreeShared()
{
    // Five frameworks: Alpha alone on top, then three tied, then Epsilon. Alpha takes place 1;
    // the three tied share places 2 and 3: 2/3 each; Epsilon none. The sum is 3.
    const DataSet data = dataSet({{u"Alpha"_s, 5, 5},
                                  {u"Beta"_s, 3, 3},
                                  {u"Gamma"_s, 4, 2},
                                  {u"Delta"_s, 2, 4},
                                  {u"Epsilon"_s, 1, 1}});
    const RankOdds::Result result = RankOdds::compute(RankInput::fromDataSet(data, {1, 1}));
    QCOMPARE(result.first, (QList<double>{1.0, 0.0, 0.0, 0.0, 0.0}));
    QCOMPARE(result.top3.at(0), 1.0);
    for (int f = 1; f <= 3; ++f)
        QCOMPARE(result.top3.at(f), 2.0 / 3);
    QCOMPARE(result.top3.at(4), 0.0);
}

void TestRankOdds::noScoreTakesNoPlace()
{
    // Gamma is rated on nothing: no score, no chance; the others share as without it.
    const DataSet data = dataSet({{u"Alpha"_s, 4, 4}, {u"Beta"_s, 4, 4}, {u"Gamma"_s, 0, 0}});
    const RankOdds::Result result = RankOdds::compute(RankInput::fromDataSet(data, {1, 1}));
    QCOMPARE(result.first, (QList<double>{0.5, 0.5, 0.0}));
    QCOMPARE(result.top3, (QList<double>{1.0, 1.0, 0.0}));
}

void TestRankOdds::monteCarloMatchesEnumeration()
{
    // Seven ranged ratings of five levels: 5^7 = 78,125 combinations, more than 10,000 draws:
    // sampled. Enumerated when allowed as many steps, the answer is exact; the sample is
    // within 0.02 of it (its standard error is at most 0.005), and the same on every run.
    DataSet data;
    const QStringList levels{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s};
    for (int m = 0; m < 4; ++m)
        data.metrics << Metric{u"m%1"_s.arg(m), u"M%1"_s.arg(m), {}, levels, {}};
    for (int f = 0; f < 3; ++f) {
        Framework framework;
        framework.id = u"f%1"_s.arg(f);
        framework.name = framework.id;
        for (int m = 0; m < 4; ++m) {
            Rating rating{3, {}, std::nullopt, {}};
            if (f < 2 && (f == 0 || m < 3))
                rating.range = std::pair(1, 5);
            if (f == 2)
                rating.score = 3 + (m == 0);
            framework.ratings.insert(data.metrics.at(m).id, rating);
        }
        data.frameworks << framework;
    }
    const RankInput input = RankInput::fromDataSet(data, {1, 1, 1, 1});
    const RankOdds::Result sampled = RankOdds::compute(input, 10000);
    QVERIFY(!sampled.exact);
    QCOMPARE(sampled.draws, 10000);
    const RankOdds::Result exact = RankOdds::compute(input, 78125);
    QVERIFY(exact.exact);
    QCOMPARE(exact.draws, 78125);
    double sum = 0;
    for (int f = 0; f < 3; ++f) {
        QVERIFY2(qAbs(sampled.first.at(f) - exact.first.at(f)) < 0.02,
                 qPrintable(u"%1 %2"_s.arg(sampled.first.at(f)).arg(exact.first.at(f))));
        sum += sampled.first.at(f);
    }
    QVERIFY(qAbs(sum - 1.0) < 1e-12);
    QCOMPARE(RankOdds::compute(input, 10000).first, sampled.first);
    QVERIFY(exact.first.at(2) > 0.05 && exact.first.at(2) < 0.95);
}

void TestRankOdds::exactScoresTie()
{
    // 4/5 + 3/5 and 3/5 + 4/5 are equal fractions: they tie, at 7.0. (Sums of three or more
    // terms in different orders can differ in the last bit of a double; fractions cannot.)
    const DataSet data = dataSet({{u"Alpha"_s, 4, 3}, {u"Beta"_s, 3, 4}});
    const RankInput input = RankInput::fromDataSet(data, {3, 3});
    QCOMPARE(RankOdds::score(input, 0).key(), RankOdds::score(input, 1).key());
    QCOMPARE(RankOdds::score(input, 0).value(), 7.0);
    QCOMPARE(WinnerSensitivity::leaders(input, input.weights), (QList<int>{0, 1}));
}

void TestRankOdds::sensitivity()
{
    // Alpha: Speed 5, Ease 1; Beta: Speed 3, Ease 4. With weights w and 1 the scores compare as
    // 5w + 1 against 3w + 4: Beta leads at w = 1 (6 < 7), Alpha from w = 2 (11 > 10) to 5.
    const DataSet data = dataSet({{u"Alpha"_s, 5, 1}, {u"Beta"_s, 3, 4}});
    const WinnerSensitivity sensitivity(RankInput::fromDataSet(data, {1, 1}));
    QCOMPARE(sensitivity.leaders(), (QList<int>{1}));
    const auto &speed = sensitivity.metrics().at(0);
    QVERIFY(speed.weight);
    QCOMPARE(speed.weight->to, 2);
    QVERIFY(speed.weight->onwards);
    QCOMPARE(speed.weight->leaders, (QList<int>{0}));
    // Ease at weight 2 leaves Beta ahead (5 + 2 < 3 + 8); at 0, Speed alone puts Alpha first.
    const auto &ease = sensitivity.metrics().at(1);
    QVERIFY(ease.weight);
    QCOMPARE(ease.weight->to, 0);
    QCOMPARE(ease.weight->leaders, (QList<int>{0}));
    // One rating: Alpha's Speed cannot rise; lowered it changes nothing; Beta's Speed raised
    // changes nothing, lowered to 2 ties (5 + 1 = 2 + 4).
    QVERIFY(speed.rating);
    QCOMPARE(speed.rating->framework, 1);
    QCOMPARE(speed.rating->from, 3);
    QCOMPARE(speed.rating->to, 2);
    QCOMPARE(speed.rating->leaders, (QList<int>{0, 1}));
    // Alpha's Ease raised to 2 ties (5 + 2 = 3 + 4).
    QVERIFY(ease.rating);
    QCOMPARE(ease.rating->framework, 0);
    QCOMPARE(ease.rating->to, 2);
    QCOMPARE(sensitivity.sentence(), u"Beta leads; Speed weight 2 or more puts Alpha first."_s);
}

void TestRankOdds::sentenceOfATie()
{
    // Tied at weights 1, 1 (7 = 7); Speed at 2 puts Alpha first (8 + 3 > 6 + 4), and every
    // weight above too; Ease at 2 puts Beta first.
    const DataSet data = dataSet({{u"Alpha"_s, 4, 3}, {u"Beta"_s, 3, 4}});
    const WinnerSensitivity sensitivity(RankInput::fromDataSet(data, {1, 1}));
    QCOMPARE(sensitivity.sentence(),
             u"Alpha and Beta tie; Speed weight 2 or more puts Alpha first."_s);
    // No change of one weight or rating moves a lone framework.
    const WinnerSensitivity alone(RankInput::fromDataSet(dataSet({{u"Solo"_s, 2, 2}}), {1, 1}));
    QCOMPARE(alone.sentence(), u"Solo leads; no one weight or rating changes that."_s);
}

void TestRankOdds::sweep()
{
    // Alpha 5, 1: at Speed weight w the score is 10 * (5w/5 + 1/5) / (w + 1).
    const DataSet data = dataSet({{u"Alpha"_s, 5, 1}, {u"Beta"_s, 3, 4}});
    const auto scores = WinnerSensitivity::sweep(RankInput::fromDataSet(data, {1, 1}), 0);
    QCOMPARE(scores.size(), 2);
    QCOMPARE(scores.at(0).size(), 6);
    QCOMPARE(*scores.at(0).at(0), 2.0);
    QCOMPARE(*scores.at(0).at(1), 6.0);
    QCOMPARE(*scores.at(0).at(4), 10.0 * (4 + 0.2) / 5);
    QCOMPARE(*scores.at(1).at(0), 8.0);
}

void TestRankOdds::chanceModelFollowsEdits()
{
    FrameworkModel model;
    model.setDataSet(dataSet({{u"Alpha"_s, 4, 3, std::pair(1, 4)}, {u"Beta"_s, 3, 4}}));
    ChanceModel chances(&model);
    QCOMPARE(chances.columnCount(), model.columnCount() + 2);
    const auto first = [&](int row) {
        return chances.index(row, chances.firstColumn()).data(Qt::EditRole).toDouble();
    };
    QCOMPARE(first(0), 3.0 / 8);
    QCOMPARE(chances.index(0, chances.firstColumn()).data().toString(), u"38 %"_s);
    QCOMPARE(chances.headerData(chances.top3Column(), Qt::Horizontal).toString(), u"P(top 3)"_s);
    // A weight changed: Ease at 0 leaves Alpha first for sure.
    QVERIFY(model.setWeight(1, 0));
    QTRY_COMPARE(first(0), 1.0);
    QCOMPARE(first(1), 0.0);
    // An edit: Beta's Speed to 5 puts it first (5 > 4).
    QVERIFY(model.setData(model.index(1, model.metricColumn(0)), 5));
    QTRY_COMPARE(first(1), 1.0);
    // No weight changes that (Beta is ahead on both metrics); Alpha's Speed one higher ties
    // (5 = 5; a rating raised is tried before one lowered, the first framework first).
    QCOMPARE(chances.sentence(), u"Beta leads; no one weight changes that, but Alpha's Speed at "
                                 u"5 of 5 puts Alpha and Beta level first."_s);
    // Undone, both.
    model.undoStack()->undo();
    model.undoStack()->undo();
    QTRY_COMPARE(first(0), 3.0 / 8);
}

QTEST_GUILESS_MAIN(TestRankOdds)
#include "tst_rankodds.moc"
