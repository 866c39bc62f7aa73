// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataSetEditor.h"

#include "ChangeValueCommand.h"
#include "DataReader.h"
#include "FrameworkModel.h"
#include "FrameworkModelMutation.h"
#include "FrameworkPalette.h"
#include "InsertRemoveCommand.h"
#include "MoveFrameworkCommand.h"

#include <QSet>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

QStringList cleanLevels(const QStringList &levels)
{
    QStringList clean;
    for (const QString &level : levels)
        clean << level.simplified();
    return clean;
}

bool validLevels(const QStringList &levels)
{
    return levels.size() >= DataReader::MinLevels && levels.size() <= DataReader::MaxLevels &&
           !levels.contains(QString());
}

template <typename List>
QString uniqueId(const QString &name, const QString &fallback, const List &items)
{
    QSet<QString> taken;
    for (const auto &item : items)
        taken.insert(item.id);
    QString base = DataSetEditor::idFromName(name);
    if (base.isEmpty())
        base = fallback;
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

// The first colour of the palette that no framework shows yet, so that a new framework is not
// confused with another in the chart.
QColor unusedColor(const FrameworkModel *model)
{
    QSet<QRgb> used;
    for (int row = 0; row < model->rowCount(); ++row)
        used.insert(model->frameworkColor(row).rgb());
    const QList<QColor> palette = FrameworkPalette::colors();
    for (const QColor &color : palette)
        if (!used.contains(color.rgb()))
            return color;
    return palette.at(model->rowCount() % palette.size());
}

} // namespace

QString DataSetEditor::idFromName(const QString &name)
{
    // Decomposing first turns "é" into "e" and a combining accent, which is then dropped.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString id;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            id += c;
        else if (c.isLetterOrNumber() || c.isSpace() || c.isPunct() || c.isSymbol())
            if (!id.isEmpty() && !id.endsWith(u'_'))
                id += u'_';
    }
    while (id.endsWith(u'_'))
        id.chop(1);
    return id;
}

QString DataSetEditor::uniqueFrameworkId(const QString &name) const
{
    return uniqueId(name, u"framework"_s, m_model->dataSet().frameworks);
}

QString DataSetEditor::uniqueMetricId(const QString &name) const
{
    return uniqueId(name, u"metric"_s, m_model->dataSet().metrics);
}

int DataSetEditor::addFramework(const QString &name)
{
    Framework framework;
    framework.name = name.simplified();
    if (framework.name.isEmpty() || m_model->rowCount() >= DataReader::MaxFrameworks)
        return -1;
    framework.id = uniqueFrameworkId(framework.name);
    framework.color = unusedColor(m_model);
    const int row = m_model->rowCount();
    m_model->undoStack()->push(new FrameworkRowCommand(
        m_model, FrameworkRowCommand::Kind::Insert, row, {framework, true, -1},
        tr("Add framework “%1”").arg(framework.name)));
    return row;
}

int DataSetEditor::duplicateFramework(int row)
{
    if (row < 0 || row >= m_model->rowCount() || m_model->rowCount() >= DataReader::MaxFrameworks)
        return -1;
    const Framework &original = m_model->dataSet().frameworks.at(row);
    Framework copy = original;
    copy.name = tr("%1 (copy)").arg(original.name);
    copy.id = uniqueFrameworkId(original.name);
    copy.color = unusedColor(m_model);
    m_model->undoStack()->push(new FrameworkRowCommand(
        m_model, FrameworkRowCommand::Kind::Insert, row + 1, {copy, true, -1},
        tr("Duplicate framework “%1”").arg(original.name)));
    return row + 1;
}

void DataSetEditor::removeFramework(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    FrameworkModel::Mutation::FrameworkEntry entry =
        FrameworkModel::Mutation(m_model).frameworkEntry(row);
    const QString text = tr("Delete framework “%1”").arg(entry.framework.name);
    m_model->undoStack()->push(new FrameworkRowCommand(m_model, FrameworkRowCommand::Kind::Remove,
                                                       row, std::move(entry), text));
}

bool DataSetEditor::moveFramework(int from, int to)
{
    const int rows = m_model->rowCount();
    if (from < 0 || from >= rows || to < 0 || to >= rows || from == to)
        return false;
    const QString name = m_model->dataSet().frameworks.at(from).name;
    m_model->undoStack()->push(new MoveFrameworkCommand(
        m_model, from, to,
        to < from ? tr("Move “%1” left").arg(name) : tr("Move “%1” right").arg(name)));
    return true;
}

