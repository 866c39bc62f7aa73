// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataBuilder.h"

#include "DataReader.h"

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Versus {

using DataFormat::Member;
using DataFormat::Type;
using Kind = JsonScanner::Kind;

namespace {

// Errors are kept while they could be listed; beyond this many they are sorted and cut back.
constexpr std::size_t MaxKept = 100;

QByteArray rankBytes(std::initializer_list<quint32> ranks)
{
    QByteArray key;
    for (const quint32 r : ranks) {
        key += char(r >> 24);
        key += char(r >> 16);
        key += char(r >> 8);
        key += char(r);
    }
    return key;
}

// After everything else at the same place: a count, checked once the items are.
const QByteArray AfterItems = rankBytes({0xFFFFFFFFu});

std::optional<int> asInteger(double d)
{
    if (!std::isfinite(d) || d != std::floor(d) || d < std::numeric_limits<int>::min() ||
        d > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(d);
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

bool isHexColor(const QString &color)
{
    return color.size() == 7 && color.front() == u'#' &&
           std::all_of(color.cbegin() + 1, color.cend(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') ||
                      (c >= u'A' && c <= u'F');
           });
}

// Compare and weights name frameworks and metrics: they are checked last, whatever their place.
int rootRank(const Member<DataSet> &member, int index)
{
    return member.type == Type::Compare || member.type == Type::Weights ? 100 + index : index;
}

} // namespace

DataBuilder::DataBuilder(QByteArrayView text, qsizetype start) : s(text, start) {}

void DataBuilder::error(qsizetype at, const QString &pointer, const QByteArray &rank,
                        const QString &message)
{
    ++m_count;
    m_found.push_back({rank, at, pointer, message});
}

void DataBuilder::trim()
{
    if (m_found.size() < 40 * MaxKept)
        return;
    std::stable_sort(m_found.begin(), m_found.end(),
                     [](const Found &a, const Found &b) { return a.rank < b.rank; });
    m_found.resize(MaxKept);
}

std::vector<DataBuilder::Found> DataBuilder::errors(std::size_t limit)
{
    std::stable_sort(m_found.begin(), m_found.end(),
                     [](const Found &a, const Found &b) { return a.rank < b.rank; });
    if (m_found.size() > limit)
        m_found.resize(limit);
    return m_found;
}

void DataBuilder::valueError(const QString &message)
{
    error(s.offset(), s.pointer(s.depth()), s.rank(s.depth()), message);
}

QString DataBuilder::typeName()
{
    return kindName(s.peek());
}

QString DataBuilder::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Null:
        return tr("null");
    case Kind::Boolean:
        return tr("a boolean");
    case Kind::Number:
        return tr("a number");
    case Kind::String:
        return tr("a string");
    case Kind::Array:
        return tr("an array");
    case Kind::Object:
        return tr("an object");
    case Kind::None:
        break;
    }
    return tr("nothing");
}

void DataBuilder::wrongType(const QString &expected)
{
    const QString found = typeName();
    if (!s.ok())
        return;
    valueError(tr("expected %1, found %2").arg(expected, found));
    s.skip();
}

template <typename T> int DataBuilder::memberIndex(Members<T> members, int &rank)
{
    QByteArray decoded;
    QByteArrayView key = s.rawKey();
    if (s.keyEscaped()) {
        decoded = s.key().toUtf8();
        key = decoded;
    }
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (QByteArrayView(members[i].key.data(), members[i].key.size()) == key) {
            rank = int(i);
            return int(i);
        }
    }
    return -1;
}

void DataBuilder::extraMember(QJsonObject &extra)
{
    const QString key = s.key();
    if (extra.contains(key)) {
        s.duplicateKey();
        s.skip();
        return;
    }
    QJsonValue value;
    if (s.value(value))
        extra.insert(key, value);
}

