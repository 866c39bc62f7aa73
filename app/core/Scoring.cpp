// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scoring.h"

#include "ChangeValueCommand.h"
#include "FrameworkModel.h"
#include "FrameworkModelMutation.h"
#include "ToolTip.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Versus {

int Scoring::weight(int metricIndex) const
{
    const DataSet &data = m_model->dataSet();
    const QString &id = data.metrics.at(metricIndex).id;
    if (data.weights)
        return data.weights->value(id, DataSet::DefaultWeight);
    return m_rememberedWeights.value(id, DataSet::DefaultWeight);
}

bool Scoring::setWeight(int metricIndex, int weight)
{
    const DataSet &data = m_model->dataSet();
    const int metricCount = m_model->metricCount();
    if (metricIndex < 0 || metricIndex >= metricCount || weight < 0 || weight > DataSet::MaxWeight)
        return false;
    if (weight == this->weight(metricIndex))
        return true; // no empty undo step
    // The first weight set in a file without weights writes down all that are in use, so that
    // the file says what the window shows.
    QMap<QString, int> next;
    if (data.weights)
        next = *data.weights;
    else
        for (int i = 0; i < metricCount; ++i)
            next.insert(data.metrics.at(i).id, this->weight(i));
    const Metric &metric = data.metrics.at(metricIndex);
    next.insert(metric.id, weight);
    // The whole `weights` object is kept before and after, so that undoing the first weight set
    // in a file without weights leaves it without them again. Steps of one weight merge.
    using Weights = std::optional<QMap<QString, int>>;
    FrameworkModel *model = m_model;
    m_model->undoStack()->push(new ChangeValueCommand<Weights>(
        u"weight/"_s + metric.id, data.weights, Weights(next),
        [model](const Weights &weights) { FrameworkModel::Mutation(model).setWeights(weights); },
        tr("Set the weight of %1 to %2").arg(metric.name).arg(weight), true));
    return true;
}

bool Scoring::setRememberedWeights(const QHash<QString, int> &weights)
{
    if (weights == m_rememberedWeights)
        return false;
    m_rememberedWeights = weights;
    return true;
}

Scoring::WeightedScore Scoring::weightedScore(int row) const
{
    const DataSet &data = m_model->dataSet();
    const Framework &framework = data.frameworks.at(row);
    WeightedScore result;
    double sum = 0;
    int weights = 0;
    for (int i = 0; i < m_model->metricCount(); ++i) {
        const int w = weight(i);
        if (w <= 0)
            continue;
        const Metric &metric = data.metrics.at(i);
        const Rating *rating = framework.rating(metric.id);
        if (!rating || metric.levelCount() <= 0) {
            result.unrated << metric.name;
            continue;
        }
        sum += w * double(rating->score) / metric.levelCount();
        weights += w;
    }
    if (weights > 0)
        result.value = sum / weights * ScoreScale;
    return result;
}

QString Scoring::scoreText(const WeightedScore &score)
{
    if (!score.value)
        return u"—"_s;
    QString text = QString::number(*score.value, 'f', 1);
    if (!score.unrated.isEmpty())
        text += u'*';
    return text;
}

QVariant Scoring::scoreData(int row, int role) const
{
    const WeightedScore score = weightedScore(row);
    switch (role) {
    case Qt::DisplayRole:
        return scoreText(score);
    case Qt::EditRole:
    case Role::WeightedScore:
        return score.value ? QVariant(*score.value) : QVariant();
    case Role::ScorePartial:
        return score.value && !score.unrated.isEmpty();
    case Qt::ToolTipRole: {
        const QString name = m_model->dataSet().frameworks.at(row).name;
        if (!score.value)
            return ToolTip::html(
                tr("%1 — Weighted score: none, no weighted metric is rated").arg(name));
        QString text =
            tr("%1 — Weighted score: %2 of 10").arg(name, QString::number(*score.value, 'f', 1));
        if (!score.unrated.isEmpty())
            text += u"\n"_s + tr("Partial: %1 not rated").arg(score.unrated.join(u", "_s));
        return ToolTip::html(text);
    }
    case Role::Best:
        if (const std::optional<double> best = bestOfColumn(m_model->scoreColumn());
            best && score.value)
            return qFuzzyCompare(*score.value, *best);
        return false;
    default:
        return {};
    }
}

bool Scoring::isBestRating(int row, int metricIndex) const
{
    const DataSet &data = m_model->dataSet();
    const Rating *rating = data.frameworks.at(row).rating(data.metrics.at(metricIndex).id);
    if (const std::optional<double> best = bestOfColumn(m_model->metricColumn(metricIndex)); best)
        return rating && rating->score == *best;
    return false;
}

double Scoring::cellValue(int row, int column, bool *ok) const
{
    QList<double> &values = m_values[column];
    if (values.size() != m_model->rowCount())
        values.fill(NotComputed, m_model->rowCount());
    double &value = values[row];
    if (value == NotComputed) {
        if (column == m_model->scoreColumn()) {
            value = weightedScore(row).value.value_or(qQNaN());
        } else {
            const DataSet &data = m_model->dataSet();
            const Rating *rating = data.frameworks.at(row).rating(data.metrics.at(column - 1).id);
            value = rating ? rating->score : qQNaN();
        }
    }
    *ok = !qIsNaN(value);
    return *ok ? value : 0;
}

std::optional<double> Scoring::bestOfColumn(int column) const
{
    if (const auto it = m_best.constFind(column); it != m_best.cend())
        return *it;
    // Nothing stands out when fewer than two frameworks have a value or all have the same.
    std::optional<double> best;
    std::optional<double> worst;
    int values = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        bool ok = false;
        const double value = cellValue(row, column, &ok);
        if (!ok)
            continue;
        ++values;
        best = best ? qMax(*best, value) : value;
        worst = worst ? qMin(*worst, value) : value;
    }
    if (values < 2 || qFuzzyCompare(*best, *worst))
        best.reset();
    m_best.insert(column, best);
    return best;
}

void Scoring::forgetBest(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                         const QList<int> &roles)
{
    if (roles == QList<int>{Role::Best})
        return; // FrameworkModel::emitBestChanged(): which is best, said after it was found
    const int first = topLeft.row();
    const int last = bottomRight.row();
    const auto forget = [&](int column) {
        m_best.remove(column);
        const auto values = m_values.find(column);
        if (values == m_values.end())
            return;
        // One framework edited: its value alone is looked up again.
        if (last - first < 16 && values->size() == m_model->rowCount())
            for (int row = first; row <= last; ++row)
                (*values)[row] = NotComputed;
        else
            m_values.erase(values);
    };
    for (int column = topLeft.column(); column <= bottomRight.column(); ++column)
        forget(column);
    // A rating, a metric or a weight changes the weighted score of its row.
    if (topLeft.column() < m_model->scoreColumn() &&
        bottomRight.column() >= m_model->metricColumn(0))
        forget(m_model->scoreColumn());
}

void Scoring::forgetAllBest()
{
    m_best.clear();
    m_values.clear();
}

} // namespace Versus
