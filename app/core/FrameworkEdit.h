// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataSet.h"
#include "ModelRoles.h"

#include <QCoreApplication>
#include <QVariant>

#include <optional>

namespace Versus {

// How a value given to the model for one framework becomes part of it: text tidied, a year
// and a list of APIs parsed, and what the file format would reject refused (an empty name, a
// note without a rating, a source without a title). The model makes the result an undo step.
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
};

} // namespace Versus
