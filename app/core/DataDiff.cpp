// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataDiff.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

using DataFormat::Member;

// The changed plain facts of two versions of one object, in the format table's order. Lists
// of labels (a metric's levels) are the metrics' own change, not a fact.
template <typename T>
void compareFacts(std::span<const Member<T>> members, const T &oldObject, const T &newObject,
                  DataDiff::FactChange::Scope scope, const QString &id,
                  QList<DataDiff::FactChange> *facts)
{
    for (const Member<T> &member : members) {
        if (std::holds_alternative<std::monostate>(member.field) ||
            member.type == DataFormat::Type::Labels)
            continue;
        const QJsonValue oldValue = DataDiff::factValue(member, oldObject);
        const QJsonValue newValue = DataDiff::factValue(member, newObject);
        if (oldValue != newValue)
            facts->append({scope, id, QString(member.key), oldValue, newValue});
    }
}

// Where each id is in its list.
template <typename T> QHash<QString, int> indexById(const QList<T> &list)
{
    QHash<QString, int> index;
    index.reserve(list.size());
    for (int i = 0; i < list.size(); ++i)
        index.insert(list.at(i).id, i);
    return index;
}

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue optionalRange(const std::optional<DataDiff::Range> &range)
{
    return range ? QJsonValue(QJsonArray{range->first, range->second}) : QJsonValue();
}

QJsonValue optionalText(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue();
}

} // namespace

bool DataDiff::isEmpty() const
{
    return addedFrameworks.isEmpty() && removedFrameworks.isEmpty() && addedMetrics.isEmpty() &&
           removedMetrics.isEmpty() && rescaledMetrics.isEmpty() && ratings.isEmpty() &&
           facts.isEmpty() && notes.isEmpty();
}

DataDiff DataDiff::compare(const DataSet &oldData, const DataSet &newData)
{
    DataDiff diff;
    const QHash<QString, int> oldFrameworks = indexById(oldData.frameworks);
    const QHash<QString, int> newFrameworks = indexById(newData.frameworks);
    const QHash<QString, int> oldMetrics = indexById(oldData.metrics);
    const QHash<QString, int> newMetrics = indexById(newData.metrics);

    compareFacts(DataFormat::dataSet(), oldData, newData, FactChange::Scope::DataSet, QString(),
                 &diff.facts);

    // The metrics of both, in the new order, then the removed ones: the order of every
    // framework's ratings below.
    QList<QString> metricIds;
    for (const Metric &metric : newData.metrics) {
        metricIds << metric.id;
        const auto old = oldMetrics.constFind(metric.id);
        if (old == oldMetrics.cend()) {
            diff.addedMetrics << metric.id;
            continue;
        }
        const Metric &oldMetric = oldData.metrics.at(*old);
        if (oldMetric.levels != metric.levels)
            diff.rescaledMetrics.append({metric.id, oldMetric.levels, metric.levels});
        compareFacts(DataFormat::metric(), oldMetric, metric, FactChange::Scope::Metric, metric.id,
                     &diff.facts);
    }
    for (const Metric &metric : oldData.metrics)
        if (!newMetrics.contains(metric.id)) {
            diff.removedMetrics << metric.id;
            metricIds << metric.id;
        }

    const auto compareRatings = [&](const Framework *oldFramework, const Framework *newFramework) {
        const QString &id = newFramework ? newFramework->id : oldFramework->id;
        for (const QString &metric : metricIds) {
            const Rating *oldRating = oldFramework ? oldFramework->rating(metric) : nullptr;
            const Rating *newRating = newFramework ? newFramework->rating(metric) : nullptr;
            if (!oldRating && !newRating)
                continue;
            RatingChange change{id, metric, {}, {}, {}, {}};
            if (oldRating) {
                change.oldScore = oldRating->score;
                change.oldRange = oldRating->range;
            }
            if (newRating) {
                change.newScore = newRating->score;
                change.newRange = newRating->range;
            }
            if (change.oldScore != change.newScore || change.rangeChanged())
                diff.ratings << change;
            const QString oldNote = oldRating ? oldRating->note : QString();
            const QString newNote = newRating ? newRating->note : QString();
            if (oldNote != newNote)
                diff.notes.append({id, metric,
                                   oldRating ? std::optional(oldRating->note) : std::nullopt,
                                   newRating ? std::optional(newRating->note) : std::nullopt});
        }
    };

    for (const Framework &framework : newData.frameworks) {
        const auto old = oldFrameworks.constFind(framework.id);
        if (old == oldFrameworks.cend()) {
            diff.addedFrameworks << framework.id;
            compareRatings(nullptr, &framework);
            continue;
        }
        const Framework &oldFramework = oldData.frameworks.at(*old);
        compareFacts(DataFormat::framework(), oldFramework, framework, FactChange::Scope::Framework,
                     framework.id, &diff.facts);
        compareRatings(&oldFramework, &framework);
    }
    for (const Framework &framework : oldData.frameworks)
        if (!newFrameworks.contains(framework.id)) {
            diff.removedFrameworks << framework.id;
            compareRatings(&framework, nullptr);
        }
    return diff;
}

QJsonObject DataDiff::toJson() const
{
    QJsonArray rescaled;
    for (const Rescaled &metric : rescaledMetrics)
        rescaled << QJsonObject{{u"metric"_s, metric.metric},
                                {u"old"_s, QJsonArray::fromStringList(metric.oldLevels)},
                                {u"new"_s, QJsonArray::fromStringList(metric.newLevels)}};
    QJsonArray ratingArray;
    for (const RatingChange &change : ratings) {
        QJsonObject object{{u"framework"_s, change.framework},
                           {u"metric"_s, change.metric},
                           {u"old"_s, optionalInt(change.oldScore)},
                           {u"new"_s, optionalInt(change.newScore)}};
        if (change.rangeChanged()) {
            object.insert(u"oldRange"_s, optionalRange(change.oldRange));
            object.insert(u"newRange"_s, optionalRange(change.newRange));
        }
        ratingArray << object;
    }
    QJsonArray factArray;
    for (const FactChange &fact : facts) {
        QJsonObject object{
            {u"key"_s, fact.key}, {u"old"_s, fact.oldValue}, {u"new"_s, fact.newValue}};
        if (fact.scope == FactChange::Scope::Framework)
            object.insert(u"framework"_s, fact.id);
        else if (fact.scope == FactChange::Scope::Metric)
            object.insert(u"metric"_s, fact.id);
        factArray << object;
    }
    QJsonArray noteArray;
    for (const NoteChange &note : notes)
        noteArray << QJsonObject{{u"framework"_s, note.framework},
                                 {u"metric"_s, note.metric},
                                 {u"old"_s, optionalText(note.oldNote)},
                                 {u"new"_s, optionalText(note.newNote)}};
    return {{u"frameworks"_s,
             QJsonObject{{u"added"_s, QJsonArray::fromStringList(addedFrameworks)},
                         {u"removed"_s, QJsonArray::fromStringList(removedFrameworks)}}},
            {u"metrics"_s, QJsonObject{{u"added"_s, QJsonArray::fromStringList(addedMetrics)},
                                       {u"removed"_s, QJsonArray::fromStringList(removedMetrics)},
                                       {u"rescaled"_s, rescaled}}},
            {u"ratings"_s, ratingArray},
            {u"facts"_s, factArray},
            {u"notes"_s, noteArray}};
}

} // namespace Versus
