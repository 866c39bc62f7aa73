// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportActions.h"

#include "FrameworkModel.h"
#include "PendingEdit.h"
#include "TableExporter.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

const auto LastDirKey = u"files/lastDirectory"_s;
const auto TableFilterKey = u"export/tableFormat"_s;

// The extension a name filter such as "Markdown (*.md *.markdown)" stands for: its first.
QString suffixOf(const QString &filter)
{
    const qsizetype star = filter.indexOf(u"*."_s);
    if (star < 0)
        return {};
    const qsizetype end = filter.indexOf(QRegularExpression(u"[ )]"_s), star);
    return filter.mid(star + 2, end < 0 ? -1 : end - star - 2);
}

} // namespace

ExportActions::ExportActions(FrameworkModel *model, QWidget *window)
    : QObject(window), m_model(model), m_window(window)
{
    auto *table = new QAction(tr("Export &Table…"), this);
    table->setObjectName(u"actionExportTable"_s);
    table->setStatusTip(tr("Write the comparison table as CSV, Markdown, HTML or JSON"));
    connect(table, &QAction::triggered, this, &ExportActions::exportTable);
    m_actions << table;
}

void ExportActions::addTo(QMenu *menu) const
{
    for (QAction *action : m_actions)
        menu->addAction(action);
}

void ExportActions::exportTable()
{
    commitPendingEdit();
    const QSettings settings;
    const QStringList filters = TableExporter::nameFilters();
    const QString filter = settings.value(TableFilterKey, filters.first()).toString();
    auto *dialog = new QFileDialog(m_window, tr("Export Table"),
                                   settings.value(LastDirKey, QDir::homePath()).toString());
    dialog->setObjectName(u"exportTableDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters(filters);
    dialog->selectNameFilter(filters.contains(filter) ? filter : filters.first());
    // A name typed without an extension gets the chosen format's.
    dialog->setDefaultSuffix(suffixOf(dialog->selectedNameFilter()));
    connect(dialog, &QFileDialog::filterSelected, dialog,
            [dialog](const QString &chosen) { dialog->setDefaultSuffix(suffixOf(chosen)); });
    dialog->selectFile(u"comparison."_s + dialog->defaultSuffix());
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog](const QString &path) {
        QSettings settings;
        settings.setValue(LastDirKey, QFileInfo(path).absolutePath());
        settings.setValue(TableFilterKey, dialog->selectedNameFilter());
        exportTableTo(path);
    });
    dialog->open();
}

bool ExportActions::exportTableTo(const QString &path)
{
    const WriteResult written = TableExporter::writeFile(*m_model, path);
    if (!written.ok) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Versus"), written.error,
                                    QMessageBox::Ok, m_window);
        box->setObjectName(u"errorDialog"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setTextFormat(Qt::PlainText);
        box->open();
        return false;
    }
    emit message(tr("Exported the table to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace Versus
