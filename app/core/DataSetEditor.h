// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Versus {

class FrameworkModel;

// Changes to the structure of the data set: adding, duplicating, deleting and moving
// frameworks; adding, editing and deleting metrics. Each call is one undo step on the model's
// stack. Asking the person before a change that drops ratings is the caller's part; the
// counting functions say how many it would drop.
class DataSetEditor
{
    Q_DECLARE_TR_FUNCTIONS(DataSetEditor)

public:
    explicit DataSetEditor(FrameworkModel *model) : m_model(model) {}

    // A new framework at the end, compared, with its own colour. Returns its row, or -1 when
    // the name is empty or the data set is full.
    int addFramework(const QString &name);
    // A copy placed right after `row`, named "NAME (copy)". Returns its row, or -1.
    int duplicateFramework(int row);
    void removeFramework(int row);
    // Moves the framework at `from` so that it ends up at row `to`.
    bool moveFramework(int from, int to);

    // A new metric after the others, rated by nobody. Returns its index, or -1 when the name
    // is empty, the levels are not 2 to 10 non-empty labels, or there are already 64 metrics.
    int addMetric(const QString &name, const QStringList &levels, const QString &description = {});
    // `origins[i]` is the old score that becomes score i + 1, or 0 for a new level: ratings
    // follow their level when levels are reordered, and become "not rated" when their level
    // is removed.
    bool editMetric(int metricIndex, const QString &name, const QString &description,
                    const QStringList &levels, const QList<int> &origins);
    void removeMetric(int metricIndex);
    // The data set's title, as one undo step; an unchanged title is no step.
    void setTitle(const QString &title);

    // How many frameworks are rated on the metric.
    int ratingCount(int metricIndex) const;
    // How many ratings editMetric() with `origins` would turn into "not rated".
    int ratingsLost(int metricIndex, const QList<int> &origins) const;

    // "Ease of Use" -> "ease_of_use": an id that the file format accepts, from any name.
    static QString idFromName(const QString &name);
    QString uniqueFrameworkId(const QString &name) const;
    QString uniqueMetricId(const QString &name) const;

private:
    FrameworkModel *m_model;
};

} // namespace Versus
