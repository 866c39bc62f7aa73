// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QFormLayout;
class QSpinBox;

namespace Versus {

class FrameworkModel;

// A spin box per metric for its weight in the weighted score, 0 to 5. A change is an undo step
// of the model (FrameworkModel::setWeight), saved with the data, and remembered (Settings) for data
// files that have no weights of their own.
class WeightsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WeightsEditor(FrameworkModel *model, QWidget *parent = nullptr);

    QSpinBox *spinBox(const QString &metricId) const;
    // The boxes in the order of the metrics, as shown.
    QList<QSpinBox *> spinBoxes() const { return m_boxes; }

    // The weights remembered from the last time the person set them, by metric id.
    static QHash<QString, int> rememberedWeights();

signals:
    // The boxes were made anew (metrics added, removed or renamed, other data opened).
    void rebuilt();

private:
    static constexpr int MaxLabelChars = 24;

    void rebuild();
    void showWeights();

    FrameworkModel *m_model;
    QFormLayout *m_form;
    QList<QSpinBox *> m_boxes;
    QStringList m_ids;
};

} // namespace Versus
