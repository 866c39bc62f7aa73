// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataSet.h"

#include <QUndoCommand>

#include <optional>

namespace Versus {

class FrameworkModel;

// Sets or clears one framework's rating on one metric. Frameworks and metrics are named by id,
// not by row, so the command stays right when rows move between doing and undoing it.
class SetRatingCommand : public QUndoCommand
{
public:
    SetRatingCommand(FrameworkModel *model, const QString &frameworkId, const QString &metricId,
                     std::optional<Rating> rating, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    FrameworkModel *m_model;
    QString m_frameworkId;
    QString m_metricId;
    std::optional<Rating> m_before;
    std::optional<Rating> m_after;
};

} // namespace Versus
