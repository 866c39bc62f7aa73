// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonTable.h"
#include "FrameworkModel.h"
#include "Selection.h"
#include "TestData.h"

#include <QHeaderView>
#include <QTest>
#include <QTransposeProxyModel>

using namespace Qt::StringLiterals;
using namespace Versus;

class TestComparisonTable : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sideBySide();
    void cellsShowLevelLabels_data();
    void cellsShowLevelLabels();
    void pipsInFrameworkColour();
    void notRatedHasNoPips();
    void headerClickSelectsFramework();
    void rowHeaderClickSelectsMetric();
    void cellClickSelectsRating();
    void followsSelectionMadeElsewhere();
    void followsModelReset();

private:
    QImage grabCell(const QModelIndex &index) const;

    FrameworkModel *model = nullptr;
    Selection *selection = nullptr;
    ComparisonTable *table = nullptr;
};

void TestComparisonTable::init()
{
    model = new FrameworkModel;
    model->setDataSet(TestData::bundled());
    selection = new Selection;
    table = new ComparisonTable(model, selection);
    table->resize(800, 500);
    table->show();
    QVERIFY(QTest::qWaitForWindowExposed(table));
}

void TestComparisonTable::cleanup()
{
    delete table;
    delete selection;
    delete model;
}

QImage TestComparisonTable::grabCell(const QModelIndex &index) const
{
    return table->viewport()->grab(table->visualRect(index)).toImage();
}

void TestComparisonTable::sideBySide()
{
    QAbstractItemModel *shown = table->model();
    // A column per bundled framework, in the file's order.
    QStringList columns;
    for (int column = 0; column < shown->columnCount(); ++column)
        columns << shown->headerData(column, Qt::Horizontal).toString();
    QCOMPARE(columns,
             QStringList({u"Caffe"_s, u"Theano"_s, u"TensorFlow"_s, u"PyTorch"_s, u"Keras"_s,
                          u"MXNet"_s, u"CNTK"_s, u"Torch7"_s, u"Chainer"_s, u"JAX"_s}));
    QStringList rows;
    for (int row = 0; row < shown->rowCount(); ++row)
        if (!table->isRowHidden(row))
            rows << shown->headerData(row, Qt::Vertical).toString();
    QCOMPARE(rows, QStringList({u"Performance"_s, u"Scalability"_s, u"Ease of Use"_s,
                                u"Ecosystem"_s, u"Weighted score"_s, u"Developer"_s,
                                u"First release"_s, u"Last release"_s, u"License"_s,
                                u"Core language"_s, u"APIs"_s, u"Status"_s}));
}

void TestComparisonTable::cellsShowLevelLabels_data()
{
    QTest::addColumn<int>("framework");
    QTest::addColumn<int>("metric");
    QTest::addColumn<QString>("label");
    QTest::newRow("Caffe performance") << 0 << 0 << u"High"_s;
    QTest::newRow("Caffe ecosystem") << 0 << 3 << u"Extensive"_s;
    QTest::newRow("Theano scalability") << 1 << 1 << u"High"_s;
    QTest::newRow("Theano ecosystem") << 1 << 3 << u"Growing"_s;
}

void TestComparisonTable::cellsShowLevelLabels()
{
    QFETCH(int, framework);
    QFETCH(int, metric);
    QFETCH(QString, label);
    const QModelIndex cell = table->ratingIndex(framework, metric);
    QCOMPARE(cell.data().toString(), label);
    QVERIFY(table->visualRect(cell).isValid());
}

void TestComparisonTable::pipsInFrameworkColour()
{
    // Caffe's Ecosystem is 5 of 5: five filled pips in Caffe's blue.
    const QImage full = grabCell(table->ratingIndex(0, 3));
    const QImage partial = grabCell(table->ratingIndex(0, 1)); // 3 of 5
    const QColor blue(u"#0072B2"_s);
    QVERIFY(TestData::pixelsNear(full, blue) > 40);
    QVERIFY(TestData::pixelsNear(full, blue) > TestData::pixelsNear(partial, blue));
    QCOMPARE(TestData::pixelsNear(grabCell(table->ratingIndex(1, 3)), blue), 0); // Theano's cell
}

void TestComparisonTable::notRatedHasNoPips()
{
    QVERIFY(model->setData(model->index(1, model->metricColumn(0)), 0));
    const QModelIndex cell = table->ratingIndex(1, 0);
    QCOMPARE(cell.data().toString(), u"Not rated"_s);
    QCOMPARE(TestData::pixelsNear(grabCell(cell), QColor(u"#D55E00"_s)), 0);
}

void TestComparisonTable::headerClickSelectsFramework()
{
    QHeaderView *header = table->horizontalHeader();
    const QPoint theano(header->sectionViewportPosition(1) + header->sectionSize(1) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, theano);
    QTRY_COMPARE(selection->frameworkId(), u"theano"_s);
    QCOMPARE(selection->focus(), Selection::Focus::Framework);
}

void TestComparisonTable::rowHeaderClickSelectsMetric()
{
    QHeaderView *header = table->verticalHeader();
    const int ecosystemRow = table->ratingIndex(0, 3).row();
    const QPoint point(header->width() / 2, header->sectionViewportPosition(ecosystemRow) +
                                                header->sectionSize(ecosystemRow) / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, point);
    QTRY_COMPARE(selection->metricId(), u"ecosystem"_s);
    QCOMPARE(selection->focus(), Selection::Focus::Metric);
}

void TestComparisonTable::cellClickSelectsRating()
{
    const QModelIndex cell = table->ratingIndex(1, 2);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    QTRY_COMPARE(selection->frameworkId(), u"theano"_s);
    QCOMPARE(selection->metricId(), u"ease_of_use"_s);
    QCOMPARE(selection->focus(), Selection::Focus::Framework);
}

void TestComparisonTable::followsSelectionMadeElsewhere()
{
    selection->selectRating(u"caffe"_s, u"scalability"_s);
    QCOMPARE(table->currentIndex(), table->ratingIndex(0, 1));
    selection->selectFramework(u"theano"_s);
    QVERIFY(table->selectionModel()->isColumnSelected(1, {}));
}

void TestComparisonTable::followsModelReset()
{
    model->setDataSet(TestData::load(TestData::file(u"valid/three-frameworks.json"_s)));
    QCOMPARE(table->model()->columnCount(), 3);
    QVERIFY(table->isRowHidden(0));
    QVERIFY(!table->isRowHidden(1));
}

QTEST_MAIN(TestComparisonTable)
#include "tst_comparisontable.moc"