// Reads an object: each member the table knows, plain ones by their field and the others with
// `special`; any other member into `extra`. Reports duplicate and missing members.
template <typename T, typename Special>
void DataBuilder::object(Members<T> members, T &target, QJsonObject &extra, Special special)
{
    const qsizetype at = s.offset();
    const int depth = s.depth();
    if (!s.beginObject())
        return;
    quint64 seen = 0;
    while (s.member()) {
        int rank = 0;
        const int index = memberIndex(members, rank);
        if (index < 0) {
            extraMember(extra);
            continue;
        }
        const quint64 bit = quint64(1) << index;
        if (seen & bit) {
            s.duplicateKey();
            s.skip();
            continue;
        }
        seen |= bit;
        const Member<T> &member = members[index];
        if constexpr (std::is_same_v<T, DataSet>)
            rank = rootRank(member, index);
        s.setRank(rank);
        if (std::holds_alternative<std::monostate>(member.field))
            special(member);
        else
            plain(member, target);
    }
    if (!s.ok())
        return;
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (!members[i].required || (seen & (quint64(1) << i)))
            continue;
        int rank = int(i);
        if constexpr (std::is_same_v<T, DataSet>)
            rank = rootRank(members[i], int(i));
        error(at, s.pointer(depth), s.rank(depth) + rankBytes({quint32(rank)}),
              tr("required member \"%1\" is missing").arg(members[i].key));
        if constexpr (std::is_same_v<T, DataSet>) {
            if (members[i].type == Type::Metrics)
                m_metricsValid = false;
        }
    }
}

bool DataBuilder::string(QString &out, bool shared)
{
    if (s.peek() != Kind::String) {
        wrongType(tr("a string"));
        return false;
    }
    return s.string(out, shared);
}

void DataBuilder::id(QString &out)
{
    const qsizetype at = s.offset();
    if (!string(out, false))
        return;
    if (!DataReader::isValidId(out))
        error(at, s.pointer(s.depth()), s.rank(s.depth()),
              tr("id \"%1\" must be lower-case letters, digits, '-' or '_', starting with a "
                 "letter or digit")
                  .arg(out));
    else if (m_ids && m_ids->contains(out))
        error(at, s.pointer(s.depth()), s.rank(s.depth()), tr("id \"%1\" is used twice").arg(out));
    if (m_ids)
        m_ids->insert(out);
}

void DataBuilder::stringList(QStringList &out, bool nonEmptyItems, const Member<Metric> *count)
{
    const qsizetype at = s.offset();
    if (s.peek() != Kind::Array) {
        wrongType(tr("an array of strings"));
        return;
    }
    const QString pointer = count ? s.pointer(s.depth()) : QString();
    const QByteArray rank = count ? s.rank(s.depth()) : QByteArray();
    s.beginArray();
    int items = 0;
    while (s.element()) {
        ++items;
        QString item;
        const qsizetype itemAt = s.offset();
        if (s.peek() != Kind::String) {
            wrongType(tr("a string"));
        } else if (s.string(item, true)) {
            if (nonEmptyItems && isBlank(item))
                error(itemAt, s.pointer(s.depth()), s.rank(s.depth()), tr("must not be empty"));
            else
                out << item;
        }
    }
    if (count && s.ok() && (items < count->min || items > count->max))
        error(at, pointer, rank + AfterItems,
              tr("a metric has %1 to %2 levels, found %3")
                  .arg(count->min)
                  .arg(count->max)
                  .arg(items));
}

void DataBuilder::year(std::optional<int> &out)
{
    if (s.peek() != Kind::Number) {
        wrongType(tr("a year"));
        return;
    }
    const qsizetype at = s.offset();
    JsonScanner::Number n;
    if (!s.number(n))
        return;
    out = asInteger(n.value);
    if (!out)
        error(at, s.pointer(s.depth()), s.rank(s.depth()),
              tr("expected %1, found %2").arg(tr("a year"), tr("a number")));
}

void DataBuilder::color(QColor &out)
{
    const qsizetype at = s.offset();
    QString text;
    if (!string(text, false) || text.isEmpty()) // an empty colour is no colour
        return;
    if (isHexColor(text))
        out = QColor::fromString(text);
    else
        error(at, s.pointer(s.depth()), s.rank(s.depth()),
              tr("colour \"%1\" is not of the form #RRGGBB").arg(text));
}

