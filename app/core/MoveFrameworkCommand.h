// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

namespace Versus {

class FrameworkModel;

// Moves one framework to another row; the order is the order of the table's columns.
class MoveFrameworkCommand : public QUndoCommand
{
public:
    MoveFrameworkCommand(FrameworkModel *model, int from, int to, const QString &text,
                         QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    FrameworkModel *m_model;
    int m_from;
    int m_to;
};

} // namespace Versus
