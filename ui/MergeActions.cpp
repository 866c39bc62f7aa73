// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeActions.h"

#include "DataReader.h"
#include "Document.h"
#include "FileActions.h"
#include "FrameworkModel.h"
#include "MainWindow.h"
#include "RaterMerge.h"
#include "Settings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Versus {

MergeActions::MergeActions(MainWindow *window, QObject *parent)
    : QObject(parent), m_window(window), m_merge(new QAction(tr("&Merge Raters' Files…"), this))
{
    m_merge->setObjectName(u"actionMergeRaters"_s);
    m_merge->setStatusTip(
        tr("Make one comparison of several people's ratings: the median of their scores, "
           "with the spread as a range"));
    connect(m_merge, &QAction::triggered, this, &MergeActions::chooseFiles);
}

void MergeActions::chooseFiles()
{
    auto *dialog = new QFileDialog(m_window, tr("Merge Raters' Files"),
                                   Settings().value(Settings::Key::LastDirectory).toString(),
                                   tr("Versus data (*.json);;All files (*)"));
    dialog->setObjectName(u"mergeRatersDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &paths) {
        if (!paths.isEmpty())
            Settings().setValue(Settings::Key::LastDirectory,
                                QFileInfo(paths.first()).absolutePath());
        mergeFiles(paths);
    });
    dialog->open();
}

bool MergeActions::mergeFiles(const QStringList &paths)
{
    if (paths.size() < 2) {
        m_window->showProblems(tr("Choose two or more raters' files to merge."));
        return false;
    }
    QList<RaterMerge::Input> inputs;
    DataErrors errors;
    for (const QString &path : paths) {
        ReadResult read = DataReader::readFile(path, QDir::toNativeSeparators(path));
        errors += read.errors;
        inputs.append({QDir::toNativeSeparators(path), std::move(read.data)});
    }
    RaterMerge::Result merged;
    if (errors.isEmpty()) {
        merged = RaterMerge::merge(inputs);
        errors = merged.errors;
        RaterMerge::place(errors);
    }
    if (!errors.isEmpty()) {
        m_window->showProblems(tr("The files could not be merged. The data shown has not changed."),
                               errors);
        return false;
    }
    // Read and merged first, as Open does: files that cannot be merged leave the current data.
    if (!m_window->fileActions()->maybeSave())
        return false;
    // New data without a file, as an imported table: no undo step made it, yet it is unsaved.
    m_window->setData(merged.data, QString(), Document::Origin::File);
    m_window->model()->undoStack()->resetClean();
    m_window->statusBar()->showMessage(
        tr("Merged %n raters' files; save the result to keep it", nullptr, int(paths.size())),
        8000);
    return true;
}

} // namespace Versus
