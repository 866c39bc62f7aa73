// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoveFrameworkCommand.h"

#include "FrameworkModelMutation.h"

namespace Versus {

MoveFrameworkCommand::MoveFrameworkCommand(FrameworkModel *model, int from, int to,
                                           const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_model(model), m_from(from), m_to(to)
{
}

void MoveFrameworkCommand::undo()
{
    FrameworkModel::Mutation(m_model).moveFramework(m_to, m_from);
}

void MoveFrameworkCommand::redo()
{
    FrameworkModel::Mutation(m_model).moveFramework(m_from, m_to);
}

} // namespace Versus
