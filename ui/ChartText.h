// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

namespace Versus {

// One piece of text a chart draws, where it draws it: what the geometry tests read, what the
// hit tests use, and what paint() draws, so that the three cannot disagree.
struct ChartText
{
    enum class Kind
    {
        Title,
        Legend,
        SpokeLabel,
        RingNumber,
        Category, // a metric's or framework's name beside its bars
        Value,    // a level's name or a score at the end of a bar
        Axis,     // a tick of a score axis
        Note      // a statement about the chart itself
    };
    Kind kind = Kind::Title;
    QString text;
    QRectF rect; // where it is drawn: wrapped inside it, no wider and no taller
    QFont font;  // its pixel size is set (QFont::pixelSize())
    QColor color;
    int flags = 0;       // Qt::AlignmentFlag and Qt::TextFlag, as for QPainter::drawText()
    QString key;         // the framework (or metric) it stands for, if any
    bool backed = false; // drawn on a patch of the background, over lines
};

} // namespace Versus
