// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>

namespace Versus {

// The colours of frameworks that have no colour of their own: the model's Role::Color, and the
// first unused one for a framework added in the window.
class FrameworkPalette
{
public:
    // The ten colours (Okabe & Ito's and two more), in the order they are given out.
    static QList<QColor> colors();
    // The colour for the framework at `index` (0 and up), repeating after the ten.
    static QColor color(int index);
};

} // namespace Versus
