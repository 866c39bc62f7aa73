// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataSet.h"

#include <QUndoCommand>

namespace Versus {

class FrameworkModel;

// Replaces what is known about one framework (its name, facts, notes, summary, colour, links
// or sources) in one step. The framework is found by id when the step is undone or redone.
class EditFrameworkCommand : public QUndoCommand
{
public:
    EditFrameworkCommand(FrameworkModel *model, Framework edited, const QString &text,
                         QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    FrameworkModel *m_model;
    Framework m_before;
    Framework m_after;
};

} // namespace Versus
