// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkPalette.h"

namespace Versus {

// Okabe & Ito's palette, distinguishable with the common forms of colour blindness, and two
// darker colours after its seven that read well on white — Paul Tol's wine and a brown — so that
// ten frameworks get ten colours, each at least 26 apart in CIELAB (ΔE*76) from every other,
// as far apart as Okabe & Ito's own closest pair. Yellow comes last: it is hard to see on a
// light background.
QList<QColor> FrameworkPalette::colors()
{
    static const QList<QColor> colors{QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
                                      QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                      QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                      QColor(0x59, 0x59, 0x59), QColor(0x88, 0x22, 0x55),
                                      QColor(0x8C, 0x51, 0x0A), QColor(0xF0, 0xE4, 0x42)};
    return colors;
}

QColor FrameworkPalette::color(int index)
{
    const QList<QColor> &all = colors();
    return all.at(index % all.size());
}

} // namespace Versus
