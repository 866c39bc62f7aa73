// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataReader.h"
#include "DataSetEditor.h"
#include "DataWriter.h"
#include "FrameworkModel.h"
#include "TableExporter.h"
#include "TestData.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Versus;

// The weighted score and the metric weights on the seed's data: Caffe 4, 3, 3, 5 and Theano
// 3, 4, 4, 3 on Performance, Scalability, Ease of Use and Ecosystem, all on five levels.
class TestWeightedScore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void passesModelTester();
    void allWeightsOne();
    void performanceFiveEcosystemZero();
    void weightIsOneUndoStepAndUndoRestores();
    void setHeaderDataSetsWeight();
    void weightOutOfRangeRefused();
    void partialWhenWeightedMetricNotRated();
    void noScoreWhenNothingWeightedIsRated();
    void bestValuePerRow();
    void readsAndWritesWeights();
    void fileWithoutWeightsStaysWithout();
    void removedMetricDropsItsWeightUndoRestores();
    void editedMetricKeepsItsWeight();
    void rememberedWeightsOnlyWithoutFileWeights();
    void tableExportHasScoreRow();

private:
    QString score(int row) const { return model.index(row, model.scoreColumn()).data().toString(); }
    double value(int row) const
    {
        return model.index(row, model.scoreColumn()).data(Role::WeightedScore).toDouble();
    }
    int metric(const QString &id) const { return model.dataSet().metricIndex(id); }
    // The seed's two frameworks alone, for checks whose expected values are worked out by hand
    // for Caffe and Theano (best of a row, the lines of an export).
    void useSeedPair()
    {
        model.setDataSet(TestData::bundledOnly());
        caffe = model.rowOfFramework(u"caffe"_s);
        theano = model.rowOfFramework(u"theano"_s);
        QCOMPARE(model.rowCount(), 2);
    }

    FrameworkModel model;
    int caffe = -1;
    int theano = -1;
};

void TestWeightedScore::init()
{
    model.setRememberedWeights({});
    model.setDataSet(TestData::bundled());
    caffe = model.rowOfFramework(u"caffe"_s);
    theano = model.rowOfFramework(u"theano"_s);
    QVERIFY(caffe >= 0 && theano >= 0);
}

void TestWeightedScore::passesModelTester()
{
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setWeight(metric(u"performance"_s), 5));
    model.setData(model.index(theano, model.metricColumn(0)), 5);
    model.undoStack()->undo();
    model.undoStack()->undo();
}

void TestWeightedScore::allWeightsOne()
{
    // Caffe (4/5 + 3/5 + 3/5 + 5/5) / 4 = 0.75; Theano (3/5 + 4/5 + 4/5 + 3/5) / 4 = 0.70.
    for (int m = 0; m < model.metricCount(); ++m)
        QCOMPARE(model.weight(m), 1);
    QCOMPARE(value(caffe), 7.5);
    QCOMPARE(value(theano), 7.0);
    QCOMPARE(score(caffe), u"7.5"_s);
    QCOMPARE(score(theano), u"7.0"_s);
    QCOMPARE(model.index(caffe, model.scoreColumn()).data(Role::ScorePartial).toBool(), false);
    QCOMPARE(model.headerData(model.scoreColumn(), Qt::Horizontal).toString(), u"Weighted score"_s);
    QCOMPARE(model.columnKind(model.scoreColumn()), ColumnKind::Score);
    QVERIFY(!(model.flags(model.index(caffe, model.scoreColumn())) & Qt::ItemIsEditable));
}

void TestWeightedScore::performanceFiveEcosystemZero()
{
    QVERIFY(model.setWeight(metric(u"performance"_s), 5));
    QVERIFY(model.setWeight(metric(u"ecosystem"_s), 0));
    // Caffe (5·0.8 + 0.6 + 0.6) / 7 = 5.2 / 7 = 0.742857; Theano (5·0.6 + 0.8 + 0.8) / 7 = 4.6 / 7.
    QVERIFY(qAbs(value(caffe) - 52.0 / 7) < 1e-9);
    QVERIFY(qAbs(value(theano) - 46.0 / 7) < 1e-9);
    QCOMPARE(score(caffe), u"7.4"_s);
    QCOMPARE(score(theano), u"6.6"_s);
    // Ecosystem at 0 is left out, not "not rated": the score is whole.
    QCOMPARE(model.index(caffe, model.scoreColumn()).data(Role::ScorePartial).toBool(), false);
}

