// SPDX-License-Identifier: GPL-3.0-or-later
#include "FastReader.h"

#include "DataReader.h"
#include "JsonScanner.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace Versus {

namespace {

// The index of `key` in `names`, or -1 for a member Versus does not know.
template <std::size_t N>
int fieldIndex(QByteArrayView key, const std::array<QByteArrayView, N> &names)
{
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == key)
            return int(i);
    return -1;
}

bool isHexColor(const QString &color)
{
    // The same test as DataReader's: "#RRGGBB", counted in UTF-16 units.
    return color.size() == 7 && color.front() == u'#' &&
           std::all_of(color.cbegin() + 1, color.cend(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') ||
                      (c >= u'A' && c <= u'F');
           });
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

// Fills a DataSet from the scanner, member by member. Every rule of DataReader's validator is
// checked here too, but only to give up: each method returns false (and the scanner is failed)
// at the first thing that is not plainly valid.
class Builder
{
public:
    explicit Builder(QByteArrayView text) : s(text) {}

    bool document(DataSet &data);

private:
    bool metrics(DataSet &data);
    bool metric(Metric &metric, QSet<QString> &ids);
    bool frameworks(DataSet &data);
    bool framework(Framework &framework, const DataSet &data);
    bool ratings(Framework &framework, const DataSet &data);
    bool rating(Rating &rating, const Metric &metric);
    bool sources(QList<Source> &sources);
    bool stringList(QStringList &list, bool shared, bool nonEmptyItems);
    bool weights(QList<std::pair<QString, int>> &weights);
    bool extraMember(QJsonObject &extra, QByteArrayView key);
    int metricOf(QByteArrayView key);

    // Bit `field` of `seen` set, or false when it already was: a duplicate key.
    bool once(quint64 &seen, int field)
    {
        const quint64 bit = quint64(1) << field;
        if (seen & bit)
            return s.fail();
        seen |= bit;
        return true;
    }

    // Reads an object: each member Versus knows (by its index in `names`) with `read`, any
    // other into `extra`. Fails on a duplicate key; `seen` gets a bit for each known member,
    // for the caller to check the required ones.
    template <std::size_t N, typename Read>
    bool object(const std::array<QByteArrayView, N> &names, QJsonObject &extra, quint64 &seen,
                Read read)
    {
        if (!s.consume('{'))
            return false;
        for (bool more = s.first('}'); more; more = s.next('}')) {
            QByteArrayView key;
            if (!s.key(key))
                return false;
            const int field = fieldIndex(key, names);
            if (field < 0 ? !extraMember(extra, key) : !once(seen, field) || !read(field))
                return s.fail();
        }
        return s.ok();
    }

    JsonScanner s;
    // The metrics' ids as bytes, to find a rating's metric without decoding its key.
    std::vector<QByteArray> m_metricKeys;
    // Where the next rating's metric is looked for first: ratings usually follow the metrics'
    // order, which makes the lookup one comparison.
    int m_nextMetric = 0;
    QSet<QString> m_frameworkIds;
};

bool Builder::extraMember(QJsonObject &extra, QByteArrayView key)
{
    // Keys have no escapes (JsonScanner::key), so the key decodes as DataReader's document
    // decodes it, and equal keys are equal bytes: contains() finds a duplicate.
    const QString name = QString::fromUtf8(key);
    QJsonValue value;
    if (!s.value(value) || extra.contains(name))
        return s.fail();
    extra.insert(name, value);
    return true;
}

bool Builder::stringList(QStringList &list, bool shared, bool nonEmptyItems)
{
    if (!s.consume('['))
        return false;
    for (bool more = s.first(']'); more; more = s.next(']')) {
        QString item;
        if (!s.string(item, shared) || (nonEmptyItems && isBlank(item)))
            return s.fail();
        list.append(item);
    }
    return s.ok();
}

bool Builder::metric(Metric &metric, QSet<QString> &ids)
{
    static constexpr std::array<QByteArrayView, 4> Names{"id", "name", "description", "levels"};
    quint64 seen = 0;
    const bool valid = object(Names, metric.extra, seen, [&](int field) {
        switch (field) {
        case 0: {
            const bool unique =
                s.string(metric.id) && DataReader::isValidId(metric.id) && !ids.contains(metric.id);
            ids.insert(metric.id);
            return unique;
        }
        case 1:
            return s.string(metric.name) && !isBlank(metric.name);
        case 2:
            return s.string(metric.description);
        default:
            return stringList(metric.levels, true, true) &&
                   metric.levelCount() >= DataReader::MinLevels &&
                   metric.levelCount() <= DataReader::MaxLevels;
        }
    });
    return valid && (seen & 0b1011) == 0b1011; // id, name and levels are required
}

bool Builder::metrics(DataSet &data)
{
    QSet<QString> ids;
    if (!s.consume('['))
        return false;
    for (bool more = s.first(']'); more; more = s.next(']')) {
        if (data.metrics.size() == DataReader::MaxMetrics)
            return s.fail();
        Metric metric;
        if (!this->metric(metric, ids))
            return s.fail();
        data.metrics.append(std::move(metric));
    }
    if (!s.ok() || data.metrics.isEmpty())
        return s.fail();
    for (const Metric &metric : std::as_const(data.metrics))
        m_metricKeys.push_back(metric.id.toLatin1()); // valid ids are ASCII
    return true;
}

int Builder::metricOf(QByteArrayView key)
{
    const int count = int(m_metricKeys.size());
    int index = m_nextMetric < count && m_metricKeys[m_nextMetric] == key ? m_nextMetric : -1;
    for (int i = 0; index < 0 && i < count; ++i)
        if (m_metricKeys[i] == key)
            index = i;
    m_nextMetric = index + 1;
    return index;
}

bool Builder::rating(Rating &rating, const Metric &metric)
{
    static constexpr std::array<QByteArrayView, 2> Names{"score", "note"};
    quint64 seen = 0;
    const bool valid = object(Names, rating.extra, seen, [&](int field) {
        return field == 0 ? s.integer(rating.score) && rating.score >= 1 &&
                                rating.score <= metric.levelCount()
                          : s.string(rating.note, true);
    });
    // A range is read by the thorough reader, which checks it and says where it is wrong.
    return valid && (seen & 1) != 0 && !rating.extra.contains(QLatin1StringView("range"));
}

bool Builder::ratings(Framework &framework, const DataSet &data)
{
    quint64 seen = 0; // by metric index: there are at most 64 metrics
    m_nextMetric = 0;
    if (!s.consume('{'))
        return false;
    if (!s.first('}'))
        return s.ok();
    framework.ratings.reserve(data.metrics.size());
    do {
        QByteArrayView key;
        if (!s.key(key))
            return false;
        const int index = metricOf(key);
        if (index < 0 || !once(seen, index))
            return s.fail();
        const Metric &metric = data.metrics.at(index);
        Rating rating;
        if (!this->rating(rating, metric))
            return s.fail();
        // The metric's own id as the key: 200,000 ratings then share 20 strings.
        framework.ratings.insert(metric.id, rating);
    } while (s.next('}'));
    return s.ok();
}

bool Builder::sources(QList<Source> &sources)
{
    static constexpr std::array<QByteArrayView, 2> Names{"title", "url"};
    if (!s.consume('['))
        return false;
    for (bool more = s.first(']'); more; more = s.next(']')) {
        Source source;
        quint64 seen = 0;
        const bool valid = object(Names, source.extra, seen, [&](int field) {
            return field == 0 ? s.string(source.title, true) && !isBlank(source.title)
                              : s.string(source.url);
        });
        if (!valid || (seen & 1) == 0) // the title is required
            return s.fail();
        sources.append(std::move(source));
    }
    return s.ok();
}

bool Builder::framework(Framework &framework, const DataSet &data)
{
    static constexpr std::array<QByteArrayView, 15> Names{
        "id",         "name",     "developer", "firstRelease", "lastRelease",
        "license",    "language", "apis",      "status",       "homepage",
        "repository", "color",    "summary",   "ratings",      "sources"};
    quint64 seen = 0;
    const bool valid = object(Names, framework.extra, seen, [&](int field) {
        int year = 0;
        QString color;
        switch (field) {
        case 0: {
            const bool unique = s.string(framework.id) && DataReader::isValidId(framework.id) &&
                                !m_frameworkIds.contains(framework.id);
            m_frameworkIds.insert(framework.id);
            return unique;
        }
        case 1:
            return s.string(framework.name) && !isBlank(framework.name);
        case 2:
            return s.string(framework.developer, true);
        case 3:
        case 4:
            (field == 3 ? framework.firstRelease : framework.lastRelease) = year;
            return s.integer(field == 3 ? *framework.firstRelease : *framework.lastRelease);
        case 5:
            return s.string(framework.license, true);
        case 6:
            return s.string(framework.language, true);
        case 7:
            return stringList(framework.apis, true, false);
        case 8:
            return s.string(framework.status, true);
        case 9:
            return s.string(framework.homepage);
        case 10:
            return s.string(framework.repository);
        case 11:
            // An empty colour is no colour, as in DataReader.
            if (!s.string(color) || (!color.isEmpty() && !isHexColor(color)))
                return false;
            if (!color.isEmpty())
                framework.color = QColor::fromString(color);
            return true;
        case 12:
            return s.string(framework.summary);
        case 13:
            return ratings(framework, data);
        default:
            return sources(framework.sources);
        }
    });
    return valid && (seen & 0b11) == 0b11; // id and name are required
}

bool Builder::frameworks(DataSet &data)
{
    if (!s.consume('['))
        return false;
    for (bool more = s.first(']'); more; more = s.next(']')) {
        if (data.frameworks.size() == DataReader::MaxFrameworks)
            return s.fail();
        Framework framework;
        if (!this->framework(framework, data))
            return s.fail();
        data.frameworks.append(std::move(framework));
    }
    return s.ok();
}

bool Builder::weights(QList<std::pair<QString, int>> &weights)
{
    if (!s.consume('{'))
        return false;
    for (bool more = s.first('}'); more; more = s.next('}')) {
        QByteArrayView key;
        int weight = 0;
        if (!s.key(key) || !s.integer(weight))
            return s.fail();
        weights.append({QString::fromUtf8(key), weight});
    }
    return s.ok();
}

bool Builder::document(DataSet &data)
{
    static constexpr std::array<QByteArrayView, 6> Names{"schemaVersion", "title",   "metrics",
                                                         "frameworks",    "compare", "weights"};
    enum : quint64
    {
        Version = 1,
        Metrics = 4,
        Frameworks = 8,
        Compare = 16,
        Weights = 32
    };
    quint64 seen = 0;
    QStringList compare;
    QList<std::pair<QString, int>> weightList;
    qsizetype deferredFrameworks = -1, deferredEnd = -1;
    if (!s.consume('{'))
        return false;
    for (bool more = s.first('}'); more; more = s.next('}')) {
        QByteArrayView key;
        if (!s.key(key))
            return false;
        const int field = fieldIndex(key, Names);
        if (field < 0) {
            if (!extraMember(data.extra, key))
                return false;
            continue;
        }
        if (!once(seen, field))
            return false;
        int version = 0;
        bool valid = false;
        switch (field) {
        case 0:
            valid = s.integer(version) && version == 1;
            break;
        case 1:
            valid = s.string(data.title);
            break;
        case 2:
            valid = metrics(data);
            break;
        case 3:
            // The ratings are checked against the metrics as they are read: when the file
            // lists its frameworks first (QJsonDocument writes keys in sorted order), they are
            // passed over now and read once the metrics are known.
            if (seen & Metrics) {
                valid = frameworks(data);
            } else {
                deferredFrameworks = s.offset();
                valid = s.skip();
                deferredEnd = s.offset();
            }
            break;
        case 4:
            valid = stringList(compare, false, false);
            break;
        case 5:
            valid = weights(weightList);
            break;
        }
        if (!valid)
            return s.fail();
    }
    if (!s.atEnd() || (seen & (Version | Metrics | Frameworks)) != (Version | Metrics | Frameworks))
        return s.fail();
    if (deferredFrameworks >= 0) {
        // It must end where the quick pass found its end, or that pass went astray.
        s.seek(deferredFrameworks);
        if (!frameworks(data) || s.offset() != deferredEnd)
            return s.fail();
    }

    if (seen & Compare) {
        QSet<QString> compared;
        for (const QString &id : std::as_const(compare)) {
            if (!m_frameworkIds.contains(id) || compared.contains(id))
                return s.fail();
            compared.insert(id);
        }
        data.compare = compare;
    }
    if (seen & Weights) {
        QMap<QString, int> map;
        for (const auto &[id, weight] : std::as_const(weightList)) {
            if (data.metricIndex(id) < 0 || map.contains(id) || weight < 0 ||
                weight > DataSet::MaxWeight)
                return s.fail();
            map.insert(id, weight);
        }
        data.weights = map;
    }
    return true;
}

} // namespace

std::optional<DataSet> FastReader::read(QByteArrayView bytes)
{
    if (bytes.size() > DataReader::MaxFileSize)
        return std::nullopt;
    DataSet data;
    Builder builder(bytes);
    if (!builder.document(data))
        return std::nullopt;
    return data;
}

} // namespace Versus
