// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataWriter.h"
#include "FrameworkModel.h"
#include "TestData.h"

#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Versus;

// Undo steps that merge (ChangeValueCommand): the steps of one weight, and a field typed on in
// (FrameworkModel::setTypingOn()), are one step; changes of different values are not.
class TestChangeValueCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void weightStepsAreOneStep();
    void typingOnInOneFieldIsOneStep();
    void differentFieldsDoNotMerge();
    void sameFieldOfAnotherFrameworkDoesNotMerge();
    void ratingAndItsNoteDoNotMerge();
    void backWhereItStartedLeavesNoStep();
    void undoneStepIsNotMergedInto();
    void saveEndsTheStep();

private:
    QUndoStack *stack() const { return model.undoStack(); }
    int metric(const QString &id) const { return model.dataSet().metricIndex(id); }
    QModelIndex name(const QString &id) const { return model.index(model.rowOfFramework(id), 0); }

    FrameworkModel model;
    QByteArray original; // the data as Save would write it before any change
};

void TestChangeValueCommand::init()
{
    model.setDataSet(TestData::bundledOnly());
    original = DataWriter::toJson(model.dataSet());
}

void TestChangeValueCommand::weightStepsAreOneStep()
{
    const int performance = metric(u"performance"_s);
    for (int weight = 2; weight <= 4; ++weight)
        QVERIFY(model.setWeight(performance, weight));
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->text(0), u"Set the weight of Performance to 4"_s);
    QCOMPARE(model.weight(performance), 4);
    stack()->undo();
    QCOMPARE(model.weight(performance), 1);
    QCOMPARE(DataWriter::toJson(model.dataSet()), original); // no `weights` written again
    stack()->redo();
    QCOMPARE(model.weight(performance), 4);
}

void TestChangeValueCommand::typingOnInOneFieldIsOneStep()
{
    const QModelIndex theano = name(u"theano"_s);
    const QString before = theano.data(Role::Summary).toString();
    // Enter after each word, the field keeping the keyboard; then the person leaves it.
    model.setTypingOn(true);
    for (const QString &typed : {u"S"_s, u"Sh"_s})
        QVERIFY(model.setData(theano, typed, Role::Summary));
    model.setTypingOn(false);
    QVERIFY(model.setData(theano, u"Short."_s, Role::Summary));
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(theano.data(Role::Summary).toString(), u"Short."_s);
    // The field was left: the next edit of it is a step of its own.
    QVERIFY(model.setData(theano, u"Shorter."_s, Role::Summary));
    QCOMPARE(stack()->count(), 2);
    stack()->undo();
    QCOMPARE(theano.data(Role::Summary).toString(), u"Short."_s);
    stack()->undo();
    QCOMPARE(theano.data(Role::Summary).toString(), before);
    QCOMPARE(DataWriter::toJson(model.dataSet()), original);
}

void TestChangeValueCommand::differentFieldsDoNotMerge()
{
    const QModelIndex theano = name(u"theano"_s);
    model.setTypingOn(true); // even a field left open does not take another field's change
    QVERIFY(model.setData(theano, u"Short."_s, Role::Summary));
    QVERIFY(model.setData(theano, u"https://example.org/"_s, Role::Homepage));
    const int firstRelease = model.factColumn(Fact::FirstRelease);
    const int lastRelease = model.factColumn(Fact::LastRelease);
    const QString lastBefore = theano.siblingAtColumn(lastRelease).data().toString();
    QVERIFY(model.setData(theano.siblingAtColumn(firstRelease), 2001));
    QVERIFY(model.setData(theano.siblingAtColumn(lastRelease), 2002));
    model.setTypingOn(false);
    QVERIFY(model.setWeight(metric(u"performance"_s), 3));
    QVERIFY(model.setWeight(metric(u"ecosystem"_s), 0));
    QCOMPARE(stack()->count(), 6);
    // One undo takes back the last field only.
    stack()->undo();
    QCOMPARE(model.weight(metric(u"ecosystem"_s)), 1);
    QCOMPARE(model.weight(metric(u"performance"_s)), 3);
    stack()->undo();
    stack()->undo();
    QCOMPARE(theano.siblingAtColumn(lastRelease).data().toString(), lastBefore);
    QCOMPARE(theano.siblingAtColumn(firstRelease).data().toString(), u"2001"_s);
    QCOMPARE(theano.data(Role::Homepage).toString(), u"https://example.org/"_s);
}