void TestWeightedScore::weightIsOneUndoStepAndUndoRestores()
{
    QSignalSpy weights(&model, &FrameworkModel::weightsChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setWeight(metric(u"performance"_s), 5));
    QCOMPARE(model.undoStack()->count(), 1);
    QCOMPARE(weights.count(), 1);
    // The score column was among the cells said to change.
    bool scoreChanged = false;
    for (const QList<QVariant> &args : changed)
        scoreChanged |= args.at(0).toModelIndex().column() <= model.scoreColumn() &&
                        args.at(1).toModelIndex().column() >= model.scoreColumn();
    QVERIFY(scoreChanged);
    QCOMPARE(
        model.headerData(model.metricColumn(metric(u"performance"_s)), Qt::Horizontal, Role::Weight)
            .toInt(),
        5);
    // The same weight again is no step.
    QVERIFY(model.setWeight(metric(u"performance"_s), 5));
    QCOMPARE(model.undoStack()->count(), 1);

    model.undoStack()->undo();
    QCOMPARE(score(caffe), u"7.5"_s);
    QCOMPARE(model.weight(metric(u"performance"_s)), 1);
    // The file had no weights and has none again.
    QVERIFY(!model.dataSet().weights);
    model.undoStack()->redo();
    QCOMPARE(model.weight(metric(u"performance"_s)), 5);
}

void TestWeightedScore::setHeaderDataSetsWeight()
{
    const int column = model.metricColumn(metric(u"ease_of_use"_s));
    QVERIFY(model.setHeaderData(column, Qt::Horizontal, 3, Role::Weight));
    QCOMPARE(model.weight(metric(u"ease_of_use"_s)), 3);
    QVERIFY(!model.setHeaderData(model.scoreColumn(), Qt::Horizontal, 3, Role::Weight));
    QVERIFY(!model.setHeaderData(column, Qt::Horizontal, 3, Qt::DisplayRole));
}

void TestWeightedScore::weightOutOfRangeRefused()
{
    QVERIFY(!model.setWeight(0, 6));
    QVERIFY(!model.setWeight(0, -1));
    QVERIFY(!model.setWeight(model.metricCount(), 1));
    QCOMPARE(model.undoStack()->count(), 0);
}

void TestWeightedScore::partialWhenWeightedMetricNotRated()
{
    // Caffe's Ecosystem not rated: (0.8 + 0.6 + 0.6) / 3 = 0.6667, marked partial.
    QVERIFY(model.setData(model.index(caffe, model.metricColumn(metric(u"ecosystem"_s))), 0));
    QCOMPARE(score(caffe), u"6.7*"_s);
    const QModelIndex cell = model.index(caffe, model.scoreColumn());
    QCOMPARE(cell.data(Role::ScorePartial).toBool(), true);
    QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(u"Partial: Ecosystem not rated"_s),
             qPrintable(cell.data(Qt::ToolTipRole).toString()));
    // With Ecosystem weighted 0 the score is whole again.
    QVERIFY(model.setWeight(metric(u"ecosystem"_s), 0));
    QCOMPARE(score(caffe), u"6.7"_s);
}

void TestWeightedScore::noScoreWhenNothingWeightedIsRated()
{
    for (int m = 0; m < model.metricCount(); ++m)
        QVERIFY(model.setWeight(m, 0));
    QCOMPARE(score(caffe), u"—"_s);
    QVERIFY(!model.index(caffe, model.scoreColumn()).data(Role::WeightedScore).isValid());
    QCOMPARE(model.index(caffe, model.scoreColumn()).data(Role::Best).toBool(), false);
}

void TestWeightedScore::bestValuePerRow()
{
    useSeedPair();
    const auto best = [this](int row, int column) {
        return model.index(row, column).data(Role::Best).toBool();
    };
    const int performance = model.metricColumn(metric(u"performance"_s));
    const int scalability = model.metricColumn(metric(u"scalability"_s));
    QVERIFY(best(caffe, performance));
    QVERIFY(!best(theano, performance));
    QVERIFY(best(theano, scalability));
    QVERIFY(!best(caffe, scalability));
    QVERIFY(best(caffe, model.scoreColumn()));
    QVERIFY(!best(theano, model.scoreColumn()));
    // A tie: both are best... and when all are equal nothing stands out.
    QVERIFY(model.setData(model.index(theano, performance), 4));
    QVERIFY(!best(caffe, performance) && !best(theano, performance));
    QVERIFY(model.setData(model.index(theano, performance), 5));
    QVERIFY(best(theano, performance) && !best(caffe, performance));
    // Facts are never "best".
    QVERIFY(!best(caffe, model.factColumn(Fact::Developer)));
}

