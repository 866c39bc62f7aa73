// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataSetEditor.h"
#include "DataWriter.h"
#include "FrameworkModel.h"
#include "TestData.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Versus;

// Every kind of edit, each checked for what a person sees in the model and for an undo that
// gives back exactly the data set from before, and a redo that gives back the edit.
class TestDataSetEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void idFromName_data();
    void idFromName();
    void addFramework();
    void addFrameworkIdsAreUnique();
    void duplicateFramework();
    void removeFrameworkRestoresEverything();
    void moveFramework();
    void addMetric();
    void addMetricRejectsBadLevels();
    void editMetricRenamesAndKeepsRatings();
    void editMetricLevelsCarryRatings();
    void removeMetricRestoresRatings();
    void lastMetricStays();
    void editFrameworkFields();
    void sourcesKeepUnknownKeys();
    void oneStepPerAction();

private:
    // Runs `action`, then checks that undo restores the data set (and the compared set) exactly
    // and that redo restores the edited one.
    void checkUndoRedo(const std::function<void()> &action);

    FrameworkModel model;
    DataSetEditor editor{&model};
    int caffe = -1;
    int theano = -1;
};

void TestDataSetEditor::init()
{
    // The seed's two frameworks from the bundled file: the tests count rows and places.
    model.setDataSet(TestData::bundledOnly());
    caffe = model.rowOfFramework(u"caffe"_s);
    theano = model.rowOfFramework(u"theano"_s);
}

void TestDataSetEditor::checkUndoRedo(const std::function<void()> &action)
{
    // Compared as the file that Save would write, so a difference shows as text.
    const QByteArray before = DataWriter::toJson(model.dataSet());
    const QStringList comparedBefore = model.comparedIds();
    const int steps = model.undoStack()->count();
    action();
    QCOMPARE(model.undoStack()->count(), steps + 1);
    const QByteArray after = DataWriter::toJson(model.dataSet());
    const QStringList comparedAfter = model.comparedIds();
    QVERIFY(after != before);
    model.undoStack()->undo();
    QCOMPARE(DataWriter::toJson(model.dataSet()), before);
    QCOMPARE(model.comparedIds(), comparedBefore);
    model.undoStack()->redo();
    QCOMPARE(DataWriter::toJson(model.dataSet()), after);
    QCOMPARE(model.comparedIds(), comparedAfter);
}

void TestDataSetEditor::idFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QTest::newRow("words") << u"Ease of Use"_s << u"ease_of_use"_s;
    QTest::newRow("accents") << u"Université"_s << u"universite"_s;
    QTest::newRow("punctuation") << u"  C++ / CUDA!  "_s << u"c_cuda"_s;
    QTest::newRow("digits") << u"Torch7"_s << u"torch7"_s;
    QTest::newRow("no latin letters") << u"日本"_s << QString();
}

void TestDataSetEditor::idFromName()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    QCOMPARE(DataSetEditor::idFromName(name), id);
}

void TestDataSetEditor::addFramework()
{
    QAbstractItemModelTester tester(&model);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    int row = -1;
    checkUndoRedo([&] { row = editor.addFramework(u"  Deep Net  "_s); });
    QCOMPARE(row, 2);
    QCOMPARE(inserted.size(), 2); // the add and its redo
    const QModelIndex name = model.index(row, 0);
    QCOMPARE(name.data().toString(), u"Deep Net"_s);
    QCOMPARE(name.data(Role::Id).toString(), u"deep_net"_s);
    QVERIFY(model.isCompared(row));
    // Not rated anywhere, and a colour that neither Caffe nor Theano has.
    QVERIFY(!model.index(row, model.metricColumn(0)).data(Role::Score).isValid());
    const QColor color = name.data(Role::Color).value<QColor>();
    QVERIFY(color != model.frameworkColor(caffe));
    QVERIFY(color != model.frameworkColor(theano));
    QCOMPARE(editor.addFramework(u" "_s), -1);
}

