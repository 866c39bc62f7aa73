// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetRatingCommand.h"

#include "FrameworkModel.h"

#include <QCoreApplication>

namespace Versus {

SetRatingCommand::SetRatingCommand(FrameworkModel *model, const QString &frameworkId,
                                   const QString &metricId, std::optional<Rating> rating,
                                   QUndoCommand *parent)
    : QUndoCommand(parent), m_model(model), m_frameworkId(frameworkId), m_metricId(metricId),
      m_after(std::move(rating))
{
    const DataSet &data = model->dataSet();
    const Framework &framework = data.frameworks.at(data.frameworkIndex(frameworkId));
    if (const Rating *before = framework.rating(metricId))
        m_before = *before;
    const Metric &metric = data.metrics.at(data.metricIndex(metricId));
    const QString level = m_after
                              ? metric.levelLabel(m_after->score)
                              : QCoreApplication::translate("Versus::FrameworkModel", "Not rated");
    setText(QCoreApplication::translate("Versus::SetRatingCommand", "Set %1's %2 to %3")
                .arg(framework.name, metric.name, level));
}

void SetRatingCommand::undo()
{
    m_model->applyRating(m_frameworkId, m_metricId, m_before);
}

void SetRatingCommand::redo()
{
    m_model->applyRating(m_frameworkId, m_metricId, m_after);
}

} // namespace Versus
