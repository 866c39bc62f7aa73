// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QPointer>
#include <QWidget>

namespace Versus {

// Fields take their value when the person leaves them (one undo step per finished edit). So
// before anything that reads or replaces the data as a whole (save, close, a structure change),
// the field being typed in is left and entered again: what was typed counts. A cell editor of
// the table is closed by this, with its value taken, as when the person clicks elsewhere.
inline void commitPendingEdit()
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return;
    const QPointer<QWidget> field(focus);
    focus->clearFocus();
    if (field && field->isVisible())
        field->setFocus(Qt::OtherFocusReason);
}

} // namespace Versus
