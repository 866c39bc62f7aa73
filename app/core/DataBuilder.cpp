// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataBuilder.h"

#include "DataReader.h"

#include <QMap>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Versus {

using DataFormat::Member;
using DataFormat::Type;
using Kind = JsonScanner::Kind;

namespace {

// The index of the data set's member of type `type` in its table.
int rootIndex(Type type)
{
    const auto members = DataFormat::dataSet();
    for (std::size_t i = 0; i < members.size(); ++i)
        if (members[i].type == type)
            return int(i);
    return 0;
}

} // namespace

DataBuilder::DataBuilder(QByteArrayView text, qsizetype start) : s(text, start) {}

void DataBuilder::read(DataSet &data)
{
    if (!s.beginDocument())
        return;
    m_ratings.setRaters(data.raters);
    document(data);
}

void DataBuilder::document(DataSet &data)
{
    m_values.object(DataFormat::dataSet(), data, data.extra,
                    [&](const DataSetMember &member) { special(member, data); });
    if (!s.endDocument())
        return;
    if (m_deferredFrameworks) {
        // The frameworks came before the metrics and the metrics could not be read ahead (see
        // readMetricsAhead()): passed over then (checked as JSON, their duplicate keys
        // reported), read now that their ratings can be checked.
        if (!m_metricsSeen)
            m_ratings.setMetrics(data.metrics, false); // "metrics" is missing, and reported
        s.restore(*m_deferredFrameworks);
        s.setRecordDuplicates(false);
        frameworks(data, DataReader::MaxFrameworks);
    }
    checkReferences(data);
    m_ratings.checkVotes();
}

void DataBuilder::special(const DataSetMember &member, DataSet &data)
{
    switch (member.type) {
    case Type::Version: {
        const qsizetype at = s.offset();
        const Kind kind = s.peek();
        if (kind != Kind::Number) {
            const QString found = m_values.typeName();
            if (s.ok())
                m_values.valueError(tr("schema version must be the number 1, found %1").arg(found));
            s.skip();
            return;
        }
        JsonScanner::Number n;
        if (s.number(n) && ValueReader::asInteger(n.value) != member.min)
            m_values.errorAt(at, tr("schema version %1 is not supported; this version of Versus "
                                    "reads 1")
                                     .arg(QString::number(n.value)));
        return;
    }
    case Type::Metrics:
        if (m_ahead && s.keyOffset() == m_ahead->key) {
            // Read already: passed over, its duplicate keys listed in their place in the text.
            s.jumpTo(m_ahead->end);
            s.addDuplicates(m_ahead->duplicates);
            return;
        }
        metrics(data, member.max);
        return;
    case Type::Frameworks:
        if (m_metricsSeen || readMetricsAhead(data)) {
            frameworks(data, member.max);
        } else {
            m_deferredFrameworks = s.mark();
            s.skip();
        }
        return;
    case Type::Compare:
        compare(data);
        return;
    case Type::Weights:
        weights();
        return;
    default:
        s.skip(); // no other type is found at the top
        return;
    }
}

void DataBuilder::metrics(DataSet &data, int max)
{
    m_metricsSeen = true;
    const qsizetype before = m_errors.count();
    const qsizetype at = s.offset();
    if (s.peek() != Kind::Array) {
        m_values.wrongType(tr("an array"));
        m_ratings.setMetrics(data.metrics, false);
        return;
    }
    const QString pointer = s.pointer(s.depth());
    const QByteArray rank = s.rank(s.depth());
    s.beginArray();
    int count = 0;
    m_values.setIdList(&m_metricIds);
    while (s.element()) {
        if (count++ >= max) {
            s.skip();
            continue;
        }
        if (s.peek() != Kind::Object) {
            m_values.wrongType(tr("an object"));
            continue;
        }
        Metric metric;
        m_values.object(DataFormat::metric(), metric, metric.extra, [](const Member<Metric> &) {});
        data.metrics.append(std::move(metric));
    }
    m_values.setIdList(nullptr);
    if (!s.ok())
        return;
    if (count < 1 || count > max)
        m_errors.add(at, pointer, rank,
                     tr("there must be 1 to %1 metrics, found %2").arg(max).arg(count));
    m_ratings.setMetrics(data.metrics, m_errors.count() == before);
}

// A file whose frameworks come before its metrics (QJsonDocument writes keys sorted) would have
// to be passed over twice: the ratings cannot be checked before the metrics are known. Instead
// the metrics' key is found by a quick look at the structure (JsonScanner::findMember()) and the
// metrics are read first. Should that look have been misled (the text in between is no JSON, or
// the metrics are), the reading is undone and the frameworks are passed over and read later.
bool DataBuilder::readMetricsAhead(DataSet &data)
{
    const qsizetype key = s.findMember("metrics");
    if (key < 0)
        return false;
    const JsonScanner::Mark mark = s.mark();
    const ReadErrors::Mark errors = m_errors.mark();
    s.jumpToMember(key);
    const bool found = s.member(); // false only on a fault: a key starts there
    if (found) {
        const int index = rootIndex(Type::Metrics);
        s.setRank(ValueReader::memberRank(DataFormat::dataSet()[std::size_t(index)], index));
        metrics(data, DataFormat::dataSet()[std::size_t(index)].max);
    }
    if (!found || !s.ok()) {
        s.rollback(mark);
        m_errors.rollback(errors);
        data.metrics.clear();
        m_metricIds.clear();
        m_metricsSeen = false;
        return false;
    }
    m_ahead = Ahead{key, s.offset(), s.takeDuplicates(mark)};
    s.restore(mark);
    return true;
}