int DataSetEditor::addMetric(const QString &name, const QStringList &levels,
                             const QString &description)
{
    Metric metric;
    metric.name = name.simplified();
    metric.description = description.trimmed();
    metric.levels = cleanLevels(levels);
    if (metric.name.isEmpty() || !validLevels(metric.levels) ||
        m_model->metricCount() >= DataReader::MaxMetrics)
        return -1;
    metric.id = uniqueMetricId(metric.name);
    const int index = m_model->metricCount();
    m_model->undoStack()->push(new MetricColumnCommand(m_model, MetricColumnCommand::Kind::Insert,
                                                       index, {metric, {}, std::nullopt},
                                                       tr("Add metric “%1”").arg(metric.name)));
    return index;
}

bool DataSetEditor::editMetric(int metricIndex, const QString &name, const QString &description,
                               const QStringList &levels, const QList<int> &origins)
{
    if (metricIndex < 0 || metricIndex >= m_model->metricCount())
        return false;
    using MetricEntry = FrameworkModel::Mutation::MetricEntry;
    const MetricEntry before = FrameworkModel::Mutation(m_model).metricEntry(metricIndex);
    MetricEntry after{before.metric, {}, before.weight};
    after.metric.name = name.simplified();
    after.metric.description = description.trimmed();
    after.metric.levels = cleanLevels(levels);
    if (after.metric.name.isEmpty() || !validLevels(after.metric.levels) ||
        origins.size() != levels.size())
        return false;
    for (int i = 0; i < origins.size(); ++i) {
        const int origin = origins.at(i);
        if (origin < 0 || origin > before.metric.levelCount() ||
            (origin > 0 && origins.indexOf(origin) != i))
            return false; // each old level goes to one place at most
    }
    for (auto it = before.ratings.cbegin(); it != before.ratings.cend(); ++it) {
        const int newIndex = int(origins.indexOf(it->score));
        if (newIndex < 0)
            continue; // its level was removed: the framework is no longer rated on it
        Rating rating = *it;
        rating.score = newIndex + 1;
        after.ratings.insert(it.key(), rating);
    }
    if (after.metric == before.metric && after.ratings == before.ratings)
        return true;
    const QString text =
        after.metric.name == before.metric.name
            ? tr("Edit metric “%1”").arg(before.metric.name)
            : tr("Rename metric “%1” to “%2”").arg(before.metric.name, after.metric.name);
    // When levels are removed or reordered the ratings on the metric change with them, so the
    // step keeps every rating on the metric from before and after. A dialog's OK is a step of
    // its own.
    FrameworkModel *model = m_model;
    m_model->undoStack()->push(new ChangeValueCommand<MetricEntry>(
        {}, before, after,
        [model, metricIndex](const MetricEntry &entry) {
            FrameworkModel::Mutation(model).replaceMetric(metricIndex, entry);
        },
        text, false));
    return true;
}

void DataSetEditor::removeMetric(int metricIndex)
{
    // The file format needs at least one metric.
    if (metricIndex < 0 || metricIndex >= m_model->metricCount() || m_model->metricCount() <= 1)
        return;
    FrameworkModel::Mutation::MetricEntry entry =
        FrameworkModel::Mutation(m_model).metricEntry(metricIndex);
    const QString text = tr("Delete metric “%1”").arg(entry.metric.name);
    m_model->undoStack()->push(new MetricColumnCommand(m_model, MetricColumnCommand::Kind::Remove,
                                                       metricIndex, std::move(entry), text));
}

void DataSetEditor::setTitle(const QString &title)
{
    const QString before = m_model->dataSet().title;
    if (title == before)
        return;
    FrameworkModel *model = m_model;
    m_model->undoStack()->push(new ChangeValueCommand<QString>(
        {}, before, title,
        [model](const QString &value) { FrameworkModel::Mutation(model).setTitle(value); },
        tr("Change the title to “%1”").arg(title), false));
}

int DataSetEditor::ratingCount(int metricIndex) const
{
    return int(FrameworkModel::Mutation(m_model).metricEntry(metricIndex).ratings.size());
}

int DataSetEditor::ratingsLost(int metricIndex, const QList<int> &origins) const
{
    const FrameworkModel::Mutation::MetricEntry entry =
        FrameworkModel::Mutation(m_model).metricEntry(metricIndex);
    int lost = 0;
    for (const Rating &rating : entry.ratings)
        if (!origins.contains(rating.score))
            ++lost;
    return lost;
}

} // namespace Versus