void TestChangeValueCommand::sameFieldOfAnotherFrameworkDoesNotMerge()
{
    model.setTypingOn(true);
    QVERIFY(model.setData(name(u"theano"_s), u"One."_s, Role::Summary));
    QVERIFY(model.setData(name(u"caffe"_s), u"Two."_s, Role::Summary));
    model.setTypingOn(false);
    QCOMPARE(stack()->count(), 2);
    stack()->undo();
    QCOMPARE(name(u"theano"_s).data(Role::Summary).toString(), u"One."_s);
}

void TestChangeValueCommand::ratingAndItsNoteDoNotMerge()
{
    const QModelIndex cell = name(u"theano"_s).siblingAtColumn(model.metricColumn(0));
    model.setTypingOn(true);
    QVERIFY(model.setData(cell, 5));
    QVERIFY(model.setData(cell, u"Measured."_s, Role::Note));
    model.setTypingOn(false);
    QVERIFY(model.setData(cell, 4));
    QVERIFY(model.setData(cell, 2)); // each rating chosen is a step of its own, as a menu choice
    QCOMPARE(stack()->count(), 4);
    stack()->undo();
    QCOMPARE(cell.data(Role::Score).toInt(), 4);
    stack()->undo();
    QCOMPARE(cell.data(Role::Score).toInt(), 5);
    QCOMPARE(cell.data(Role::Note).toString(), u"Measured."_s);
}

void TestChangeValueCommand::backWhereItStartedLeavesNoStep()
{
    const int performance = metric(u"performance"_s);
    QVERIFY(model.setWeight(performance, 3));
    QVERIFY(model.setWeight(performance, 2));
    model.setTypingOn(true);
    QVERIFY(model.setData(name(u"theano"_s), u"Short."_s, Role::Summary));
    model.setTypingOn(false);
    const DataSet data = TestData::bundledOnly();
    const QString summary = data.frameworks.at(data.frameworkIndex(u"theano"_s)).summary;
    QVERIFY(model.setData(name(u"theano"_s), summary, Role::Summary));
    // The summary typed back to what it was is no step; the weight stays one.
    QCOMPARE(stack()->count(), 1);
    QVERIFY(!stack()->isClean());
}

void TestChangeValueCommand::undoneStepIsNotMergedInto()
{
    const QModelIndex theano = name(u"theano"_s);
    model.setTypingOn(true);
    QVERIFY(model.setData(theano, u"First."_s, Role::Summary));
    stack()->undo();
    stack()->redo();
    QVERIFY(model.setData(theano, u"Second."_s, Role::Summary));
    model.setTypingOn(false);
    QCOMPARE(stack()->count(), 2);
    stack()->undo();
    QCOMPARE(theano.data(Role::Summary).toString(), u"First."_s);
}

void TestChangeValueCommand::saveEndsTheStep()
{
    const int performance = metric(u"performance"_s);
    QVERIFY(model.setWeight(performance, 3));
    stack()->setClean(); // as Save does
    QVERIFY(model.setWeight(performance, 4));
    QCOMPARE(stack()->count(), 2);
    stack()->undo();
    QVERIFY(stack()->isClean());
    QCOMPARE(model.weight(performance), 3);
}

QTEST_GUILESS_MAIN(TestChangeValueCommand)
#include "tst_changevaluecommand.moc"
