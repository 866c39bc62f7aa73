// SPDX-License-Identifier: GPL-3.0-or-later
#include "RatingReader.h"

#include "DataFormat.h"
#include "DataReader.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Versus {

using DataFormat::Member;
using DataFormat::Type;
using Kind = JsonScanner::Kind;

void RatingReader::setMetrics(const QList<Metric> &metrics, bool valid)
{
    m_metrics = &metrics;
    m_metricsValid = valid;
    m_metricIndexes.clear();
    m_metricKeys.clear();
    m_firstOfId.clear();
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        const QString &id = metrics.at(i).id;
        // A rating names the first metric of its id, should two share it (reported).
        m_firstOfId.push_back(int(m_metricIndexes.value(id, int(i))));
        if (!m_metricIndexes.contains(id))
            m_metricIndexes.insert(id, int(i));
        m_metricKeys.push_back(id.toUtf8());
    }
}

int RatingReader::metricOf(QByteArrayView raw, bool escaped)
{
    if (escaped)
        return m_metricIndexes.value(JsonScanner::decodeKey(raw, true), -1);
    // Ratings usually follow the metrics' order, which makes the lookup one comparison.
    const int count = int(m_metricKeys.size());
    int index =
        m_nextMetric < count && JsonText::sameBytes(m_metricKeys[std::size_t(m_nextMetric)], raw)
            ? m_nextMetric
            : -1;
    // A metric left unrated is passed over: the next ones are looked at first. Any metric of the
    // id will do, as the first of it is taken.
    for (int k = 0; index < 0 && k < count; ++k) {
        const int i = (m_nextMetric + k) % count;
        if (JsonText::sameBytes(m_metricKeys[std::size_t(i)], raw))
            index = i;
    }
    if (index >= 0) {
        index = m_firstOfId[std::size_t(index)];
        m_nextMetric = index + 1;
    }
    return index;
}