void DataBuilder::date(QDate &out)
{
    const qsizetype at = s.offset();
    if (s.peek() != Kind::String) {
        wrongType(tr("a date of the form YYYY-MM-DD"));
        return;
    }
    QString text;
    if (!s.string(text, false))
        return;
    const bool shape = text.size() == 10 && text[4] == u'-' && text[7] == u'-' &&
                       std::all_of(text.cbegin(), text.cend(),
                                   [](QChar c) { return c == u'-' || (c >= u'0' && c <= u'9'); });
    const QDate day =
        shape ? QDate(text.left(4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt())
              : QDate();
    if (day.isValid())
        out = day;
    else
        error(at, s.pointer(s.depth()), s.rank(s.depth()),
              tr("\"%1\" is not a day written YYYY-MM-DD").arg(text));
}

template <typename T> void DataBuilder::plain(const Member<T> &member, T &target)
{
    std::visit(
        [&](auto field) {
            using F = decltype(field);
            if constexpr (std::is_same_v<F, QString T::*>) {
                QString &out = target.*field;
                if (member.type == Type::Id) {
                    id(out);
                    return;
                }
                const qsizetype at = s.offset();
                if (string(out, member.type != Type::Text) && member.type == Type::Text &&
                    isBlank(out))
                    error(at, s.pointer(s.depth()), s.rank(s.depth()),
                          tr("\"%1\" must not be empty").arg(member.key));
            } else if constexpr (std::is_same_v<F, std::optional<int> T::*>) {
                year(target.*field);
            } else if constexpr (std::is_same_v<F, QStringList T::*>) {
                const bool labels = member.type == Type::Labels;
                if constexpr (std::is_same_v<T, Metric>)
                    stringList(target.*field, labels, labels ? &member : nullptr);
                else
                    stringList(target.*field, labels, nullptr);
            } else if constexpr (std::is_same_v<F, QColor T::*>) {
                color(target.*field);
            } else if constexpr (std::is_same_v<F, QDate T::*>) {
                date(target.*field);
            }
        },
        member.field);
}

void DataBuilder::read(DataSet &data)
{
    if (!s.beginDocument())
        return;
    m_data = &data;
    document(data);
}

void DataBuilder::document(DataSet &data)
{
    object(DataFormat::dataSet(), data, data.extra,
           [&](const Member<DataSet> &member) { special(member, data); });
    if (!s.endDocument())
        return;
    if (m_deferredFrameworks) {
        // The frameworks came before the metrics: passed over then (checked as JSON, their
        // duplicate keys reported), read now that their ratings can be checked.
        s.restore(*m_deferredFrameworks);
        s.setRecordDuplicates(false);
        frameworks(data, DataReader::MaxFrameworks);
    }
    checkReferences(data);
    checkVotes(data);
}

void DataBuilder::special(const Member<DataSet> &member, DataSet &data)
{
    switch (member.type) {
    case Type::Version: {
        const qsizetype at = s.offset();
        const Kind kind = s.peek();
        if (kind != Kind::Number) {
            const QString found = typeName();
            if (s.ok())
                valueError(tr("schema version must be the number 1, found %1").arg(found));
            s.skip();
            return;
        }
        JsonScanner::Number n;
        if (s.number(n) && asInteger(n.value) != member.min)
            error(at, s.pointer(s.depth()), s.rank(s.depth()),
                  tr("schema version %1 is not supported; this version of Versus reads 1")
                      .arg(QString::number(n.value)));
        return;
    }
    case Type::Metrics:
        metrics(data, member.max);
        return;
    case Type::Frameworks:
        if (m_metricsSeen) {
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
    const qsizetype before = m_count;
    const qsizetype at = s.offset();
    if (s.peek() != Kind::Array) {
        wrongType(tr("an array"));
        m_metricsValid = false;
        return;
    }
    const QString pointer = s.pointer(s.depth());
    const QByteArray rank = s.rank(s.depth());
    s.beginArray();
    int count = 0;
    m_ids = &m_metricIds;
    while (s.element()) {
        if (count++ >= max) {
            s.skip();
            continue;
        }
        if (s.peek() != Kind::Object) {
            wrongType(tr("an object"));
            continue;
        }
        Metric metric;
        object(DataFormat::metric(), metric, metric.extra, [&](const Member<Metric> &) {});
        data.metrics.append(std::move(metric));
    }
    m_ids = nullptr;
    if (!s.ok())
        return;
    if (count < 1 || count > max)
        error(at, pointer, rank, tr("there must be 1 to %1 metrics, found %2").arg(max).arg(count));
    m_metricsValid = m_count == before;
    for (qsizetype i = 0; i < data.metrics.size(); ++i) {
        const QString &id = data.metrics.at(i).id;
        if (!m_metricIndexes.contains(id))
            m_metricIndexes.insert(id, int(i));
        m_metricKeys.push_back(id.toUtf8());
    }
}

void DataBuilder::frameworks(DataSet &data, int max)
{
    const qsizetype at = s.offset();
    if (s.peek() != Kind::Array) {
        wrongType(tr("an array"));
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
            wrongType(tr("an object"));
            continue;
        }
        Framework framework;
        m_ids = &m_frameworkIds;
        object(DataFormat::framework(), framework, framework.extra,
               [&](const Member<Framework> &member) {
                   m_ids = nullptr;
                   if (member.type == Type::Ratings)
                       ratings(framework, data);
                   else
                       sources(framework.sources);
                   m_ids = &m_frameworkIds;
               });
        m_ids = nullptr;
        data.frameworks.append(std::move(framework));
        trim();
    }
    if (s.ok() && count > max)
        error(at, pointer, rank,
              tr("there can be at most %1 frameworks, found %2").arg(max).arg(count));
}

int DataBuilder::metricOf(QByteArrayView raw, bool escaped)
{
    if (escaped)
        return m_metricIndexes.value(JsonScanner::decodeKey(raw, true), -1);
    // Ratings usually follow the metrics' order, which makes the lookup one comparison.
    const int count = int(m_metricKeys.size());
    int index = m_nextMetric < count && m_metricKeys[m_nextMetric] == raw ? m_nextMetric : -1;
    for (int i = 0; index < 0 && i < count; ++i)
        if (m_metricKeys[i] == raw)
            index = i;
    if (index >= 0) {
        // The first metric of that id, as the lookup by name finds it.
        index = m_metricIndexes.value(QString::fromUtf8(raw), index);
        m_nextMetric = index + 1;
    }
    return index;
}

void DataBuilder::ratings(Framework &framework, const DataSet &data)
{
    if (s.peek() != Kind::Object) {
        wrongType(tr("an object"));
        return;
    }
    s.beginObject();
    m_nextMetric = 0;
    quint64 seen = 0;
    QSet<QString> others;
    framework.ratings.reserve(data.metrics.size());
    while (s.member()) {
        const int index = metricOf(s.rawKey(), s.keyEscaped());
        if (index < 0 || index >= 64) {
            const QString key = s.key();
            if (others.contains(key)) {
                s.duplicateKey();
            } else {
                others.insert(key);
                if (m_metricsValid && index < 0)
                    valueError(tr("\"%1\" is not the id of a metric").arg(key));
            }
            s.skip();
            continue;
        }
        if (seen & (quint64(1) << index)) {
            s.duplicateKey();
            s.skip();
            continue;
        }
        seen |= quint64(1) << index;
        rating(framework, data.metrics.at(index));
    }
}

void DataBuilder::rating(Framework &framework, const Metric &metric)
{
    const qsizetype at = s.offset();
    if (s.peek() != Kind::Object) {
        wrongType(tr("an object with a \"score\""));
        return;
    }
    // The way to the rating, made only for an error (200,000 ratings have none): the steps
    // above it are still open once it is read.
    const int depth = s.depth();
    const auto pointer = [&] { return s.pointer(depth); };
    const auto rank = [&] { return s.rank(depth); };
    const std::size_t mark = m_found.size();
    const qsizetype countMark = m_count;
    Rating rating;
    quint64 seen = 0;
    qsizetype scoreAt = -1, rangeAt = -1;
    Kind scoreKind = Kind::None;
    JsonScanner::Number score;
    QString rangeFound;
    std::vector<std::pair<qsizetype, JsonScanner::Number>> levels;
    std::vector<std::pair<qsizetype, QString>> levelTypes;
    const auto members = DataFormat::rating();
    s.beginObject();
    while (s.member()) {
        int index = 0;
        if (memberIndex(members, index) < 0) {
            extraMember(rating.extra);
            continue;
        }
        if (seen & (quint64(1) << index)) {
            s.duplicateKey();
            s.skip();
            continue;
        }
        seen |= quint64(1) << index;
        s.setRank(index);
        const Member<Rating> &member = members[std::size_t(index)];
        if (member.type == Type::Score) {
            scoreAt = s.offset();
            scoreKind = s.peek();
            if (scoreKind == Kind::Number)
                s.number(score);
            else
                s.skip();
        } else if (member.type == Type::Range) {
            rangeAt = s.offset();
            if (s.peek() != Kind::Array) {
                rangeFound = typeName();
                s.skip();
                continue;
            }
            s.beginArray();
            while (s.element()) {
                const qsizetype itemAt = s.offset();
                if (s.peek() == Kind::Number) {
                    JsonScanner::Number n;
                    if (s.number(n))
                        levels.push_back({itemAt, n});
                } else {
                    levelTypes.push_back({itemAt, typeName()});
                    levels.push_back({itemAt, {}});
                    s.skip();
                }
            }
        } else if (member.type == Type::Votes) {
            votes(metric, rating.votes);
        } else {
            plain(member, rating);
        }
    }
    if (!s.ok())
        return;
    // A rating without a valid score is reported for its score alone.
    const auto scoreError = [&](qsizetype place, const QString &where, const QString &message) {
        m_found.resize(mark);
        m_count = countMark;
        error(place, where, rank() + rankBytes({0}), message);
    };
    if (scoreAt < 0) {
        scoreError(at, pointer(), tr("required member \"score\" is missing"));
        return;
    }
    const auto scorePointer = [&]() -> QString { return pointer() + u"/score"_s; };
    if (scoreKind != Kind::Number) {
        scoreError(scoreAt, scorePointer(),
                   tr("expected a whole number, found %1").arg(kindName(scoreKind)));
        return;
    }
    const std::optional<int> integer = asInteger(score.value);
    if (!integer) {
        const double d = score.value;
        scoreError(scoreAt, scorePointer(),
                   d == std::floor(d)
                       ? tr("score %1 is outside the %2 levels of metric '%3' (1 to %2)")
                             .arg(d, 0, 'g', 17)
                             .arg(metric.levelCount())
                             .arg(metric.id)
                       : tr("score %1 is not a whole number").arg(d));
        return;
    }
    // A metric without a valid scale has been reported already; its scores cannot be checked
    // against it, and "outside the 0 levels" would only repeat that error.
    const bool scaleValid = metric.levelCount() >= DataReader::MinLevels &&
                            metric.levelCount() <= DataReader::MaxLevels;
    if (scaleValid && (*integer < 1 || *integer > metric.levelCount())) {
        scoreError(scoreAt, scorePointer(),
                   tr("score %1 is outside the %2 levels of metric '%3' (1 to %2)")
                       .arg(*integer)
                       .arg(metric.levelCount())
                       .arg(metric.id));
        return;
    }
    rating.score = *integer;
    if (rangeAt >= 0) {
        const QString rangePointer = pointer() + u"/range"_s;
        const QByteArray rangeRank = rank() + rankBytes({1});
        const auto rangeError = [&](const QString &message) {
            error(rangeAt, rangePointer, rangeRank, message);
        };
        if (!rangeFound.isEmpty()) {
            rangeError(
                tr("expected %1, found %2").arg(tr("an array of two whole numbers"), rangeFound));
        } else if (levels.size() != 2) {
            rangeError(tr("a range holds two levels, [LOW, HIGH], found %1").arg(levels.size()));
        } else {
            bool whole = true;
            std::pair<int, int> span;
            for (std::size_t i = 0; i < 2; ++i) {
                const qsizetype itemAt = levels[i].first;
                const JsonScanner::Number &n = levels[i].second;
                const auto type = std::find_if(levelTypes.cbegin(), levelTypes.cend(),
                                               [&](const auto &t) { return t.first == itemAt; });
                const std::optional<int> level =
                    type == levelTypes.cend() ? asInteger(n.value) : std::nullopt;
                if (!level) {
                    whole = false;
                    error(itemAt, rangePointer + u'/' + QString::number(i),
                          rangeRank + rankBytes({quint32(i)}),
                          type != levelTypes.cend()
                              ? tr("expected a whole number, found %1").arg(type->second)
                              : tr("level %1 is not a whole number").arg(n.value));
                    continue;
                }
                (i == 0 ? span.first : span.second) = *level;
            }
            const QString shown = u"[%1, %2]"_s.arg(span.first).arg(span.second);
            if (!whole) {
            } else if (span.first > span.second) {
                rangeError(tr("the range %1 is reversed: the lower level comes first").arg(shown));
            } else if (scaleValid && (span.first < 1 || span.second > metric.levelCount())) {
                rangeError(tr("the range %1 is outside the %2 levels of metric '%3' (1 to %2)")
                               .arg(shown)
                               .arg(metric.levelCount())
                               .arg(metric.id));
            } else if (rating.score < span.first || rating.score > span.second) {
                rangeError(
                    tr("the range %1 does not include the score %2").arg(shown).arg(rating.score));
            } else {
                rating.range = span;
            }
        }
    }
    // The metric's own id as the key: 200,000 ratings then share 20 strings.
    framework.ratings.insert(metric.id, rating);
}

void DataBuilder::sources(QList<Source> &sources)
{
    if (s.peek() != Kind::Array) {
        wrongType(tr("an array"));
        return;
    }
    s.beginArray();
    while (s.element()) {
        if (s.peek() != Kind::Object) {
            wrongType(tr("an object"));
            continue;
        }
        Source source;
        object(DataFormat::source(), source, source.extra, [](const Member<Source> &) {});
        sources.append(std::move(source));
    }
}

void DataBuilder::votes(const Metric &metric, QList<std::optional<int>> &out)
{
    const qsizetype at = s.offset();
    if (s.peek() != Kind::Array) {
        wrongType(tr("an array of scores"));
        return;
    }
    const int depth = s.depth();
    s.beginArray();
    while (s.element()) {
        std::optional<int> &vote = out.emplace_back();
        if (s.peek() == Kind::Null)
            s.skip();
        else
            voteScore(metric, vote);
    }
    if (s.ok() && (m_data->raters.isEmpty() || out.size() != m_data->raters.size()))
        m_voteCounts.push_back({at, out.size(), s.pointer(depth), s.rank(depth)});
}

void DataBuilder::voteScore(const Metric &metric, std::optional<int> &out)
{
    const qsizetype at = s.offset();
    if (s.peek() != Kind::Number) {
        wrongType(tr("a whole number or null"));
        return;
    }
    JsonScanner::Number n;
    if (!s.number(n))
        return;
    const auto fail = [&](const QString &message) {
        error(at, s.pointer(s.depth()), s.rank(s.depth()), message);
    };
    const std::optional<int> level = asInteger(n.value);
    if (!level && n.value != std::floor(n.value)) {
        fail(tr("score %1 is not a whole number").arg(n.value));
        return;
    }
    // As for the rating's own score: a scale already reported as broken checks nothing.
    const bool scaleValid = metric.levelCount() >= DataReader::MinLevels &&
                            metric.levelCount() <= DataReader::MaxLevels;
    if (!level || (scaleValid && (*level < 1 || *level > metric.levelCount()))) {
        fail(tr("score %1 is outside the %2 levels of metric '%3' (1 to %2)")
                 .arg(n.value, 0, 'g', 17)
                 .arg(metric.levelCount())
                 .arg(metric.id));
        return;
    }
    out = *level;
}

void DataBuilder::checkVotes(const DataSet &data)
{
    for (const VoteCount &votes : m_voteCounts) {
        if (data.raters.isEmpty())
            error(votes.offset, votes.pointer, votes.rank,
                  tr("votes need the data set's \"raters\", whom they follow"));
        else if (votes.count != data.raters.size())
            error(votes.offset, votes.pointer, votes.rank,
                  tr("%1 votes for %2 raters").arg(votes.count).arg(data.raters.size()));
    }
}

void DataBuilder::compare(DataSet &data)
{
    if (s.peek() != Kind::Array) {
        wrongType(tr("an array of strings"));
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
            wrongType(tr("a string"));
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
        wrongType(tr("an object"));
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
        if (weight.kind == Kind::Number) {
            s.number(weight.number);
        } else {
            s.skip();
        }
        m_weights->push_back(weight);
    }
}

void DataBuilder::checkReferences(DataSet &data)
{
    const auto rootIndex = [](Type type) {
        const auto members = DataFormat::dataSet();
        for (std::size_t i = 0; i < members.size(); ++i)
            if (members[i].type == type)
                return quint32(rootRank(members[i], int(i)));
        return quint32(0);
    };
    QSet<QString> compared;
    const quint32 compareRank = rootIndex(Type::Compare);
    for (const Reference &item : m_compare) {
        const QString at = u"/compare/"_s + QString::number(item.index);
        const QByteArray rank = rankBytes({compareRank, quint32(item.index)});
        if (!m_frameworkIds.contains(item.key))
            error(item.offset, at, rank, tr("\"%1\" is not the id of a framework").arg(item.key));
        else if (compared.contains(item.key))
            error(item.offset, at, rank, tr("\"%1\" is listed twice").arg(item.key));
        compared.insert(item.key);
    }
    if (!m_weights)
        return;
    const quint32 weightsRank = rootIndex(Type::Weights);
    QMap<QString, int> weights;
    for (const Reference &item : *m_weights) {
        const QString at = u"/weights/"_s + JsonScanner::escapePointerToken(item.key);
        const QByteArray rank = rankBytes({weightsRank, quint32(item.index)});
        const auto fail = [&](const QString &message) { error(item.offset, at, rank, message); };
        if (data.metricIndex(item.key) < 0) {
            fail(tr("\"%1\" is not the id of a metric").arg(item.key));
            continue;
        }
        if (item.kind != Kind::Number) {
            fail(tr("expected a whole number, found %1").arg(kindName(item.kind)));
            continue;
        }
        const double d = item.number.value;
        const std::optional<int> weight = asInteger(d);
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
