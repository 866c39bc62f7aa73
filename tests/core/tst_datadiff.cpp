// SPDX-License-Identifier: GPL-3.0-or-later
// DataDiff: each kind of change between two data sets, as the JSON of `versus --diff` says it.
#include "DataDiff.h"
#include "DataReader.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

// Alpha: Speed High (4, note "fast"), Ease Medium (2); Beta: Speed Moderate (3), Ease High
// (3, note "simple"), licence MIT.
DataSet base()
{
    const ReadResult result = DataReader::read(R"({"schemaVersion": 1, "title": "Before",
 "metrics": [
  {"id": "speed", "name": "Speed",
   "levels": ["Very low", "Low", "Moderate", "High", "Very high"]},
  {"id": "ease", "name": "Ease", "levels": ["Low", "Medium", "High"]}],
 "frameworks": [
  {"id": "alpha", "name": "Alpha",
   "ratings": {"speed": {"score": 4, "note": "fast"}, "ease": {"score": 2}}},
  {"id": "beta", "name": "Beta", "license": "MIT",
   "ratings": {"speed": {"score": 3}, "ease": {"score": 3, "note": "simple"}}}]})",
                                               u"base.json"_s);
    if (!result.ok())
        qFatal("%s", qPrintable(formatErrors(result.errors)));
    return result.data;
}

// The diff's JSON, compact, for one QCOMPARE of the whole answer.
QString json(const DataDiff &diff)
{
    return QString::fromUtf8(QJsonDocument(diff.toJson()).toJson(QJsonDocument::Compact));
}

