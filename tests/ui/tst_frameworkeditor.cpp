// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataSet.h"
#include "FrameworkEditor.h"
#include "FrameworkModel.h"
#include "FrameworkPalette.h"
#include "Selection.h"
#include "SourcesEditor.h"
#include "TestData.h"
#include "TextEditField.h"

#include <QColorDialog>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Versus;

// The editor panel: shows the selected framework, turns each finished edit into one undo step,
// and follows the model when something else changes it.
class TestFrameworkEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsNothingWithoutSelection();
    void showsSelectedFramework();
    void nameEditIsOneStep();
    void typingOnIsOneStep();
    void blankNameIsRefused();
    void ratingAndNote();
    void followsUndoAndTable();
    void yearAndStatus();
    void sources();
    void colorFromDialog();
    void automaticColor();
    void passingThroughChangesNothing();

private:
    template <typename T> T *field(const QString &name) const
    {
        T *widget = editor->findChild<T *>(name);
        if (!widget)
            qFatal("no field %s", qPrintable(name));
        return widget;
    }
    void type(QLineEdit *field, const QString &text);

    FrameworkModel *model = nullptr;
    Selection *selection = nullptr;
    FrameworkEditor *editor = nullptr;
    int theano = -1;
};

void TestFrameworkEditor::init()
{
    model = new FrameworkModel;
    model->setDataSet(TestData::bundled());
    selection = new Selection;
    editor = new FrameworkEditor(model, selection);
    editor->resize(420, 900);
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    theano = model->rowOfFramework(u"theano"_s);
}

void TestFrameworkEditor::cleanup()
{
    delete editor;
    delete selection;
    delete model;
}

