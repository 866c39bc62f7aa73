// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace Versus {

// A multi-line plain-text field that, like QLineEdit, says when the person is done changing it:
// on leaving the field or on Ctrl+Enter, if they changed it. A note or a summary is then one undo
// step, not one per key.
class TextEditField : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit TextEditField(QWidget *parent = nullptr);

    // Replaces the text without counting as an edit by the person.
    void setTextQuietly(const QString &text);

signals:
    void editingFinished();

protected:
    void finishEditing();
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Versus
