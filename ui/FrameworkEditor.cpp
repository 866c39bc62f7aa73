// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkEditor.h"

#include "FrameworkModel.h"
#include "RatingDelegate.h"
#include "Selection.h"
#include "SourcesEditor.h"
#include "TextEditField.h"

#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setClearButtonEnabled(true);
    return edit;
}

void setTextQuietly(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    edit->setText(text);
    edit->setCursorPosition(0); // a long developer name shows its beginning
}

} // namespace

FrameworkEditor::FrameworkEditor(FrameworkModel *model, Selection *selection, QWidget *parent)
    : QWidget(parent), m_model(model), m_selection(selection), m_pages(new QStackedWidget(this)),
      m_heading(new QLabel), m_name(lineEdit(u"nameField"_s, this)),
      m_developer(lineEdit(u"developerField"_s, this)), m_firstRelease(new QSpinBox),
      m_lastRelease(new QSpinBox), m_license(lineEdit(u"licenseField"_s, this)),
      m_language(lineEdit(u"languageField"_s, this)), m_apis(lineEdit(u"apisField"_s, this)),
      m_status(new QComboBox), m_homepage(lineEdit(u"homepageField"_s, this)),
      m_repository(lineEdit(u"repositoryField"_s, this)), m_color(new QPushButton),
      m_automaticColor(new QPushButton(tr("A&utomatic"))), m_summary(new TextEditField),
      m_ratingsForm(new QFormLayout), m_sources(new SourcesEditor)
{
    setObjectName(u"frameworkEditor"_s);
    auto *empty = new QLabel(tr("Select a framework in the table or the list to edit it."));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    m_pages->addWidget(empty);

    auto *form = new QWidget;
    auto *layout = new QVBoxLayout(form);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);

    auto *details = new QFormLayout;
    details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    details->addRow(tr("&Name:"), m_name);
    details->addRow(tr("&Developer:"), m_developer);
    for (QSpinBox *year : {m_firstRelease, m_lastRelease}) {
        year->setRange(RatingDelegate::NoYear, RatingDelegate::LastYear);
        year->setSpecialValueText(tr("Unknown"));
    }
    m_firstRelease->setObjectName(u"firstReleaseField"_s);
    m_firstRelease->setToolTip(tr("The year of the first public release, or Unknown (the "
                                  "lowest value)"));
    details->addRow(tr("&First release:"), m_firstRelease);
    m_lastRelease->setObjectName(u"lastReleaseField"_s);
    details->addRow(tr("Last r&elease:"), m_lastRelease);
    details->addRow(tr("&License:"), m_license);
    details->addRow(tr("Core lan&guage:"), m_language);
    m_apis->setPlaceholderText(tr("Separated by commas"));
    details->addRow(tr("&APIs:"), m_apis);
    m_status->setObjectName(u"statusField"_s);
    m_status->setEditable(true);
    m_status->addItems({tr("Active"), tr("Maintenance only"), tr("Discontinued")});
    m_status->setToolTip(tr("Choose a state or type your own words"));
    details->addRow(tr("S&tatus:"), m_status);
    details->addRow(tr("&Homepage:"), m_homepage);
    details->addRow(tr("&Repository:"), m_repository);
    m_color->setObjectName(u"colorButton"_s);
    m_color->setToolTip(tr("The framework's colour in the chart and the table"));
    m_automaticColor->setObjectName(u"automaticColorButton"_s);
    m_automaticColor->setToolTip(tr("Use a colour from the colour-blind-safe palette"));
    auto *colors = new QHBoxLayout;
    colors->addWidget(m_color);
    colors->addWidget(m_automaticColor);
    colors->addStretch();
    auto *colorLabel = new QLabel(tr("&Colour:"));
    colorLabel->setBuddy(m_color);
    details->addRow(colorLabel, colors);
    m_summary->setObjectName(u"summaryField"_s);
    m_summary->setPlaceholderText(tr("One paragraph of plain text"));
    m_summary->setMinimumHeight(90);
    details->addRow(tr("Su&mmary:"), m_summary);
    layout->addLayout(details);

    auto *ratings = new QGroupBox(tr("Ratings"));
    ratings->setLayout(m_ratingsForm);
    m_ratingsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addWidget(ratings);
    auto *sources = new QGroupBox(tr("Sources"));
    auto *sourcesLayout = new QVBoxLayout(sources);
    sourcesLayout->addWidget(m_sources);
    layout->addWidget(sources);
    layout->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_pages->addWidget(scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    connect(m_name, &QLineEdit::editingFinished, this, [this] { commitText(m_name, 0); });
    const auto factField = [this](QLineEdit *field, Fact fact) {
        connect(field, &QLineEdit::editingFinished, this,
                [this, field, fact] { commitText(field, m_model->factColumn(fact)); });
    };
    factField(m_developer, Fact::Developer);
    factField(m_license, Fact::License);
    factField(m_language, Fact::Language);
    factField(m_apis, Fact::Apis);
    const auto yearField = [this](QSpinBox *field, const int *shown, Fact fact) {
        connect(field, &QSpinBox::editingFinished, this, [this, field, shown, fact] {
            const int year = field->value();
            if (year == *shown)
                return; // passing through the field is no edit
            commit(m_model->factColumn(fact),
                   year == RatingDelegate::NoYear ? QVariant(QString()) : QVariant(year));
        });
    };
    yearField(m_firstRelease, &m_shownYear, Fact::FirstRelease);
    yearField(m_lastRelease, &m_shownLastYear, Fact::LastRelease);
    connect(m_status, &QComboBox::activated, this,
            [this] { commit(m_model->factColumn(Fact::Status), m_status->currentText()); });
    connect(m_status->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { commitText(m_status->lineEdit(), m_model->factColumn(Fact::Status)); });
    connect(m_homepage, &QLineEdit::editingFinished, this,
            [this] { commitText(m_homepage, 0, Role::Homepage); });
    connect(m_repository, &QLineEdit::editingFinished, this,
            [this] { commitText(m_repository, 0, Role::Repository); });
    connect(m_summary, &TextEditField::editingFinished, this,
            [this] { commitTyped(m_summary, 0, m_summary->toPlainText(), Role::Summary); });
    connect(m_color, &QPushButton::clicked, this, &FrameworkEditor::chooseColor);
    connect(m_automaticColor, &QPushButton::clicked, this,
            [this] { commit(0, QColor(), Role::Color); });
    connect(m_sources, &SourcesEditor::sourcesEdited, this,
            [this](const QVariantList &list) { commit(0, list, Role::Sources); });

    connect(selection, &Selection::changed, this, &FrameworkEditor::refresh);
    connect(model, &QAbstractItemModel::dataChanged, this, &FrameworkEditor::refreshIfCurrent);
    // A metric renamed or given other levels; a framework renamed is a dataChanged too.
    connect(model, &QAbstractItemModel::headerDataChanged, this,
            [this](Qt::Orientation orientation) {
                if (orientation == Qt::Horizontal)
                    buildRatings();
            });
    const auto rebuild = [this] { buildRatings(); };
    connect(model, &QAbstractItemModel::columnsInserted, this, rebuild);
    connect(model, &QAbstractItemModel::columnsRemoved, this, rebuild);
    connect(model, &QAbstractItemModel::modelReset, this, rebuild);
    const auto update = [this] { refresh(); };
    connect(model, &QAbstractItemModel::rowsInserted, this, update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, update);
    connect(model, &QAbstractItemModel::rowsMoved, this, update);
    buildRatings();
}