void RatingReader::ratings(Framework &framework)
{
    if (s.peek() != Kind::Object) {
        m_values.wrongType(tr("an object"));
        return;
    }
    s.beginObject();
    m_nextMetric = 0;
    quint64 seen = 0;
    QSet<QString> others;
    framework.ratings.reserve(m_metrics->size());
    while (s.member()) {
        const int index = metricOf(s.rawKey(), s.keyEscaped());
        if (index < 0 || index >= 64) {
            const QString key = s.key();
            if (others.contains(key)) {
                s.duplicateKey();
            } else {
                others.insert(key);
                if (m_metricsValid && index < 0)
                    m_values.valueError(tr("\"%1\" is not the id of a metric").arg(key));
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
        rating(framework, m_metrics->at(index));
    }
}

void RatingReader::readRange(Range &range)
{
    range.at = s.offset();
    if (s.peek() != Kind::Array) {
        range.found = m_values.typeName();
        s.skip();
        return;
    }
    s.beginArray();
    while (s.element()) {
        const qsizetype itemAt = s.offset();
        if (s.peek() == Kind::Number) {
            JsonScanner::Number n;
            if (s.number(n))
                range.levels.push_back({itemAt, n});
        } else {
            range.wrongTypes.push_back({itemAt, m_values.typeName()});
            range.levels.push_back({itemAt, {}});
            s.skip();
        }
    }
}

void RatingReader::rating(Framework &framework, const Metric &metric)
{
    const qsizetype at = s.offset();
    if (s.peek() != Kind::Object) {
        m_values.wrongType(tr("an object with a \"score\""));
        return;
    }
    // The way to the rating, made only for an error (200,000 ratings have none): the steps
    // above it are still open once it is read.
    const int depth = s.depth();
    const ReadErrors::Mark mark = m_errors.mark();
    const std::size_t voteCountMark = m_voteCounts.size();
    // Read in its place in the framework's ratings (moved there, it was moved twice and the
    // moved-from copies destroyed), and taken out again should its score be wrong. Its metric is
    // new to them: a duplicate key is passed over before. The metric's own id as the key: 200,000
    // ratings then share 20 strings.
    Rating &rating = framework.ratings[metric.id];
    quint64 seen = 0;
    qsizetype scoreAt = -1;
    Kind scoreKind = Kind::None;
    JsonScanner::Number score;
    Range range;
    const auto members = DataFormat::rating();
    s.beginObject();
    while (s.member()) {
        const int index = m_values.memberIndex(members);
        if (index < 0) {
            m_values.extraMember(rating.extra);
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
        switch (member.type) {
        case Type::Score:
            scoreAt = s.offset();
            scoreKind = s.peek();
            if (scoreKind == Kind::Number)
                s.number(score);
            else
                s.skip();
            break;
        case Type::Range:
            readRange(range);
            break;
        case Type::Votes:
            readVotes(metric, rating.votes);
            break;
        default:
            m_values.plain(member, rating);
            break;
        }
    }
    if (!s.ok()) {
        framework.ratings.remove(metric.id);
        return;
    }
    // A metric without a valid scale has been reported already; its scores cannot be checked
    // against it, and "outside the 0 levels" would only repeat that error.
    const bool scaleValid = metric.levelCount() >= DataReader::MinLevels &&
                            metric.levelCount() <= DataReader::MaxLevels;
    // The common case first, a whole number on the scale, told from the number as read: the
    // checks below take it through a std::optional, whose parts are written apart and read as
    // one, which stalls the processor on every rating.
    if (scoreKind == Kind::Number && score.integer && scaleValid && score.integerValue >= 1 &&
        score.integerValue <= metric.levelCount()) {
        rating.score = int(score.integerValue);
        if (range.at >= 0)
            checkRange(range, metric, scaleValid, rating.score, depth, rating.range);
        return;
    }
    // A rating without a valid score is reported for its score alone.
    const auto scoreError = [&](qsizetype place, const QString &where, const QString &message) {
        framework.ratings.remove(metric.id);
        m_errors.rollback(mark);
        m_voteCounts.resize(voteCountMark);
        m_errors.add(place, where, s.rank(depth) + ReadErrors::rank({0}), message);
    };
    if (scoreAt < 0) {
        scoreError(at, s.pointer(depth), tr("required member \"score\" is missing"));
        return;
    }
    const auto scorePointer = [&]() -> QString { return s.pointer(depth) + u"/score"_s; };
    if (scoreKind != Kind::Number) {
        scoreError(scoreAt, scorePointer(),
                   tr("expected a whole number, found %1").arg(ValueReader::kindName(scoreKind)));
        return;
    }
    const std::optional<int> integer = ValueReader::asInteger(score);
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
    if (scaleValid && (*integer < 1 || *integer > metric.levelCount())) {
        scoreError(scoreAt, scorePointer(),
                   tr("score %1 is outside the %2 levels of metric '%3' (1 to %2)")
                       .arg(*integer)
                       .arg(metric.levelCount())
                       .arg(metric.id));
        return;
    }
    rating.score = *integer;
    if (range.at >= 0)
        checkRange(range, metric, scaleValid, rating.score, depth, rating.range);
}

void RatingReader::readVotes(const Metric &metric, QList<std::optional<int>> &out)
{
    const qsizetype at = s.offset();
    if (s.peek() != Kind::Array) {
        m_values.wrongType(tr("an array of scores"));
        return;
    }
    const int depth = s.depth();
    s.beginArray();
    while (s.element()) {
        std::optional<int> &vote = out.emplace_back();
        if (s.peek() == Kind::Null)
            s.skip();
        else
            readVote(metric, vote);
    }
    const qsizetype raters = m_raters ? m_raters->size() : 0;
    if (s.ok() && (raters == 0 || out.size() != raters))
        m_voteCounts.push_back({at, out.size(), s.pointer(depth), s.rank(depth)});
}

void RatingReader::readVote(const Metric &metric, std::optional<int> &out)
{
    const qsizetype at = s.offset();
    if (s.peek() != Kind::Number) {
        m_values.wrongType(tr("a whole number or null"));
        return;
    }
    JsonScanner::Number n;
    if (!s.number(n))
        return;
    const auto fail = [&](const QString &message) {
        m_errors.add(at, s.pointer(s.depth()), s.rank(s.depth()), message);
    };
    const std::optional<int> level = ValueReader::asInteger(n);
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

void RatingReader::checkVotes()
{
    const QStringList raters = m_raters ? *m_raters : QStringList();
    for (const VoteCount &votes : m_voteCounts) {
        if (raters.isEmpty())
            m_errors.add(votes.offset, votes.pointer, votes.rank,
                         tr("votes need the data set's \"raters\", whom they follow"));
        else if (votes.count != raters.size())
            m_errors.add(votes.offset, votes.pointer, votes.rank,
                         tr("%1 votes for %2 raters").arg(votes.count).arg(raters.size()));
    }
}

void RatingReader::checkRange(const Range &range, const Metric &metric, bool scaleValid, int score,
                              int depth, std::optional<std::pair<int, int>> &out)
{
    const QString rangePointer = s.pointer(depth) + u"/range"_s;
    const QByteArray rangeRank = s.rank(depth) + ReadErrors::rank({1});
    const auto rangeError = [&](const QString &message) {
        m_errors.add(range.at, rangePointer, rangeRank, message);
    };
    if (!range.found.isEmpty()) {
        rangeError(
            tr("expected %1, found %2").arg(tr("an array of two whole numbers"), range.found));
        return;
    }
    if (range.levels.size() != 2) {
        rangeError(tr("a range holds two levels, [LOW, HIGH], found %1").arg(range.levels.size()));
        return;
    }
    bool whole = true;
    std::pair<int, int> span;
    for (std::size_t i = 0; i < 2; ++i) {
        const qsizetype itemAt = range.levels[i].first;
        const JsonScanner::Number &n = range.levels[i].second;
        const auto type = std::find_if(range.wrongTypes.cbegin(), range.wrongTypes.cend(),
                                       [&](const auto &t) { return t.first == itemAt; });
        const std::optional<int> level =
            type == range.wrongTypes.cend() ? ValueReader::asInteger(n.value) : std::nullopt;
        if (!level) {
            whole = false;
            m_errors.add(itemAt, rangePointer + u'/' + QString::number(i),
                         rangeRank + ReadErrors::rank({quint32(i)}),
                         type != range.wrongTypes.cend()
                             ? tr("expected a whole number, found %1").arg(type->second)
                             : tr("level %1 is not a whole number").arg(n.value));
            continue;
        }
        (i == 0 ? span.first : span.second) = *level;
    }
    if (!whole)
        return;
    const QString shown = u"[%1, %2]"_s.arg(span.first).arg(span.second);
    if (span.first > span.second)
        rangeError(tr("the range %1 is reversed: the lower level comes first").arg(shown));
    else if (scaleValid && (span.first < 1 || span.second > metric.levelCount()))
        rangeError(tr("the range %1 is outside the %2 levels of metric '%3' (1 to %2)")
                       .arg(shown)
                       .arg(metric.levelCount())
                       .arg(metric.id));
    else if (score < span.first || score > span.second)
        rangeError(tr("the range %1 does not include the score %2").arg(shown).arg(score));
    else
        out = span;
}

} // namespace Versus
