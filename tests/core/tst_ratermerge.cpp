// SPDX-License-Identifier: GPL-3.0-or-later
// RaterMerge: three raters' copies of one data set made into one, with answers worked out by
// hand, and the copies it refuses.
#include "DataReader.h"
#include "DataWriter.h"
#include "RaterMerge.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

// Two metrics of five levels. `ratings` is the frameworks array's text.
RaterMerge::Input file(const QString &name, const QByteArray &rater, const QByteArray &frameworks,
                       const QByteArray &secondLevels = R"(["1", "2", "3", "4", "5"])")
{
    const QByteArray text = R"({"schemaVersion": 1, "title": "Team", )" + rater +
                            R"( "metrics": [
  {"id": "m1", "name": "Speed", "levels": ["1", "2", "3", "4", "5"]},
  {"id": "m2", "name": "Ease", "levels": )" +
                            secondLevels + R"(}],
 "frameworks": )" + frameworks +
                            "}";
    const ReadResult read = DataReader::read(text, name);
    if (!read.ok())
        qFatal("%s", qPrintable(formatErrors(read.errors)));
    return {name, read.data};
}

// Ann rates everything, with notes on alpha's speed; bob (no `rater`: named after his file)
// leaves out beta's ease and lacks gamma; Cy rates a fourth framework, delta, nobody else has.
QList<RaterMerge::Input> threeRaters()
{
    return {
        file(u"ann.json"_s, R"("rater": "Ann",)", R"([
  {"id": "alpha", "name": "Alpha", "developer": "Facts by Ann", "ratings": {
     "m1": {"score": 2, "note": "fast enough"}, "m2": {"score": 4}}},
  {"id": "beta", "name": "Beta", "ratings": {"m1": {"score": 5}, "m2": {"score": 1}}},
  {"id": "gamma", "name": "Gamma", "ratings": {"m1": {"score": 3}}}])"),
        file(u"some/dir/bob.json"_s, "", R"([
  {"id": "alpha", "name": "Alpha by Bob", "developer": "Facts by Bob", "ratings": {
    "m1" : {"score" : 3}, "m2":
    {
        "score" : 4, "note" : "fine"
    }}},
  {"id": "beta", "name": "Beta", "ratings": {"m1": {"score": 4}}}])"),
        file(u"cy.json"_s, R"("rater": "Cy",)", R"([
  {"id": "alpha", "name": "Alpha", "ratings": {
     "m1": {"score": 5, "note": "very fast"}, "m2": {"score": 4}}},
  {"id": "beta", "name": "Beta", "ratings": {"m1": {"score": 1}, "m2": {"score": 2}}},
  {"id": "gamma", "name": "Gamma", "ratings": {"m1": {"score": 4}}},
  {"id": "delta", "name": "Delta", "developer": "Facts by Cy", "ratings": {"m1": {"score": 2}}}])"),
    };
}

const Rating &ratingOf(const DataSet &data, const QString &framework, const QString &metric)
{
    static const Rating none;
    const int index = data.frameworkIndex(framework);
    const Rating *rating = index < 0 ? nullptr : data.frameworks.at(index).rating(metric);
    return rating ? *rating : none;
}

} // namespace

class TestRaterMerge : public QObject
{
    Q_OBJECT

private slots:
    void median_data();
    void median();
    void threeRatersOddCount();
    void evenCountRoundsHalfUp();
    void missingRatingAndFramework();
    void factsAndRaters();
    void mismatchedScaleIsRefused();
    void differentMetricsAreRefused();
    void fileMergedWithItself();
    void roundTrip();
};

