// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QUndoCommand>

#include <optional>

namespace Versus {

class FrameworkModel;

// Changes the data set's metric weights. The whole `weights` object is kept before and after,
// so that undoing the first weight set in a file without weights leaves it without them again.
class SetWeightsCommand : public QUndoCommand
{
public:
    SetWeightsCommand(FrameworkModel *model, std::optional<QMap<QString, int>> before,
                      std::optional<QMap<QString, int>> after, const QString &text,
                      QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    FrameworkModel *m_model;
    std::optional<QMap<QString, int>> m_before;
    std::optional<QMap<QString, int>> m_after;
};

} // namespace Versus
