// SPDX-License-Identifier: GPL-3.0-or-later
#include "RatingDelegate.h"

#include "ModelRoles.h"

#include <QApplication>
#include <QPainter>

namespace Versus {

namespace {

bool isRatingCell(const QModelIndex &index)
{
    return index.data(Role::ColumnKind).toInt() == int(ColumnKind::Metric);
}

int pipsWidth(int levels)
{
    return levels * RatingDelegate::PipSize + (levels - 1) * RatingDelegate::PipGap;
}

} // namespace

void RatingDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    if (!isRatingCell(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QVariant score = index.data(Role::Score);
    const int levels = index.data(Role::LevelCount).toInt();
    const QString text = opt.text;

    // Background, focus and selection as the style draws them, without the text.
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QRect area = opt.rect.adjusted(6, 2, -6, -2);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QRect textRect = area;
    if (score.isValid() && levels > 0) {
        const QColor color = index.data(Role::Color).value<QColor>();
        const int width = pipsWidth(levels);
        int x = area.right() - width + 1;
        const int y = area.center().y() - PipSize / 2;
        const QColor ring =
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        for (int level = 1; level <= levels; ++level, x += PipSize + PipGap) {
            const QRectF pip(x + 0.5, y + 0.5, PipSize - 1, PipSize - 1);
            painter->setPen(QPen(level <= score.toInt() ? color.darker(130) : ring, 1));
            painter->setBrush(level <= score.toInt() ? QBrush(color) : Qt::NoBrush);
            painter->drawEllipse(pip);
        }
        textRect.setRight(area.right() - width - 8);
        painter->setPen(
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    } else {
        QFont italic = opt.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText
                                                          : QPalette::PlaceholderText));
    }
    const QString elided =
        painter->fontMetrics().elidedText(text, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, elided);
    painter->restore();
}

QSize RatingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (isRatingCell(index)) {
        const int levels = index.data(Role::LevelCount).toInt();
        size.rwidth() += pipsWidth(levels) + 20;
        size.setHeight(qMax(size.height(), PipSize + 12));
    }
    return size;
}

} // namespace Versus