void DataBuilder::frameworks(DataSet &data, int max)
{
    const qsizetype at = s.offset();
    if (s.peek() != Kind::Array) {
        m_values.wrongType(tr("an array"));
        return;
    }
    const QString pointer = s.pointer(s.depth());
    const QByteArray rank = s.rank(s.depth());
    s.beginArray();
    int count = 0;
    while (s.element()) {
        if (count++ >= max) {
            s.skip();
            continue;
        }
        if (s.peek() != Kind::Object) {
            m_values.wrongType(tr("an object"));
            continue;
        }
        // Read in its place in the list: a framework moved there costs a move and a destruction.
        Framework &framework = data.frameworks.emplace_back();
        m_values.setIdList(&m_frameworkIds);
        m_values.object(DataFormat::framework(), framework, framework.extra,
                        [&](const Member<Framework> &member) {
                            m_values.setIdList(nullptr);
                            if (member.type == Type::Ratings)
                                m_ratings.ratings(framework);
                            else
                                sources(framework.sources);
                            m_values.setIdList(&m_frameworkIds);
                        });
        m_values.setIdList(nullptr);
        m_errors.trim();
    }
    if (s.ok() && count > max)
        m_errors.add(at, pointer, rank,
                     tr("there can be at most %1 frameworks, found %2").arg(max).arg(count));
}

void DataBuilder::sources(QList<Source> &sources)
{
    if (s.peek() != Kind::Array) {
        m_values.wrongType(tr("an array"));
        return;
    }
    s.beginArray();
    while (s.element()) {
        if (s.peek() != Kind::Object) {
            m_values.wrongType(tr("an object"));
            continue;
        }
        Source &source = sources.emplace_back();
        m_values.object(DataFormat::source(), source, source.extra, [](const Member<Source> &) {});
    }
}

void DataBuilder::compare(DataSet &data)
{
    if (s.peek() != Kind::Array) {
        m_values.wrongType(tr("an array of strings"));
        data.compare = QStringList();
        return;
    }
    QStringList list;
    s.beginArray();
    int index = 0;
    while (s.element()) {
        const qsizetype at = s.offset();
        QString id;
        if (s.peek() != Kind::String)
            m_values.wrongType(tr("a string"));
        else if (s.string(id, false)) {
            list << id;
            m_compare.push_back({id, at, index, Kind::String, {}});
        }
        ++index;
    }
    data.compare = list;
}

void DataBuilder::weights()
{
    if (s.peek() != Kind::Object) {
        m_values.wrongType(tr("an object"));
        return;
    }
    m_weights.emplace();
    QSet<QString> keys;
    s.beginObject();
    int index = 0;
    while (s.member()) {
        Reference weight{s.key(), s.offset(), index++, s.peek(), {}};
        if (keys.contains(weight.key)) {
            s.duplicateKey();
            s.skip();
            continue;
        }
        keys.insert(weight.key);
        if (weight.kind == Kind::Number)
            s.number(weight.number);
        else
            s.skip();
        m_weights->push_back(weight);
    }
}

void DataBuilder::checkReferences(DataSet &data)
{
    const auto rankOf = [](Type type) {
        const int index = rootIndex(type);
        return quint32(ValueReader::memberRank(DataFormat::dataSet()[std::size_t(index)], index));
    };
    QSet<QString> compared;
    const quint32 compareRank = rankOf(Type::Compare);
    for (const Reference &item : m_compare) {
        const QString at = u"/compare/"_s + QString::number(item.index);
        const QByteArray rank = ReadErrors::rank({compareRank, quint32(item.index)});
        if (!m_frameworkIds.contains(item.key))
            m_errors.add(item.offset, at, rank,
                         tr("\"%1\" is not the id of a framework").arg(item.key));
        else if (compared.contains(item.key))
            m_errors.add(item.offset, at, rank, tr("\"%1\" is listed twice").arg(item.key));
        compared.insert(item.key);
    }
    if (!m_weights)
        return;
    const quint32 weightsRank = rankOf(Type::Weights);
    QMap<QString, int> weights;
    for (const Reference &item : *m_weights) {
        const QString at = u"/weights/"_s + JsonScanner::escapePointerToken(item.key);
        const QByteArray rank = ReadErrors::rank({weightsRank, quint32(item.index)});
        const auto fail = [&](const QString &message) {
            m_errors.add(item.offset, at, rank, message);
        };
        if (data.metricIndex(item.key) < 0) {
            fail(tr("\"%1\" is not the id of a metric").arg(item.key));
            continue;
        }
        if (item.kind != Kind::Number) {
            fail(tr("expected a whole number, found %1").arg(ValueReader::kindName(item.kind)));
            continue;
        }
        const double d = item.number.value;
        const std::optional<int> weight = ValueReader::asInteger(d);
        if (!weight && d == std::floor(d)) {
            fail(tr("weight %1 is outside 0 to %2").arg(d, 0, 'g', 17).arg(DataSet::MaxWeight));
            continue;
        }
        if (!weight) {
            fail(tr("weight %1 is not a whole number").arg(d));
            continue;
        }
        if (*weight < 0 || *weight > DataSet::MaxWeight) {
            fail(tr("weight %1 is outside 0 to %2").arg(*weight).arg(DataSet::MaxWeight));
            continue;
        }
        weights.insert(item.key, *weight);
    }
    data.weights = weights;
}

} // namespace Versus
