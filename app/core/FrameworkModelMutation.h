// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FrameworkModel.h"

#include <QHash>
#include <QMap>

#include <optional>

namespace Versus {

// The only code that changes the model's data set, and only the undo commands call it: each
// function makes one change and tells the views, with the narrowest signals that say it (a
// ranking of 10,000 rows sorted on a column moves one row, not all).
class FrameworkModel::Mutation
{
public:
    explicit Mutation(FrameworkModel *model) : m(model) {}

    // A framework together with what the model knows about it beyond the data set, so that
    // deleting and restoring it (undo) brings back exactly what was there.
    struct FrameworkEntry
    {
        Framework framework;
        bool compared = false;
        int compareIndex = -1; // its place in the data set's `compare` list, -1 when not there
    };
    // A metric with every framework's rating on it (by framework id).
    struct MetricEntry
    {
        Metric metric;
        QHash<QString, Rating> ratings;
        std::optional<int> weight; // its entry in the data set's `weights`, if any
        friend bool operator==(const MetricEntry &, const MetricEntry &) = default;
    };
    FrameworkEntry frameworkEntry(int row) const;
    MetricEntry metricEntry(int metricIndex) const;

    void setTitle(const QString &title);
    void setWeights(const std::optional<QMap<QString, int>> &weights);
    void setRating(const QString &frameworkId, const QString &metricId,
                   const std::optional<Rating> &rating);
    void replaceFramework(const Framework &framework); // matched by id
    // The entry to remove is named too: the overload says whether it is a row or a column.
    void insertEntry(int row, const FrameworkEntry &entry);
    void removeEntry(int row, const FrameworkEntry &entry);
    void insertEntry(int metricIndex, const MetricEntry &entry);
    void removeEntry(int metricIndex, const MetricEntry &entry);
    void moveFramework(int from, int to);
    void replaceMetric(int metricIndex, const MetricEntry &entry);

private:
    // After one framework's value in `column` changed: tells the views about the other cells
    // that gained or lost the mark of the best, if the best value is no longer `before`.
    void emitBestChanged(int column, const std::optional<double> &before);

    FrameworkModel *m;
};

} // namespace Versus
