// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeMarks.h"

#include <QRect>

class QPainter;
class QStyleOptionViewItem;

namespace Versus {

// The mark of a table cell that differs from the compared file (Role::Change): a triangle up
// or down for a higher or lower rating, a plus for one added, a cross for one removed, a dot
// for any other change. The shape says which, so colour is only a help; each colour stands
// out from the cell's background in light and dark (Appearance::readableOn).
namespace ChangeMarkPainter {

inline constexpr int Width = 9;

// Draws the mark of `change` centred in `slot`.
void paint(QPainter *painter, const QStyleOptionViewItem &option, Change change, const QRect &slot);

} // namespace ChangeMarkPainter

} // namespace Versus
