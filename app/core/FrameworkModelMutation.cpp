// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkModelMutation.h"

namespace Versus {

FrameworkModel::Mutation::FrameworkEntry FrameworkModel::Mutation::frameworkEntry(int row) const
{
    const Framework &framework = m->m_data.frameworks.at(row);
    return {framework, m->m_compared.contains(framework.id),
            m->m_data.compare ? int(m->m_data.compare->indexOf(framework.id)) : -1};
}

FrameworkModel::Mutation::MetricEntry FrameworkModel::Mutation::metricEntry(int metricIndex) const
{
    MetricEntry entry{m->m_data.metrics.at(metricIndex), {}, std::nullopt};
    if (m->m_data.weights)
        if (const auto it = m->m_data.weights->constFind(entry.metric.id);
            it != m->m_data.weights->cend())
            entry.weight = *it;
    for (const Framework &framework : m->m_data.frameworks)
        if (const Rating *rating = framework.rating(entry.metric.id))
            entry.ratings.insert(framework.id, *rating);
    return entry;
}

void FrameworkModel::Mutation::setTitle(const QString &title)
{
    m->m_data.title = title;
    emit m->titleChanged(title);
}

void FrameworkModel::Mutation::Mutation::setWeights(
    const std::optional<QMap<QString, int>> &weights)
{
    m->m_data.weights = weights;
    m->emitScoresChanged();
    emit m->weightsChanged();
}

void FrameworkModel::Mutation::emitBestChanged(int column, const std::optional<double> &before)
{
    const std::optional<double> after = m->m_scoring.bestOfColumn(column);
    if (after == before)
        return; // the edited cell, already said to change, is the only one to gain or lose it
    // The cells holding the old or the new best value: for the score a few, for a rating those
    // at the same level. (Tolerant, as Role::Best compares scores with qFuzzyCompare.)
    const auto near = [](double value, const std::optional<double> &best) {
        return best && qFuzzyCompare(1 + value, 1 + *best);
    };
    QList<std::pair<int, int>> runs;
    for (int row = 0; row < m->rowCount(); ++row) {
        bool ok = false;
        const double value = m->m_scoring.cellValue(row, column, &ok);
        if (!ok || !(near(value, before) || near(value, after)))
            continue;
        if (!runs.isEmpty() && runs.last().second == row - 1)
            runs.last().second = row;
        else
            runs.append({row, row});
    }
    if (runs.isEmpty())
        return;
    // Each run on its own, so that a ranking sorted on the column looks at those rows alone;
    // very many are said at once.
    constexpr qsizetype MaxSignals = 32;
    if (runs.size() > MaxSignals)
        runs = {{runs.first().first, runs.last().second}};
    for (const auto &[first, last] : std::as_const(runs))
        emit m->dataChanged(m->index(first, column), m->index(last, column), {Role::Best});
}

void FrameworkModel::Mutation::Mutation::setRating(const QString &frameworkId,
                                                   const QString &metricId,
                                                   const std::optional<Rating> &rating)
{
    const int row = m->m_data.frameworkIndex(frameworkId);
    const int metricIndex = m->m_data.metricIndex(metricId);
    Q_ASSERT(row >= 0 && metricIndex >= 0);
    const int column = m->metricColumn(metricIndex);
    // The best values before the change, to tell which other cells gain or lose the mark.
    const std::optional<double> bestRating = m->m_scoring.bestOfColumn(column);
    const std::optional<double> bestScore = m->m_scoring.bestOfColumn(m->scoreColumn());
    Framework &framework = m->m_data.frameworks[row];
    if (rating)
        framework.ratings.insert(metricId, *rating);
    else
        framework.ratings.remove(metricId);
    // The rating and the framework's score, each alone: a ranking sorted on either moves that
    // one row into place, where a whole column said to change had 10,000 rows sorted again.
    emit m->dataChanged(m->index(row, column), m->index(row, column));
    emit m->dataChanged(m->index(row, m->scoreColumn()), m->index(row, m->scoreColumn()));
    emitBestChanged(column, bestRating);
    emitBestChanged(m->scoreColumn(), bestScore);
}

void FrameworkModel::Mutation::replaceFramework(const Framework &framework)
{
    const int row = m->m_data.frameworkIndex(framework.id);
    Q_ASSERT(row >= 0);
    // A rating in the edit may change which is best: the best values before, to tell.
    QList<std::optional<double>> bestBefore;
    for (int column = m->metricColumn(0); column <= m->scoreColumn(); ++column)
        bestBefore << m->m_scoring.bestOfColumn(column);
    m->m_data.frameworks[row] = framework;
    // Its row alone, as for a rating: not every framework's score said to change.
    emit m->dataChanged(m->index(row, 0), m->index(row, m->columnCount() - 1));
    emit m->headerDataChanged(Qt::Vertical, row, row);
    for (int column = m->metricColumn(0); column <= m->scoreColumn(); ++column)
        emitBestChanged(column, bestBefore.at(column - m->metricColumn(0)));
}

void FrameworkModel::Mutation::insertEntry(int row, const FrameworkEntry &entry)
{
    m->beginInsertRows({}, row, row);
    m->m_data.frameworks.insert(row, entry.framework);
    if (entry.compareIndex >= 0 && m->m_data.compare)
        m->m_data.compare->insert(qMin(entry.compareIndex, int(m->m_data.compare->size())),
                                  entry.framework.id);
    if (entry.compared)
        m->m_compared.insert(entry.framework.id);
    m->endInsertRows();
    if (entry.compared)
        emit m->comparedChanged();
}

void FrameworkModel::Mutation::removeEntry(int row, const FrameworkEntry &entry)
{
    const QString id = m->m_data.frameworks.at(row).id;
    Q_ASSERT(id == entry.framework.id);
    m->beginRemoveRows({}, row, row);
    m->m_data.frameworks.removeAt(row);
    if (m->m_data.compare)
        m->m_data.compare->removeAll(id);
    const bool wasCompared = m->m_compared.remove(id);
    m->endRemoveRows();
    if (wasCompared)
        emit m->comparedChanged();
}

void FrameworkModel::Mutation::moveFramework(int from, int to)
{
    // beginMoveRows names the row the moved one goes before, in the rows as they are now.
    if (!m->beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return;
    m->m_data.frameworks.move(from, to);
    m->endMoveRows();
}

void FrameworkModel::Mutation::insertEntry(int metricIndex, const MetricEntry &entry)
{
    const int column = m->metricColumn(metricIndex);
    m->beginInsertColumns({}, column, column);
    m->m_data.metrics.insert(metricIndex, entry.metric);
    for (Framework &framework : m->m_data.frameworks)
        if (const auto it = entry.ratings.constFind(framework.id); it != entry.ratings.cend())
            framework.ratings.insert(entry.metric.id, *it);
    if (m->m_data.weights && entry.weight)
        m->m_data.weights->insert(entry.metric.id, *entry.weight);
    m->endInsertColumns();
    m->emitScoresChanged();
    emit m->weightsChanged();
}

void FrameworkModel::Mutation::removeEntry(int metricIndex, const MetricEntry &entry)
{
    const int column = m->metricColumn(metricIndex);
    m->beginRemoveColumns({}, column, column);
    const Metric metric = m->m_data.metrics.takeAt(metricIndex);
    Q_ASSERT(metric.id == entry.metric.id);
    for (Framework &framework : m->m_data.frameworks)
        framework.ratings.remove(metric.id);
    if (m->m_data.weights)
        m->m_data.weights->remove(metric.id);
    m->endRemoveColumns();
    m->emitScoresChanged();
    emit m->weightsChanged();
}

void FrameworkModel::Mutation::replaceMetric(int metricIndex, const MetricEntry &entry)
{
    Metric &metric = m->m_data.metrics[metricIndex];
    for (Framework &framework : m->m_data.frameworks) {
        framework.ratings.remove(metric.id);
        if (const auto it = entry.ratings.constFind(framework.id); it != entry.ratings.cend())
            framework.ratings.insert(entry.metric.id, *it);
    }
    if (m->m_data.weights) {
        m->m_data.weights->remove(metric.id);
        if (entry.weight)
            m->m_data.weights->insert(entry.metric.id, *entry.weight);
    }
    metric = entry.metric;
    const int column = m->metricColumn(metricIndex);
    emit m->headerDataChanged(Qt::Horizontal, column, column);
    if (m->rowCount() > 0)
        emit m->dataChanged(m->index(0, column), m->index(m->rowCount() - 1, column));
    m->emitScoresChanged();
    emit m->weightsChanged();
}

} // namespace Versus