void TestDataSetEditor::addFrameworkIdsAreUnique()
{
    editor.addFramework(u"Caffe"_s);
    editor.addFramework(u"caffe"_s);
    QCOMPARE(model.index(2, 0).data(Role::Id).toString(), u"caffe-2"_s);
    QCOMPARE(model.index(3, 0).data(Role::Id).toString(), u"caffe-3"_s);
    QCOMPARE(editor.addFramework(u"日本"_s), 4);
    QCOMPARE(model.index(4, 0).data(Role::Id).toString(), u"framework"_s);
}

void TestDataSetEditor::duplicateFramework()
{
    int row = -1;
    checkUndoRedo([&] { row = editor.duplicateFramework(caffe); });
    QCOMPARE(row, caffe + 1);
    const Framework &copy = model.dataSet().frameworks.at(row);
    const Framework &original = model.dataSet().frameworks.at(model.rowOfFramework(u"caffe"_s));
    QCOMPARE(copy.name, u"Caffe (copy)"_s);
    QCOMPARE(copy.id, u"caffe-2"_s);
    QVERIFY(copy.ratings == original.ratings);
    QVERIFY(copy.sources == original.sources);
    QVERIFY(copy.color != original.color);
}

void TestDataSetEditor::removeFrameworkRestoresEverything()
{
    QSignalSpy compared(&model, &FrameworkModel::comparedChanged);
    checkUndoRedo([&] { editor.removeFramework(caffe); });
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.comparedIds(), QStringList{u"theano"_s});
    // The file's compare list must not name a framework that is gone: it would not load again.
    QCOMPARE(model.dataSet().compare.value_or(QStringList()), QStringList{u"theano"_s});
    QVERIFY(compared.size() >= 3);
    model.undoStack()->undo();
    QCOMPARE(model.dataSet().compare.value_or(QStringList()),
             QStringList({u"caffe"_s, u"theano"_s}));
    QCOMPARE(model.index(caffe, model.metricColumn(3)).data().toString(), u"Extensive"_s);
}

void TestDataSetEditor::moveFramework()
{
    QAbstractItemModelTester tester(&model);
    checkUndoRedo([&] { QVERIFY(editor.moveFramework(0, 1)); });
    QCOMPARE(model.index(0, 0).data().toString(), u"Theano"_s);
    QCOMPARE(model.index(1, 0).data().toString(), u"Caffe"_s);
    QVERIFY(!editor.moveFramework(0, 2));
    QVERIFY(!editor.moveFramework(1, 1));
}

void TestDataSetEditor::addMetric()
{
    QAbstractItemModelTester tester(&model);
    const int columns = model.columnCount();
    int index = -1;
    checkUndoRedo([&] {
        index = editor.addMetric(u"Deployment"_s, {u"Hard"_s, u" Fair "_s, u"Easy"_s});
    });
    QCOMPARE(index, 4);
    QCOMPARE(model.columnCount(), columns + 1);
    const int column = model.metricColumn(index);
    QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), u"Deployment"_s);
    QCOMPARE(model.headerData(column, Qt::Horizontal, Role::Id).toString(), u"deployment"_s);
    QCOMPARE(model.headerData(column, Qt::Horizontal, Role::LevelLabels).toStringList(),
             QStringList({u"Hard"_s, u"Fair"_s, u"Easy"_s}));
    QCOMPARE(model.index(caffe, column).data().toString(), u"Not rated"_s);
    // The fact columns moved one to the right.
    QCOMPARE(model.index(caffe, model.factColumn(Fact::FirstRelease)).data().toString(), u"2013"_s);
}

void TestDataSetEditor::addMetricRejectsBadLevels()
{
    QCOMPARE(editor.addMetric(u"X"_s, {u"Only"_s}), -1);
    QCOMPARE(editor.addMetric(u"X"_s, {u"A"_s, u" "_s}), -1);
    QCOMPARE(editor.addMetric(u"X"_s, QStringList(11, u"L"_s)), -1);
    QCOMPARE(editor.addMetric(u""_s, {u"A"_s, u"B"_s}), -1);
    QCOMPARE(model.undoStack()->count(), 0);
}

