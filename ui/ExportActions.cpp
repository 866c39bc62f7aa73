// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportActions.h"

#include "ChartExporter.h"
#include "ExportChartDialog.h"
#include "ExportFileDialog.h"
#include "FrameworkModel.h"
#include "PendingEdit.h"
#include "Settings.h"
#include "TableExporter.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Versus {

ExportActions::ExportActions(FrameworkModel *model, QWidget *window)
    : QObject(window), m_model(model), m_window(window),
      m_exportChart(new QAction(tr("Export &Chart…"), this)),
      m_exportTable(new QAction(tr("Export &Table…"), this)),
      m_copyChart(new QAction(tr("&Copy Chart"), this))
{
    m_exportChart->setObjectName(u"actionExportChart"_s);
    m_exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportChart->setStatusTip(tr("Write the radar chart as a PNG, SVG or PDF file"));
    connect(m_exportChart, &QAction::triggered, this, &ExportActions::exportChart);
    m_exportTable->setObjectName(u"actionExportTable"_s);
    m_exportTable->setStatusTip(tr("Write the comparison table as CSV, Markdown, HTML or JSON"));
    connect(m_exportTable, &QAction::triggered, this, &ExportActions::exportTable);
    m_copyChart->setObjectName(u"actionCopyChart"_s);
    m_copyChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyChart->setStatusTip(tr("Put the radar chart on the clipboard as a picture"));
    connect(m_copyChart, &QAction::triggered, this, &ExportActions::copyChart);
}

void ExportActions::addFileActions(QMenu *menu) const
{
    menu->addAction(m_exportChart);
    menu->addAction(m_exportTable);
}

void ExportActions::addEditActions(QMenu *menu) const
{
    menu->addAction(m_copyChart);
}

void ExportActions::exportChart()
{
    commitPendingEdit();
    auto *dialog = new ExportChartDialog(m_model, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportChartDialog::exported, this, [this](const QString &path) {
        emit message(tr("Exported the chart to %1").arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

void ExportActions::copyChart()
{
    commitPendingEdit();
    ChartExporter::Options options = ExportChartDialog::savedOptions();
    // Whatever was last chosen for files, a picture for pasting into a slide is as sharp as
    // this screen, at most twice its logical size.
    options.scale = qBound(1, int(std::ceil(m_window->devicePixelRatioF())), 2);
    const QImage image = ChartExporter(m_model).toImage(options);
    if (image.isNull()) {
        emit message(tr("The chart could not be copied: too large for the memory available"));
        return;
    }
    QGuiApplication::clipboard()->setImage(image);
    emit message(tr("Copied the chart (%1 × %2 pixels)").arg(image.width()).arg(image.height()));
}

void ExportActions::exportTable()
{
    commitPendingEdit();
    const ExportFileDialog::Kind kind{tr("Export Table"),
                                      u"exportTableDialog"_s,
                                      TableExporter::nameFilters(),
                                      0,
                                      Settings::Key::TableExportFormat,
                                      u"comparison"_s};
    ExportFileDialog::open(m_window, kind, [this](const QString &path) { exportTableTo(path); });
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
