// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartExporter.h"
#include "ReportExporter.h"

#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QPrinter;
class QWidget;

namespace Versus {

class Document;
class FrameworkModel;

// The report of the comparison on paper or in a file: File ▸ Print… (Qt's print dialog), Print
// Preview… and Export Report… (HTML or PDF). The report has the chart in the layout the window
// shows; the printer's settings are kept while the window lives, the file format and folder
// across sessions.
class ReportActions : public QObject
{
    Q_OBJECT

public:
    ReportActions(FrameworkModel *model, Document *document, QWidget *window);
    ~ReportActions() override;

    void addFileActions(QMenu *menu) const;
    // How the window shows the chart; without it the report has the overlay.
    void setLayoutSource(std::function<ChartExporter::Layout()> layout);

    void print();
    void printPreview();
    void exportReport();
    // Writes the report to `path` (format by extension) and says how it went.
    bool exportReportTo(const QString &path);
    // Paints the report on `printer`: the number of pages, 0 when it could not.
    int printTo(QPrinter *printer) const;
    // What the report of the window is made with now.
    ReportExporter::Options options() const;
    // The printer the dialogs use, made on first use with the locale's paper.
    QPrinter *printer();

signals:
    void message(const QString &text);

private:
    FrameworkModel *m_model;
    Document *m_document;
    QWidget *m_window;
    QAction *m_print;
    QAction *m_printPreview;
    QAction *m_exportReport;
    std::function<ChartExporter::Layout()> m_layout;
    std::unique_ptr<QPrinter> m_printer;
};

} // namespace Versus
