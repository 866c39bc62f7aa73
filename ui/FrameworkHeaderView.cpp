// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkHeaderView.h"

#include "Appearance.h"
#include "ModelRoles.h"

#include <QPainter>
#include <QStyleOptionHeader>

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

void FrameworkHeaderView::initStyleOptionForIndex(QStyleOptionHeader *option,
                                                  int logicalIndex) const
{
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    // Qt 6.4's styles draw a header's text whole and let the section's edges cut it, whatever
    // textElideMode says; so the text is shortened here, to the width the style leaves for it.
    if (textElideMode() == Qt::ElideNone || orientation() != Qt::Horizontal)
        return;
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, option, this);
    int width = sectionSize(logicalIndex) - 2 * margin;
    if (option->sortIndicator != QStyleOptionHeader::None)
        width -= style()->pixelMetric(QStyle::PM_HeaderMarkSize, option, this) + margin;
    option->text = option->fontMetrics.elidedText(option->text, textElideMode(), qMax(width, 0));
}

} // namespace Versus