// The JSON of a diff with only these members changed from "nothing changed".
QString expected(const QJsonObject &changes)
{
    QJsonObject object = DataDiff().toJson();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestDataDiff : public QObject
{
    Q_OBJECT

private slots:
    void identical();
    void nothingChangedIsEmptyLists();
    void frameworkAdded();
    void frameworkRemoved();
    void metricAdded();
    void metricRemoved();
    void metricRescaled();
    void ratingChangedAddedRemoved();
    void rangeChanged();
    void factsChanged();
    void noteChanged();
    void orderFollowsTheNewFile();
};

void TestDataDiff::identical()
{
    const DataDiff diff = DataDiff::compare(base(), base());
    QVERIFY(diff.isEmpty());
}

void TestDataDiff::nothingChangedIsEmptyLists()
{
    QCOMPARE(json(DataDiff::compare(base(), base())),
             u"{\"facts\":[],\"frameworks\":{\"added\":[],\"removed\":[]},\"metrics\":"
             u"{\"added\":[],\"removed\":[],\"rescaled\":[]},\"notes\":[],\"ratings\":[]}"_s);
}

void TestDataDiff::frameworkAdded()
{
    DataSet now = base();
    Framework gamma;
    gamma.id = u"gamma"_s;
    gamma.name = u"Gamma"_s;
    gamma.ratings.insert(u"speed"_s, Rating{2, u"new"_s, {}, {}});
    now.frameworks.insert(1, gamma);
    QCOMPARE(json(DataDiff::compare(base(), now)),
             expected(parse(R"({"frameworks": {"added": ["gamma"], "removed": []},
 "ratings": [{"framework": "gamma", "metric": "speed", "old": null, "new": 2}],
 "notes": [{"framework": "gamma", "metric": "speed", "old": null, "new": "new"}]})")));
}

void TestDataDiff::frameworkRemoved()
{
    DataSet now = base();
    now.frameworks.removeAt(1);
    QCOMPARE(json(DataDiff::compare(base(), now)),
             expected(parse(R"({"frameworks": {"added": [], "removed": ["beta"]},
 "ratings": [{"framework": "beta", "metric": "speed", "old": 3, "new": null},
             {"framework": "beta", "metric": "ease", "old": 3, "new": null}],
 "notes": [{"framework": "beta", "metric": "ease", "old": "simple", "new": null}]})")));
}

void TestDataDiff::metricAdded()
{
    DataSet now = base();
    now.metrics.append(Metric{u"docs"_s, u"Docs"_s, {}, {u"Poor"_s, u"Good"_s}, {}});
    now.frameworks[0].ratings.insert(u"docs"_s, Rating{1, {}, {}, {}});
    QCOMPARE(json(DataDiff::compare(base(), now)),
             expected(parse(R"({"metrics": {"added": ["docs"], "removed": [], "rescaled": []},
 "ratings": [{"framework": "alpha", "metric": "docs", "old": null, "new": 1}]})")));
}

void TestDataDiff::metricRemoved()
{
    DataSet now = base();
    now.metrics.removeAt(1);
    for (Framework &framework : now.frameworks)
        framework.ratings.remove(u"ease"_s);
    QCOMPARE(json(DataDiff::compare(base(), now)),
             expected(parse(R"({"metrics": {"added": [], "removed": ["ease"], "rescaled": []},
 "ratings": [{"framework": "alpha", "metric": "ease", "old": 2, "new": null},
             {"framework": "beta", "metric": "ease", "old": 3, "new": null}],
 "notes": [{"framework": "beta", "metric": "ease", "old": "simple", "new": null}]})")));
}

void TestDataDiff::metricRescaled()
{
    DataSet now = base();
    now.metrics[1].levels = {u"Hard"_s, u"Fair"_s, u"Easy"_s}; // same count, new labels
    QCOMPARE(json(DataDiff::compare(base(), now)),
             expected(parse(R"({"metrics": {"added": [], "removed": [], "rescaled": [
  {"metric": "ease", "old": ["Low", "Medium", "High"], "new": ["Hard", "Fair", "Easy"]}]}})")));
    now.metrics[1].levels.append(u"Trivial"_s); // and one more level
    QCOMPARE(DataDiff::compare(base(), now).rescaledMetrics.at(0).newLevels.size(), 4);
}

void TestDataDiff::ratingChangedAddedRemoved()
{
    DataSet old = base();
    old.frameworks[1].ratings.remove(u"speed"_s); // Beta's Speed: not rated before
    DataSet now = base();
    now.frameworks[0].ratings[u"speed"_s].score = 5; // Alpha's Speed 4 -> 5
    now.frameworks[0].ratings.remove(u"ease"_s);     // Alpha's Ease 2 -> not rated
    QCOMPARE(json(DataDiff::compare(old, now)), expected(parse(R"({"ratings": [
  {"framework": "alpha", "metric": "speed", "old": 4, "new": 5},
  {"framework": "alpha", "metric": "ease", "old": 2, "new": null},
  {"framework": "beta", "metric": "speed", "old": null, "new": 3}]})")));
}

void TestDataDiff::rangeChanged()
{
    DataSet now = base();
    now.frameworks[0].ratings[u"speed"_s].range = std::pair(3, 5); // score stays 4
    QCOMPARE(json(DataDiff::compare(base(), now)),
             expected(parse(R"({"ratings": [{"framework": "alpha", "metric": "speed",
  "old": 4, "new": 4, "oldRange": null, "newRange": [3, 5]}]})")));
}

void TestDataDiff::factsChanged()
{
    DataSet now = base();
    now.title = u"After"_s;
    now.metrics[0].name = u"Performance"_s;
    now.frameworks[1].license = u"Apache-2.0"_s;
    now.frameworks[1].firstRelease = 2015;
    now.frameworks[0].apis = {u"Python"_s, u"C++"_s};
    QCOMPARE(json(DataDiff::compare(base(), now)), expected(parse(R"({"facts": [
  {"key": "title", "old": "Before", "new": "After"},
  {"metric": "speed", "key": "name", "old": "Speed", "new": "Performance"},
  {"framework": "alpha", "key": "apis", "old": null, "new": ["Python", "C++"]},
  {"framework": "beta", "key": "firstRelease", "old": null, "new": 2015},
  {"framework": "beta", "key": "license", "old": "MIT", "new": "Apache-2.0"}]})")));
}

void TestDataDiff::noteChanged()
{
    DataSet now = base();
    now.frameworks[0].ratings[u"speed"_s].note = u"fast on GPUs"_s;
    now.frameworks[1].ratings[u"ease"_s].note.clear();
    QCOMPARE(json(DataDiff::compare(base(), now)), expected(parse(R"({"notes": [
  {"framework": "alpha", "metric": "speed", "old": "fast", "new": "fast on GPUs"},
  {"framework": "beta", "metric": "ease", "old": "simple", "new": ""}]})")));
}

void TestDataDiff::orderFollowsTheNewFile()
{
    // Beta moved before Alpha and both changed; Zeta removed comes after them.
    DataSet old = base();
    Framework zeta;
    zeta.id = u"zeta"_s;
    zeta.name = u"Zeta"_s;
    old.frameworks.append(zeta);
    DataSet now = base();
    now.frameworks.swapItemsAt(0, 1);
    now.frameworks[0].ratings[u"ease"_s].score = 1; // Beta
    now.frameworks[1].ratings[u"ease"_s].score = 3; // Alpha
    now.metrics.swapItemsAt(0, 1);
    now.frameworks[1].ratings[u"speed"_s].score = 1;
    const DataDiff diff = DataDiff::compare(old, now);
    QCOMPARE(diff.removedFrameworks, QStringList{u"zeta"_s});
    QStringList order;
    for (const DataDiff::RatingChange &change : diff.ratings)
        order << change.framework + u'.' + change.metric;
    QCOMPARE(order, (QStringList{u"beta.ease"_s, u"alpha.ease"_s, u"alpha.speed"_s}));
}

QTEST_GUILESS_MAIN(TestDataDiff)
#include "tst_datadiff.moc"
