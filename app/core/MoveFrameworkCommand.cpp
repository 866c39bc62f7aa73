// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoveFrameworkCommand.h"

#include "FrameworkModel.h"

namespace Versus {

MoveFrameworkCommand::MoveFrameworkCommand(FrameworkModel *model, int from, int to,
                                           const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_model(model), m_from(from), m_to(to)
{
}

void MoveFrameworkCommand::undo()
{
    m_model->moveFramework(m_to, m_from);
}

void MoveFrameworkCommand::redo()
{
    m_model->moveFramework(m_from, m_to);
}

} // namespace Versus
