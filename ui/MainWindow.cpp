// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AppIcon.h"
#include "ChartStack.h"
#include "ChartView.h"
#include "CompareActions.h"
#include "ComparisonBar.h"
#include "ComparisonTable.h"
#include "DataReader.h"
#include "DataStore.h"
#include "DescriptionPane.h"
#include "Document.h"
#include "DocumentActions.h"
#include "EditActions.h"
#include "ExportActions.h"
#include "ExportChartDialog.h"
#include "FileActions.h"
#include "FrameworkEditor.h"
#include "FrameworkModel.h"
#include "RadarChartView.h"
#include "RankingPanel.h"
#include "ReportActions.h"
#include "Selection.h"
#include "Settings.h"
#include "WeightsEditor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QShowEvent>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QUndoView>
#include <QVBoxLayout>
#include <QWhatsThis>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

// The first start's window takes this share of the screen's available width and height.
constexpr qreal FirstStartShare = 0.8;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_model(new FrameworkModel(this)), m_selection(new Selection(this)),
      m_table(new ComparisonTable(m_model, m_selection)),
      m_pane(new DescriptionPane(m_model, m_selection)),
      m_chartView(new RadarChartView(m_model, m_selection)),
      m_ranking(new RankingPanel(m_model, m_selection)),
      m_chartStack(new ChartStack(m_model, m_selection, m_chartView)),
      m_mainSplitter(new QSplitter(Qt::Horizontal)), m_leftSplitter(new QSplitter(Qt::Vertical)),
      m_document(new Document(m_model, this)), m_fileActions(new FileActions(m_document, this)),
      m_compareActions(new CompareActions(m_model, m_document, this)),
      m_editActions(new EditActions(m_model, m_selection, this)),
      m_exportActions(new ExportActions(m_model, this)),
      m_reportActions(new ReportActions(m_model, m_document, this))
{
    setObjectName(u"mainWindow"_s);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_leftSplitter->setObjectName(u"leftSplitter"_s);
    // The comparison bar, shown while the data is compared with a file, sits on the table.
    auto *tableArea = new QWidget;
    tableArea->setObjectName(u"tableArea"_s);
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addWidget(m_compareActions->bar());
    tableLayout->addWidget(m_table);
    m_leftSplitter->addWidget(tableArea);
    m_leftSplitter->addWidget(m_pane);
    m_leftSplitter->setStretchFactor(0, 3);
    m_leftSplitter->setStretchFactor(1, 2);
    m_mainSplitter->addWidget(m_leftSplitter);
    m_mainSplitter->addWidget(m_chartStack);
    // A wider window widens the chart; the table keeps the width its columns were given. (A
    // QSplitter grows only the parts with a stretch factor, in proportion to their sizes.)
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);

    // The frameworks ranked, filtered and chosen for comparison, and the metrics' weights.
    auto *dock = new QDockWidget(tr("Frameworks"), this);
    dock->setObjectName(u"frameworksDock"_s);
    dock->setWidget(m_ranking);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    dock->toggleViewAction()->setText(tr("&Frameworks List"));

    // The editor and the undo history: tabs beside the frameworks list, shown when asked for,
    // so that the table and the chart keep their width while editing.
    auto *editorDock = new QDockWidget(tr("Editor"), this);
    editorDock->setObjectName(u"editorDock"_s);
    m_editorDock = editorDock;
    addDockWidget(Qt::LeftDockWidgetArea, editorDock);
    editorDock->toggleViewAction()->setText(tr("&Editor"));
    editorDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    editorDock->hide();
    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(u"historyDock"_s);
    auto *history = new QUndoView(m_model->undoStack());
    history->setObjectName(u"undoView"_s);
    history->setEmptyLabel(tr("<opened data>"));
    history->setAccessibleName(tr("Undo history"));
    historyDock->setWidget(history);
    addDockWidget(Qt::LeftDockWidgetArea, historyDock);
    tabifyDockWidget(dock, editorDock);
    tabifyDockWidget(editorDock, historyDock);
    historyDock->toggleViewAction()->setText(tr("Undo &History"));
    historyDock->hide();
    resizeDocks({dock}, {300}, Qt::Horizontal);
    // A tab asked for comes to the front.
    for (QDockWidget *tab : {editorDock, historyDock})
        connect(tab->toggleViewAction(), &QAction::triggered, tab, [tab](bool shown) {
            if (shown)
                tab->raise();
        });
    // The form needs more room than the list: widen the dock area when the editor opens.
    connect(editorDock, &QDockWidget::visibilityChanged, this, [this, editorDock](bool visible) {
        if (visible && editorDock->width() < 360)
            resizeDocks({editorDock}, {380}, Qt::Horizontal);
    });
    // The editor is made the first time its dock is shown (or editor() is asked for): it is
    // hidden at start, and making its form was a tenth of the start-up time.
    connect(editorDock->toggleViewAction(), &QAction::toggled, this, [this](bool shown) {
        if (shown)
            editor();
    });
    m_editActions->setEditor(nullptr, editorDock->toggleViewAction());

    connect(m_model, &FrameworkModel::comparedChanged, this, &MainWindow::saveComparison);
    connect(m_pane, &DescriptionPane::linkRefused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_fileActions, &FileActions::message, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_compareActions, &CompareActions::message, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_exportActions, &ExportActions::message, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_reportActions, &ReportActions::message, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    // The report's chart is laid out as the window shows it.
    m_reportActions->setLayoutSource([this] { return chartLayout(); });
    connect(m_document, &Document::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateTitle);
    connect(m_model, &FrameworkModel::titleChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::pathChanged, this, &MainWindow::updateTitle);
    m_documentActions = new DocumentActions(this);
    createActions();
    QMenu *view = menuBar()->findChild<QMenu *>(u"viewMenu"_s);
    view->addAction(dock->toggleViewAction());
    view->addAction(editorDock->toggleViewAction());
    view->addAction(historyDock->toggleViewAction());
    // Tab goes through the window as it reads, left to right: the list, the table, the
    // description, the chart. (The table leaves Tab to the window; arrows move in it.)
    m_ranking->setNextInTabOrder(m_table);
    setTabOrder(m_table, m_pane);
    setTabOrder(m_pane, m_chartView);

    // The table's columns: the compared frameworks, or all of them.
    m_showAllAction = new QAction(tr("Show &All Frameworks"), this);
    m_showAllAction->setObjectName(u"actionShowAllFrameworks"_s);
    m_showAllAction->setCheckable(true);
    m_showAllAction->setStatusTip(
        tr("A column in the table for every framework, not only the compared ones"));
    connect(m_showAllAction, &QAction::toggled, m_table, &ComparisonTable::setShowAll);
    view->addSeparator();
    view->addAction(m_showAllAction);

    // Which chart: overlay, small multiples, bars or score, in a toolbar and the View menu.
    connect(m_chartStack, &ChartStack::viewAdded, this,
            [this](QWidget *view) { setTabOrder(m_pane, view); });
    auto *chartBar = addToolBar(tr("Chart"));
    chartBar->setObjectName(u"chartToolBar"_s);
    chartBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    chartBar->addActions(m_chartStack->actions());
    view->addSeparator();
    view->addActions(m_chartStack->actions());
    statusBar();
    restoreSettings();
    // The keyboard starts in the table, on the first rating: arrows and F2 work at once.
    m_table->setFocus();
}

