// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTest>
#include <QTimer>

// Answers the next modal message box, opened with exec() by the code under test, as a person
// would: by clicking one of its buttons. Call it before the action that opens the box; an
// answer whose box never came ends with its test (tst_dialogs).
namespace Dialogs {

// The test function running, and its row.
inline QByteArray currentTest()
{
    QByteArray test(QTest::currentTestFunction());
    test += '/';
    test += QTest::currentDataTag();
    return test;
}

// `pick` chooses the button; `seen` gets the box's object name and text for the test to check.
template <typename Pick>
inline void answerNextMessageBox(Pick pick, QString *seenName = nullptr,
                                 QString *seenText = nullptr)
{
    auto *timer = new QTimer(qApp);
    timer->setObjectName(QStringLiteral("Dialogs::answerNextMessageBox"));
    timer->setInterval(10);
    // The answer belongs to the test that asked for it: once another test (or another row of
    // the same test) runs, it goes away unused, rather than click that test's box and write to
    // `seenName` and `seenText`, which lived in the ended test.
    const QByteArray test = currentTest();
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        if (currentTest() != test) {
            timer->stop();
            timer->deleteLater();
            return;
        }
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        if (seenName)
            *seenName = box->objectName();
        if (seenText)
            *seenText = box->text() + u'\n' + box->informativeText();
        if (QAbstractButton *button = pick(box))
            button->click();
    });
    timer->start();
}

// How many answers are still waiting for their box.
inline int pendingAnswers()
{
    return int(qApp->findChildren<QTimer *>(QStringLiteral("Dialogs::answerNextMessageBox"),
                                            Qt::FindDirectChildrenOnly)
                   .size());
}

inline void answerNextMessageBox(QMessageBox::StandardButton which, QString *seenName = nullptr,
                                 QString *seenText = nullptr)
{
    answerNextMessageBox([which](QMessageBox *box) { return box->button(which); }, seenName,
                         seenText);
}

// Clicks the button whose role is `role` (for boxes with buttons of their own).
inline void answerNextMessageBoxWithRole(QMessageBox::ButtonRole role, QString *seenName = nullptr,
                                         QString *seenText = nullptr)
{
    answerNextMessageBox(
        [role](QMessageBox *box) -> QAbstractButton * {
            for (QAbstractButton *button : box->buttons())
                if (box->buttonRole(button) == role)
                    return button;
            return nullptr;
        },
        seenName, seenText);
}

} // namespace Dialogs
