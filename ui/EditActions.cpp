// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditActions.h"

#include "FrameworkEditor.h"
#include "FrameworkModel.h"
#include "MetricDialog.h"
#include "PendingEdit.h"
#include "Selection.h"

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QWidget>

#include <functional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Versus {

EditActions::EditActions(FrameworkModel *model, Selection *selection, QWidget *window)
    : QObject(window), m_model(model), m_selection(selection), m_window(window), m_editor(model)
{
    const auto make = [this](const QString &text, const QString &name, auto slot,
                             const QKeySequence &shortcut = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, [this, slot] {
            commitPendingEdit(); // what is being typed belongs to the framework shown now
            std::invoke(slot, this);
        });
        m_actions << action;
        return action;
    };
    QUndoStack *stack = model->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"actionUndo"_s);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"actionRedo"_s);
    redo->setShortcut(QKeySequence::Redo);
    m_actions << undo << redo << nullptr;

    make(tr("&Add Framework…"), u"actionAddFramework"_s, &EditActions::addFramework,
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_duplicate = make(tr("Du&plicate Framework"), u"actionDuplicateFramework"_s,
                       &EditActions::duplicateFramework, QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete =
        make(tr("&Delete Framework…"), u"actionDeleteFramework"_s, &EditActions::deleteFramework);
    m_moveLeft = make(
        tr("Move Framework &Left"), u"actionMoveLeft"_s,
        [](EditActions *self) { self->moveFramework(-1); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
    m_moveRight = make(
        tr("Move Framework Ri&ght"), u"actionMoveRight"_s,
        [](EditActions *self) { self->moveFramework(1); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    m_actions << nullptr;
    make(tr("Add &Metric…"), u"actionAddMetric"_s, &EditActions::addMetric);
    m_editMetric = make(tr("&Edit Metric…"), u"actionEditMetric"_s, &EditActions::editMetric);
    m_deleteMetric =
        make(tr("Delete Me&tric…"), u"actionDeleteMetric"_s, &EditActions::deleteMetric);

    // What each does, in the status bar while it is pointed at in the menu.
    const std::pair<const char *, QString> tips[] = {
        {"actionAddFramework", tr("Add a framework, named as you choose, with no ratings")},
        {"actionDuplicateFramework", tr("Add a copy of the selected framework beside it")},
        {"actionDeleteFramework", tr("Delete the selected framework and its ratings")},
        {"actionMoveLeft", tr("Move the selected framework one column to the left")},
        {"actionMoveRight", tr("Move the selected framework one column to the right")},
        {"actionAddMetric", tr("Add a metric, with its levels, that frameworks can be rated on")},
        {"actionEditMetric", tr("Rename the selected metric, or change its description or levels")},
        {"actionDeleteMetric", tr("Delete the selected metric and every rating on it")},
    };
    for (QAction *action : std::as_const(m_actions))
        for (const auto &[name, tip] : tips)
            if (action && action->objectName() == QLatin1StringView(name))
                action->setStatusTip(tip);

    connect(selection, &Selection::changed, this, &EditActions::updateActions);
    const auto update = [this] { updateActions(); };
    connect(model, &QAbstractItemModel::modelReset, this, update);
    connect(model, &QAbstractItemModel::rowsInserted, this, update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, update);
    connect(model, &QAbstractItemModel::rowsMoved, this, update);
    connect(model, &QAbstractItemModel::columnsInserted, this, update);
    connect(model, &QAbstractItemModel::columnsRemoved, this, update);
    updateActions();
}

void EditActions::addTo(QMenu *menu) const
{
    for (QAction *action : m_actions) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
}

void EditActions::setEditor(FrameworkEditor *editor, QAction *showEditor)
{
    m_frameworkEditor = editor;
    m_showEditor = showEditor;
}

int EditActions::selectedRow() const
{
    return m_model->rowOfFramework(m_selection->frameworkId());
}

int EditActions::selectedMetric() const
{
    return m_model->dataSet().metricIndex(m_selection->metricId());
}

void EditActions::updateActions()
{
    const int row = selectedRow();
    m_duplicate->setEnabled(row >= 0);
    m_delete->setEnabled(row >= 0);
    m_moveLeft->setEnabled(row > 0);
    m_moveRight->setEnabled(row >= 0 && row < m_model->rowCount() - 1);
    const int metric = selectedMetric();
    m_editMetric->setEnabled(metric >= 0);
    m_deleteMetric->setEnabled(metric >= 0 && m_model->metricCount() > 1);
}

void EditActions::addFramework()
{
    // The name comes first: the framework's id, which files and settings use, is made from it.
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(u"addFrameworkDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add Framework"));
    dialog->setLabelText(tr("&Name of the framework:"));
    dialog->setOkButtonText(tr("&Add"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        const int row = m_editor.addFramework(name);
        if (row < 0)
            return;
        m_selection->selectFramework(m_model->index(row, 0).data(Role::Id).toString());
        // Its facts and ratings are filled in next, in the editor.
        if (m_showEditor && !m_showEditor->isChecked())
            m_showEditor->trigger();
        if (m_frameworkEditor) {
            // The editor may be open behind another tab of its dock area.
            if (auto *dock = qobject_cast<QDockWidget *>(m_frameworkEditor->parentWidget()))
                dock->raise();
            m_frameworkEditor->focusName();
        }
    });
    dialog->open();
}

void EditActions::duplicateFramework()
{
    const int row = m_editor.duplicateFramework(selectedRow());
    if (row >= 0)
        m_selection->selectFramework(m_model->index(row, 0).data(Role::Id).toString());
}

void EditActions::deleteFramework()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Framework &framework = m_model->dataSet().frameworks.at(row);
    const int ratings = int(framework.ratings.size());
    const QString consequence =
        ratings == 1
            ? tr("Its rating and sources go with it. You can undo this.")
            : tr("Its %n ratings and its sources go with it. You can undo this.", nullptr, ratings);
    if (!confirm(tr("Delete the framework “%1”?").arg(framework.name), consequence,
                 tr("&Delete Framework")))
        return;
    m_selection->clear();
    m_editor.removeFramework(row);
}

void EditActions::moveFramework(int by)
{
    const int row = selectedRow();
    m_editor.moveFramework(row, row + by);
    updateActions();
}

void EditActions::addMetric()
{
    auto *dialog = new MetricDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add Metric"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int index =
            m_editor.addMetric(dialog->name(), dialog->levels(), dialog->description());
        if (index >= 0)
            m_selection->selectMetric(m_model->dataSet().metrics.at(index).id);
    });
    dialog->open();
}

void EditActions::editMetric()
{
    const int index = selectedMetric();
    if (index < 0)
        return;
    const Metric &metric = m_model->dataSet().metrics.at(index);
    auto *dialog = new MetricDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Edit Metric"));
    dialog->setMetric(metric.name, metric.description, metric.levels);
    // The metric is named by id: undo may move it while the dialog is open.
    const QString id = metric.id;
    dialog->setRatingsLostCounter([this, id](const QList<int> &origins) {
        const int at = m_model->dataSet().metricIndex(id);
        return at < 0 ? 0 : m_editor.ratingsLost(at, origins);
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const int at = m_model->dataSet().metricIndex(id);
        if (at >= 0)
            m_editor.editMetric(at, dialog->name(), dialog->description(), dialog->levels(),
                                dialog->origins());
    });
    dialog->open();
}

void EditActions::deleteMetric()
{
    const int index = selectedMetric();
    if (index < 0)
        return;
    const int ratings = m_editor.ratingCount(index);
    const QString consequence =
        ratings == 1 ? tr("1 framework is rated on it; that rating and its note go with it. "
                          "You can undo this.")
                     : tr("%n frameworks are rated on it; their ratings and notes go with it. "
                          "You can undo this.",
                          nullptr, ratings);
    if (!confirm(tr("Delete the metric “%1”?").arg(m_model->dataSet().metrics.at(index).name),
                 consequence, tr("&Delete Metric")))
        return;
    m_selection->clear();
    m_editor.removeMetric(index);
}

bool EditActions::confirm(const QString &question, const QString &consequence,
                          const QString &action)
{
    QMessageBox box(QMessageBox::Question, tr("Versus"), question, QMessageBox::Cancel, m_window);
    box.setObjectName(u"confirmDialog"_s);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(consequence);
    QPushButton *yes = box.addButton(action, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace Versus
