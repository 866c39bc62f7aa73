// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportActions.h"

#include "Document.h"
#include "ExportFileDialog.h"
#include "FrameworkModel.h"
#include "PendingEdit.h"
#include "ReportDocument.h"
#include "Settings.h"

#include <QAction>
#include <QDir>
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
    const ExportFileDialog::Kind kind{tr("Export Report"),
                                      u"exportReportDialog"_s,
                                      ReportExporter::nameFilters(),
                                      1, // PDF, what a report is shared as most
                                      Settings::Key::ReportExportFormat,
                                      u"report"_s};
    ExportFileDialog::open(m_window, kind, [this](const QString &path) { exportReportTo(path); });
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