void TestDataSetEditor::editMetricRenamesAndKeepsRatings()
{
    const QStringList levels = model.dataSet().metrics.at(0).levels;
    checkUndoRedo([&] {
        QVERIFY(editor.editMetric(0, u"Speed"_s, u"How fast."_s, levels, {1, 2, 3, 4, 5}));
    });
    QCOMPARE(model.headerData(model.metricColumn(0), Qt::Horizontal).toString(), u"Speed"_s);
    // The id stays, so files and settings that name it keep working.
    QCOMPARE(model.headerData(model.metricColumn(0), Qt::Horizontal, Role::Id).toString(),
             u"performance"_s);
    QCOMPARE(model.index(caffe, model.metricColumn(0)).data().toString(), u"High"_s);
    // An edit that changes nothing is no undo step.
    const int steps = model.undoStack()->count();
    QVERIFY(editor.editMetric(0, u"Speed"_s, u"How fast."_s, levels, {1, 2, 3, 4, 5}));
    QCOMPARE(model.undoStack()->count(), steps);
}

void TestDataSetEditor::editMetricLevelsCarryRatings()
{
    // Ecosystem: Caffe Extensive (5), Theano Growing (3). Drop "Growing", reverse the rest and
    // add a new top level.
    const QList<int> origins{5, 4, 2, 1, 0};
    QCOMPARE(editor.ratingsLost(3, origins), 1);
    QCOMPARE(editor.ratingCount(3), 2);
    checkUndoRedo([&] {
        QVERIFY(editor.editMetric(
            3, u"Ecosystem"_s, QString(),
            {u"Extensive"_s, u"Established"_s, u"Limited"_s, u"Minimal"_s, u"Beyond"_s}, origins));
    });
    const int column = model.metricColumn(3);
    QCOMPARE(model.index(caffe, column).data(Role::Score).toInt(), 1);
    QCOMPARE(model.index(caffe, column).data().toString(), u"Extensive"_s);
    QCOMPARE(model.index(theano, column).data().toString(), u"Not rated"_s);
    QVERIFY(!editor.editMetric(3, u"Ecosystem"_s, QString(), {u"A"_s, u"B"_s}, {1, 1}));
    QVERIFY(!editor.editMetric(3, u"Ecosystem"_s, QString(), {u"A"_s, u"B"_s}, {1}));
    QVERIFY(!editor.editMetric(3, u"Ecosystem"_s, QString(), {u"A"_s, u"B"_s}, {1, 6}));
}

void TestDataSetEditor::removeMetricRestoresRatings()
{
    QAbstractItemModelTester tester(&model);
    checkUndoRedo([&] { editor.removeMetric(1); });
    QCOMPARE(model.metricCount(), 3);
    QCOMPARE(model.headerData(model.metricColumn(1), Qt::Horizontal).toString(), u"Ease of Use"_s);
    QVERIFY(!model.dataSet().frameworks.at(caffe).rating(u"scalability"_s));
    model.undoStack()->undo();
    QCOMPARE(model.index(theano, model.metricColumn(1)).data().toString(), u"High"_s);
    QVERIFY(!model.index(theano, model.metricColumn(1)).data(Role::Note).toString().isEmpty());
}

void TestDataSetEditor::lastMetricStays()
{
    editor.removeMetric(0);
    editor.removeMetric(0);
    editor.removeMetric(0);
    QCOMPARE(model.metricCount(), 1);
    editor.removeMetric(0);
    QCOMPARE(model.metricCount(), 1); // a data file needs one metric
    QCOMPARE(model.undoStack()->count(), 3);
}