void TestFrameworkEditor::type(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

void TestFrameworkEditor::showsNothingWithoutSelection()
{
    QCOMPARE(editor->currentRow(), -1);
    QCOMPARE(editor->findChild<QStackedWidget *>()->currentIndex(), 0);
}

void TestFrameworkEditor::showsSelectedFramework()
{
    selection->selectFramework(u"theano"_s);
    QCOMPARE(editor->currentRow(), theano);
    QCOMPARE(field<QLineEdit>(u"nameField"_s)->text(), u"Theano"_s);
    QVERIFY(field<QLineEdit>(u"developerField"_s)->text().contains(u"LISA lab"_s));
    QCOMPARE(field<QSpinBox>(u"firstReleaseField"_s)->value(), 2009);
    QCOMPARE(field<QSpinBox>(u"lastReleaseField"_s)->value(), 2020);
    QCOMPARE(field<QComboBox>(u"level:performance"_s)->currentText(), u"Moderate"_s);
    QCOMPARE(field<QComboBox>(u"level:ecosystem"_s)->currentText(), u"Growing"_s);
    QVERIFY(!field<TextEditField>(u"note:performance"_s)->toPlainText().isEmpty());
    QVERIFY(field<TextEditField>(u"summaryField"_s)->toPlainText().startsWith(u"Theano is"_s));
    QCOMPARE(field<QPushButton>(u"colorButton"_s)->text(), u"#D55E00"_s);
    QVERIFY(field<QTableWidget>(u"sourcesTable"_s)->rowCount() > 0);
    selection->selectFramework(u"caffe"_s);
    QCOMPARE(field<QLineEdit>(u"nameField"_s)->text(), u"Caffe"_s);
    QCOMPARE(field<QComboBox>(u"level:performance"_s)->currentText(), u"High"_s);
}

void TestFrameworkEditor::nameEditIsOneStep()
{
    selection->selectFramework(u"theano"_s);
    type(field<QLineEdit>(u"nameField"_s), u"Theano (LISA)"_s);
    QCOMPARE(model->index(theano, 0).data().toString(), u"Theano (LISA)"_s);
    QCOMPARE(model->undoStack()->count(), 1);
    QCOMPARE(editor->findChild<QLabel *>()->text().isEmpty(), false);
    // Leaving the field without a change adds nothing.
    QTest::keyClick(field<QLineEdit>(u"nameField"_s), Qt::Key_Return);
    QCOMPARE(model->undoStack()->count(), 1);
}

// Enter takes the name and the field keeps the keyboard; what the person types on, until they
// leave the field, is the same undo step. The next field is a step of its own.
void TestFrameworkEditor::typingOnIsOneStep()
{
    selection->selectFramework(u"theano"_s);
    QLineEdit *name = field<QLineEdit>(u"nameField"_s);
    QLineEdit *developer = field<QLineEdit>(u"developerField"_s);
    editor->activateWindow();
    type(name, u"Theano 1"_s);
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClicks(name, u".0"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QTest::keyClicks(name, u" (LISA)"_s);
    developer->setFocus(); // leaving the field takes the rest
    QTRY_VERIFY(developer->hasFocus());
    QCOMPARE(model->index(theano, 0).data().toString(), u"Theano 1.0 (LISA)"_s);
    QCOMPARE(model->undoStack()->count(), 1);
    type(developer, u"Mila"_s);
    QCOMPARE(model->undoStack()->count(), 2);
    model->undoStack()->undo();
    model->undoStack()->undo();
    QCOMPARE(model->index(theano, 0).data().toString(), u"Theano"_s);
    QCOMPARE(name->text(), u"Theano"_s);
}

void TestFrameworkEditor::blankNameIsRefused()
{
    selection->selectFramework(u"theano"_s);
    QLineEdit *name = field<QLineEdit>(u"nameField"_s);
    name->clear();
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(model->index(theano, 0).data().toString(), u"Theano"_s);
    QCOMPARE(name->text(), u"Theano"_s); // shows what the model kept
    QCOMPARE(model->undoStack()->count(), 0);
}

void TestFrameworkEditor::ratingAndNote()
{
    selection->selectFramework(u"theano"_s);
    QComboBox *level = field<QComboBox>(u"level:performance"_s);
    level->setFocus();
    QTest::keyClick(level, Qt::Key_Down); // a closed combo box steps to the next level
    QCOMPARE(model->index(theano, model->metricColumn(0)).data().toString(), u"High"_s);

    TextEditField *note = field<TextEditField>(u"note:performance"_s);
    note->setFocus();
    note->selectAll();
    QTest::keyClicks(note, u"My own benchmark."_s);
    QCOMPARE(model->undoStack()->count(), 1);     // nothing yet: the note is still being written
    field<QLineEdit>(u"nameField"_s)->setFocus(); // leaving the note finishes it
    QTRY_COMPARE(model->index(theano, model->metricColumn(0)).data(Role::Note).toString(),
                 u"My own benchmark."_s);
    QCOMPARE(model->undoStack()->count(), 2);

    // Not rated: the note has nothing to explain and cannot be edited.
    level->setCurrentIndex(0);
    emit level->activated(0);
    QVERIFY(!model->index(theano, model->metricColumn(0)).data(Role::Score).isValid());
    QVERIFY(!note->isEnabled());
}

void TestFrameworkEditor::followsUndoAndTable()
{
    selection->selectFramework(u"theano"_s);
    QVERIFY(model->setData(model->index(theano, model->metricColumn(1)), 2)); // as the table does
    QCOMPARE(field<QComboBox>(u"level:scalability"_s)->currentText(), u"Low"_s);
    QVERIFY(model->setData(model->index(theano, 0), u"Summary."_s, Role::Summary));
    QCOMPARE(field<TextEditField>(u"summaryField"_s)->toPlainText(), u"Summary."_s);
    model->undoStack()->undo();
    model->undoStack()->undo();
    QCOMPARE(field<QComboBox>(u"level:scalability"_s)->currentText(), u"High"_s);
    QVERIFY(field<TextEditField>(u"summaryField"_s)->toPlainText().startsWith(u"Theano is"_s));
}

void TestFrameworkEditor::yearAndStatus()
{
    selection->selectFramework(u"theano"_s);
    QSpinBox *year = field<QSpinBox>(u"firstReleaseField"_s);
    year->setFocus();
    QTest::keyClick(year, Qt::Key_Up);
    QTest::keyClick(year, Qt::Key_Return);
    QCOMPARE(model->index(theano, model->factColumn(Fact::FirstRelease)).data().toString(),
             u"2010"_s);
    QSpinBox *last = field<QSpinBox>(u"lastReleaseField"_s);
    QCOMPARE(last->value(), 2020);
    last->setFocus();
    QTest::keyClick(last, Qt::Key_Up);
    QTest::keyClick(last, Qt::Key_Return);
    QCOMPARE(model->index(theano, model->factColumn(Fact::LastRelease)).data().toString(),
             u"2021"_s);
    QCOMPARE(model->undoStack()->undoText(), u"Change Theano: Last release"_s);
    model->undoStack()->undo(); // the field follows the model
    QCOMPARE(last->value(), 2020);
    QCOMPARE(field<QSpinBox>(u"firstReleaseField"_s)->value(), 2010);
    // Clearing it (the lowest value reads "Unknown") leaves the file without a last release.
    last->setValue(last->minimum());
    emit last->editingFinished();
    QVERIFY(!model->dataSet().frameworks.at(theano).lastRelease.has_value());
    QCOMPARE(last->text(), u"Unknown"_s);
    QComboBox *status = field<QComboBox>(u"statusField"_s);
    status->setCurrentIndex(status->findText(u"Discontinued"_s));
    emit status->activated(status->currentIndex());
    QCOMPARE(model->index(theano, model->factColumn(Fact::Status)).data().toString(),
             u"Discontinued"_s);
}

void TestFrameworkEditor::sources()
{
    selection->selectFramework(u"theano"_s);
    QTableWidget *table = field<QTableWidget>(u"sourcesTable"_s);
    const int before = table->rowCount();
    QTest::mouseClick(field<QPushButton>(u"addSource"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), before + 1);
    QCOMPARE(model->index(theano, 0).data(Role::Sources).toList().size(), before + 1);
    // Retitle it in the table.
    table->item(before, 0)->setText(u"My measurements"_s);
    QCOMPARE(model->index(theano, 0).data(Role::Sources).toList().last().toMap().value(u"title"_s),
             u"My measurements"_s);
    // An empty title is refused and the old one shown again.
    table->item(before, 0)->setText(QString());
    QCOMPARE(table->item(before, 0)->text(), u"My measurements"_s);
    table->setCurrentCell(0, 0);
    QTest::mouseClick(field<QPushButton>(u"removeSource"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), before);
    QCOMPARE(model->undoStack()->count(), 3);
    model->undoStack()->undo();
    QCOMPARE(table->rowCount(), before + 1);
}

void TestFrameworkEditor::colorFromDialog()
{
    selection->selectFramework(u"theano"_s);
    QTest::mouseClick(field<QPushButton>(u"colorButton"_s), Qt::LeftButton);
    QColorDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = editor->findChild<QColorDialog *>(u"colorDialog"_s)));
    QCOMPARE(dialog->currentColor(), QColor(0xD5, 0x5E, 0x00)); // starts from the current one
    dialog->setCurrentColor(QColor(0x00, 0x9E, 0x73));
    dialog->accept();
    QCOMPARE(model->frameworkColor(theano), QColor(0x00, 0x9E, 0x73));
    QCOMPARE(field<QPushButton>(u"colorButton"_s)->text(), u"#009E73"_s);
    QCOMPARE(model->undoStack()->undoText(), u"Change Theano: Colour"_s);
}

