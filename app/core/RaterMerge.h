// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataError.h"
#include "DataSet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Versus {

// Several raters' copies of one data set made into one (docs/team-ratings.md): the metrics must
// be the same (by id, with the same number of levels); frameworks are matched by id. Each merged
// rating is the median of the raters' scores, with a range from the lowest to the highest when
// they differ, a note gathering each rater's note under their name, and every rater's score
// (`votes`, in the order of `raters`).
class RaterMerge
{
    Q_DECLARE_TR_FUNCTIONS(RaterMerge)

public:
    struct Input
    {
        QString file; // as the person named it: errors name it, and it names the rater
        DataSet data;
    };

    struct Result
    {
        DataSet data;      // meaningful only when ok()
        DataErrors errors; // the metrics that do not match, each in the file that differs
        bool ok() const { return errors.isEmpty(); }
    };

    static Result merge(const QList<Input> &inputs);
    // A merge's errors are about valid files: each is given the line and column of its pointer
    // in its file (read again), so that it reads as the reader's errors do,
    // FILE:LINE:COLUMN: /pointer: message.
    static void place(DataErrors &errors);

    // The file's `rater`, else its name without ".json".
    static QString raterName(const Input &input);
    // The median of `scores` (not empty); of an even count, the mean of the middle two rounded
    // half up.
    static int median(QList<int> scores);

private:
    static DataErrors checkMetrics(const Input &first, const Input &other);
    static QStringList distinctNames(const QList<Input> &inputs);
};

} // namespace Versus
