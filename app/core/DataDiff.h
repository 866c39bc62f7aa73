// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataFormat.h"
#include "DataSet.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>
#include <utility>

namespace Versus {

// What changed between two data sets (`versus --diff`, docs/command-line.md). Frameworks and
// metrics are matched by id. Every list is in a fixed order: frameworks in the new data's order,
// then the removed ones in the old data's order; within a framework, metrics likewise.
struct DataDiff
{
    using Range = std::pair<int, int>;

    // A metric in both whose levels differ in number or in their labels.
    struct Rescaled
    {
        QString metric;
        QStringList oldLevels;
        QStringList newLevels;
    };
    // A rating that is in one data set only, or whose score or range differs. A side without a
    // rating has no score; a rating without a range has none.
    struct RatingChange
    {
        QString framework;
        QString metric;
        std::optional<int> oldScore;
        std::optional<int> newScore;
        std::optional<Range> oldRange;
        std::optional<Range> newRange;

        bool rangeChanged() const { return oldRange != newRange; }
    };
    // A plain fact (one with a field in the DataFormat tables) of the data set, of a metric or
    // of a framework in both, by its key, valued as in the file (null when absent).
    struct FactChange
    {
        enum class Scope
        {
            DataSet,
            Metric,
            Framework
        };
        Scope scope = Scope::DataSet;
        QString id; // the metric's or framework's; empty for the data set
        QString key;
        QJsonValue oldValue;
        QJsonValue newValue;
    };
    // A rating's note that differs; a side without the rating has no note (std::nullopt), a
    // rating with an empty note has an empty one, and a note missing on one side and empty on
    // the other is no change.
    struct NoteChange
    {
        QString framework;
        QString metric;
        std::optional<QString> oldNote;
        std::optional<QString> newNote;
    };

    QStringList addedFrameworks;   // ids, in the new data's order
    QStringList removedFrameworks; // ids, in the old data's order
    QStringList addedMetrics;
    QStringList removedMetrics;
    QList<Rescaled> rescaledMetrics;
    QList<RatingChange> ratings;
    QList<FactChange> facts;
    QList<NoteChange> notes;

    bool isEmpty() const;
    static DataDiff compare(const DataSet &oldData, const DataSet &newData);
    // The JSON of `versus --diff --format json`.
    QJsonObject toJson() const;

    // A plain fact's value as the file holds it: a string, a number or an array of strings;
    // null when the member is absent (what DataWriter leaves out).
    template <typename T>
    static QJsonValue factValue(const DataFormat::Member<T> &member, const T &object);
};

template <typename T>
QJsonValue DataDiff::factValue(const DataFormat::Member<T> &member, const T &object)
{
    return std::visit(
        [&](auto field) -> QJsonValue {
            using F = decltype(field);
            if constexpr (std::is_same_v<F, QString T::*>) {
                const QString &text = object.*field;
                return text.isEmpty() ? QJsonValue() : QJsonValue(text);
            } else if constexpr (std::is_same_v<F, std::optional<int> T::*>) {
                return object.*field ? QJsonValue(*(object.*field)) : QJsonValue();
            } else if constexpr (std::is_same_v<F, QStringList T::*>) {
                const QStringList &list = object.*field;
                return list.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(list));
            } else if constexpr (std::is_same_v<F, QColor T::*>) {
                const QColor &color = object.*field;
                return color.isValid() ? QJsonValue(color.name(QColor::HexRgb).toUpper())
                                       : QJsonValue();
            } else if constexpr (std::is_same_v<F, QDate T::*>) {
                const QDate &date = object.*field;
                return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
            } else {
                return QJsonValue(); // not a plain fact
            }
        },
        member.field);
}

} // namespace Versus
