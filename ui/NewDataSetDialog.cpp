// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewDataSetDialog.h"

#include "DataReader.h"
#include "DataSetEditor.h"
#include "DataStore.h"
#include "LevelScales.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

enum LevelChoice
{
    Numbered,
    VeryLowToVeryHigh,
    OwnLabels
};

} // namespace

NewDataSetDialog::NewDataSetDialog(QWidget *parent)
    : QDialog(parent), m_title(new QLineEdit(tr("New comparison"))),
      m_deepLearning(new QRadioButton(tr("&Deep-learning metrics: Performance, Scalability, "
                                         "Ease of Use, Ecosystem"))),
      m_named(new QRadioButton(tr("&Metrics I name, one a line:"))),
      m_metricNames(new QPlainTextEdit), m_levels(new QComboBox), m_ownLevels(new QLineEdit),
      m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"newDataSetDialog"_s);
    setWindowTitle(tr("New Comparison"));
    m_title->setObjectName(u"titleEdit"_s);
    m_title->selectAll();
    m_deepLearning->setObjectName(u"templateDeepLearning"_s);
    m_named->setObjectName(u"templateNamed"_s);
    m_metricNames->setObjectName(u"metricNames"_s);
    m_metricNames->setPlaceholderText(tr("Price\nSupport\nDocumentation"));
    m_metricNames->setTabChangesFocus(true);
    m_levels->setObjectName(u"levelsCombo"_s);
    m_levels->addItem(tr("Five numbered levels, 1 to 5"));
    m_levels->addItem(tr("Very low, Low, Moderate, High, Very high"));
    m_levels->addItem(tr("Labels of my own"));
    m_levels->setCurrentIndex(VeryLowToVeryHigh);
    m_ownLevels->setObjectName(u"ownLevels"_s);
    m_ownLevels->setPlaceholderText(tr("Lowest first, separated by commas: Poor, Fair, Good"));
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_deepLearning->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Start with:")));
    layout->addWidget(m_deepLearning);
    layout->addWidget(m_named);
    auto *named = new QFormLayout;
    named->setContentsMargins(24, 0, 0, 0);
    named->addRow(m_metricNames);
    named->addRow(tr("&Levels of each:"), m_levels);
    named->addRow(QString(), m_ownLevels);
    layout->addLayout(named);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_named, &QRadioButton::toggled, this, &NewDataSetDialog::update);
    // Choosing to name the metrics is followed by naming them.
    connect(m_named, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_metricNames->setFocus();
    });
    connect(m_metricNames, &QPlainTextEdit::textChanged, this, &NewDataSetDialog::update);
    connect(m_levels, &QComboBox::currentIndexChanged, this, &NewDataSetDialog::update);
    connect(m_ownLevels, &QLineEdit::textChanged, this, &NewDataSetDialog::update);
    update();
    resize(520, sizeHint().height());
}

QStringList NewDataSetDialog::metricNames() const
{
    QStringList names;
    for (const QString &line : m_metricNames->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            names << line.trimmed();
    return names;
}

QStringList NewDataSetDialog::levels() const
{
    switch (m_levels->currentIndex()) {
    case Numbered:
        return LevelScales::numbered(5);
    case VeryLowToVeryHigh:
        return LevelScales::veryLowToVeryHigh();
    default:
        break;
    }
    QStringList labels;
    for (const QString &label : m_ownLevels->text().split(u','))
        labels << label.trimmed();
    return labels;
}

QString NewDataSetDialog::problem() const
{
    if (!m_named->isChecked())
        return {};
    const QStringList names = metricNames();
    if (names.isEmpty())
        return tr("Name at least one metric.");
    if (names.size() > DataReader::MaxMetrics)
        return tr("There can be at most %1 metrics.").arg(DataReader::MaxMetrics);
    const QStringList labels = levels();
    if (labels.size() < DataReader::MinLevels || labels.size() > DataReader::MaxLevels ||
        labels.contains(QString()))
        return tr("Give %1 to %2 level labels, separated by commas, none empty.")
            .arg(DataReader::MinLevels)
            .arg(DataReader::MaxLevels);
    return {};
}

DataSet NewDataSetDialog::dataSet() const
{
    DataSet data;
    data.title = m_title->text().trimmed();
    if (!m_named->isChecked()) {
        data.metrics = DataStore::loadBundled().data.metrics;
        return data;
    }
    const QStringList labels = levels();
    QSet<QString> ids;
    for (const QString &name : metricNames()) {
        Metric metric;
        metric.name = name;
        QString base = DataSetEditor::idFromName(name);
        if (base.isEmpty())
            base = u"metric"_s;
        metric.id = base;
        for (int n = 2; ids.contains(metric.id); ++n)
            metric.id = base + u'-' + QString::number(n);
        ids.insert(metric.id);
        metric.levels = labels;
        data.metrics << metric;
    }
    return data;
}

void NewDataSetDialog::update()
{
    const bool named = m_named->isChecked();
    m_metricNames->setEnabled(named);
    m_levels->setEnabled(named);
    m_ownLevels->setEnabled(named && m_levels->currentIndex() == OwnLabels);
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace Versus
