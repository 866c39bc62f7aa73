// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FrameworkModelMutation.h"

#include <QUndoCommand>

namespace Versus {

// Adds or deletes one framework row or one metric column. The entry holds everything that
// goes with it (a framework's ratings, notes, sources, unknown keys and whether it is
// compared; every rating on a metric), so that undoing a deletion brings all of it back.
template <typename Entry> class InsertRemoveCommand : public QUndoCommand
{
public:
    enum class Kind
    {
        Insert,
        Remove
    };

    InsertRemoveCommand(FrameworkModel *model, Kind kind, int position, Entry entry,
                        const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_model(model), m_kind(kind), m_position(position),
          m_entry(std::move(entry))
    {
    }

    void undo() override { apply(m_kind == Kind::Remove); }
    void redo() override { apply(m_kind == Kind::Insert); }

private:
    void apply(bool insert)
    {
        FrameworkModel::Mutation change(m_model);
        if (insert)
            change.insertEntry(m_position, m_entry);
        else
            change.removeEntry(m_position, m_entry);
    }

    FrameworkModel *m_model;
    Kind m_kind;
    int m_position;
    Entry m_entry;
};

using FrameworkRowCommand = InsertRemoveCommand<FrameworkModel::Mutation::FrameworkEntry>;
using MetricColumnCommand = InsertRemoveCommand<FrameworkModel::Mutation::MetricEntry>;

} // namespace Versus
