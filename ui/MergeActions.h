// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QAction;

namespace Versus {

class MainWindow;

// File > Merge Raters' Files…: several raters' copies of one data set made into one
// (RaterMerge), shown as a new, unsaved document, as an imported table is. Files that cannot
// be read or merged are reported (problemDialog) and the data shown stays.
class MergeActions : public QObject
{
    Q_OBJECT

public:
    MergeActions(MainWindow *window, QObject *parent);

    QAction *action() const { return m_merge; }

    // The file dialog (objectName "mergeRatersDialog"), shown with open().
    void chooseFiles();
    // Reads and merges `paths` (two or more); false, with the problem shown, when it cannot.
    bool mergeFiles(const QStringList &paths);

private:
    MainWindow *m_window;
    QAction *m_merge;
};

} // namespace Versus
