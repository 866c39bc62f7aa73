// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Versus {

// Paints a rating cell as its level's label followed by a row of pips, one per level, the
// first `score` filled in the framework's colour. "Not rated" is written in the placeholder
// colour without pips, so it never looks like the lowest level. Other cells are painted as usual.
class RatingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int PipSize = 9;
    static constexpr int PipGap = 3;
};

} // namespace Versus
