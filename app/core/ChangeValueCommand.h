// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <utility>

namespace Versus {

// One value changed as one undo step: a rating, a framework's name or facts, the weights, a
// metric. The command keeps the value before and after and sets one or the other.
//
// A step left open merges the next change of the same target into itself: each step of a
// weight's spin box, or each Enter of a person typing on in one field, so that one undo goes
// back to where the person started. The merged step that ends where it began is dropped.
// Changes of different targets never merge, and neither does a step once undone (a person who
// looked back starts a new step), nor, by QUndoStack's rule, one across a save.
template <typename Value> class ChangeValueCommand : public QUndoCommand
{
public:
    using Setter = std::function<void(const Value &)>;

    // `target` names what changes ("weight/speed"). `open`: the next change of the same target
    // merges into this step (a closed step, or one without a target, is a step of its own).
    ChangeValueCommand(QString target, Value before, Value after, Setter set, const QString &text,
                       bool open, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_target(std::move(target)), m_before(std::move(before)),
          m_after(std::move(after)), m_set(std::move(set)), m_open(open)
    {
    }

    // One id for every value type: mergeWith() tells them apart.
    int id() const override { return MergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const ChangeValueCommand *>(other);
        if (!next || !m_open || m_undone || m_target.isEmpty() || next->m_target != m_target)
            return false;
        m_after = next->m_after;
        m_open = next->m_open;
        setText(next->text());
        setObsolete(m_after == m_before);
        return true;
    }

    void undo() override
    {
        m_set(m_before);
        m_undone = true;
    }
    void redo() override { m_set(m_after); }

private:
    static constexpr int MergeId = 0x5645; // "VE"

    QString m_target;
    Value m_before;
    Value m_after;
    Setter m_set;
    bool m_open;
    bool m_undone = false;
};

} // namespace Versus
