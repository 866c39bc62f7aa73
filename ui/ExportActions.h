// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Versus {

class FrameworkModel;

// Exports for other programs: the radar chart as PNG, SVG or PDF (File ▸ Export Chart…) or on
// the clipboard (Edit ▸ Copy Chart), and the comparison table as CSV, Markdown, HTML or JSON
// (File ▸ Export Table…). The choices made are remembered.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    ExportActions(FrameworkModel *model, QWidget *window);

    void addFileActions(QMenu *menu) const;
    void addEditActions(QMenu *menu) const;
    void exportChart();
    // The chart as it would be exported with the last choices, as an image on the clipboard.
    void copyChart();
    void exportTable();
    // Writes the table to `path` (format by extension) and says how it went.
    bool exportTableTo(const QString &path);

signals:
    void message(const QString &text);

private:
    FrameworkModel *m_model;
    QWidget *m_window;
    QAction *m_exportChart;
    QAction *m_exportTable;
    QAction *m_copyChart;
};

} // namespace Versus
