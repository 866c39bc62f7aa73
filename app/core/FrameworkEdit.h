// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataSet.h"
#include "ModelRoles.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariant>

#include <memory>
#include <optional>

namespace Versus {

class FrameworkModel;

// How a value given to the model for one framework becomes part of it: text tidied, a year
// and a list of APIs parsed, and what the file format would reject refused (an empty name, a
// note without a rating, a source without a title), and the undo step that makes the change.
class FrameworkEdit
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkEdit)

public:
    // Where the value goes: the kind of the cell's column, and its fact or metric.
    struct Target
    {
        ColumnKind kind;
        Fact fact = Fact::Developer;
        const Metric *metric = nullptr;
    };

    // Applies `value`, given for `role`, to `framework`. Returns the name of the field, for
    // the undo step's text, or nothing when the value is refused or the role not editable.
    static std::optional<QString> apply(Framework &framework, const Target &target,
                                        const QVariant &value, int role);

    // What the model's setData() makes of `value` for `role` in the cell (row, column), other
    // than comparing: `accepted` is false when the value is refused, and `command` is the undo
    // step to push, none when nothing would change (no empty undo step).
    struct Step
    {
        bool accepted = false;
        std::unique_ptr<QUndoCommand> command;
    };
    static Step step(FrameworkModel *model, int row, int column, const QVariant &value, int role);

private:
    static Step ratingStep(FrameworkModel *model, int row, int metricIndex, const QVariant &value);
    static Step frameworkStep(FrameworkModel *model, int row, int column, const QVariant &value,
                              int role);
};

} // namespace Versus