void TestFrameworkEditor::automaticColor()
{
    selection->selectFramework(u"theano"_s);
    QPushButton *automatic = field<QPushButton>(u"automaticColorButton"_s);
    QVERIFY(automatic->isEnabled());
    QTest::mouseClick(automatic, Qt::LeftButton);
    // Theano is the second framework: the palette's second colour.
    QCOMPARE(model->frameworkColor(theano), FrameworkPalette::colors().at(1));
    QCOMPARE(field<QPushButton>(u"colorButton"_s)->text(),
             FrameworkPalette::colors().at(1).name().toUpper());
    QVERIFY(!automatic->isEnabled());
}

void TestFrameworkEditor::passingThroughChangesNothing()
{
    // Values a hand-edited file may hold, which the editor must not tidy or clamp on its own.
    DataSet data = TestData::bundled();
    Framework &framework = data.frameworks[theano];
    framework.firstRelease = 2150;
    framework.developer = u"LISA  lab"_s;
    framework.summary += u"\n"_s;
    framework.ratings[u"performance"_s].note += u"  "_s;
    model->setDataSet(data);
    selection->selectFramework(u"theano"_s);
    QCOMPARE(field<QSpinBox>(u"firstReleaseField"_s)->value(), 2150);

    // Into every field and out again, by keyboard, as a person reading the form would.
    QWidget *first = field<QLineEdit>(u"nameField"_s);
    first->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), first);
    for (int i = 0; i < 40; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    first->setFocus();
    QCOMPARE(model->undoStack()->count(), 0);
    QVERIFY(model->dataSet() == data);
}

QTEST_MAIN(TestFrameworkEditor)
#include "tst_frameworkeditor.moc"
