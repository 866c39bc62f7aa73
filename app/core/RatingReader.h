// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataSet.h"
#include "JsonScanner.h"
#include "ReadErrors.h"
#include "ValueReader.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>
#include <vector>

namespace Versus {

// Reads a framework's `ratings`: each key names a metric, each value is a rating object, whose
// score and range are checked against that metric's levels. It is the hot part of the reader
// (a large file holds hundreds of thousands of ratings), so the way to a rating is made only when
// it has an error.
//
// A member type of a rating that is no plain fact (as `range`) gets its reading function here,
// called from rating()'s switch on its DataFormat::Type; what it finds is checked once the score
// is known, as checkRange() does for the range.
class RatingReader
{
    Q_DECLARE_TR_FUNCTIONS(DataReader)

public:
    RatingReader(JsonScanner &scanner, ReadErrors &errors, ValueReader &values)
        : s(scanner), m_errors(errors), m_values(values)
    {
    }

    // The metrics the ratings refer to, once read; `valid`: they were read without an error (a
    // rating's unknown metric id is then reported; else it may name a metric that failed).
    void setMetrics(const QList<Metric> &metrics, bool valid);

    // The data set's `raters`, filled as the file is read: a merged rating's `votes` follow
    // them.
    void setRaters(const QStringList &raters) { m_raters = &raters; }

    void ratings(Framework &framework);

    // Reports the lists of votes that do not match the data set's `raters` (which may come
    // after the frameworks), once the whole file is read.
    void checkVotes();

private:
    // A rating's `range` as found, checked once the score is known.
    struct Range
    {
        qsizetype at = -1; // none
        QString found;     // the kind found, when no array
        std::vector<std::pair<qsizetype, JsonScanner::Number>> levels;
        std::vector<std::pair<qsizetype, QString>> wrongTypes; // items that are no number
    };

    void rating(Framework &framework, const Metric &metric);
    void readRange(Range &range);
    // Checks the range against the score and the metric; false when it is reported.
    // `depth`: the rating's, whose steps are still open.
    void checkRange(const Range &range, const Metric &metric, bool scaleValid, int score, int depth,
                    std::optional<std::pair<int, int>> &out);
    // A merged rating's `votes`: each a level of `metric` or null.
    void readVotes(const Metric &metric, QList<std::optional<int>> &out);
    void readVote(const Metric &metric, std::optional<int> &out);
    int metricOf(QByteArrayView raw, bool escaped);

    JsonScanner &s;
    ReadErrors &m_errors;
    ValueReader &m_values;
    const QList<Metric> *m_metrics = nullptr;
    bool m_metricsValid = true;
    QHash<QString, int> m_metricIndexes;
    std::vector<QByteArray> m_metricKeys;
    std::vector<int> m_firstOfId; // for each metric, the first of its id
    int m_nextMetric = 0;
    const QStringList *m_raters = nullptr;
    // The lists of votes whose count does not match the raters read so far; a file whose votes
    // match keeps none.
    struct VoteCount
    {
        qsizetype offset = 0;
        qsizetype count = 0;
        QString pointer;
        QByteArray rank;
    };
    std::vector<VoteCount> m_voteCounts;
};

} // namespace Versus
