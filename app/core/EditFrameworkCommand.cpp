// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditFrameworkCommand.h"

#include "FrameworkModel.h"

namespace Versus {

EditFrameworkCommand::EditFrameworkCommand(FrameworkModel *model, Framework edited,
                                           const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_model(model),
      m_before(model->dataSet().frameworks.at(model->rowOfFramework(edited.id))),
      m_after(std::move(edited))
{
}

void EditFrameworkCommand::undo()
{
    m_model->replaceFramework(m_before);
}

void EditFrameworkCommand::redo()
{
    m_model->replaceFramework(m_after);
}

} // namespace Versus
