// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditMetricCommand.h"

namespace Versus {

EditMetricCommand::EditMetricCommand(FrameworkModel *model, int metricIndex,
                                     FrameworkModel::MetricEntry edited, const QString &text,
                                     QUndoCommand *parent)
    : QUndoCommand(text, parent), m_model(model), m_index(metricIndex),
      m_before(model->metricEntry(metricIndex)), m_after(std::move(edited))
{
}

void EditMetricCommand::undo()
{
    m_model->replaceMetric(m_index, m_before);
}

void EditMetricCommand::redo()
{
    m_model->replaceMetric(m_index, m_after);
}

} // namespace Versus
