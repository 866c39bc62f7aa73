// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextEditField.h"

#include <QKeyEvent>
#include <QSignalBlocker>

namespace Versus {

TextEditField::TextEditField(QWidget *parent) : QPlainTextEdit(parent)
{
    // Tab moves on to the next field, as in a form; a note needs no tab characters.
    setTabChangesFocus(true);
}

void TextEditField::setTextQuietly(const QString &text)
{
    if (toPlainText() == text)
        return; // keeps the cursor where the person left it
    const QSignalBlocker blocker(this);
    setPlainText(text);
    document()->setModified(false);
}

void TextEditField::finishEditing()
{
    // Leaving a field that was only looked at is no edit.
    if (!document()->isModified())
        return;
    document()->setModified(false);
    emit editingFinished();
}

void TextEditField::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    finishEditing();
}

void TextEditField::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() & Qt::ControlModifier) {
        finishEditing();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace Versus
