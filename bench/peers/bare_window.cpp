// SPDX-License-Identifier: GPL-3.0-or-later
// The anchor of Versus's start-up time: the least a Qt Widgets program does to show a window.
// A QLabel is shown and the program quits right after its first paint, as Versus does with
// VERSUS_QUIT_AFTER_FIRST_PAINT=1.
//   hyperfine -N --warmup 3 'build/release/bench/peers/bare_window'
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QTimer>

namespace {

class QuitAfterPaint : public QObject
{
protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Quit once the paint has been handled, drawn and flushed: the next turn of the loop.
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Hello"));
    QuitAfterPaint quitter;
    label.installEventFilter(&quitter);
    label.show();
    return app.exec();
}
