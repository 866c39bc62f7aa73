// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataFormat.h"
#include "DataSet.h"
#include "JsonScanner.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <vector>

namespace Versus {

// The one pass of DataReader: drives the JsonScanner over the text, fills a DataSet as it goes
// and checks each member by the format table (DataFormat), recording every rule broken with its
// place. A syntax fault stops it (the scanner says where); anything else is recorded and the
// reading goes on, so that one pass reports all of a file's faults.
class DataBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DataReader)

public:
    struct Found
    {
        QByteArray rank; // orders the errors as the tables list the members
        qsizetype offset = 0;
        QString pointer;
        QString message;
    };

    DataBuilder(QByteArrayView text, qsizetype start);

    void read(DataSet &data);

    const JsonScanner &scanner() const { return s; }
    // The first `limit` errors in the order of the format tables, and the number of all.
    std::vector<Found> errors(std::size_t limit);
    qsizetype errorCount() const { return m_count; }

private:
    template <typename T> using Members = std::span<const DataFormat::Member<T>>;

    void error(qsizetype at, const QString &pointer, const QByteArray &rank,
               const QString &message);
    // An error about the value that starts at the current place.
    void valueError(const QString &message);
    QString typeName();
    static QString kindName(JsonScanner::Kind kind);
    // Reports "expected EXPECTED, found ..." for the value here, and passes over it.
    void wrongType(const QString &expected);

    template <typename T> int memberIndex(Members<T> members, int &rank);
    template <typename T, typename Special>
    void object(Members<T> members, T &target, QJsonObject &extra, Special special);
    template <typename T> void plain(const DataFormat::Member<T> &member, T &target);
    void extraMember(QJsonObject &extra);

    bool string(QString &out, bool shared);
    void id(QString &out);
    void stringList(QStringList &out, bool nonEmptyItems, const DataFormat::Member<Metric> *count);
    void date(QDate &out);
    void color(QColor &out);
    void year(std::optional<int> &out);

    void document(DataSet &data);
    void special(const DataFormat::Member<DataSet> &member, DataSet &data);
    void metrics(DataSet &data, int max);
    void frameworks(DataSet &data, int max);
    void ratings(Framework &framework, const DataSet &data);
    void rating(Framework &framework, const Metric &metric);
    void range(const Metric &metric, int score, std::optional<std::pair<int, int>> &out,
               qsizetype at, const QString &pointer, const QByteArray &rank);
    void sources(QList<Source> &sources);
    // A merged rating's `votes`: each a level of `metric` or null. Their count is checked
    // against the data set's `raters` by checkVotes, once the whole file is read.
    void votes(const Metric &metric, QList<std::optional<int>> &out);
    void voteScore(const Metric &metric, std::optional<int> &out);
    void checkVotes(const DataSet &data);
    void compare(DataSet &data);
    void weights();
    void checkReferences(DataSet &data);
    int metricOf(QByteArrayView raw, bool escaped);
    void trim();

    JsonScanner s;
    std::vector<Found> m_found;
    qsizetype m_count = 0;
    QSet<QString> *m_ids = nullptr; // the ids met so far in the list being read
    QSet<QString> m_metricIds;
    QSet<QString> m_frameworkIds;
    bool m_metricsSeen = false;
    bool m_metricsValid = true;
    QHash<QString, int> m_metricIndexes;
    std::vector<QByteArray> m_metricKeys;
    int m_nextMetric = 0;
    // Read after the root object, once what they refer to is known.
    struct Reference
    {
        QString key;
        qsizetype offset = 0;
        int index = 0;
        JsonScanner::Kind kind = JsonScanner::Kind::None;
        JsonScanner::Number number;
    };
    std::vector<Reference> m_compare;
    std::optional<std::vector<Reference>> m_weights;
    std::optional<JsonScanner::Mark> m_deferredFrameworks;
    // The lists of votes whose count does not match the raters read so far (`raters` may come
    // after the frameworks): checked at the end. A file whose votes match keeps none.
    struct VoteCount
    {
        qsizetype offset = 0;
        qsizetype count = 0;
        QString pointer;
        QByteArray rank;
    };
    std::vector<VoteCount> m_voteCounts;
    const DataSet *m_data = nullptr;
};

} // namespace Versus
