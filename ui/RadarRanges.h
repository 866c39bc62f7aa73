// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QString>

#include <functional>

class QPainter;
class QRectF;

namespace Versus {

// The ranges of a radar chart's ratings: for each ranged rating a whisker along its spoke, from
// the ring of its lowest level to the ring of its highest, in its framework's colour, with a
// short cross-bar at each end and a dot at its score (it may cover the polygon's vertex). Several
// frameworks ranged on one metric have their whiskers side by side across the spoke, in the order
// they are plotted, so that none hides another.
class RadarRanges
{
public:
    // At scale 1 (a chart of text 11 px high); a larger chart has them larger, up to 1.8 times.
    static constexpr qreal Width = 2.5;
    static constexpr qreal Spacing = 4.5;   // between the whiskers of one spoke, centre to centre
    static constexpr qreal CapLength = 9;   // a lone whisker's cross-bar
    static constexpr qreal DotRadius = 4.5; // a lone whisker's dot: a vertex's

    struct Range
    {
        QString frameworkId;
        int metric = -1;
        int score = 0;
        int low = 0;
        int high = 0;
        int levels = 0;
    };
    struct Whisker
    {
        QString frameworkId;
        int metric = -1;
        int low = 0;
        int high = 0;
        QLineF line;      // from the low level's ring to the high one's, along the spoke
        QPointF score;    // on the line, at the score's ring
        qreal offset = 0; // from the spoke, across it (clockwise positive)
        qreal width = 0;  // of the line, without the thin line of background around it
        qreal cap = 0;    // the cross-bars' length
        qreal dot = 0;    // the score dot's radius
    };

    // Lays the whiskers out for a plot of `metrics` spokes around `center` with outer ring
    // `radius`, `scale` times the sizes above. A range of one level (low = high) is no range: no
    // whisker.
    void layout(const QList<Range> &ranges, const QPointF &center, qreal radius, int metrics,
                qreal scale = 1);
    const QList<Whisker> &whiskers() const { return m_whiskers; }
    // Whether `rect` touches a whisker or its cross-bars.
    bool touches(const QRectF &rect) const;
    // Draws them, each on a thin line of the background that sets it off a polygon of its own
    // colour; `color` gives a framework's (with the alpha it is drawn with), `onTop` is drawn
    // last.
    void paint(QPainter *painter, const std::function<QColor(const QString &)> &color,
               const QColor &background, const QString &onTop) const;

private:
    QList<Whisker> m_whiskers;
};

} // namespace Versus
