// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetTitleCommand.h"

#include "FrameworkModel.h"

namespace Versus {

SetTitleCommand::SetTitleCommand(FrameworkModel *model, const QString &before, const QString &after,
                                 QUndoCommand *parent)
    : QUndoCommand(parent), m_model(model), m_before(before), m_after(after)
{
    setText(FrameworkModel::tr("Change the title to “%1”").arg(after));
}

void SetTitleCommand::undo()
{
    m_model->applyTitle(m_before);
}

void SetTitleCommand::redo()
{
    m_model->applyTitle(m_after);
}

} // namespace Versus
