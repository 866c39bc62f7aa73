// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartExporter.h"
#include "DataError.h"
#include "Document.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QSplitter;

namespace Versus {

struct DataSet;
class ChartStack;
class CompareActions;
class ComparisonTable;
class ChartView;
class DescriptionPane;
class DocumentActions;
class EditActions;
class ExportActions;
class FileActions;
class FrameworkEditor;
class FrameworkModel;
class RadarChartView;
class RankingPanel;
class ReportActions;
class Selection;
class SmallMultiplesView;

// The main window: the comparison table over the description pane on the left, the radar
// chart on the right, the list of frameworks to compare in a dock. The window only arranges
// views and handles files; every view reads the one FrameworkModel.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `data`, read from `path`, and compares what was compared last time with it.
    void setData(const DataSet &data, const QString &path,
                 Document::Origin origin = Document::Origin::File);
    // Shows the window on `file` when given and valid, else on the saved or bundled data
    // (DESIGN.md), telling the person about every file that could not be used.
    void openAtStart(const QString &file);
    // Reads and shows a file. A file with problems is reported and the current data stays.
    bool openFile(const QString &path);
    // A non-blocking message listing problems (objectName "problemDialog").
    void showProblems(const QString &text, const DataErrors &errors = {});

    FrameworkModel *model() const { return m_model; }
    Selection *selection() const { return m_selection; }
    ComparisonTable *table() const { return m_table; }
    RadarChartView *chartView() const { return m_chartView; }
    DescriptionPane *descriptionPane() const { return m_pane; }
    Document *document() const { return m_document; }
    FileActions *fileActions() const { return m_fileActions; }
    CompareActions *compareActions() const { return m_compareActions; }
    DocumentActions *documentActions() const { return m_documentActions; }
    // Made on first use: when its dock is first shown, or asked for here.
    FrameworkEditor *editor();
    RankingPanel *rankingPanel() const { return m_ranking; }
    // Which chart the window shows: the overlaid radar, small multiples, bars or the score; the
    // toolbar's choice. Each view but the overlay is made when first shown.
    void showChartLayout(ChartExporter::Layout layout);
    ChartExporter::Layout chartLayout() const;
    // The view of a layout, or nullptr when it has not been shown yet.
    ChartView *chartViewOf(ChartExporter::Layout layout) const;
    void showSmallMultiples(bool shown);
    bool showsSmallMultiples() const;
    SmallMultiplesView *smallMultiplesView() const;
    QString currentPath() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void chooseFileToOpen();
    void showAbout();
    void updateTitle();
    void restoreSettings();
    // The first start's window: about 80 % of the screen, centred, table and chart side by side.
    void placeFirstTime();
    // The first start's dock and splitters, for the window's size and the data shown.
    void layoutFirstTime();
    void saveSettings() const;
    void saveComparison() const;

    FrameworkModel *m_model;
    Selection *m_selection;
    ComparisonTable *m_table;
    DescriptionPane *m_pane;
    RadarChartView *m_chartView;
    RankingPanel *m_ranking;
    ChartStack *m_chartStack;
    QAction *m_showAllAction = nullptr;
    QSplitter *m_mainSplitter;
    QSplitter *m_leftSplitter;
    Document *m_document;
    FileActions *m_fileActions;
    CompareActions *m_compareActions;
    EditActions *m_editActions;
    ExportActions *m_exportActions;
    ReportActions *m_reportActions;
    DocumentActions *m_documentActions = nullptr;
    FrameworkEditor *m_editor = nullptr;
    QDockWidget *m_editorDock;
    // While setData() restores the last comparison, the model's interim choices are not saved.
    bool m_settingData = false;
    // No splitter sizes were saved: the first start's are set once the window is shown.
    bool m_firstLayoutPending = false;
};

} // namespace Versus
