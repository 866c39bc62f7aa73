// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileActions.h"

#include "DataStore.h"
#include "Document.h"
#include "PendingEdit.h"
#include "Settings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Versus {

FileActions::FileActions(Document *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window)
{
    const auto make = [this](const QString &text, const QString &name, auto slot,
                             const QKeySequence &shortcut, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, slot);
        m_actions << action;
        return action;
    };
    QAction *save = make(tr("&Save"), u"actionSave"_s, &FileActions::save, QKeySequence::Save,
                         tr("Save the data; the bundled data is saved as your own data file"));
    make(tr("Save &As…"), u"actionSaveAs"_s, &FileActions::saveAs, QKeySequence::SaveAs,
         tr("Save the data to another file and go on editing that file"));
    make(tr("&Export Data…"), u"actionExportData"_s, &FileActions::exportData, {},
         tr("Write a copy of the data to a file"));
    make(tr("Re&vert to Bundled Data…"), u"actionRevert"_s, &FileActions::revertToBundled, {},
         tr("Show the bundled data again, keeping your data file as a backup"));
    save->setEnabled(false);
    connect(document, &Document::modifiedChanged, save, &QAction::setEnabled);
}

void FileActions::addTo(QMenu *menu) const
{
    for (QAction *action : m_actions)
        menu->addAction(action);
}

bool FileActions::save()
{
    commitPendingEdit();
    // New or imported data has no file yet: Save asks where, as Save As does.
    if (m_document->savePath().isEmpty()) {
        saveAs();
        return false;
    }
    const Document::Result result = m_document->save();
    if (!result.ok) {
        showError(result.message);
        return false;
    }
    emit message(tr("Saved to %1").arg(QDir::toNativeSeparators(m_document->path())));
    return true;
}

void FileActions::saveAs()
{
    commitPendingEdit();
    chooseFile(tr("Save Data As"), u"saveAsDialog"_s, &FileActions::saveTo);
}

void FileActions::exportData()
{
    commitPendingEdit();
    chooseFile(tr("Export Data"), u"exportDataDialog"_s, &FileActions::exportTo);
}

void FileActions::saveTo(const QString &path)
{
    const Document::Result result = m_document->saveAs(path);
    if (!result.ok)
        showError(result.message);
    else
        emit message(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
}

void FileActions::exportTo(const QString &path)
{
    const Document::Result result = m_document->exportCopy(path);
    if (!result.ok)
        showError(result.message);
    else
        emit message(tr("Exported the data to %1").arg(QDir::toNativeSeparators(path)));
}

void FileActions::chooseFile(const QString &title, const QString &objectName,
                             void (FileActions::*then)(const QString &path))
{
    auto *dialog =
        new QFileDialog(m_window, title, Settings().value(Settings::Key::LastDirectory).toString(),
                        tr("Versus data (*.versus.json);;JSON data (*.json);;All files (*)"));
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"json"_s);
    // A *.versus.json file opens in Versus when double-clicked (packaging/versus.mime.xml.in).
    dialog->selectFile(u"frameworks.versus.json"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this, then](const QString &path) {
        Settings().setValue(Settings::Key::LastDirectory, QFileInfo(path).absolutePath());
        (this->*then)(path);
    });
    dialog->open();
}

void FileActions::revertToBundled()
{
    commitPendingEdit();
    QMessageBox box(QMessageBox::Question, tr("Versus"), tr("Show the bundled data again?"),
                    QMessageBox::Cancel, m_window);
    box.setObjectName(u"revertDialog"_s);
    QString consequence = tr("Your data file is kept as a backup beside it.");
    if (m_document->isModified())
        consequence += u' ' + tr("Changes you have not saved are lost.");
    box.setInformativeText(consequence);
    QPushButton *revert = box.addButton(tr("&Revert"), QMessageBox::DestructiveRole);
    box.exec();
    if (box.clickedButton() != revert)
        return;
    const Document::Result result = m_document->revertToBundled();
    if (!result.ok)
        showError(result.message);
    else
        emit message(result.message);
}

bool FileActions::maybeSave()
{
    commitPendingEdit();
    if (!m_document->isModified())
        return true;
    const QString title = m_document->title();
    QMessageBox box(QMessageBox::Warning, tr("Versus"),
                    tr("Save the changes to “%1” before closing it?").arg(title),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(u"unsavedDialog"_s);
    box.setInformativeText(m_document->savePath().isEmpty()
                               ? tr("If you don't save, they are lost.")
                               : tr("They will be saved to %1. If you don't save, they are lost.")
                                     .arg(QDir::toNativeSeparators(m_document->savePath())));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save(); // a failed save says why, and nothing is closed
    case QMessageBox::Discard:
        m_document->discardRecovery();
        return true;
    default:
        return false;
    }
}

void FileActions::offerRecovery()
{
    DataErrors errors;
    const std::optional<Document::Recovery> recovery = Document::findRecovery(&errors);
    if (!errors.isEmpty()) {
        showError(tr("Versus found changes left from a previous session, but they could not be "
                     "read:\n%1")
                      .arg(formatErrors(errors, 8)));
        emit recoveryChecked(false);
        return;
    }
    if (!recovery) {
        emit recoveryChecked(false);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Versus"),
                                tr("Versus was closed without saving your last changes."),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(u"recoveryDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Restore the changes made up to %1, or discard them?")
                                .arg(QLocale().toString(recovery->savedAt, QLocale::ShortFormat)));
    QPushButton *restore = box->addButton(tr("&Restore"), QMessageBox::AcceptRole);
    box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box->setDefaultButton(restore);
    // No Escape: closing the question must not decide about the person's work.
    connect(box, &QMessageBox::buttonClicked, this,
            [this, restore, data = *recovery](QAbstractButton *clicked) {
                if (clicked == restore) {
                    m_document->restore(data);
                    emit message(tr("Restored your unsaved changes"));
                } else {
                    Document::discardRecovery(data);
                }
                // Without a window manager the keyboard would stay with the closed question.
                m_window->activateWindow();
            });
    box->open();
    emit recoveryChecked(true);
}

void FileActions::showError(const QString &text)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Versus"), text, QMessageBox::Ok, m_window);
    box->setObjectName(u"errorDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->open();
}

} // namespace Versus
