// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataReader.h"
#include "FrameworkModel.h"
#include "TestData.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Versus;

class TestFrameworkModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void passesModelTester();
    void shape();
    void ratingRoles_data();
    void ratingRoles();
    void factColumns();
    void lastReleaseRow();
    void headerRoles();
    void notRatedIsNotTheLowestLevel();
    void setDataPushesUndoCommand();
    void bestMarksFollowEdits();
    void setDataRejectsOutOfRange();
    void sameScoreIsNoUndoStep();
    void comparedSet();
    void checkStateTogglesComparison();
    void paletteWhenNoColor();

private:
    FrameworkModel model;
    int caffe = -1;
    int theano = -1;
};

void TestFrameworkModel::init()
{
    const ReadResult result = DataReader::readFile(u":/frameworks.json"_s);
    QVERIFY2(result.ok(), qPrintable(formatErrors(result.errors)));
    model.setDataSet(result.data);
    caffe = model.rowOfFramework(u"caffe"_s);
    theano = model.rowOfFramework(u"theano"_s);
    QCOMPARE(caffe, 0);
    QCOMPARE(theano, 1);
}

void TestFrameworkModel::passesModelTester()
{
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Exercise the signals the tester watches.
    model.setData(model.index(theano, model.metricColumn(0)), 4);
    model.undoStack()->undo();
    model.setComparedIds({u"theano"_s});
    model.setDataSet(model.dataSet());
}

void TestFrameworkModel::shape()
{
    QCOMPARE(model.rowCount(), int(TestData::bundled().frameworks.size()));
    QCOMPARE(model.rowCount(), 14);
    QCOMPARE(model.metricCount(), 4);
    QCOMPARE(model.columnCount(), 1 + 4 + 1 + FactCount);
    QCOMPARE(model.columnKind(0), ColumnKind::Name);
    QCOMPARE(model.columnKind(1), ColumnKind::Metric);
    QCOMPARE(model.columnKind(4), ColumnKind::Metric);
    QCOMPARE(model.columnKind(5), ColumnKind::Score);
    QCOMPARE(model.scoreColumn(), 5);
    QCOMPARE(model.columnKind(6), ColumnKind::Fact);
    QCOMPARE(model.factColumn(Fact::Developer), 6);
    QCOMPARE(model.metricIndexOfColumn(3), 2);
    QCOMPARE(model.metricIndexOfColumn(5), -1);
    QCOMPARE(model.index(caffe, 0).data().toString(), u"Caffe"_s);
}

void TestFrameworkModel::ratingRoles_data()
{
    QTest::addColumn<QString>("framework");
    QTest::addColumn<int>("metric");
    QTest::addColumn<int>("score");
    QTest::addColumn<QString>("label");

    QTest::newRow("Caffe performance") << u"caffe"_s << 0 << 4 << u"High"_s;
    QTest::newRow("Caffe scalability") << u"caffe"_s << 1 << 3 << u"Moderate"_s;
    QTest::newRow("Caffe ease of use") << u"caffe"_s << 2 << 3 << u"Moderate"_s;
    QTest::newRow("Caffe ecosystem") << u"caffe"_s << 3 << 5 << u"Extensive"_s;
    QTest::newRow("Theano performance") << u"theano"_s << 0 << 3 << u"Moderate"_s;
    QTest::newRow("Theano scalability") << u"theano"_s << 1 << 4 << u"High"_s;
    QTest::newRow("Theano ease of use") << u"theano"_s << 2 << 4 << u"High"_s;
    QTest::newRow("Theano ecosystem") << u"theano"_s << 3 << 3 << u"Growing"_s;
}

void TestFrameworkModel::ratingRoles()
{
    QFETCH(QString, framework);
    QFETCH(int, metric);
    QFETCH(int, score);
    QFETCH(QString, label);

    const int row = model.rowOfFramework(framework);
    const QModelIndex cell = model.index(row, model.metricColumn(metric));
    QCOMPARE(cell.data(Qt::DisplayRole).toString(), label);
    QCOMPARE(cell.data(Role::Score).toInt(), score);
    QCOMPARE(cell.data(Qt::EditRole).toInt(), score);
    QCOMPARE(cell.data(Role::LevelCount).toInt(), 5);
    QVERIFY(!cell.data(Role::Note).toString().isEmpty());
    QCOMPARE(cell.data(Role::Id).toString(), framework);
    QCOMPARE(cell.data(Role::ColumnKind).toInt(), int(ColumnKind::Metric));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(label));
    QVERIFY(model.flags(cell) & Qt::ItemIsEditable);
}

