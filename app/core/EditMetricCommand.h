// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FrameworkModel.h"

#include <QUndoCommand>

namespace Versus {

// Renames a metric, changes its description or its levels. When levels are removed or
// reordered the ratings on the metric change with them, so the command keeps every rating
// on the metric from before and after.
class EditMetricCommand : public QUndoCommand
{
public:
    EditMetricCommand(FrameworkModel *model, int metricIndex, FrameworkModel::MetricEntry edited,
                      const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    FrameworkModel *m_model;
    int m_index;
    FrameworkModel::MetricEntry m_before;
    FrameworkModel::MetricEntry m_after;
};

} // namespace Versus