void TestWeightedScore::readsAndWritesWeights()
{
    const ReadResult read = DataReader::readFile(TestData::file(u"valid/weights.json"_s));
    QVERIFY2(read.ok(), qPrintable(formatErrors(read.errors)));
    QVERIFY(read.data.weights);
    QCOMPARE(read.data.weights->value(u"performance"_s), 5);
    QCOMPARE(read.data.weights->value(u"ecosystem"_s), 0);
    QVERIFY(!read.data.weights->contains(u"scalability"_s));
    model.setDataSet(read.data);
    QCOMPARE(model.weight(metric(u"performance"_s)), 5);
    QCOMPARE(model.weight(metric(u"scalability"_s)), 1); // missing from the object: 1

    const QByteArray json = DataWriter::toJson(read.data);
    QVERIFY(json.contains("\"weights\": {\n    \"performance\": 5,\n    \"ecosystem\": 0\n  }"));
    const ReadResult again = DataReader::read(json, u"again.json"_s);
    QVERIFY(again.ok());
    QCOMPARE(again.data, read.data);
    QCOMPARE(DataWriter::toJson(again.data), json);
}

void TestWeightedScore::fileWithoutWeightsStaysWithout()
{
    const QByteArray before = DataWriter::toJson(model.dataSet());
    QVERIFY(!before.contains("\"weights\""));
    QCOMPARE(DataWriter::toJson(TestData::bundled()), before);
    // The first weight set writes down every metric's, so the file says what is shown.
    QVERIFY(model.setWeight(metric(u"ecosystem"_s), 2));
    const QByteArray after = DataWriter::toJson(model.dataSet());
    QVERIFY(after.contains("\"weights\": {\n    \"performance\": 1,\n    \"scalability\": 1,\n"
                           "    \"ease_of_use\": 1,\n    \"ecosystem\": 2\n  }"));
    model.undoStack()->undo();
    QCOMPARE(DataWriter::toJson(model.dataSet()), before);
}

void TestWeightedScore::removedMetricDropsItsWeightUndoRestores()
{
    QVERIFY(model.setWeight(metric(u"ecosystem"_s), 4));
    DataSetEditor editor(&model);
    editor.removeMetric(metric(u"ecosystem"_s));
    QCOMPARE(metric(u"ecosystem"_s), -1);
    QVERIFY(!model.dataSet().weights->contains(u"ecosystem"_s));
    // Caffe on three metrics: (0.8 + 0.6 + 0.6) / 3.
    QCOMPARE(score(caffe), u"6.7"_s);
    model.undoStack()->undo();
    QCOMPARE(model.weight(metric(u"ecosystem"_s)), 4);
    // (0.8 + 0.6 + 0.6 + 4·1.0) / 7 = 6 / 7.
    QCOMPARE(score(caffe), u"8.6"_s);
}

void TestWeightedScore::editedMetricKeepsItsWeight()
{
    QVERIFY(model.setWeight(metric(u"scalability"_s), 3));
    DataSetEditor editor(&model);
    QVERIFY(editor.editMetric(metric(u"scalability"_s), u"Scale-out"_s, {},
                              {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}, {1, 2, 3, 4, 5}));
    QCOMPARE(model.weight(metric(u"scalability"_s)), 3);
}

void TestWeightedScore::rememberedWeightsOnlyWithoutFileWeights()
{
    model.setRememberedWeights({{u"performance"_s, 5}, {u"ecosystem"_s, 0}});
    QCOMPARE(score(caffe), u"7.4"_s);
    QCOMPARE(model.undoStack()->count(), 0); // no edit of the data
    QVERIFY(!model.dataSet().weights);
    // A file with its own weights uses them: missing ones count 1, not the remembered ones.
    DataSet data = TestData::bundled();
    data.weights = QMap<QString, int>{{u"scalability"_s, 2}};
    model.setDataSet(data);
    QCOMPARE(model.weight(metric(u"performance"_s)), 1);
    QCOMPARE(model.weight(metric(u"ecosystem"_s)), 1);
    QCOMPARE(model.weight(metric(u"scalability"_s)), 2);
}

void TestWeightedScore::tableExportHasScoreRow()
{
    useSeedPair();
    const QString csv =
        QString::fromUtf8(TableExporter::toBytes(model, TableExporter::Format::Csv));
    QVERIFY2(csv.contains(u"\r\nWeighted score,7.5,7.5,7.0,7.0\r\n"_s), qPrintable(csv));
    const QString markdown =
        QString::fromUtf8(TableExporter::toBytes(model, TableExporter::Format::Markdown));
    QVERIFY(markdown.contains(u"| Weighted score | 7.5 | 7.0 |"_s));
    const QByteArray json = TableExporter::toBytes(model, TableExporter::Format::Json);
    QVERIFY(json.contains("\"kind\": \"score\""));
    QVERIFY(json.contains("\"text\": \"7.5\", \"value\": 7.5, \"partial\": false"));
    const QByteArray html = TableExporter::toBytes(model, TableExporter::Format::Html);
    QVERIFY(html.contains("<td data-score=\"7.5\">7.5</td>"));
}

QTEST_GUILESS_MAIN(TestWeightedScore)
#include "tst_weightedscore.moc"