void TestFrameworkModel::factColumns()
{
    auto fact = [&](int row, Fact f) {
        return model.index(row, model.factColumn(f)).data().toString();
    };
    QVERIFY(fact(caffe, Fact::Developer).contains(u"BVLC"_s));
    QVERIFY(fact(theano, Fact::Developer).contains(u"Montréal"_s));
    QCOMPARE(fact(caffe, Fact::FirstRelease), u"2013"_s);
    QCOMPARE(fact(theano, Fact::License), u"BSD-3-Clause"_s);
    QCOMPARE(fact(caffe, Fact::Apis), u"Command line, Python, MATLAB"_s);
    QCOMPARE(model.headerData(model.factColumn(Fact::Language), Qt::Horizontal).toString(),
             u"Core language"_s);
}

void TestFrameworkModel::lastReleaseRow()
{
    // The last release is a fact row of its own, right after the first release.
    const int first = model.factColumn(Fact::FirstRelease);
    const int last = model.factColumn(Fact::LastRelease);
    QCOMPARE(last, first + 1);
    QCOMPARE(model.headerData(last, Qt::Horizontal).toString(), u"Last release"_s);
    QCOMPARE(model.index(theano, last).data().toString(), u"2020"_s);
    QCOMPARE(model.index(theano, last).data(Qt::EditRole).toInt(), 2020);
    QCOMPARE(model.index(theano, last).data(Role::FactKind).toInt(), int(Fact::LastRelease));
    // Every fact has one column, the columns follow FactOrder, and none is left out.
    QList<int> columns;
    for (const Fact fact : FactOrder) {
        columns << model.factColumn(fact);
        QCOMPARE(model.factOfColumn(model.factColumn(fact)), fact);
    }
    // Name, the metrics, the weighted score, then the facts.
    const int scoreColumn = 1 + model.metricCount();
    QCOMPARE(model.columnKind(scoreColumn), ColumnKind::Score);
    for (int i = 0; i < FactCount; ++i) {
        QCOMPARE(columns.at(i), scoreColumn + 1 + i);
        QCOMPARE(model.columnKind(columns.at(i)), ColumnKind::Fact);
    }
    QCOMPARE(model.columnCount(), scoreColumn + 1 + FactCount);
    // Torch7 had no dated release: its cell is empty, not 0.
    const int torch7 = model.rowOfFramework(u"torch7"_s);
    QVERIFY(torch7 >= 0);
    QCOMPARE(model.index(torch7, last).data().toString(), QString());
    QVERIFY(!model.index(torch7, last).data(Qt::EditRole).isValid());

    // Edited like the first release: a year, one undo step, and back.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(theano, last), 2021));
    QCOMPARE(model.index(theano, last).data().toString(), u"2021"_s);
    QCOMPARE(model.dataSet().frameworks.at(theano).lastRelease, std::optional<int>(2021));
    QCOMPARE(model.index(theano, first).data().toString(), u"2009"_s);
    QCOMPARE(model.undoStack()->count(), 1);
    QCOMPARE(model.undoStack()->undoText(), u"Change Theano: Last release"_s);
    QVERIFY(!changed.isEmpty());
    QVERIFY(!model.setData(model.index(theano, last), u"soon"_s));
    QCOMPARE(model.undoStack()->count(), 1);
    QVERIFY(model.setData(model.index(theano, last), QString()));
    QVERIFY(!model.dataSet().frameworks.at(theano).lastRelease.has_value());
    model.undoStack()->undo();
    QCOMPARE(model.index(theano, last).data().toString(), u"2021"_s);
    model.undoStack()->undo();
    QCOMPARE(model.index(theano, last).data().toString(), u"2020"_s);
    model.undoStack()->redo();
    QCOMPARE(model.index(theano, last).data().toString(), u"2021"_s);
}

