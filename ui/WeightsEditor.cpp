// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeightsEditor.h"

#include "FrameworkModel.h"
#include "Settings.h"
#include "ToolTip.h"

#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Versus {

WeightsEditor::WeightsEditor(FrameworkModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_form(new QFormLayout(this))
{
    setObjectName(u"weightsEditor"_s);
    setAccessibleName(tr("Metric weights"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    // Metrics added, removed or renamed rebuild the boxes; weights changed (an edit, an undo, a
    // file opened) only update their values.
    connect(model, &QAbstractItemModel::modelReset, this, &WeightsEditor::rebuild);
    connect(model, &QAbstractItemModel::columnsInserted, this, &WeightsEditor::rebuild);
    connect(model, &QAbstractItemModel::columnsRemoved, this, &WeightsEditor::rebuild);
    connect(model, &QAbstractItemModel::headerDataChanged, this,
            [this](Qt::Orientation orientation) {
                if (orientation == Qt::Horizontal)
                    rebuild();
            });
    connect(model, &FrameworkModel::weightsChanged, this, &WeightsEditor::showWeights);
    rebuild();
}

QSpinBox *WeightsEditor::spinBox(const QString &metricId) const
{
    const int i = int(m_ids.indexOf(metricId));
    return i >= 0 ? m_boxes.at(i) : nullptr;
}

QHash<QString, int> WeightsEditor::rememberedWeights()
{
    return Settings().rememberedWeights(DataSet::MaxWeight);
}

void WeightsEditor::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_boxes.clear();
    m_ids.clear();
    for (int i = 0; i < m_model->metricCount(); ++i) {
        const Metric &metric = m_model->dataSet().metrics.at(i);
        auto *box = new QSpinBox;
        box->setObjectName(u"weight:"_s + metric.id);
        box->setRange(0, DataSet::MaxWeight);
        box->setAccessibleName(tr("Weight of %1").arg(metric.name));
        box->setToolTip(ToolTip::html(
            tr("How much %1 counts in the weighted score: 0 leaves it out, 5 counts it five "
               "times as much as a metric of weight 1.")
                .arg(metric.name)));
        box->setValue(m_model->weight(i));
        connect(box, &QSpinBox::valueChanged, this, [this, id = metric.id](int weight) {
            const int index = m_model->dataSet().metricIndex(id);
            if (index < 0 || !m_model->setWeight(index, weight))
                return;
            // For the next data file without weights; this one now has its own.
            Settings().rememberWeight(id, weight);
        });
        auto *label = new QLabel;
        label->setTextFormat(Qt::PlainText);
        // Shortened like the ranking's names, so that a long metric name cannot widen the
        // dock; the tooltip has the whole name.
        label->setText(label->fontMetrics().elidedText(
            metric.name, Qt::ElideRight, label->fontMetrics().averageCharWidth() * MaxLabelChars));
        label->setToolTip(ToolTip::html(metric.name));
        label->setBuddy(box);
        m_form->addRow(label, box);
        m_boxes << box;
        m_ids << metric.id;
    }
    emit rebuilt();
}

void WeightsEditor::showWeights()
{
    for (int i = 0; i < m_boxes.size(); ++i) {
        const int index = m_model->dataSet().metricIndex(m_ids.at(i));
        if (index < 0)
            continue;
        const QSignalBlocker blocker(m_boxes.at(i));
        m_boxes.at(i)->setValue(m_model->weight(index));
    }
}

} // namespace Versus
