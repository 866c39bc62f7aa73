// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace Versus {

// Light and dark. Versus follows the palette the desktop gives the application (a dark
// desktop theme makes a dark window, and the chart and table follow it, live). Where nothing
// chooses one (no desktop environment, Xvfb, a kiosk), VERSUS_COLOR_SCHEME=dark or =light
// chooses, with the Fusion style: see docs/using.md.
class Appearance
{
public:
    // Whether `palette` is a dark one: its window colour is darker than middle grey. (Qt 6.5
    // tells the colour scheme directly; 6.4, the oldest Qt Versus builds on, does not.)
    static bool isDark(const QPalette &palette);
    // The Fusion style's colours, dark.
    static QPalette darkPalette();
    // Applies VERSUS_COLOR_SCHEME (dark or light) to the application when it is set.
    static void applyColorSchemeFromEnvironment();
    // `color`, made lighter (on a dark background) or darker (on a light one) until it stands
    // out against `background` with a contrast ratio of at least `ratio` (WCAG's measure; 3 is
    // its minimum for lines and shapes). Hue and saturation are kept.
    static QColor readableOn(const QColor &color, const QColor &background, qreal ratio = 3.0);
    // WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black and white).
    static qreal contrast(const QColor &a, const QColor &b);
};

} // namespace Versus
