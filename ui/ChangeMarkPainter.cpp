// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeMarkPainter.h"

#include "Appearance.h"

#include <QPainter>
#include <QStyleOptionViewItem>

namespace Versus::ChangeMarkPainter {

void paint(QPainter *painter, const QStyleOptionViewItem &option, Change change, const QRect &slot)
{
    if (change == Change::None)
        return;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor base =
        option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
    QColor color;
    if (selected)
        color = option.palette.color(group, QPalette::HighlightedText);
    else if (change == Change::Higher)
        color = Appearance::readableOn(QColor(0x00, 0x9E, 0x73), base); // bluish green
    else if (change == Change::Lower)
        color = Appearance::readableOn(QColor(0xD5, 0x5E, 0x00), base); // vermillion
    else if (change == Change::Added)
        color = Appearance::readableOn(QColor(0x00, 0x72, 0xB2), base); // blue
    else
        color = option.palette.color(group, QPalette::Text);

    const int w = Width;
    const QPointF c = QRectF(slot).center();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    switch (change) {
    case Change::Higher:
    case Change::Lower: {
        const qreal half = w / 2.0;
        const qreal dy = change == Change::Higher ? -half * 0.8 : half * 0.8;
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(
            QPolygonF({QPointF(c.x(), c.y() + dy), QPointF(c.x() - half, c.y() - dy),
                       QPointF(c.x() + half, c.y() - dy)}));
        break;
    }
    case Change::Added:
    case Change::Removed: {
        painter->setPen(QPen(color, 2, Qt::SolidLine, Qt::FlatCap));
        const qreal r = w / 2.0 - 0.5;
        if (change == Change::Added) {
            painter->drawLine(QPointF(c.x() - r, c.y()), QPointF(c.x() + r, c.y()));
            painter->drawLine(QPointF(c.x(), c.y() - r), QPointF(c.x(), c.y() + r));
        } else {
            const qreal d = r * 0.75;
            painter->drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d));
            painter->drawLine(QPointF(c.x() - d, c.y() + d), QPointF(c.x() + d, c.y() - d));
        }
        break;
    }
    case Change::Changed:
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(c, 2.5, 2.5);
        break;
    case Change::None:
        break;
    }
    painter->restore();
}

} // namespace Versus::ChangeMarkPainter
