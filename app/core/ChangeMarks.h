// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataSet.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariant>

namespace Versus {

// How a cell differs from the file it is compared with (Role::Change).
enum class Change
{
    None,
    Higher,  // a higher rating than in the compared file
    Lower,   // a lower one
    Added,   // rated now, not rated there (or the framework or metric is new)
    Removed, // not rated now, rated there
    Changed, // the same level, but its range or note differ; or a fact that differs
};

// The file the window compares its data with (File > Compare With File): kept beside the data,
// never in it, so that it is neither saved nor undone. The model asks it about each cell against
// the data as it is now, so edits made after comparing are marked against the same file.
class ChangeMarks
{
    Q_DECLARE_TR_FUNCTIONS(ChangeMarks)

public:
    ChangeMarks(DataSet compared, const QString &path);

    const DataSet &compared() const { return m_compared; }
    QString path() const { return m_path; }
    const Framework *framework(const QString &id) const;
    const Metric *metric(const QString &id) const;

    struct Mark
    {
        Change change = Change::None;
        QString was;     // the compared file's value: "Medium (3)", "Not rated", ...
        QString noteWas; // the compared file's note, when only the note differs or it changed
        bool noteChanged = false;
    };
    // `framework`'s rating on `metric` now, against the compared file's. Scores on scales of
    // different lengths are compared as fractions of their scales.
    Mark rating(const Framework &framework, const Metric &metric) const;
    // What the model serves for a cell against the compared file: Role::Change, Role::Was or
    // Qt::ToolTipRole (the cell's own tooltip text with what it was); an invalid QVariant when
    // the cell has no mark or the role is another. A framework's (its name and header) is
    // marked when it is new; a fact's cell by the texts the model shows for it then and now.
    QVariant frameworkData(const Framework &framework, int role) const;
    // `raters`: the shown data set's, which name a merged rating's votes in the tooltip.
    QVariant ratingData(const Framework &framework, const Metric &metric, const QStringList &raters,
                        int role) const;
    static QVariant factData(const QString &was, const QString &now, int role);
    // "Medium (3)", "Medium (3, 2–4)" with a range, or "Not rated".
    static QString scoreText(const Metric &metric, const Rating *rating);

private:
    DataSet m_compared;
    QString m_path;
    QHash<QString, int> m_frameworks;
    QHash<QString, int> m_metrics;
};

} // namespace Versus