FrameworkEditor::~FrameworkEditor()
{
    // QWidget's destructor, which runs after this one, hides the panel; the field that has the
    // focus then loses it and reports editingFinished to a FrameworkEditor that no longer
    // exists. The fields' connections go first: text typed but not yet taken is dropped, as
    // the panel itself is going.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

int FrameworkEditor::currentRow() const
{
    return m_model->rowOfFramework(m_selection->frameworkId());
}

void FrameworkEditor::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

// One line per metric: its level and, below, the note that says why.
void FrameworkEditor::buildRatings()
{
    for (const RatingRow &row : std::as_const(m_ratings))
        m_ratingsForm->removeRow(row.label);
    m_ratings.clear();
    for (int metric = 0; metric < m_model->metricCount(); ++metric) {
        const int column = m_model->metricColumn(metric);
        RatingRow row;
        row.metricId = m_model->headerData(column, Qt::Horizontal, Role::Id).toString();
        row.label = new QLabel(m_model->headerData(column, Qt::Horizontal).toString() + u':');
        row.level = new QComboBox;
        row.level->setObjectName(u"level:"_s + row.metricId);
        row.level->addItem(tr("Not rated"), 0);
        const QStringList levels =
            m_model->headerData(column, Qt::Horizontal, Role::LevelLabels).toStringList();
        for (int level = 1; level <= levels.size(); ++level)
            row.level->addItem(levels.at(level - 1), level);
        row.label->setBuddy(row.level);
        row.note = new TextEditField;
        row.note->setObjectName(u"note:"_s + row.metricId);
        row.note->setAccessibleName(tr("Note on %1").arg(row.label->text()));
        row.note->setPlaceholderText(tr("Why this rating: a benchmark, a source, an experience"));
        row.note->setMinimumHeight(60);
        // The range beside the level: low and high, or "certain".
        const auto rangeBox = [&](const QString &name, const QString &accessible) {
            auto *box = new QSpinBox;
            box->setObjectName(name + row.metricId);
            box->setRange(0, int(levels.size()));
            box->setSpecialValueText(tr("certain"));
            box->setAccessibleName(
                accessible.arg(m_model->headerData(column, Qt::Horizontal).toString()));
            box->setToolTip(tr("The span you are unsure over, in levels (1 = %1); "
                               "\"certain\" for none")
                                .arg(levels.value(0)));
            return box;
        };
        row.low = rangeBox(u"rangeLow:"_s, tr("Lowest level %1 could be"));
        row.high = rangeBox(u"rangeHigh:"_s, tr("Highest level %1 could be"));
        auto *levelRow = new QHBoxLayout;
        levelRow->addWidget(row.level, 1);
        levelRow->addWidget(new QLabel(tr("range")));
        levelRow->addWidget(row.low);
        levelRow->addWidget(new QLabel(u"–"_s));
        levelRow->addWidget(row.high);
        auto *cell = new QWidget;
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->addLayout(levelRow);
        cellLayout->addWidget(row.note);
        m_ratingsForm->addRow(row.label, cell);
        connect(row.level, &QComboBox::activated, this,
                [this, column, combo = row.level] { commit(column, combo->currentData()); });
        const int metricIndex = metric;
        connect(row.low, &QSpinBox::editingFinished, this,
                [this, metricIndex] { commitRange(metricIndex); });
        connect(row.high, &QSpinBox::editingFinished, this,
                [this, metricIndex] { commitRange(metricIndex); });
        connect(row.note, &TextEditField::editingFinished, this, [this, column, note = row.note] {
            commitTyped(note, column, note->toPlainText(), Role::Note);
        });
        m_ratings << row;
    }
    refresh();
}

void FrameworkEditor::refreshIfCurrent(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const int row = currentRow();
    if (row >= topLeft.row() && row <= bottomRight.row())
        refresh();
}

void FrameworkEditor::refresh()
{
    const int row = currentRow();
    m_pages->setCurrentIndex(row < 0 ? 0 : 1);
    if (row < 0)
        return;
    const auto text = [&](int column, int role = Qt::EditRole) {
        return m_model->index(row, column).data(role);
    };
    const QString name = text(0).toString();
    m_heading->setText(name);
    setTextQuietly(m_name, name);
    setTextQuietly(m_developer, text(m_model->factColumn(Fact::Developer)).toString());
    const auto showYear = [&](QSpinBox *field, int *shown, Fact fact) {
        const QVariant year = text(m_model->factColumn(fact));
        const QSignalBlocker blocker(field);
        *shown = year.isValid() ? year.toInt() : RatingDelegate::NoYear;
        field->setValue(*shown);
    };
    showYear(m_firstRelease, &m_shownYear, Fact::FirstRelease);
    showYear(m_lastRelease, &m_shownLastYear, Fact::LastRelease);
    setTextQuietly(m_license, text(m_model->factColumn(Fact::License)).toString());
    setTextQuietly(m_language, text(m_model->factColumn(Fact::Language)).toString());
    setTextQuietly(m_apis, text(m_model->factColumn(Fact::Apis)).toString());
    setTextQuietly(m_status->lineEdit(), text(m_model->factColumn(Fact::Status)).toString());
    setTextQuietly(m_homepage, text(0, Role::Homepage).toString());
    setTextQuietly(m_repository, text(0, Role::Repository).toString());
    m_summary->setTextQuietly(text(0, Role::Summary).toString());
    const bool own = m_model->dataSet().frameworks.at(row).color.isValid();
    showColor(text(0, Role::Color).value<QColor>(), own);
    for (int metric = 0; metric < m_ratings.size(); ++metric) {
        const RatingRow &rating = m_ratings.at(metric);
        const QModelIndex cell = m_model->index(row, m_model->metricColumn(metric));
        rating.level->setCurrentIndex(rating.level->findData(cell.data(Qt::EditRole).toInt()));
        rating.note->setTextQuietly(cell.data(Role::Note).toString());
        const QVariantList range = cell.data(Role::Range).toList();
        for (QSpinBox *box : {rating.low, rating.high}) {
            const QSignalBlocker blocker(box);
            box->setValue(range.size() == 2 ? range.at(box == rating.low ? 0 : 1).toInt() : 0);
            box->setEnabled(cell.data(Role::Score).isValid());
        }
        // A note explains a rating; the file format has no place for a note without one.
        rating.note->setEnabled(cell.data(Role::Score).isValid());
    }
    m_sources->setSources(text(0, Role::Sources).toList());
}

bool FrameworkEditor::commit(int column, const QVariant &value, int role)
{
    const int row = currentRow();
    if (row < 0)
        return false;
    const bool accepted = m_model->setData(m_model->index(row, column), value, role);
    if (!accepted)
        refresh(); // show what the model kept, not the refused value
    return accepted;
}

void FrameworkEditor::commitRange(int metric)
{
    const int row = currentRow();
    if (row < 0 || metric >= m_ratings.size())
        return;
    const RatingRow &rating = m_ratings.at(metric);
    const QModelIndex cell = m_model->index(row, m_model->metricColumn(metric));
    const int score = cell.data(Role::Score).toInt();
    const int low = rating.low->value();
    const int high = rating.high->value();
    // One end given, the other is the score; both "certain": no range.
    QVariantList range;
    if (low > 0 || high > 0)
        range = {low > 0 ? low : score, high > 0 ? high : score};
    if (range == cell.data(Role::Range).toList() ||
        (range.isEmpty() && !cell.data(Role::Range).isValid()))
        return; // passing through changes nothing
    commit(m_model->metricColumn(metric), range, Role::Range);
}

void FrameworkEditor::commitText(QLineEdit *field, int column, int role)
{
    // Only what the person changed: passing through a field whose text the model would tidy
    // (a double space, say) must not change the data.
    if (!field->isModified())
        return;
    field->setModified(false);
    commitTyped(field, column, field->text(), role);
}

bool FrameworkEditor::commitTyped(QWidget *field, int column, const QVariant &value, int role)
{
    // Taken with Enter (or Ctrl+Enter) the field keeps the keyboard, and what the person types on
    // in it belongs to the same undo step; taken on leaving the field, the step is complete.
    m_model->setTypingOn(field->hasFocus());
    const bool accepted = commit(column, value, role);
    m_model->setTypingOn(false);
    return accepted;
}

void FrameworkEditor::chooseColor()
{
    const int row = currentRow();
    if (row < 0)
        return;
    auto *dialog = new QColorDialog(m_model->frameworkColor(row), this);
    dialog->setObjectName(u"colorDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Colour of %1").arg(m_model->index(row, 0).data().toString()));
    // The framework is named by id: the row may move while the dialog is open.
    const QString id = m_selection->frameworkId();
    connect(dialog, &QColorDialog::colorSelected, this, [this, id](const QColor &color) {
        const int at = m_model->rowOfFramework(id);
        if (at >= 0)
            m_model->setData(m_model->index(at, 0), color, Role::Color);
    });
    dialog->open();
}

void FrameworkEditor::showColor(const QColor &color, bool own)
{
    // Made at the screen's pixel ratio, so that its edges stay sharp at 2× and above.
    const qreal ratio = devicePixelRatioF();
    QPixmap swatch(QSize(32, 16) * ratio);
    swatch.setDevicePixelRatio(ratio);
    swatch.fill(color);
    m_color->setIcon(QIcon(swatch));
    m_color->setText(color.name(QColor::HexRgb).toUpper());
    m_color->setAccessibleName(tr("Colour %1").arg(color.name(QColor::HexRgb).toUpper()));
    m_automaticColor->setEnabled(own);
}

} // namespace Versus
