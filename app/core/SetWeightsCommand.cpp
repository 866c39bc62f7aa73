// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetWeightsCommand.h"

#include "FrameworkModel.h"

namespace Versus {

SetWeightsCommand::SetWeightsCommand(FrameworkModel *model,
                                     std::optional<QMap<QString, int>> before,
                                     std::optional<QMap<QString, int>> after, const QString &text,
                                     QUndoCommand *parent)
    : QUndoCommand(text, parent), m_model(model), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void SetWeightsCommand::undo()
{
    m_model->applyWeights(m_before);
}

void SetWeightsCommand::redo()
{
    m_model->applyWeights(m_after);
}

} // namespace Versus
