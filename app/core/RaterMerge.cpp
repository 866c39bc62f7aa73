// SPDX-License-Identifier: GPL-3.0-or-later
#include "RaterMerge.h"

#include "DataReader.h"
#include "JsonScanner.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

// The offset of the value a JSON pointer names (its tokens need no unescaping: they are member
// names of the format and metric ids), or -1.
qsizetype offsetOf(QByteArrayView text, qsizetype start, const QString &pointer)
{
    JsonScanner s(text, start);
    if (!s.beginDocument())
        return -1;
    const QStringList steps = pointer.split(u'/', Qt::SkipEmptyParts);
    for (const QString &step : steps) {
        bool found = false;
        if (s.peek() == JsonScanner::Kind::Object) {
            s.beginObject();
            while (!found && s.member())
                found = s.key() == step || !s.skip();
        } else if (s.peek() == JsonScanner::Kind::Array) {
            const int index = step.toInt();
            s.beginArray();
            for (int i = 0; !found && s.element(); ++i)
                found = i == index || !s.skip();
        }
        if (!found || !s.ok())
            return -1;
    }
    return s.offset();
}

void placeError(DataError &error)
{
    QFile file(error.file);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray text = file.read(DataReader::MaxFileSize);
    const qsizetype start = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype at = offsetOf(text, start, error.pointer);
    if (at < 0)
        return;
    error.line = 1;
    error.column = 1;
    for (qsizetype i = start; i < at; ++i) {
        const auto c = uchar(text[i]);
        if (c == '\n') {
            ++error.line;
            error.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++error.column;
        }
    }
}

} // namespace

QString RaterMerge::raterName(const Input &input)
{
    if (!input.data.rater.trimmed().isEmpty())
        return input.data.rater.trimmed();
    QString name = QFileInfo(input.file).fileName();
    if (name.endsWith(u".json"_s, Qt::CaseInsensitive) && name.size() > 5)
        name.chop(5);
    return name;
}

void RaterMerge::place(DataErrors &errors)
{
    for (DataError &error : errors)
        placeError(error);
}

int RaterMerge::median(QList<int> scores)
{
    std::sort(scores.begin(), scores.end());
    const qsizetype n = scores.size();
    if (n % 2)
        return scores.at(n / 2);
    // Scores are at least 1, so integer division rounds the half up.
    return (scores.at(n / 2 - 1) + scores.at(n / 2) + 1) / 2;
}

// A file merged with itself, or two people of one name, still give votes one can tell apart.
QStringList RaterMerge::distinctNames(const QList<Input> &inputs)
{
    QStringList names;
    QSet<QString> used;
    for (const Input &input : inputs) {
        const QString base = raterName(input);
        QString name = base;
        for (int n = 2; used.contains(name); ++n)
            name = u"%1 (%2)"_s.arg(base).arg(n);
        used.insert(name);
        names << name;
    }
    return names;
}

DataErrors RaterMerge::checkMetrics(const Input &first, const Input &other)
{
    DataErrors errors;
    const auto fail = [&](const QString &pointer, const QString &message) {
        errors.append({other.file, 0, 0, pointer, message});
    };
    const QString firstName = QFileInfo(first.file).fileName();
    for (const Metric &metric : first.data.metrics) {
        const int index = other.data.metricIndex(metric.id);
        if (index < 0) {
            fail(u"/metrics"_s,
                 tr("there is no metric '%1', which %2 has").arg(metric.id, firstName));
        } else if (other.data.metrics.at(index).levelCount() != metric.levelCount()) {
            fail(u"/metrics/%1/levels"_s.arg(index),
                 tr("metric '%1' has %2 levels, but %3 in %4")
                     .arg(metric.id)
                     .arg(other.data.metrics.at(index).levelCount())
                     .arg(metric.levelCount())
                     .arg(firstName));
        }
    }
    for (qsizetype i = 0; i < other.data.metrics.size(); ++i) {
        const QString &id = other.data.metrics.at(i).id;
        if (first.data.metricIndex(id) < 0)
            fail(u"/metrics/%1/id"_s.arg(i),
                 tr("metric '%1' is not in %2, the first file").arg(id, firstName));
    }
    return errors;
}

RaterMerge::Result RaterMerge::merge(const QList<Input> &inputs)
{
    Result result;
    if (inputs.isEmpty())
        return result;
    const Input &first = inputs.first();
    for (qsizetype i = 1; i < inputs.size(); ++i)
        result.errors += checkMetrics(first, inputs.at(i));
    if (!result.ok())
        return result;

    const QStringList names = distinctNames(inputs);
    DataSet &merged = result.data;
    merged.title = first.data.title;
    merged.checked = first.data.checked;
    merged.metrics = first.data.metrics;
    merged.compare = first.data.compare;
    merged.weights = first.data.weights;
    merged.extra = first.data.extra;
    merged.raters = names;

    // Each framework once, in the order it is first met; its facts from the first file with it.
    QList<QHash<QString, const Framework *>> byId(inputs.size());
    QHash<QString, qsizetype> mergedIndex;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        byId[i].reserve(inputs.at(i).data.frameworks.size());
        for (const Framework &framework : inputs.at(i).data.frameworks) {
            byId[i].insert(framework.id, &framework);
            if (!mergedIndex.contains(framework.id)) {
                mergedIndex.insert(framework.id, merged.frameworks.size());
                Framework facts = framework;
                facts.ratings.clear();
                merged.frameworks.append(std::move(facts));
            }
        }
    }
    // An id in `compare` that only a later file has stays valid, since every framework is kept.

    QList<int> scores;
    QStringList notes; // "Ann: note", a line for each rater who wrote one
    for (Framework &framework : merged.frameworks) {
        for (const Metric &metric : std::as_const(merged.metrics)) {
            Rating rating;
            rating.votes.resize(inputs.size());
            scores.clear();
            notes.clear();
            for (qsizetype i = 0; i < inputs.size(); ++i) {
                const Framework *own = byId.at(i).value(framework.id);
                const Rating *given = own ? own->rating(metric.id) : nullptr;
                if (!given)
                    continue; // not rated by this rater: null
                if (scores.isEmpty())
                    rating.extra = given->extra;
                rating.votes[i] = given->score;
                scores << given->score;
                if (const QString note = given->note.trimmed(); !note.isEmpty())
                    notes << names.at(i) + u": "_s + note;
            }
            if (scores.isEmpty())
                continue;
            rating.score = median(scores);
            const auto [low, high] = std::minmax_element(scores.cbegin(), scores.cend());
            if (*low != *high)
                rating.range = std::pair(*low, *high);
            rating.note = notes.join(u'\n');
            framework.ratings.insert(metric.id, std::move(rating));
        }
    }
    return result;
}

} // namespace Versus
