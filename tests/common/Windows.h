// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MainWindow.h"
#include "TestData.h"

#include <QSettings>
#include <QTest>

// The main window as the ui tests start it: on the bundled data, shown and exposed.
namespace Windows {

inline Versus::MainWindow *showBundled()
{
    auto *window = new Versus::MainWindow;
    window->setData(TestData::bundled(), QStringLiteral(":/frameworks.json"),
                    Versus::Document::Origin::Bundled);
    // A first start opens at 80 % of the screen, which offscreen is 800 × 600: the tests are
    // written for the 1280 × 800 window the design names. A later start restores its own size.
    if (!QSettings().contains(QStringLiteral("window/geometry")))
        window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        qFatal("the main window was never shown");
    return window;
}

} // namespace Windows
