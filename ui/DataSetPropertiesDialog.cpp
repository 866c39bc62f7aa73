// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataSetPropertiesDialog.h"

#include "FrameworkModel.h"
#include "MetricDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Versus {

DataSetPropertiesDialog::DataSetPropertiesDialog(FrameworkModel *model, QWidget *parent)
    : QDialog(parent), m_model(model), m_editor(model),
      m_title(new QLineEdit(model->dataSet().title)), m_metrics(new QListWidget),
      m_edit(new QPushButton(tr("&Edit…"))), m_delete(new QPushButton(tr("&Delete")))
{
    setObjectName(u"dataSetPropertiesDialog"_s);
    setWindowTitle(tr("Data Set Properties"));
    m_title->setObjectName(u"titleEdit"_s);
    m_metrics->setObjectName(u"metricList"_s);
    m_edit->setObjectName(u"editMetricButton"_s);
    m_delete->setObjectName(u"deleteMetricButton"_s);
    auto *add = new QPushButton(tr("&Add…"));
    add->setObjectName(u"addMetricButton"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    auto *metricsLabel = new QLabel(tr("&Metrics:"));
    metricsLabel->setBuddy(m_metrics);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *metrics = new QHBoxLayout;
    metrics->addWidget(m_metrics);
    metrics->addLayout(buttons);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(metricsLabel);
    layout->addLayout(metrics);
    layout->addWidget(box);

    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &DataSetPropertiesDialog::addMetric);
    connect(m_edit, &QPushButton::clicked, this, &DataSetPropertiesDialog::editMetric);
    connect(m_delete, &QPushButton::clicked, this, &DataSetPropertiesDialog::deleteMetric);
    connect(m_metrics, &QListWidget::currentRowChanged, this,
            &DataSetPropertiesDialog::updateButtons);
    connect(m_metrics, &QListWidget::itemActivated, this, &DataSetPropertiesDialog::editMetric);
    fillMetrics();
    resize(460, 360);
}

void DataSetPropertiesDialog::beginChange()
{
    if (m_changing)
        return;
    m_changing = true;
    m_model->undoStack()->beginMacro(tr("Change data set properties"));
}

void DataSetPropertiesDialog::fillMetrics()
{
    const int current = m_metrics->currentRow();
    m_metrics->clear();
    for (const Metric &metric : m_model->dataSet().metrics)
        m_metrics->addItem(tr("%1 (%n levels)", nullptr, metric.levelCount()).arg(metric.name));
    m_metrics->setCurrentRow(qBound(0, current, m_metrics->count() - 1));
    updateButtons();
}

void DataSetPropertiesDialog::updateButtons()
{
    const bool selected = m_metrics->currentRow() >= 0;
    m_edit->setEnabled(selected);
    // The file format needs one metric at least.
    m_delete->setEnabled(selected && m_metrics->count() > 1);
}

MetricDialog *DataSetPropertiesDialog::addMetric()
{
    auto *dialog = new MetricDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add Metric"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        beginChange();
        const int index =
            m_editor.addMetric(dialog->name(), dialog->levels(), dialog->description());
        fillMetrics();
        if (index >= 0)
            m_metrics->setCurrentRow(index);
    });
    dialog->open();
    return dialog;
}

MetricDialog *DataSetPropertiesDialog::editMetric()
{
    const int index = m_metrics->currentRow();
    if (index < 0)
        return nullptr;
    const Metric metric = m_model->dataSet().metrics.at(index);
    auto *dialog = new MetricDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Edit Metric"));
    dialog->setMetric(metric.name, metric.description, metric.levels);
    dialog->setRatingsLostCounter(
        [this, index](const QList<int> &origins) { return m_editor.ratingsLost(index, origins); });
    connect(dialog, &QDialog::accepted, this, [this, dialog, index] {
        beginChange();
        m_editor.editMetric(index, dialog->name(), dialog->description(), dialog->levels(),
                            dialog->origins());
        fillMetrics();
    });
    dialog->open();
    return dialog;
}

void DataSetPropertiesDialog::deleteMetric()
{
    const int index = m_metrics->currentRow();
    if (index < 0 || m_metrics->count() <= 1)
        return;
    if (const int ratings = m_editor.ratingCount(index); ratings > 0) {
        QMessageBox box(
            QMessageBox::Question, tr("Data Set Properties"),
            tr("Delete the metric “%1”?").arg(m_model->dataSet().metrics.at(index).name),
            QMessageBox::Cancel, this);
        box.setObjectName(u"deleteMetricQuestion"_s);
        box.setInformativeText(tr("Its %n rating(s) are deleted with it.", nullptr, ratings));
        QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
        box.exec();
        if (box.clickedButton() != remove)
            return;
    }
    beginChange();
    m_editor.removeMetric(index);
    fillMetrics();
}

void DataSetPropertiesDialog::accept()
{
    const QString title = m_title->text().trimmed();
    if (title != m_model->dataSet().title) {
        beginChange();
        m_editor.setTitle(title);
    }
    if (m_changing)
        m_model->undoStack()->endMacro();
    m_changing = false;
    QDialog::accept();
}

void DataSetPropertiesDialog::reject()
{
    if (m_changing) {
        m_model->undoStack()->endMacro();
        m_model->undoStack()->undo();
    }
    m_changing = false;
    QDialog::reject();
}

} // namespace Versus