void TestRaterMerge::median_data()
{
    QTest::addColumn<QList<int>>("scores");
    QTest::addColumn<int>("median");
    QTest::newRow("one") << QList<int>{3} << 3;
    QTest::newRow("odd, unsorted") << QList<int>{5, 2, 3} << 3;
    QTest::newRow("even, whole mean") << QList<int>{5, 1, 2, 4} << 3;
    QTest::newRow("even, half rounds up") << QList<int>{3, 4} << 4;
    QTest::newRow("even, 1.5 -> 2") << QList<int>{1, 2} << 2;
    QTest::newRow("even, same middle") << QList<int>{1, 2, 2, 5} << 2;
}

void TestRaterMerge::median()
{
    QFETCH(QList<int>, scores);
    QFETCH(int, median);
    QCOMPARE(RaterMerge::median(scores), median);
}

void TestRaterMerge::threeRatersOddCount()
{
    const RaterMerge::Result result = RaterMerge::merge(threeRaters());
    QVERIFY2(result.ok(), qPrintable(formatErrors(result.errors)));
    // alpha's speed: 2, 3, 5 -> 3, from 2 to 5; two of the three wrote a note.
    const Rating &speed = ratingOf(result.data, u"alpha"_s, u"m1"_s);
    QCOMPARE(speed.score, 3);
    QCOMPARE(speed.range, std::optional(std::pair(2, 5)));
    QCOMPARE(speed.note, u"Ann: fast enough\nCy: very fast"_s);
    QCOMPARE(speed.votes, (QList<std::optional<int>>{2, 3, 5}));
    // alpha's ease: all three say 4: no range.
    const Rating &ease = ratingOf(result.data, u"alpha"_s, u"m2"_s);
    QCOMPARE(ease.score, 4);
    QCOMPARE(ease.range, std::nullopt);
    QCOMPARE(ease.note, u"bob: fine"_s);
    QCOMPARE(ease.votes.size(), 3);
    // beta's speed: 5, 4, 1 -> 4, from 1 to 5.
    QCOMPARE(ratingOf(result.data, u"beta"_s, u"m1"_s).score, 4);
    QCOMPARE(ratingOf(result.data, u"beta"_s, u"m1"_s).range, std::optional(std::pair(1, 5)));
    QCOMPARE(ratingOf(result.data, u"beta"_s, u"m1"_s).note, QString());
}

void TestRaterMerge::evenCountRoundsHalfUp()
{
    const RaterMerge::Result result = RaterMerge::merge(threeRaters());
    // beta's ease: Ann 1, Cy 2 (bob left it out): 1.5 -> 2.
    const Rating &betaEase = ratingOf(result.data, u"beta"_s, u"m2"_s);
    QCOMPARE(betaEase.score, 2);
    QCOMPARE(betaEase.range, std::optional(std::pair(1, 2)));
    QCOMPARE(betaEase.votes, (QList<std::optional<int>>{1, std::nullopt, 2}));
    // gamma's speed: Ann 3, Cy 4 (bob has no gamma): 3.5 -> 4.
    QCOMPARE(ratingOf(result.data, u"gamma"_s, u"m1"_s).score, 4);
    QCOMPARE(ratingOf(result.data, u"gamma"_s, u"m1"_s).range, std::optional(std::pair(3, 4)));
}

void TestRaterMerge::missingRatingAndFramework()
{
    const RaterMerge::Result result = RaterMerge::merge(threeRaters());
    // Nobody rated gamma's ease: not rated, not a zero.
    const Framework &gamma = result.data.frameworks.at(result.data.frameworkIndex(u"gamma"_s));
    QCOMPARE(gamma.rating(u"m2"_s), nullptr);
    QCOMPARE(gamma.ratings.size(), 1);
    // delta, Cy's alone: Cy's score, no range, one vote.
    const Rating &delta = ratingOf(result.data, u"delta"_s, u"m1"_s);
    QCOMPARE(delta.score, 2);
    QCOMPARE(delta.range, std::nullopt);
    QCOMPARE(delta.votes, (QList<std::optional<int>>{std::nullopt, std::nullopt, 2}));
}