MainWindow::~MainWindow() = default;

FrameworkEditor *MainWindow::editor()
{
    if (!m_editor) {
        m_editor = new FrameworkEditor(m_model, m_selection);
        m_editorDock->setWidget(m_editor);
        m_editActions->setEditor(m_editor, m_editorDock->toggleViewAction());
    }
    return m_editor;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    m_documentActions->addNewActions(file);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFileToOpen);
    open->setObjectName(u"actionOpen"_s);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a Versus data file"));
    m_documentActions->addRecentMenu(file);
    m_fileActions->addTo(file);
    file->addSeparator();
    m_compareActions->addTo(file);
    file->addSeparator();
    m_exportActions->addFileActions(file);
    m_reportActions->addFileActions(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(u"editMenu"_s);
    m_editActions->addTo(edit);
    m_documentActions->addEditActions(edit);
    edit->addSeparator();
    m_exportActions->addEditActions(edit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setObjectName(u"actionWhatsThis"_s);
    // Qt's own text has no mnemonic, so the menu could not reach it by keyboard.
    whatsThis->setText(tr("What's &This?"));
    help->addAction(whatsThis);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Versus"), this, &MainWindow::showAbout);
    about->setObjectName(u"actionAbout"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(u"actionAboutQt"_s);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::setData(const DataSet &data, const QString &path, Document::Origin origin)
{
    // Compare what was compared last time, as far as those frameworks exist in this data.
    // Read before setDataSet(), which makes its own choice of comparison; only the outcome is
    // saved, and only when it differs from what is stored (Settings::setValue).
    const Settings settings;
    const bool hasSaved = settings.contains(Settings::Key::ComparedFrameworks);
    const QStringList saved = settings.value(Settings::Key::ComparedFrameworks).toStringList();
    m_settingData = true;
    m_selection->clear();
    // The weights the person set last apply to data that has none of its own.
    m_model->setRememberedWeights(WeightsEditor::rememberedWeights());
    m_document->load(data, path, origin);
    if (hasSaved) {
        QStringList existing;
        for (const QString &id : saved)
            if (m_model->rowOfFramework(id) >= 0)
                existing << id;
        if (!existing.isEmpty() || saved.isEmpty())
            m_model->setComparedIds(existing);
    }
    m_settingData = false;
    saveComparison();
    updateTitle();
    if (m_firstLayoutPending && isVisible()) {
        layoutFirstTime();
        m_firstLayoutPending = false;
    }
}

void MainWindow::openAtStart(const QString &file)
{
    // FILE comes first; the saved or bundled data is only the fallback when it cannot be read,
    // so a bad saved file is not touched when the person asked for another one. Nothing is
    // painted before the event loop runs, so showing the window first shows no empty state.
    show();
    // Without a window manager (kiosk sessions, Xvfb) nothing else gives the new window the
    // keyboard, and its shortcuts would not work until it is clicked.
    activateWindow();
    if (!file.isEmpty() && openFile(file)) {
        m_fileActions->offerRecovery(); // a crash's changes are offered whatever is opened
        return;
    }
    const DataStore::Loaded startup = DataStore::loadStartupData();
    setData(startup.data, startup.path,
            startup.bundled ? Document::Origin::Bundled : Document::Origin::UserData);
    // Both are told: the file asked for (by openFile), and a saved file moved aside.
    if (!startup.problem.isEmpty())
        showProblems(startup.problem, startup.errors);
    m_fileActions->offerRecovery();
}

bool MainWindow::openFile(const QString &path)
{
    ReadResult result = DataReader::readFile(path, QDir::toNativeSeparators(path));
    if (!result.ok()) {
        showProblems(tr("“%1” could not be opened. The data shown has not changed.")
                         .arg(QFileInfo(path).fileName()),
                     result.errors);
        return false;
    }
    // Read first: a file that cannot be opened leaves the current data, saved or not.
    if (!m_fileActions->maybeSave())
        return false;
    const bool userData = QFileInfo(path).absoluteFilePath() ==
                          QFileInfo(DataStore::userDataPath()).absoluteFilePath();
    setData(result.data, path, userData ? Document::Origin::UserData : Document::Origin::File);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::chooseFileToOpen()
{
    auto *dialog = new QFileDialog(
        this, tr("Open Data File"), Settings().value(Settings::Key::LastDirectory).toString(),
        tr("JSON data (*.json);;Versus data (*.versus.json);;All files (*)"));
    dialog->setObjectName(u"openDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    // open() rather than exec(): the window keeps running, and tests can answer the dialog.
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        Settings().setValue(Settings::Key::LastDirectory, QFileInfo(path).absolutePath());
        openFile(path);
    });
    dialog->open();
}

void MainWindow::showProblems(const QString &text, const DataErrors &errors)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Versus"), text, QMessageBox::Ok, this);
    box->setObjectName(u"problemDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    if (!errors.isEmpty()) {
        box->setInformativeText((errors.size() == 1
                                     ? tr("1 problem found:")
                                     : tr("%n problems found:", nullptr, int(errors.size()))) +
                                u"\n"_s + formatErrors(errors, 8));
        box->setDetailedText(formatErrors(errors, 1000));
    }
    box->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(u"aboutDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Versus"));
    box->setIconPixmap(appIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    // QString, not auto: a QStringBuilder returned would refer to the temporaries it was made of.
    const auto paragraph = [](const QString &text) -> QString {
        return u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
    };
    const DataSet bundled = DataStore::loadBundled().data;
    const DataSet &shown = m_model->dataSet();
    box->setText(
        u"<h3>Versus "_s + QCoreApplication::applicationVersion().toHtmlEscaped() + u"</h3>"_s +
        paragraph(tr("Compare deep-learning frameworks side by side.")) +
        paragraph(tr("Licensed under the GNU General Public License, version 3 or later "
                     "(GPL-3.0-or-later): see Show Details for its text.")) +
        paragraph(tr("The bundled data set, “%1”, compares %2 frameworks and takes Caffe's and "
                     "Theano's ratings from the article “Caffe vs. Theano: Deep Learning "
                     "Frameworks”; every other rating's note says what it rests on. Its facts "
                     "were last checked on %3 against the projects' own repositories, cited in "
                     "each framework's sources.")
                      .arg(bundled.title)
                      .arg(bundled.frameworks.size())
                      .arg(bundled.checked.toString(Qt::ISODate))) +
        paragraph(tr("Data shown: %1").arg(QDir::toNativeSeparators(m_document->path()))) +
        // The data shown gives its own date only when it is not the bundled data, dated above.
        (shown.checked.isValid() && m_document->path() != DataStore::bundledPath()
             ? paragraph(tr("Its facts were last checked on %1.")
                             .arg(shown.checked.toString(Qt::ISODate)))
             : QString()) +
        paragraph(tr("Built with Qt %1, running on Qt %2.")
                      .arg(QLatin1StringView(QT_VERSION_STR), QLatin1StringView(qVersion()))));
    // The license travels inside the program, so that it is there however Versus was installed.
    QFile license(u":/LICENSE"_s);
    if (license.open(QIODevice::ReadOnly | QIODevice::Text))
        box->setDetailedText(QString::fromUtf8(license.readAll()));
    box->open();
}

void MainWindow::updateTitle()
{
    // The file's name, as desktop applications show it; the bundled data, which is no file of
    // the person's, and new data not saved yet by the data set's title. [*] is where Qt shows
    // the unsaved-changes mark.
    const QString path = m_document->path();
    const bool isFile = m_document->origin() != Document::Origin::Bundled && !path.isEmpty();
    setWindowFilePath(isFile ? path : QString());
    QString name = isFile ? QFileInfo(path).fileName() : m_model->dataSet().title;
    if (name.isEmpty())
        name = tr("Untitled");
    setWindowTitle(name + u"[*] — Versus"_s);
}

void MainWindow::restoreSettings()
{
    using Key = Settings::Key;
    const Settings settings;
    if (!restoreGeometry(settings.value(Key::WindowGeometry).toByteArray()))
        placeFirstTime();
    restoreState(settings.value(Key::WindowState).toByteArray());
    // What the person left is restored; a first start is laid out for the window's size and
    // the data once both are known (layoutFirstTime()).
    m_firstLayoutPending =
        !m_mainSplitter->restoreState(settings.value(Key::MainSplitter).toByteArray());
    if (!m_leftSplitter->restoreState(settings.value(Key::LeftSplitter).toByteArray()))
        m_leftSplitter->setSizes({height() * 11 / 20, height() * 9 / 20});
    // Before Bars and Score, only whether small multiples were shown was remembered.
    const int layout =
        settings.contains(Key::ChartLayout)
            ? settings.value(Key::ChartLayout).toInt()
            : int(settings.value(Key::SmallMultiples).toBool() ? ChartExporter::Layout::Grid
                                                               : ChartExporter::Layout::Overlay);
    for (QAction *action : m_chartStack->actions())
        if (action->data().toInt() == layout)
            action->setChecked(true);
    m_showAllAction->setChecked(settings.value(Key::ShowAllFrameworks).toBool());
}

void MainWindow::placeFirstTime()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen) {
        resize(1280, 800);
        return;
    }
    const QRect available = screen->availableGeometry();
    const QSize size(int(available.width() * FirstStartShare),
                     int(available.height() * FirstStartShare));
    // The frame the window manager adds is not known before the window is shown: the window's
    // own size is set, and it is centred by its outer frame once shown.
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
}