void TestFrameworkModel::headerRoles()
{
    QCOMPARE(model.headerData(model.metricColumn(2), Qt::Horizontal).toString(), u"Ease of Use"_s);
    QCOMPARE(model.headerData(model.metricColumn(2), Qt::Horizontal, Role::Id).toString(),
             u"ease_of_use"_s);
    QCOMPARE(
        model.headerData(model.metricColumn(3), Qt::Horizontal, Role::LevelLabels).toStringList(),
        QStringList({u"Minimal"_s, u"Limited"_s, u"Growing"_s, u"Established"_s, u"Extensive"_s}));
    QVERIFY(!model.headerData(model.metricColumn(0), Qt::Horizontal, Role::Description)
                 .toString()
                 .isEmpty());
    QCOMPARE(model.headerData(theano, Qt::Vertical).toString(), u"Theano"_s);
    QCOMPARE(model.headerData(theano, Qt::Vertical, Role::Color).value<QColor>(),
             QColor(u"#D55E00"_s));
    QCOMPARE(model.index(caffe, 3).data(Role::Color).value<QColor>(), QColor(u"#0072B2"_s));
}

void TestFrameworkModel::notRatedIsNotTheLowestLevel()
{
    const QModelIndex cell = model.index(theano, model.metricColumn(1));
    QVERIFY(model.setData(cell, 0));
    QCOMPARE(cell.data().toString(), u"Not rated"_s);
    QVERIFY(!cell.data(Role::Score).isValid());
    QCOMPARE(cell.data(Qt::EditRole).toInt(), 0);
    QCOMPARE(model.ratingSummary(theano, 1), u"Theano — Scalability: Not rated"_s);
    QVERIFY(cell.data().toString() != model.dataSet().metrics.at(1).levels.first());
}

void TestFrameworkModel::setDataPushesUndoCommand()
{
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex cell = model.index(theano, model.metricColumn(0));
    QVERIFY(model.setData(cell, 4));
    QCOMPARE(cell.data().toString(), u"High"_s);
    // The rating's cell, then its framework's score, each alone: no other cell changes (the
    // best Performance and the best score stay TensorFlow's and PyTorch's).
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), cell);
    QCOMPARE(changed.at(0).at(1).toModelIndex(), cell);
    QCOMPARE(changed.at(1).at(0).toModelIndex(), model.index(theano, model.scoreColumn()));
    QCOMPARE(changed.at(1).at(1).toModelIndex(), model.index(theano, model.scoreColumn()));
    QCOMPARE(model.undoStack()->count(), 1);
    QCOMPARE(model.undoStack()->undoText(), u"Set Theano's Performance to High"_s);
    // The note survives a change of score.
    QVERIFY(!cell.data(Role::Note).toString().isEmpty());

    model.undoStack()->undo();
    QCOMPARE(cell.data().toString(), u"Moderate"_s);
    QCOMPARE(changed.size(), 4);
    model.undoStack()->redo();
    QCOMPARE(cell.data(Role::Score).toInt(), 4);
}

