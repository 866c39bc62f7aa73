// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportChartDialog.h"

#include "Appearance.h"
#include "Settings.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

QSpinBox *sideBox(const QString &name)
{
    auto *box = new QSpinBox;
    box->setObjectName(name);
    box->setRange(16, ChartExporter::MaxSide);
    box->setSuffix(u" px"_s);
    box->setAccelerated(true);
    return box;
}

} // namespace

ExportChartDialog::ExportChartDialog(const FrameworkModel *model, QWidget *parent)
    : QDialog(parent), m_model(model), m_path(new QLineEdit), m_width(sideBox(u"width"_s)),
      m_height(sideBox(u"height"_s)), m_scale(new QComboBox), m_background(new QComboBox),
      m_layout(new QComboBox), m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setObjectName(u"exportChartDialog"_s);
    setWindowTitle(tr("Export Chart"));
    m_path->setObjectName(u"path"_s);
    // The size's label names the pair; each box says which side it is.
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));
    m_path->setMinimumWidth(m_path->fontMetrics().averageCharWidth() * 48);
    m_path->setToolTip(tr("The format follows the extension: .png, .svg or .pdf"));
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(u"×"_s));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch();

    m_scale->setObjectName(u"scale"_s);
    for (int scale = 1; scale <= ChartExporter::MaxScale; ++scale)
        m_scale->addItem(tr("%1×").arg(scale), scale);
    m_scale->setToolTip(tr("PNG: pixels per point. 2× or 3× stays sharp on high-resolution "
                           "screens and projectors."));
    m_background->setObjectName(u"background"_s);
    m_background->addItem(tr("Light theme"), int(ChartExporter::Background::Theme));
    m_background->addItem(tr("Dark theme"), int(ChartExporter::Background::Dark));
    m_background->addItem(tr("White"), int(ChartExporter::Background::White));
    m_background->addItem(tr("Transparent (PNG)"), int(ChartExporter::Background::Transparent));
    m_layout->setObjectName(u"layout"_s);
    m_layout->addItem(tr("The compared frameworks, overlaid"), int(ChartExporter::Layout::Overlay));
    m_layout->addItem(tr("One small chart per framework"), int(ChartExporter::Layout::Grid));
    m_layout->addItem(tr("Bars, a group per metric"), int(ChartExporter::Layout::Bars));
    m_layout->addItem(tr("Weighted score, best first"), int(ChartExporter::Layout::Score));
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);

    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&File:"), pathRow);
    auto *sizeLabel = new QLabel(tr("&Size:"));
    sizeLabel->setBuddy(m_width);
    form->addRow(sizeLabel, sizeRow);
    form->addRow(tr("S&cale:"), m_scale);
    form->addRow(tr("B&ackground:"), m_background);
    form->addRow(tr("C&hart:"), m_layout);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    qobject_cast<QLabel *>(form->labelForField(pathRow))->setBuddy(m_path);
    // Only once the button is in the dialog does the dialog learn that Enter means Export.
    exportButton->setDefault(true);
    // The keyboard starts in the file name: type a name, press Enter.
    m_path->setFocus();

    const ChartExporter::Options saved = savedOptions();
    m_width->setValue(saved.size.width());
    m_height->setValue(saved.size.height());
    m_scale->setCurrentIndex(m_scale->findData(saved.scale));
    m_background->setCurrentIndex(m_background->findData(int(saved.background)));
    m_layout->setCurrentIndex(m_layout->findData(int(saved.layout)));
    m_path->setText(Settings().value(Settings::Key::ChartExportPath).toString());

    connect(browse, &QPushButton::clicked, this, &ExportChartDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &ExportChartDialog::update);
    for (QSpinBox *side : {m_width, m_height})
        connect(side, &QSpinBox::valueChanged, this, &ExportChartDialog::update);
    for (QComboBox *choice : {m_scale, m_background, m_layout})
        connect(choice, &QComboBox::currentIndexChanged, this, &ExportChartDialog::update);
    update();
}

QString ExportChartDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportChartDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

