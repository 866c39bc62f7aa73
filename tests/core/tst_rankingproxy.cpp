// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataSetEditor.h"
#include "FrameworkModel.h"
#include "RankingProxyModel.h"
#include "TestData.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Versus;

// The ranking on tests/data/valid/ten-frameworks.json. Weighted scores with every weight 1
// (the mean of score / 5, times 10): Alpha 8.0, Beta 7.5, Gamma 7.0, Delta 5.5, Epsilon 9.5,
// Zeta 6.0* (Ecosystem not rated), Eta 5.0, Theta 5.0, Iota 6.5, Kappa 5.5.
class TestRankingProxy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void passesModelTester();
    void rankedByScoreBestFirst();
    void sortByMetricPutsUnratedLast();
    void sortByName();
    void filterByText_data();
    void filterByText();
    void classifyStatus_data();
    void classifyStatus();
    void filterByStatus_data();
    void filterByStatus();
    void rankingFollowsWeights();
    void sortFollowsMetricWhenColumnsMove();

private:
    QStringList shownIds() const
    {
        QStringList ids;
        for (int row = 0; row < proxy->rowCount(); ++row)
            ids << proxy->index(row, 0).data(Role::Id).toString();
        return ids;
    }

    FrameworkModel model;
    RankingProxyModel *proxy = nullptr;
};

void TestRankingProxy::init()
{
    model.setDataSet(TestData::load(TestData::file(u"valid/ten-frameworks.json"_s)));
    delete proxy;
    proxy = new RankingProxyModel(&model, this);
}

void TestRankingProxy::passesModelTester()
{
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy->setFilterText(u"a"_s);
    proxy->setStatusFilter(RankingProxyModel::Status::Active);
    proxy->sort(model.metricColumn(1), Qt::AscendingOrder);
    model.setWeight(0, 3);
    model.undoStack()->undo();
}

void TestRankingProxy::rankedByScoreBestFirst()
{
    QCOMPARE(proxy->sortColumn(), model.scoreColumn());
    QCOMPARE(proxy->sortOrder(), Qt::DescendingOrder);
    // Ties keep the data's order: Delta before Kappa, Eta before Theta.
    QCOMPARE(shownIds(), QStringList({u"epsilon"_s, u"alpha"_s, u"beta"_s, u"gamma"_s, u"iota"_s,
                                      u"zeta"_s, u"delta"_s, u"kappa"_s, u"eta"_s, u"theta"_s}));
    // The row header is the rank.
    QCOMPARE(proxy->headerData(0, Qt::Vertical).toInt(), 1);
    QCOMPARE(proxy->headerData(9, Qt::Vertical).toInt(), 10);
    QCOMPARE(proxy->index(0, model.scoreColumn()).data().toString(), u"9.5"_s);
    QCOMPARE(proxy->index(5, model.scoreColumn()).data().toString(), u"6.0*"_s);
}

void TestRankingProxy::sortByMetricPutsUnratedLast()
{
    const int ecosystem = model.metricColumn(model.dataSet().metricIndex(u"ecosystem"_s));
    proxy->sort(ecosystem, Qt::DescendingOrder);
    QStringList ids = shownIds();
    QCOMPARE(ids.first(), u"alpha"_s); // 5, before Epsilon's 5 in the data's order
    QCOMPARE(ids.last(), u"zeta"_s);   // not rated
    QCOMPARE(ids.at(8), u"theta"_s);   // 1
    proxy->sort(ecosystem, Qt::AscendingOrder);
    ids = shownIds();
    QCOMPARE(ids.first(), u"theta"_s);
    QCOMPARE(ids.last(), u"zeta"_s); // still last: no rating is not a low rating
}

void TestRankingProxy::sortByName()
{
    proxy->sort(0, Qt::AscendingOrder);
    QCOMPARE(shownIds(), QStringList({u"alpha"_s, u"beta"_s, u"delta"_s, u"epsilon"_s, u"eta"_s,
                                      u"gamma"_s, u"iota"_s, u"kappa"_s, u"theta"_s, u"zeta"_s}));
}

void TestRankingProxy::filterByText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids"); // in the data's order
    QTest::newRow("name") << u"gam"_s << QStringList{u"gamma"_s};
    QTest::newRow("developer too") << u"delta"_s << QStringList{u"delta"_s, u"epsilon"_s};
    QTest::newRow("language, any case")
        << u"PYTHON"_s << QStringList{u"beta"_s, u"epsilon"_s, u"kappa"_s};
    QTest::newRow("part of a language")
        << u"c++"_s << QStringList{u"alpha"_s, u"gamma"_s, u"iota"_s};
    QTest::newRow("nothing") << u"cobol"_s << QStringList{};
    QTest::newRow("blank is everything")
        << u"  "_s << QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s, u"delta"_s, u"epsilon"_s,
                                  u"zeta"_s,  u"eta"_s,  u"theta"_s, u"iota"_s,  u"kappa"_s};
}

