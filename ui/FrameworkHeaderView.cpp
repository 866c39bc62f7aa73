// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkHeaderView.h"

#include "Appearance.h"
#include "ModelRoles.h"

#include <QPainter>

namespace Versus {

FrameworkHeaderView::FrameworkHeaderView(Qt::Orientation orientation, QWidget *parent)
    : QHeaderView(orientation, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
}

void FrameworkHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    painter->save();
    QHeaderView::paintSection(painter, rect, logicalIndex);
    painter->restore();
    if (!model())
        return;
    const QColor own =
        model()->headerData(logicalIndex, orientation(), Role::Color).value<QColor>();
    // On a dark header a dark colour is lightened, as in the table's pips and the chart.
    const QColor color = Appearance::isDark(palette())
                             ? Appearance::readableOn(own, palette().color(QPalette::Button))
                             : own;
    if (!color.isValid())
        return;
    const QRect bar(rect.left() + 4, rect.bottom() - BarHeight - 1, rect.width() - 8, BarHeight);
    painter->fillRect(bar, color);
}

QSize FrameworkHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    size.rheight() += BarHeight + 2;
    return size;
}

} // namespace Versus