void TestRaterMerge::factsAndRaters()
{
    const RaterMerge::Result result = RaterMerge::merge(threeRaters());
    QStringList ids;
    for (const Framework &framework : result.data.frameworks)
        ids << framework.id;
    QCOMPARE(ids, QStringList({u"alpha"_s, u"beta"_s, u"gamma"_s, u"delta"_s}));
    // Facts from the first file; a framework the first file lacks, from the first that has it.
    QCOMPARE(result.data.frameworks.at(0).name, u"Alpha"_s);
    QCOMPARE(result.data.frameworks.at(0).developer, u"Facts by Ann"_s);
    QCOMPARE(result.data.frameworks.at(3).developer, u"Facts by Cy"_s);
    QCOMPARE(result.data.raters, QStringList({u"Ann"_s, u"bob"_s, u"Cy"_s}));
    QCOMPARE(result.data.rater, QString());
    QCOMPARE(result.data.title, u"Team"_s);
    QCOMPARE(result.data.metrics.size(), 2);
}

void TestRaterMerge::mismatchedScaleIsRefused()
{
    QList<RaterMerge::Input> inputs = threeRaters();
    inputs[1] = file(u"bob.json"_s, "", "[]", R"(["1", "2", "3", "4"])");
    const RaterMerge::Result result = RaterMerge::merge(inputs);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().toString(),
             u"bob.json: /metrics/1/levels: metric 'm2' has 4 levels, but 5 in ann.json"_s);
    QCOMPARE(result.data, DataSet());
}

void TestRaterMerge::differentMetricsAreRefused()
{
    QList<RaterMerge::Input> inputs = threeRaters();
    const QByteArray text = R"({"schemaVersion": 1, "metrics": [
  {"id": "m1", "name": "Speed", "levels": ["1", "2", "3", "4", "5"]},
  {"id": "m3", "name": "Size", "levels": ["1", "2"]}], "frameworks": []})";
    inputs[2] = {u"cy.json"_s, DataReader::read(text, u"cy.json"_s).data};
    const RaterMerge::Result result = RaterMerge::merge(inputs);
    QCOMPARE(result.errors.size(), 2);
    QCOMPARE(result.errors.at(0).toString(),
             u"cy.json: /metrics: there is no metric 'm2', which ann.json has"_s);
    QCOMPARE(result.errors.at(1).toString(),
             u"cy.json: /metrics/1/id: metric 'm3' is not in ann.json, the first file"_s);
}

void TestRaterMerge::fileMergedWithItself()
{
    const RaterMerge::Input ann = threeRaters().first();
    const RaterMerge::Result result = RaterMerge::merge({ann, ann, ann});
    QVERIFY(result.ok());
    QCOMPARE(result.data.raters, QStringList({u"Ann"_s, u"Ann (2)"_s, u"Ann (3)"_s}));
    const Rating &speed = ratingOf(result.data, u"alpha"_s, u"m1"_s);
    QCOMPARE(speed.score, 2);
    QCOMPARE(speed.range, std::nullopt);
    QCOMPARE(speed.note, u"Ann: fast enough\nAnn (2): fast enough\nAnn (3): fast enough"_s);
    QCOMPARE(speed.votes, (QList<std::optional<int>>{2, 2, 2}));
}

// What a merge makes is a valid file, and reading it back gives the same data.
void TestRaterMerge::roundTrip()
{
    const RaterMerge::Result result = RaterMerge::merge(threeRaters());
    const QByteArray written = DataWriter::toJson(result.data);
    const ReadResult read = DataReader::read(written, u"team.json"_s);
    QVERIFY2(read.ok(), qPrintable(formatErrors(read.errors)));
    QCOMPARE(read.data, result.data);
    QVERIFY(written.contains(R"("raters": [)"));
    QCOMPARE(DataWriter::toJson(read.data), written);
}

QTEST_GUILESS_MAIN(TestRaterMerge)
#include "tst_ratermerge.moc"