// Which cells are marked best (Role::Best) is kept from edit to edit rather than found again
// from every framework; after any edit it must be what a model given the same data finds, and
// every cell whose mark changed must have been said to change, or the views would not show it.
void TestFrameworkModel::bestMarksFollowEdits()
{
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto marks = [](const FrameworkModel &m) {
        QList<bool> best;
        for (int row = 0; row < m.rowCount(); ++row)
            for (int column = 1; column <= m.scoreColumn(); ++column)
                best << m.index(row, column).data(Role::Best).toBool();
        return best;
    };
    QRandomGenerator random(20240611);
    QList<bool> before = marks(model);
    int changes = 0;
    for (int step = 0; step < 300; ++step) {
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const int action = random.bounded(10);
        if (action == 0 && model.undoStack()->canUndo()) {
            model.undoStack()->undo();
        } else if (action == 1 && model.undoStack()->canRedo()) {
            model.undoStack()->redo();
        } else if (action == 2) {
            QVERIFY(model.setWeight(random.bounded(model.metricCount()), random.bounded(6)));
        } else if (action == 3) { // a framework edit other than a score: a note
            const int row = random.bounded(model.rowCount());
            const int metric = random.bounded(model.metricCount());
            model.setData(model.index(row, model.metricColumn(metric)), u"Note %1"_s.arg(step),
                          Role::Note);
        } else {
            const int row = random.bounded(model.rowCount());
            const int metric = random.bounded(model.metricCount());
            const int levels = model.dataSet().metrics.at(metric).levelCount();
            QVERIFY(model.setData(model.index(row, model.metricColumn(metric)),
                                  random.bounded(levels + 1))); // 0: not rated
        }
        FrameworkModel fresh;
        fresh.setDataSet(model.dataSet());
        fresh.setRememberedWeights({});
        const QList<bool> after = marks(model);
        QCOMPARE(after, marks(fresh));
        for (int row = 0; row < model.rowCount(); ++row)
            for (int column = 1; column <= model.scoreColumn(); ++column) {
                const qsizetype i = row * model.scoreColumn() + column - 1;
                if (after.at(i) == before.at(i))
                    continue;
                ++changes;
                const bool told =
                    std::any_of(changed.cbegin(), changed.cend(), [&](const auto &args) {
                        const QModelIndex topLeft = args.at(0).toModelIndex();
                        const QModelIndex bottomRight = args.at(1).toModelIndex();
                        const QList<int> roles = args.at(2).template value<QList<int>>();
                        return topLeft.row() <= row && row <= bottomRight.row() &&
                               topLeft.column() <= column && column <= bottomRight.column() &&
                               (roles.isEmpty() || roles.contains(Role::Best));
                    });
                QVERIFY2(told, qPrintable(
                                   u"step %1: row %2, column %3"_s.arg(step).arg(row).arg(column)));
            }
        before = after;
    }
    QVERIFY(changes > 50); // the edits did move the marks about
}

void TestFrameworkModel::setDataRejectsOutOfRange()
{
    const QModelIndex cell = model.index(caffe, model.metricColumn(0));
    QVERIFY(!model.setData(cell, 6));
    QVERIFY(!model.setData(cell, -1));
    QVERIFY(!model.setData(cell, u"High"_s));
    QVERIFY(!model.setData(cell, 4.5));
    QVERIFY(!model.setData(cell, u"3"_s));
    QVERIFY(model.setData(cell, 3.0)); // a whole number, whatever its type
    QCOMPARE(cell.data(Role::Score).toInt(), 3);
    model.undoStack()->undo();
    QVERIFY(!model.setData(model.index(caffe, 0), u"   "_s)); // a name cannot be blank
    QCOMPARE(cell.data(Role::Score).toInt(), 4);
    QCOMPARE(model.undoStack()->count(), 1); // only the accepted 3.0 was a step
}

void TestFrameworkModel::sameScoreIsNoUndoStep()
{
    QVERIFY(model.setData(model.index(caffe, model.metricColumn(0)), 4));
    QCOMPARE(model.undoStack()->count(), 0);
}

void TestFrameworkModel::comparedSet()
{
    QCOMPARE(model.comparedIds(), QStringList({u"caffe"_s, u"theano"_s}));
    QSignalSpy spy(&model, &FrameworkModel::comparedChanged);
    model.setComparedIds({u"theano"_s, u"nonexistent"_s});
    QCOMPARE(model.comparedIds(), QStringList({u"theano"_s}));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(model.index(caffe, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    model.setComparedIds({u"theano"_s});
    QCOMPARE(spy.size(), 1); // no change, no signal
}

void TestFrameworkModel::checkStateTogglesComparison()
{
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.flags(model.index(caffe, 0)) & Qt::ItemIsUserCheckable);
    QVERIFY(model.setData(model.index(caffe, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.comparedIds(), QStringList({u"theano"_s}));
    QVERIFY(changed.size() >= 1);
    QVERIFY(changed.last().at(2).value<QList<int>>().contains(Qt::CheckStateRole));
    // Not data: no undo step.
    QCOMPARE(model.undoStack()->count(), 0);
}

void TestFrameworkModel::paletteWhenNoColor()
{
    DataSet data = model.dataSet();
    data.frameworks[0].color = QColor();
    data.frameworks[1].color = QColor();
    model.setDataSet(data);
    QVERIFY(model.frameworkColor(0).isValid());
    QVERIFY(model.frameworkColor(1).isValid());
    QVERIFY(model.frameworkColor(0) != model.frameworkColor(1));
}

QTEST_GUILESS_MAIN(TestFrameworkModel)
#include "tst_frameworkmodel.moc"
