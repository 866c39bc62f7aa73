// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataWriter.h"

#include "DataFormat.h"
#include "FileBytes.h"
#include "JsonWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

using DataFormat::Member;
using DataFormat::Type;

template <typename T> QStringList keysOf(std::span<const Member<T>> members)
{
    QStringList keys;
    for (const Member<T> &member : members)
        keys << QString(member.key);
    return keys;
}

// A plain fact, by its field: required ones always, optional ones unless empty.
template <typename T> void writePlain(JsonWriter &w, const Member<T> &member, const T &object)
{
    const QString key(member.key);
    std::visit(
        [&](auto field) {
            using F = decltype(field);
            if constexpr (std::is_same_v<F, QString T::*>) {
                if (member.required || !(object.*field).isEmpty()) {
                    w.key(key);
                    w.string(object.*field);
                }
            } else if constexpr (std::is_same_v<F, std::optional<int> T::*>) {
                if (object.*field) {
                    w.key(key);
                    w.integer(*(object.*field));
                }
            } else if constexpr (std::is_same_v<F, QStringList T::*>) {
                if (member.required || !(object.*field).isEmpty()) {
                    w.key(key);
                    w.stringArray(object.*field);
                }
            } else if constexpr (std::is_same_v<F, QColor T::*>) {
                // Upper-case hex, as the bundled file and most colour pickers show it.
                if ((object.*field).isValid()) {
                    w.key(key);
                    w.string((object.*field).name(QColor::HexRgb).toUpper());
                }
            } else if constexpr (std::is_same_v<F, QDate T::*>) {
                if ((object.*field).isValid()) {
                    w.key(key);
                    w.string((object.*field).toString(Qt::ISODate));
                }
            }
        },
        member.field);
}

// An object's members in the order of the format table, then the unknown ones, sorted. A key
// of `extra` that is also one of the table's is skipped: the reader never produces one, and
// writing it would give the file a duplicate key, which the reader rejects.
template <typename T, typename Special>
void writeObject(JsonWriter &w, std::span<const Member<T>> members, const T &object,
                 Special special, JsonWriter::Layout layout = JsonWriter::Layout::Lines)
{
    w.beginObject(layout);
    for (const Member<T> &member : members) {
        if (std::holds_alternative<std::monostate>(member.field))
            special(member);
        else
            writePlain(w, member, object);
    }
    static const QStringList known = keysOf(members);
    w.members(object.extra, known);
    w.endObject();
}

void writeVotes(JsonWriter &w, const QList<std::optional<int>> &votes)
{
    // On one line: a hundred raters' scores are a short line, not a screenful.
    w.beginArray(JsonWriter::Layout::Inline);
    for (const std::optional<int> &vote : votes) {
        w.element();
        if (vote)
            w.integer(*vote);
        else
            w.null();
    }
    w.endArray();
}

void writeRating(JsonWriter &w, const Rating &rating)
{
    writeObject(w, DataFormat::rating(), rating, [&](const Member<Rating> &member) {
        if (member.type == Type::Score) {
            w.key(QString(member.key));
            w.integer(rating.score);
        } else if (member.type == Type::Range && rating.range) {
            w.key(QString(member.key));
            w.beginArray(JsonWriter::Layout::Inline);
            w.element();
            w.integer(rating.range->first);
            w.element();
            w.integer(rating.range->second);
            w.endArray();
        } else if (member.type == Type::Votes && !rating.votes.isEmpty()) {
            w.key(QString(member.key));
            writeVotes(w, rating.votes);
        }
    });
}

void writeRatings(JsonWriter &w, const Framework &framework, const DataSet &data)
{
    // In the order of the metrics, as the table shows them, so that a file edited by hand and
    // saved again keeps a familiar shape. A rating for a metric the data set lacks is invalid,
    // but it is still written (after the others, sorted) rather than dropped without a word:
    // the reader will then name it.
    QStringList ids;
    QSet<QString> written;
    for (const Metric &metric : data.metrics) {
        if (framework.ratings.contains(metric.id) && !written.contains(metric.id)) {
            ids << metric.id;
            written.insert(metric.id);
        }
    }
    QStringList unknown;
    for (auto it = framework.ratings.constBegin(); it != framework.ratings.constEnd(); ++it) {
        if (!written.contains(it.key()))
            unknown << it.key();
    }
    std::sort(unknown.begin(), unknown.end());
    ids += unknown;

    w.beginObject();
    for (const QString &id : std::as_const(ids)) {
        w.key(id);
        writeRating(w, framework.ratings.value(id));
    }
    w.endObject();
}

