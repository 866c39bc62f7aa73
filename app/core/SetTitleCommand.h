// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>

namespace Versus {

class FrameworkModel;

// Changes the data set's title (Edit > Data Set Properties).
class SetTitleCommand : public QUndoCommand
{
public:
    SetTitleCommand(FrameworkModel *model, const QString &before, const QString &after,
                    QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    FrameworkModel *m_model;
    QString m_before;
    QString m_after;
};

} // namespace Versus