void TestDataSetEditor::editFrameworkFields()
{
    const QModelIndex name = model.index(theano, 0);
    checkUndoRedo([&] { QVERIFY(model.setData(name, u"  Theano  0.9 "_s)); });
    QCOMPARE(name.data().toString(), u"Theano 0.9"_s);
    QCOMPARE(model.headerData(theano, Qt::Vertical).toString(), u"Theano 0.9"_s);
    QCOMPARE(name.data(Role::Id).toString(), u"theano"_s); // renaming keeps the id

    const QModelIndex year = model.index(theano, model.factColumn(Fact::FirstRelease));
    checkUndoRedo([&] { QVERIFY(model.setData(year, 2010)); });
    QCOMPARE(year.data().toString(), u"2010"_s);
    checkUndoRedo([&] { QVERIFY(model.setData(year, QString())); });
    QCOMPARE(year.data().toString(), QString());
    QVERIFY(!model.setData(year, u"soon"_s));

    const QModelIndex apis = model.index(theano, model.factColumn(Fact::Apis));
    checkUndoRedo([&] { QVERIFY(model.setData(apis, u"Python, , C "_s)); });
    QCOMPARE(model.dataSet().frameworks.at(theano).apis, QStringList({u"Python"_s, u"C"_s}));

    const QModelIndex rating = model.index(theano, model.metricColumn(0));
    checkUndoRedo([&] { QVERIFY(model.setData(rating, u"Measured by me."_s, Role::Note)); });
    QCOMPARE(rating.data(Role::Note).toString(), u"Measured by me."_s);
    QCOMPARE(rating.data(Role::Score).toInt(), 3); // the note leaves the score alone

    checkUndoRedo([&] { QVERIFY(model.setData(name, u"Short."_s, Role::Summary)); });
    QCOMPARE(name.data(Role::Summary).toString(), u"Short."_s);
    checkUndoRedo([&] { QVERIFY(model.setData(name, QColor(Qt::green), Role::Color)); });
    QCOMPARE(model.frameworkColor(theano), QColor(Qt::green));
    checkUndoRedo([&] { QVERIFY(model.setData(name, QColor(), Role::Color)); });
    QVERIFY(!model.dataSet().frameworks.at(theano).color.isValid()); // back to the palette
    checkUndoRedo([&] { QVERIFY(model.setData(name, u"https://x.org/"_s, Role::Homepage)); });
    QCOMPARE(name.data(Role::Homepage).toString(), u"https://x.org/"_s);
}

void TestDataSetEditor::sourcesKeepUnknownKeys()
{
    DataSet data = TestData::bundled();
    data.frameworks[caffe].sources[1].extra.insert(u"accessed"_s, u"2026-11-01"_s);
    model.setDataSet(data);
    const QModelIndex name = model.index(caffe, 0);
    QVariantList sources = name.data(Role::Sources).toList();
    QCOMPARE(sources.size(), 9);
    // Delete the first source and retitle the (old) second one.
    sources.removeFirst();
    QVariantMap second = sources.first().toMap();
    second[u"title"_s] = u"Interfaces"_s;
    sources.first() = second;
    checkUndoRedo([&] { QVERIFY(model.setData(name, sources, Role::Sources)); });
    const Source &edited = model.dataSet().frameworks.at(caffe).sources.first();
    QCOMPARE(edited.title, u"Interfaces"_s);
    QCOMPARE(edited.extra.value(u"accessed"_s).toString(), u"2026-11-01"_s);
    // A source needs a title.
    sources.append(QVariantMap{{u"title"_s, u" "_s}, {u"url"_s, u"https://x.org/"_s}});
    QVERIFY(!model.setData(name, sources, Role::Sources));
}

void TestDataSetEditor::oneStepPerAction()
{
    // Editing a cell twice is two steps; each undo takes back one.
    const QModelIndex cell = model.index(theano, model.metricColumn(0));
    QVERIFY(model.setData(cell, 4));
    QVERIFY(model.setData(cell, 5));
    QCOMPARE(model.undoStack()->count(), 2);
    model.undoStack()->undo();
    QCOMPARE(cell.data().toString(), u"High"_s);
    model.undoStack()->undo();
    QCOMPARE(cell.data().toString(), u"Moderate"_s);
    QCOMPARE(model.undoStack()->undoText(), QString());
    model.undoStack()->redo();
    QCOMPARE(model.undoStack()->undoText(), u"Set Theano's Performance to High"_s);
}

QTEST_GUILESS_MAIN(TestDataSetEditor)
#include "tst_dataseteditor.moc"
