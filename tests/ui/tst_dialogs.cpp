// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dialogs.h"

#include <QMessageBox>
#include <QPointer>
#include <QTest>

using namespace Qt::StringLiterals;

// The tests' helper that answers the next message box must not outlive the test that armed it:
// a box that never came would otherwise be answered in a later test, which then passes or
// fails for a click it never made (and the helper would write to the ended test's variables).
// The test functions run in the order they are declared.
class TestDialogs : public QObject
{
    Q_OBJECT

private slots:
    void armedButNoBoxCame();
    void aLaterTestsBoxIsLeftAlone();
    void theBoxOfItsOwnTestIsAnswered();
};

void TestDialogs::armedButNoBoxCame()
{
    Dialogs::answerNextMessageBox(QMessageBox::Ok);
    // The test ends without the box it expected.
}

void TestDialogs::aLaterTestsBoxIsLeftAlone()
{
    QMessageBox box(QMessageBox::Question, u"Versus"_s, u"Keep this?"_s,
                    QMessageBox::Ok | QMessageBox::Cancel);
    box.setWindowModality(Qt::ApplicationModal);
    box.show();
    QCOMPARE(QApplication::activeModalWidget(), &box);
    // The helper polls every 10 ms. Once it has looked at least once during this test, it has
    // either answered the box (wrongly) or stopped; it tells which by going away either way.
    QTRY_VERIFY(Dialogs::pendingAnswers() == 0);
    QVERIFY2(box.isVisible(), "the previous test's answer clicked this test's box");
    box.close();
}

void TestDialogs::theBoxOfItsOwnTestIsAnswered()
{
    QString seenName;
    Dialogs::answerNextMessageBox(QMessageBox::Cancel, &seenName);
    QMessageBox box(QMessageBox::Question, u"Versus"_s, u"Keep this?"_s,
                    QMessageBox::Ok | QMessageBox::Cancel);
    box.setObjectName(u"question"_s);
    QCOMPARE(box.exec(), int(QMessageBox::Cancel));
    QCOMPARE(seenName, u"question"_s);
    QTRY_COMPARE(Dialogs::pendingAnswers(), 0);
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
