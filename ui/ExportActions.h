// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Versus {

class FrameworkModel;

// Exports for other programs: the comparison table as CSV, Markdown, HTML or JSON (File ▸
// Export Table…). The chosen format and folder are remembered.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    ExportActions(FrameworkModel *model, QWidget *window);

    void addTo(QMenu *menu) const;
    void exportTable();
    // Writes the table to `path` (format by extension) and says how it went.
    bool exportTableTo(const QString &path);

signals:
    void message(const QString &text);

private:
    FrameworkModel *m_model;
    QWidget *m_window;
    QList<QAction *> m_actions;
};

} // namespace Versus