void MainWindow::layoutFirstTime()
{
    // The Frameworks list as wide as its rank, names, score and chances need, within a fifth
    // and 28 % of the window (more left the radar 125 pixels across at 1024); the table as wide as
    // two frameworks' columns whole, the chart the rest (more than half of it in a window of 1024
    // pixels). Later starts restore what the person left.
    auto *dock = findChild<QDockWidget *>(u"frameworksDock"_s);
    const int dockWidth = qBound(width() / 5, m_ranking->preferredWidth(), width() * 7 / 25);
    resizeDocks({dock}, {dockWidth}, Qt::Horizontal);
    const int central = width() - dockWidth -
                        style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent) -
                        m_mainSplitter->handleWidth();
    const int table = qBound(central * 2 / 5, m_table->widthFor(2), central * 3 / 5);
    m_mainSplitter->setSizes({table, central - table});
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_firstLayoutPending && !event->spontaneous()) {
        layoutFirstTime();
        // Done once there is data to measure; without, again when it comes (setData()).
        m_firstLayoutPending = m_model->rowCount() == 0;
    }
}

void MainWindow::saveSettings() const
{
    using Key = Settings::Key;
    Settings settings;
    settings.setValue(Key::WindowGeometry, saveGeometry());
    settings.setValue(Key::WindowState, saveState());
    settings.setValue(Key::MainSplitter, m_mainSplitter->saveState());
    settings.setValue(Key::LeftSplitter, m_leftSplitter->saveState());
    settings.setValue(Key::ChartLayout, int(m_chartStack->layout()));
    settings.setValue(Key::ShowAllFrameworks, m_showAllAction->isChecked());
}

void MainWindow::saveComparison() const
{
    if (m_settingData)
        return;
    Settings().setValue(Settings::Key::ComparedFrameworks, m_model->comparedIds());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_fileActions->maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    // Saved, discarded or unchanged: a clean exit leaves nothing to recover.
    m_document->discardRecovery();
    event->accept();
}

void MainWindow::showChartLayout(ChartExporter::Layout layout)
{
    m_chartStack->showLayout(layout);
}

ChartExporter::Layout MainWindow::chartLayout() const
{
    return m_chartStack->layout();
}

ChartView *MainWindow::chartViewOf(ChartExporter::Layout layout) const
{
    return m_chartStack->viewOf(layout);
}

SmallMultiplesView *MainWindow::smallMultiplesView() const
{
    return m_chartStack->smallMultiples();
}

void MainWindow::showSmallMultiples(bool shown)
{
    showChartLayout(shown ? ChartExporter::Layout::Grid : ChartExporter::Layout::Overlay);
}

bool MainWindow::showsSmallMultiples() const
{
    return m_chartStack->layout() == ChartExporter::Layout::Grid;
}

QString MainWindow::currentPath() const
{
    return m_document->path();
}

} // namespace Versus
