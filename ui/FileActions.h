// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Versus {

class Document;

// Saving the document and keeping unsaved work safe: File > Save, Save As, Export Data and
// Revert to Bundled Data, the Save / Discard / Cancel question before unsaved changes would
// be lost, and the offer to restore changes that a crash left behind.
class FileActions : public QObject
{
    Q_OBJECT

public:
    FileActions(Document *document, QWidget *window);

    // Save, Save As, Export Data, Revert: after the window's Open.
    void addTo(QMenu *menu) const;

    bool save();
    void saveAs();
    void exportData();
    void revertToBundled();

    // Before unsaved changes would be lost: asks Save / Discard / Cancel (objectName
    // "unsavedDialog"). True when it is fine to go on: saved, discarded, or nothing unsaved.
    bool maybeSave();
    // At start: when a previous run left unsaved changes, offers to restore them
    // (objectName "recoveryDialog"). Declining deletes them.
    void offerRecovery();

signals:
    void message(const QString &text);
    // offerRecovery() has looked for a crash's changes; `offered` when it asks about them.
    void recoveryChecked(bool offered);

private:
    void chooseFile(const QString &title, const QString &objectName,
                    void (FileActions::*then)(const QString &path));
    void saveTo(const QString &path);
    void exportTo(const QString &path);
    void showError(const QString &text);

    Document *m_document;
    QWidget *m_window;
    QList<QAction *> m_actions;
};

} // namespace Versus