ChartExporter::Options ExportChartDialog::options() const
{
    ChartExporter::Options options;
    options.size = QSize(m_width->value(), m_height->value());
    options.scale = m_scale->currentData().toInt();
    options.background = ChartExporter::Background(m_background->currentData().toInt());
    options.layout = ChartExporter::Layout(m_layout->currentData().toInt());
    return options;
}

ChartExporter::Options ExportChartDialog::savedOptions()
{
    using Key = Settings::Key;
    const Settings settings;
    ChartExporter::Options options;
    const QSize size = settings.value(Key::ChartExportSize).toSize();
    if (size.width() >= 16 && size.height() >= 16 && size.width() <= ChartExporter::MaxSide &&
        size.height() <= ChartExporter::MaxSide)
        options.size = size;
    options.scale =
        qBound(1, settings.value(Key::ChartExportScale).toInt(), ChartExporter::MaxScale);
    // Until a background is chosen, the export looks like the window: dark in a dark palette.
    if (Appearance::isDark(QApplication::palette()))
        options.background = ChartExporter::Background::Dark;
    const int background = settings.contains(Key::ChartExportBackground)
                               ? settings.value(Key::ChartExportBackground).toInt()
                               : int(options.background);
    if (background >= 0 && background <= int(ChartExporter::Background::Dark))
        options.background = ChartExporter::Background(background);
    const int layout = settings.value(Key::ChartExportLayout).toInt();
    if (layout >= 0 && layout <= int(ChartExporter::Layout::Score))
        options.layout = ChartExporter::Layout(layout);
    return options;
}

void ExportChartDialog::saveChoices() const
{
    using Key = Settings::Key;
    Settings settings;
    const ChartExporter::Options chosen = options();
    settings.setValue(Key::ChartExportPath, QFileInfo(path()).absoluteFilePath());
    settings.setValue(Key::ChartExportSize, chosen.size);
    settings.setValue(Key::ChartExportScale, chosen.scale);
    settings.setValue(Key::ChartExportBackground, int(chosen.background));
    settings.setValue(Key::ChartExportLayout, int(chosen.layout));
}

void ExportChartDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Export Chart"), path());
    dialog->setObjectName(u"chartFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters(
        {tr("PNG image (*.png)"), tr("SVG drawing (*.svg)"), tr("PDF document (*.pdf)")});
    const QString suffix = QFileInfo(path()).suffix().toLower();
    dialog->selectNameFilter(suffix == u"svg"_s   ? tr("SVG drawing (*.svg)")
                             : suffix == u"pdf"_s ? tr("PDF document (*.pdf)")
                                                  : tr("PNG image (*.png)"));
    dialog->setDefaultSuffix(suffix.isEmpty() ? u"png"_s : suffix);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.section(u"*."_s, 1).section(u')', 0, 0));
    });
    connect(dialog, &QFileDialog::fileSelected, this, &ExportChartDialog::setPath);
    dialog->open();
}

// Says at once what would stop the export, rather than after the person pressed Export.
void ExportChartDialog::update()
{
    QString problem;
    const std::optional<ChartExporter::Format> format = ChartExporter::formatForFile(path());
    if (path().isEmpty())
        problem = tr("Choose the file to write.");
    else if (!format)
        problem = tr("The file name must end in .png, .svg or .pdf.");
    else
        problem = ChartExporter(m_model).problem(*format, options());
    const bool png = format == ChartExporter::Format::Png;
    m_scale->setEnabled(png || !format);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    for (QAbstractButton *button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(problem.isEmpty());
}

void ExportChartDialog::accept()
{
    const WriteResult written = ChartExporter(m_model).writeFile(path(), options());
    if (!written.ok) {
        // The dialog stays, with every choice, so another file can be tried.
        QMessageBox box(QMessageBox::Warning, tr("Versus"), written.error, QMessageBox::Ok, this);
        box.setObjectName(u"errorDialog"_s);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    saveChoices();
    emit exported(path());
    QDialog::accept();
}

void ExportChartDialog::rememberLayout(ChartExporter::Layout layout)
{
    Settings().setValue(Settings::Key::ChartExportLayout, int(layout));
}

} // namespace Versus
