// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataFormat.h"
#include "DataSet.h"
#include "JsonScanner.h"
#include "RatingReader.h"
#include "ReadErrors.h"
#include "ValueReader.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>
#include <vector>

namespace Versus {

// The one pass of DataReader: drives the JsonScanner over the text, fills a DataSet as it goes
// and checks each member by the format table (DataFormat), recording every rule broken with its
// place. A syntax fault stops it (the scanner says where); anything else is recorded and the
// reading goes on, so that one pass reports all of a file's faults.
//
// It reads the data set's own members (the lists of metrics and frameworks, `compare` and
// `weights`, whose ids are checked once the whole file is read); ValueReader reads plain values
// and objects by their member tables, RatingReader a framework's ratings.
class DataBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DataReader)

public:
    using Found = ReadErrors::Found;

    DataBuilder(QByteArrayView text, qsizetype start);

    void read(DataSet &data);

    const JsonScanner &scanner() const { return s; }
    // The first `limit` errors in the order of the format tables, and the number of all.
    std::vector<Found> errors(std::size_t limit) { return m_errors.first(limit); }
    qsizetype errorCount() const { return m_errors.count(); }

private:
    using DataSetMember = DataFormat::Member<DataSet>;

    void document(DataSet &data);
    void special(const DataSetMember &member, DataSet &data);
    void metrics(DataSet &data, int max);
    bool readMetricsAhead(DataSet &data);
    void frameworks(DataSet &data, int max);
    void sources(QList<Source> &sources);
    void compare(DataSet &data);
    void weights();
    void checkReferences(DataSet &data);

    JsonScanner s;
    ReadErrors m_errors;
    ValueReader m_values{s, m_errors};
    RatingReader m_ratings{s, m_errors, m_values};
    QSet<QString> m_metricIds;
    QSet<QString> m_frameworkIds;
    bool m_metricsSeen = false;
    // Metrics that come after the frameworks, read before them (see readMetricsAhead()).
    struct Ahead
    {
        qsizetype key = 0; // the offset of their key
        qsizetype end = 0; // and of the end of their value
        std::vector<JsonScanner::Duplicate> duplicates;
    };
    std::optional<Ahead> m_ahead;
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
};

} // namespace Versus
