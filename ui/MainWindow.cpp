// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AppIcon.h"
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
#include "Selection.h"
#include "SmallMultiplesView.h"
#include "StoreSetting.h"
#include "WeightsEditor.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoView>
#include <QWhatsThis>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

const auto GeometryKey = u"window/geometry"_s;
const auto StateKey = u"window/state"_s;
const auto MainSplitterKey = u"window/mainSplitter"_s;
const auto LeftSplitterKey = u"window/leftSplitter"_s;
const auto ComparedKey = u"comparison/frameworks"_s;
const auto LastDirKey = u"files/lastDirectory"_s;
const auto ChartLayoutKey = u"chart/smallMultiples"_s;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_model(new FrameworkModel(this)), m_selection(new Selection(this)),
      m_table(new ComparisonTable(m_model, m_selection)),
      m_pane(new DescriptionPane(m_model, m_selection)),
      m_chartView(new RadarChartView(m_model, m_selection)),
      m_ranking(new RankingPanel(m_model, m_selection)), m_chartStack(new QStackedWidget),
      m_mainSplitter(new QSplitter(Qt::Horizontal)), m_leftSplitter(new QSplitter(Qt::Vertical)),
      m_document(new Document(m_model, this)), m_fileActions(new FileActions(m_document, this)),
      m_editActions(new EditActions(m_model, m_selection, this)),
      m_exportActions(new ExportActions(m_model, this))
{
    setObjectName(u"mainWindow"_s);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_leftSplitter->setObjectName(u"leftSplitter"_s);
    m_leftSplitter->addWidget(m_table);
    m_leftSplitter->addWidget(m_pane);
    m_leftSplitter->setStretchFactor(0, 3);
    m_leftSplitter->setStretchFactor(1, 2);
    m_mainSplitter->addWidget(m_leftSplitter);
    m_chartStack->setObjectName(u"chartStack"_s);
    m_chartStack->addWidget(m_chartView);
    m_mainSplitter->addWidget(m_chartStack);
    m_mainSplitter->setStretchFactor(0, 1);
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
    connect(m_exportActions, &ExportActions::message, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
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

    // Overlay or small multiples: a toggle in a toolbar and the View menu.
    auto *chartMode = new QActionGroup(this);
    QAction *overlay = chartMode->addAction(tr("&Overlay"));
    overlay->setObjectName(u"actionOverlay"_s);
    overlay->setStatusTip(tr("Every compared framework in one radar chart"));
    m_smallMultiplesAction = chartMode->addAction(tr("&Small Multiples"));
    m_smallMultiplesAction->setObjectName(u"actionSmallMultiples"_s);
    m_smallMultiplesAction->setStatusTip(
        tr("One small radar chart per compared framework, on the same scale"));
    for (QAction *action : chartMode->actions())
        action->setCheckable(true);
    overlay->setChecked(true);
    connect(m_smallMultiplesAction, &QAction::toggled, this, [this](bool on) {
        showSmallMultiples(on);
        // Export Chart starts with what the window shows.
        ExportChartDialog::rememberLayout(on ? ChartExporter::Layout::Grid
                                             : ChartExporter::Layout::Overlay);
    });
    auto *chartBar = addToolBar(tr("Chart"));
    chartBar->setObjectName(u"chartToolBar"_s);
    chartBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    chartBar->addActions(chartMode->actions());
    view->addSeparator();
    view->addActions(chartMode->actions());
    statusBar();
    resize(1280, 800);
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
    m_exportActions->addFileActions(file);
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
    // saved, and only when it differs from what is stored (storeSetting).
    const QSettings settings;
    const bool hasSaved = settings.contains(ComparedKey);
    const QStringList saved = settings.value(ComparedKey).toStringList();
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
    QSettings settings;
    auto *dialog = new QFileDialog(
        this, tr("Open Data File"), settings.value(LastDirKey, QDir::homePath()).toString(),
        tr("JSON data (*.json);;Versus data (*.versus.json);;All files (*)"));
    dialog->setObjectName(u"openDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    // open() rather than exec(): the window keeps running, and tests can answer the dialog.
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSettings().setValue(LastDirKey, QFileInfo(path).absolutePath());
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
    box->setText(
        u"<h3>Versus "_s + QCoreApplication::applicationVersion().toHtmlEscaped() + u"</h3>"_s +
        paragraph(tr("Compare deep-learning frameworks side by side.")) +
        paragraph(tr("Licensed under the GNU General Public License, version 3 or later "
                     "(GPL-3.0-or-later): see Show Details for its text.")) +
        paragraph(tr("The bundled data set, “%1”, takes Caffe's and Theano's ratings from the "
                     "article “Caffe vs. Theano: Deep Learning Frameworks”; every other rating's "
                     "note says what it rests on. The facts were checked against the projects' "
                     "own repositories, cited in each framework's sources.")
                      .arg(DataStore::loadBundled().data.title)) +
        paragraph(tr("Data shown: %1").arg(QDir::toNativeSeparators(m_document->path()))) +
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
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    if (!m_mainSplitter->restoreState(settings.value(MainSplitterKey).toByteArray()))
        m_mainSplitter->setSizes({480, 700});
    if (!m_leftSplitter->restoreState(settings.value(LeftSplitterKey).toByteArray()))
        m_leftSplitter->setSizes({380, 300});
    if (settings.value(ChartLayoutKey, false).toBool())
        m_smallMultiplesAction->setChecked(true);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    storeSetting(settings, GeometryKey, saveGeometry());
    storeSetting(settings, StateKey, saveState());
    storeSetting(settings, MainSplitterKey, m_mainSplitter->saveState());
    storeSetting(settings, LeftSplitterKey, m_leftSplitter->saveState());
    storeSetting(settings, ChartLayoutKey, showsSmallMultiples());
}

void MainWindow::saveComparison() const
{
    if (m_settingData)
        return;
    QSettings settings;
    storeSetting(settings, ComparedKey, m_model->comparedIds());
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

void MainWindow::showSmallMultiples(bool shown)
{
    if (shown && !m_smallMultiples) {
        m_smallMultiples = new SmallMultiplesView(m_model, m_selection);
        m_chartStack->addWidget(m_smallMultiples);
    }
    m_chartStack->setCurrentWidget(shown ? static_cast<QWidget *>(m_smallMultiples)
                                         : static_cast<QWidget *>(m_chartView));
    if (m_smallMultiplesAction->isChecked() != shown)
        m_smallMultiplesAction->setChecked(shown);
}

bool MainWindow::showsSmallMultiples() const
{
    return m_smallMultiples && m_chartStack->currentWidget() == m_smallMultiples;
}

QString MainWindow::currentPath() const
{
    return m_document->path();
}

} // namespace Versus
