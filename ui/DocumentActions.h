// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QMimeData;

namespace Versus {

struct DataSet;
class MainWindow;
class MergeActions;
class RecentFiles;

// Starting and choosing comparisons: File > New… (a template dialog), File > Import Table…,
// File > Open Recent, Edit > Data Set Properties…, and a data file or table dropped on the
// window. Whatever replaces the data asks before unsaved changes are lost, as Open does:
// files are opened through MainWindow::openFile, new and imported data through the same
// FileActions::maybeSave. New and imported data is unsaved and has no file: Save asks where.
class DocumentActions : public QObject
{
    Q_OBJECT

public:
    explicit DocumentActions(MainWindow *window);

    // New…, Import Table… and Merge Raters' Files… (before Open), Open Recent (after it).
    void addNewActions(QMenu *menu) const;
    void addRecentMenu(QMenu *menu) const;
    // Data Set Properties…
    void addEditActions(QMenu *menu) const;

    RecentFiles *recentFiles() const { return m_recent; }

    // The dialogs, shown with open() (objectNames "newDataSetDialog", "importTableDialog",
    // "dataSetPropertiesDialog").
    void newDataSet();
    void chooseTableToImport();
    void editProperties();
    // Reads the table at `path` and shows it as new, unsaved data. A table with problems is
    // reported (problemDialog) and the current data stays; what was left out is listed
    // (objectName "importWarningsDialog").
    bool importTable(const QString &path);
    // The local file a drag carries, if it carries exactly one; else an empty string.
    static QString droppedFile(const QMimeData *mime);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Shows `data` as a new document without a file, unsaved.
    void showUnsaved(const DataSet &data);

    MainWindow *m_window;
    RecentFiles *m_recent;
    QAction *m_new;
    QAction *m_import;
    MergeActions *m_merge;
    QAction *m_properties;
};

} // namespace Versus