void writeFramework(JsonWriter &w, const Framework &framework, const DataSet &data)
{
    writeObject(w, DataFormat::framework(), framework, [&](const Member<Framework> &member) {
        if (member.type == Type::Ratings && !framework.ratings.isEmpty()) {
            w.key(QString(member.key));
            writeRatings(w, framework, data);
        } else if (member.type == Type::Sources && !framework.sources.isEmpty()) {
            w.key(QString(member.key));
            w.beginArray();
            for (const Source &source : framework.sources) {
                w.element();
                writeObject(w, DataFormat::source(), source, [](const Member<Source> &) {});
            }
            w.endArray();
        }
    });
}

void writeDataSet(JsonWriter &w, const DataSet &data)
{
    writeObject(w, DataFormat::dataSet(), data, [&](const Member<DataSet> &member) {
        const QString key(member.key);
        switch (member.type) {
        case Type::Version:
            w.key(key);
            w.integer(DataWriter::SchemaVersion);
            break;
        case Type::Compare:
            // An empty list is written: it means "compare none", which a missing key does not.
            if (data.compare) {
                w.key(key);
                w.stringArray(*data.compare);
            }
            break;
        case Type::Weights:
            // Written when the file had them or a weight was set, in the order of the metrics;
            // a file without weights stays without them, byte for byte.
            if (data.weights) {
                w.key(key);
                w.beginObject();
                for (const Metric &metric : data.metrics)
                    if (const auto it = data.weights->constFind(metric.id);
                        it != data.weights->cend()) {
                        w.key(metric.id);
                        w.integer(*it);
                    }
                w.endObject();
            }
            break;
        case Type::Metrics:
            w.key(key);
            w.beginArray();
            for (const Metric &metric : data.metrics) {
                w.element();
                writeObject(w, DataFormat::metric(), metric, [](const Member<Metric> &) {});
            }
            w.endArray();
            break;
        case Type::Frameworks:
            w.key(key);
            w.beginArray();
            for (const Framework &framework : data.frameworks) {
                w.element();
                writeFramework(w, framework, data);
            }
            w.endArray();
            break;
        default:
            break;
        }
    });
}

// Why writing stopped. A write that ends short (a full disk, a quota, a file size limit) is
// reported by Qt without a reason, as "Unknown error", which would tell the person nothing.
QString writeFailure(const QSaveFile &file)
{
    const QString reason = file.errorString();
    if (reason == QIODevice::tr("Unknown error"))
        return DataWriter::tr("not all of the data could be written; the disk may be full");
    return reason;
}

} // namespace

QByteArray DataWriter::toJson(const DataSet &data)
{
    JsonWriter w;
    writeDataSet(w, data);
    return w.data() + '\n';
}

QString DataWriter::replaceFile(const QString &path, const QByteArray &bytes)
{
    // QSaveFile refuses a directory too, but in words meant for programmers.
    if (QFileInfo(path).isDir())
        return tr("it is a directory, not a file");
    // QSaveFile writes to a temporary file beside `path` and renames it over `path` only in
    // commit(), so a crash or a full disk never leaves half a file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    // Writes are buffered, so a full disk often shows only when they are flushed. Flushing here
    // rather than leaving it to commit() matters: Qt 6.4's commit() ignores a flush that fails
    // and renames the truncated file over the old one.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = writeFailure(file); // cancelWriting() replaces the error
        file.cancelWriting();
        return reason;
    }
    if (!file.commit())
        return writeFailure(file);
    return {};
}

QString DataWriter::sizeProblem(qsizetype bytes)
{
    if (bytes <= FileBytes::MaxSize)
        return {};
    return tr("the data would be %1 MiB; data files are limited to %2 MiB")
        .arg(double(bytes) / (1024 * 1024), 0, 'f', 1)
        .arg(FileBytes::MaxSize / (1024 * 1024));
}

WriteResult DataWriter::writeFile(const DataSet &data, const QString &path)
{
    const QByteArray bytes = toJson(data);
    QString reason = sizeProblem(bytes.size());
    if (reason.isEmpty())
        reason = replaceFile(path, bytes);
    if (!reason.isEmpty())
        return {false, tr("Could not save \"%1\": %2").arg(QDir::toNativeSeparators(path), reason)};
    return {true, QString()};
}

} // namespace Versus
