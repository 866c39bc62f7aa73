// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MainWindow.h"
#include "TestData.h"

#include <QTest>

// The main window as the ui tests start it: on the bundled data, shown and exposed.
namespace Windows {

inline Versus::MainWindow *showBundled()
{
    auto *window = new Versus::MainWindow;
    window->setData(TestData::bundled(), QStringLiteral(":/frameworks.json"),
                    Versus::Document::Origin::Bundled);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        qFatal("the main window was never shown");
    return window;
}

} // namespace Windows