void TestRankingProxy::filterByText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    proxy->setFilterText(text);
    QCOMPARE(proxy->acceptedIds(), ids);
    QCOMPARE(proxy->rowCount(), ids.size());
    QStringList shown = shownIds();
    shown.sort();
    ids.sort();
    QCOMPARE(shown, ids);
}

void TestRankingProxy::classifyStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<RankingProxyModel::Status>("expected");
    using S = RankingProxyModel::Status;
    QTest::newRow("Active") << u"Active"_s << S::Active;
    QTest::newRow("active, lower case") << u"active development"_s << S::Active;
    QTest::newRow("Maintenance only") << u"Maintenance only since 2021"_s << S::Maintenance;
    QTest::newRow("Maintained") << u"Maintained by the community"_s << S::Maintenance;
    QTest::newRow("Discontinued") << u"Discontinued in 2017 (see PyTensor)"_s << S::Discontinued;
    QTest::newRow("Inactive") << u"Inactive since 2020 (1.0 released April 2017)"_s
                              << S::Discontinued;
    QTest::newRow("Retired") << u"RETIRED"_s << S::Discontinued;
    QTest::newRow("Archived:") << u"Archived: read-only"_s << S::Discontinued;
    QTest::newRow("Experimental") << u"Experimental"_s << S::Other;
    QTest::newRow("Activeish is not Active") << u"Activeish"_s << S::Other;
    QTest::newRow("empty") << QString() << S::Other;
}

void TestRankingProxy::classifyStatus()
{
    QFETCH(QString, status);
    QFETCH(RankingProxyModel::Status, expected);
    QCOMPARE(RankingProxyModel::classifyStatus(status), expected);
}

void TestRankingProxy::filterByStatus_data()
{
    QTest::addColumn<RankingProxyModel::Status>("status");
    QTest::addColumn<QStringList>("ids");
    using S = RankingProxyModel::Status;
    QTest::newRow("active") << S::Active
                            << QStringList{u"alpha"_s, u"beta"_s, u"epsilon"_s, u"zeta"_s};
    QTest::newRow("maintenance") << S::Maintenance << QStringList{u"gamma"_s, u"iota"_s};
    QTest::newRow("discontinued") << S::Discontinued
                                  << QStringList{u"delta"_s, u"eta"_s, u"kappa"_s};
    QTest::newRow("other") << S::Other << QStringList{u"theta"_s};
}

void TestRankingProxy::filterByStatus()
{
    QFETCH(RankingProxyModel::Status, status);
    QFETCH(QStringList, ids);
    proxy->setStatusFilter(status);
    QCOMPARE(proxy->acceptedIds(), ids);
    // Text and status together.
    proxy->setFilterText(u"python"_s);
    for (const QString &id : proxy->acceptedIds())
        QVERIFY(ids.contains(id));
    proxy->setStatusFilter(RankingProxyModel::Status::Any);
    QCOMPARE(proxy->rowCount(), 3);
}

void TestRankingProxy::rankingFollowsWeights()
{
    QCOMPARE(shownIds().mid(0, 3), QStringList({u"epsilon"_s, u"alpha"_s, u"beta"_s}));
    // Performance left out: Alpha (4 + 2 + 5) / 15 = 7.3, Beta (3 + 5 + 4) / 15 = 8.0.
    QVERIFY(model.setWeight(model.dataSet().metricIndex(u"performance"_s), 0));
    QCOMPARE(shownIds().mid(0, 3), QStringList({u"epsilon"_s, u"beta"_s, u"alpha"_s}));
    model.undoStack()->undo();
    QCOMPARE(shownIds().mid(0, 3), QStringList({u"epsilon"_s, u"alpha"_s, u"beta"_s}));
}

void TestRankingProxy::sortFollowsMetricWhenColumnsMove()
{
    const auto scalability = [this] {
        return model.metricColumn(model.dataSet().metricIndex(u"scalability"_s));
    };
    proxy->sort(scalability(), Qt::DescendingOrder);
    const QStringList bySalability = shownIds();
    DataSetEditor editor(&model);
    editor.removeMetric(model.dataSet().metricIndex(u"performance"_s));
    QCOMPARE(proxy->sortColumn(), scalability());
    QCOMPARE(shownIds(), bySalability);
    model.undoStack()->undo();
    QCOMPARE(proxy->sortColumn(), scalability());
    QCOMPARE(shownIds(), bySalability);
    // A score sort stays on the score, which moves with the metrics.
    proxy->sort(model.scoreColumn(), Qt::DescendingOrder);
    QVERIFY(editor.addMetric(u"Docs"_s, {u"Poor"_s, u"Good"_s}) >= 0);
    QCOMPARE(proxy->sortColumn(), model.scoreColumn());
}

QTEST_GUILESS_MAIN(TestRankingProxy)
#include "tst_rankingproxy.moc"
