// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Versus {

class ComparisonBar;
class Document;
class FrameworkModel;

// File > Compare With File… and Clear Comparison Marks: marks every cell of the table that
// differs from another data file (ChangeMarks, through the model's Role::Change), with the bar
// above the table that sums the comparison up.
class CompareActions : public QObject
{
    Q_OBJECT

public:
    CompareActions(FrameworkModel *model, Document *document, QWidget *window);

    void addTo(QMenu *menu) const;
    // The bar to put above the table; the window takes it.
    ComparisonBar *bar() const { return m_bar; }

    // Asks for the file (objectName "compareDialog"), then compareWith().
    void chooseFile();
    // Reads `path` and marks the differences. A file with problems is reported (objectName
    // "compareProblemDialog", its placed errors in plain text) and the marks stay as they were.
    bool compareWith(const QString &path);
    void clear();

signals:
    void message(const QString &text);

private:
    Document *m_document;
    QWidget *m_window;
    QAction *m_compare;
    QAction *m_clear;
    ComparisonBar *m_bar;
};

} // namespace Versus
