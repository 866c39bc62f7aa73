// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataSetEditor.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Versus {

class FrameworkEditor;
class FrameworkModel;
class Selection;

// The Edit menu: undo and redo of the model's stack, and the changes to the structure of the
// data set (frameworks and metrics) for what is selected. Asks before a change that drops
// ratings, and says how many.
class EditActions : public QObject
{
    Q_OBJECT

public:
    EditActions(FrameworkModel *model, Selection *selection, QWidget *window);

    void addTo(QMenu *menu) const;
    // Where a framework just added is shown for its name to be typed.
    void setEditor(FrameworkEditor *editor, QAction *showEditor);

    void addFramework();
    void duplicateFramework();
    void deleteFramework();
    void moveFramework(int by);
    void addMetric();
    void editMetric();
    void deleteMetric();

private:
    void updateActions();
    int selectedRow() const;
    int selectedMetric() const;
    // Asks "Delete …?" with a sentence on what goes with it; true when the person agrees.
    bool confirm(const QString &question, const QString &consequence, const QString &action);

    FrameworkModel *m_model;
    Selection *m_selection;
    QWidget *m_window;
    DataSetEditor m_editor;
    FrameworkEditor *m_frameworkEditor = nullptr;
    QAction *m_showEditor = nullptr;
    QList<QAction *> m_actions; // in menu order; nullptr is a separator
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_moveLeft;
    QAction *m_moveRight;
    QAction *m_editMetric;
    QAction *m_deleteMetric;
};

} // namespace Versus
