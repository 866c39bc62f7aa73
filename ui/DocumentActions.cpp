// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentActions.h"

#include "DataSetPropertiesDialog.h"
#include "Document.h"
#include "FileActions.h"
#include "FrameworkModel.h"
#include "MainWindow.h"
#include "MergeActions.h"
#include "NewDataSetDialog.h"
#include "RecentFiles.h"
#include "Settings.h"
#include "TableImporter.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

// Dropped files with these extensions are tables to import; any other is opened as data.
bool isTable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"csv"_s || suffix == u"tsv"_s || suffix == u"txt"_s;
}

} // namespace

DocumentActions::DocumentActions(MainWindow *window)
    : QObject(window), m_window(window), m_recent(new RecentFiles(this)),
      m_new(new QAction(tr("&New…"), this)), m_import(new QAction(tr("&Import Table…"), this)),
      m_merge(new MergeActions(window, this)),
      m_properties(new QAction(tr("Data &Set Properties…"), this))
{
    m_new->setObjectName(u"actionNew"_s);
    m_new->setShortcut(QKeySequence::New);
    m_new->setStatusTip(tr("Start a new comparison from a template"));
    connect(m_new, &QAction::triggered, this, &DocumentActions::newDataSet);
    m_import->setObjectName(u"actionImportTable"_s);
    m_import->setStatusTip(
        tr("Make a comparison from a spreadsheet's CSV, or from a table Versus exported"));
    connect(m_import, &QAction::triggered, this, &DocumentActions::chooseTableToImport);
    m_properties->setObjectName(u"actionDataSetProperties"_s);
    m_properties->setStatusTip(tr("Change the title and the metrics of the data set"));
    connect(m_properties, &QAction::triggered, this, &DocumentActions::editProperties);

    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString &path) {
        if (m_window->openFile(path))
            m_recent->add(path);
    });
    // Opened, saved as: the file goes to the top of Open Recent.
    connect(m_window->document(), &Document::pathChanged, m_recent, &RecentFiles::add);

    m_window->setAcceptDrops(true);
    m_window->installEventFilter(this);
}

void DocumentActions::addNewActions(QMenu *menu) const
{
    menu->addAction(m_new);
    menu->addAction(m_import);
    menu->addAction(m_merge->action());
}

void DocumentActions::addRecentMenu(QMenu *menu) const
{
    menu->addMenu(m_recent->menu());
}

void DocumentActions::addEditActions(QMenu *menu) const
{
    menu->addAction(m_properties);
}

void DocumentActions::showUnsaved(const DataSet &data)
{
    m_window->setData(data, QString(), Document::Origin::File);
    // No undo step made it, yet it is not saved: no index of the stack is clean.
    m_window->model()->undoStack()->resetClean();
}

void DocumentActions::newDataSet()
{
    auto *dialog = new NewDataSetDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const DataSet data = dialog->dataSet();
        if (!m_window->fileActions()->maybeSave())
            return;
        showUnsaved(data);
        m_window->statusBar()->showMessage(
            tr("New comparison: add frameworks with Edit > Add Framework"), 8000);
    });
    dialog->open();
}

void DocumentActions::chooseTableToImport()
{
    auto *dialog = new QFileDialog(m_window, tr("Import Table"),
                                   Settings().value(Settings::Key::LastDirectory).toString(),
                                   tr("Tables (*.csv *.tsv *.txt);;All files (*)"));
    dialog->setObjectName(u"importTableDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        Settings().setValue(Settings::Key::LastDirectory, QFileInfo(path).absolutePath());
        importTable(path);
    });
    dialog->open();
}

bool DocumentActions::importTable(const QString &path)
{
    const ImportResult result = TableImporter::importFile(path, QDir::toNativeSeparators(path));
    if (!result.ok()) {
        m_window->showProblems(tr("“%1” could not be imported. The data shown has not changed.")
                                   .arg(QFileInfo(path).fileName()),
                               result.errors);
        return false;
    }
    // Read first, as Open does: a table that cannot be imported leaves the current data.
    if (!m_window->fileActions()->maybeSave())
        return false;
    showUnsaved(result.data);
    m_window->statusBar()->showMessage(
        tr("Imported %1; save it to keep it").arg(QDir::toNativeSeparators(path)), 8000);
    if (!result.warnings.isEmpty()) {
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("Versus"),
            tr("“%1” was imported, but not all of it:").arg(QFileInfo(path).fileName()),
            QMessageBox::Ok, m_window);
        box->setObjectName(u"importWarningsDialog"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setTextFormat(Qt::PlainText);
        box->setInformativeText(result.warnings.join(u'\n'));
        box->open();
    }
    return true;
}

void DocumentActions::editProperties()
{
    auto *dialog = new DataSetPropertiesDialog(m_window->model(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString DocumentActions::droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return {};
    const QString path = urls.first().toLocalFile();
    return QFileInfo(path).isFile() ? path : QString();
}

bool DocumentActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (droppedFile(drag->mimeData()).isEmpty())
            return false;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = droppedFile(drop->mimeData());
        if (path.isEmpty())
            return false;
        drop->acceptProposedAction();
        // After the drop has returned: the question about unsaved changes must not hold up
        // the program the file was dragged from.
        QTimer::singleShot(0, this, [this, path] {
            if (isTable(path))
                importTable(path);
            else if (m_window->openFile(path))
                m_recent->add(path);
        });
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace Versus
