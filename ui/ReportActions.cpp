// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportActions.h"

#include "Document.h"
#include "FrameworkModel.h"
#include "PendingEdit.h"
#include "ReportDocument.h"
#include "Settings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace Versus {

ReportActions::ReportActions(FrameworkModel *model, Document *document, QWidget *window)
    : QObject(window), m_model(model), m_document(document), m_window(window),
      m_print(new QAction(tr("&Print…"), this)),
      m_printPreview(new QAction(tr("Print Previe&w…"), this)),
      m_exportReport(new QAction(tr("E&xport Report…"), this))
{
    m_print->setObjectName(u"actionPrint"_s);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setStatusTip(tr("Print the report of the comparison: chart, table, ranking and "
                             "every framework's ratings with their notes and sources"));
    connect(m_print, &QAction::triggered, this, &ReportActions::print);
    m_printPreview->setObjectName(u"actionPrintPreview"_s);
    m_printPreview->setStatusTip(tr("See the report's pages before printing them"));
    connect(m_printPreview, &QAction::triggered, this, &ReportActions::printPreview);
    m_exportReport->setObjectName(u"actionExportReport"_s);
    m_exportReport->setStatusTip(tr("Write the report of the comparison as a web page (HTML) "
                                    "or a PDF"));
    connect(m_exportReport, &QAction::triggered, this, &ReportActions::exportReport);
}

ReportActions::~ReportActions() = default;

void ReportActions::addFileActions(QMenu *menu) const
{
    menu->addAction(m_exportReport);
    menu->addAction(m_printPreview);
    menu->addAction(m_print);
}

void ReportActions::setLayoutSource(std::function<ChartExporter::Layout()> layout)
{
    m_layout = std::move(layout);
}

ReportExporter::Options ReportActions::options() const
{
    ReportExporter::Options options;
    if (m_layout)
        options.layout = m_layout();
    // The file's name only: a report goes to other people, who need not see the folders.
    options.dataName =
        m_document->origin() == Document::Origin::Bundled || m_document->path().isEmpty()
            ? tr("the bundled data")
            : QFileInfo(m_document->path()).fileName();
    return options;
}

QPrinter *ReportActions::printer()
{
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setPageSize(QPageSize(ReportDocument::paperFor(QLocale())));
        m_printer->setDocName(m_document->title());
    }
    return m_printer.get();
}

int ReportActions::printTo(QPrinter *printer) const
{
    return ReportExporter(m_model).print(printer, options());
}

void ReportActions::print()
{
    commitPendingEdit();
    auto *dialog = new QPrintDialog(printer(), m_window);
    dialog->setObjectName(u"printDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        const int pages = printTo(printer());
        emit message(pages > 0 ? tr("Printed %n page(s)", nullptr, pages)
                               : tr("The report could not be printed"));
    });
    dialog->open();
}

void ReportActions::printPreview()
{
    commitPendingEdit();
    auto *dialog = new QPrintPreviewDialog(printer(), m_window);
    dialog->setObjectName(u"printPreviewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *target) { printTo(target); });
    dialog->open();
}

void ReportActions::exportReport()
{
    commitPendingEdit();
    using Key = Settings::Key;
    const Settings settings;
    const QStringList filters = ReportExporter::nameFilters();
    const QString filter = settings.value(Key::ReportExportFormat).toString();
    auto *dialog = new QFileDialog(m_window, tr("Export Report"),
                                   settings.value(Key::LastDirectory).toString());
    dialog->setObjectName(u"exportReportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters(filters);
    dialog->selectNameFilter(filters.contains(filter) ? filter : filters.last());
    const auto suffixFor = [filters](const QString &chosen) {
        return chosen == filters.first() ? u"html"_s : u"pdf"_s;
    };
    dialog->setDefaultSuffix(suffixFor(dialog->selectedNameFilter()));
    connect(dialog, &QFileDialog::filterSelected, dialog,
            [dialog, suffixFor](const QString &f) { dialog->setDefaultSuffix(suffixFor(f)); });
    dialog->selectFile(u"report."_s + dialog->defaultSuffix());
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog](const QString &path) {
        using Key = Settings::Key;
        Settings settings;
        settings.setValue(Key::LastDirectory, QFileInfo(path).absolutePath());
        settings.setValue(Key::ReportExportFormat, dialog->selectedNameFilter());
        exportReportTo(path);
    });
    dialog->open();
}

bool ReportActions::exportReportTo(const QString &path)
{
    const WriteResult written = ReportExporter(m_model).writeFile(path, options());
    if (!written.ok) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Versus"), written.error,
                                    QMessageBox::Ok, m_window);
        box->setObjectName(u"errorDialog"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setTextFormat(Qt::PlainText);
        box->open();
        return false;
    }
    emit message(tr("Exported the report to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace Versus
