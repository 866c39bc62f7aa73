// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QSaveFile>
#include <QSet>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

using Keys = std::initializer_list<QStringView>;

// The members each struct writes itself; anything else comes from `extra`. A key of `extra`
// that is also one of these is skipped: the reader never produces one, and writing it would
// give the file a duplicate key, which the reader rejects.
constexpr Keys DataSetKeys = {u"schemaVersion", u"title",   u"compare",
                              u"weights",       u"metrics", u"frameworks"};
constexpr Keys MetricKeys = {u"id", u"name", u"description", u"levels"};
constexpr Keys FrameworkKeys = {u"id",          u"name",     u"developer",  u"firstRelease",
                                u"lastRelease", u"license",  u"language",   u"apis",
                                u"status",      u"homepage", u"repository", u"color",
                                u"summary",     u"ratings",  u"sources"};
constexpr Keys RatingKeys = {u"score", u"range", u"note"};
constexpr Keys SourceKeys = {u"title", u"url"};

// Writes JSON with one member or element a line, indented by two spaces a level. Containers
// are opened and closed by the caller, so that the known members of a struct come out in the
// order chosen below rather than in QJsonObject's sorted order, which would put "id" after
// "description" and make the file hard to read.
class Emitter
{
public:
    QByteArray out;

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // Starts a member of the innermost object; its value is written next.
    void key(QStringView name)
    {
        newItem();
        string(name);
        out += ": ";
    }

    // Starts an element of the innermost array; its value is written next.
    void element() { newItem(); }

    void string(QStringView text);
    void integer(qint64 n) { out += QByteArray::number(n); }
    void number(double d);
    void value(const QJsonValue &value);

    void member(QStringView name, QStringView text)
    {
        key(name);
        string(text);
    }

    void optionalMember(QStringView name, QStringView text)
    {
        if (!text.isEmpty())
            member(name, text);
    }

    void stringArray(const QStringList &list)
    {
        beginArray();
        for (const QString &item : list) {
            element();
            string(item);
        }
        endArray();
    }

    void extraMembers(const QJsonObject &extra, Keys known);

private:
    // One entry per open container: whether anything has been written into it yet, which
    // decides between a separating comma and an empty "[]" or "{}".
    QList<bool> m_hasItems;

    void open(char bracket)
    {
        out += bracket;
        m_hasItems.append(false);
    }

    void close(char bracket)
    {
        if (m_hasItems.takeLast()) {
            out += '\n';
            indent();
        }
        out += bracket;
    }

    void newItem()
    {
        Q_ASSERT(!m_hasItems.isEmpty());
        if (m_hasItems.last())
            out += ',';
        m_hasItems.last() = true;
        out += '\n';
        indent();
    }

    void indent() { out.append(m_hasItems.size() * 2, ' '); }
};

void Emitter::string(QStringView text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    out += '"';
    // Runs of characters that need no escape are converted to UTF-8 in one go.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        bool lone = false;
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
                ++i;
                continue;
            }
            lone = true;
        } else if (QChar::isLowSurrogate(c)) {
            lone = true;
        }
        // U+FEFF is escaped too: it is invisible in an editor, and at the start of a string
        // Qt's JSON parser would drop it as if it were a byte-order mark.
        if (!lone && c >= 0x20 && c != u'"' && c != u'\\' && c != 0xFEFF)
            continue;
        out += text.sliced(runStart, i - runStart).toUtf8();
        runStart = i + 1;
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            // Other control characters, U+FEFF, and half a surrogate pair: UTF-8 cannot carry
            // the latter (it would become U+FFFD), an escape keeps it.
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4)
                out += hex[(c >> shift) & 0xF];
            break;
        }
    }
    out += text.sliced(runStart).toUtf8();
    out += '"';
}

void Emitter::number(double d)
{
    // JSON has no NaN or infinity (QJsonDocument writes them as null too); a parsed document
    // never holds one, only a value set by code could.
    if (!std::isfinite(d)) {
        out += "null";
        return;
    }
    // Every whole number up to 2^53 is exact in a double: write it as people write it, "4"
    // rather than "4e+00". Beyond that a whole double is an approximation anyway.
    constexpr double MaxExactInteger = 9007199254740992.0;
    if (d == std::floor(d) && std::abs(d) <= MaxExactInteger) {
        integer(qint64(d));
        return;
    }
    out += QString::number(d, 'g', QLocale::FloatingPointShortest).toLatin1();
}

void Emitter::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        // Qt keeps a JSON integer that fits 64 bits as an integer: written as such it survives
        // exactly, even above 2^53 where a double would round it.
        if (value.toVariant().typeId() == QMetaType::LongLong)
            integer(value.toInteger());
        else
            number(value.toDouble());
        break;
    case QJsonValue::String:
        string(value.toString());
        break;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            element();
            this->value(item);
        }
        endArray();
        break;
    }
    case QJsonValue::Object:
        beginObject();
        extraMembers(value.toObject(), {});
        endObject();
        break;
    }
}

void Emitter::extraMembers(const QJsonObject &extra, Keys known)
{
    // Sorted here rather than trusting QJsonObject's internal order, which is not documented.
    QStringList keys = extra.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &name : std::as_const(keys)) {
        if (std::find(known.begin(), known.end(), QStringView(name)) != known.end())
            continue;
        key(name);
        value(extra.value(name));
    }
}

void writeMetric(Emitter &e, const Metric &metric)
{
    e.beginObject();
    e.member(u"id", metric.id);
    e.member(u"name", metric.name);
    e.optionalMember(u"description", metric.description);
    e.key(u"levels");
    e.stringArray(metric.levels);
    e.extraMembers(metric.extra, MetricKeys);
    e.endObject();
}

void writeRating(Emitter &e, const Rating &rating)
{
    e.beginObject();
    e.key(u"score");
    e.integer(rating.score);
    if (rating.range) {
        e.key(u"range");
        e.beginArray();
        e.element();
        e.integer(rating.range->first);
        e.element();
        e.integer(rating.range->second);
        e.endArray();
    }
    e.optionalMember(u"note", rating.note);
    e.extraMembers(rating.extra, RatingKeys);
    e.endObject();
}

void writeSource(Emitter &e, const Source &source)
{
    e.beginObject();
    e.member(u"title", source.title);
    e.optionalMember(u"url", source.url);
    e.extraMembers(source.extra, SourceKeys);
    e.endObject();
}

void writeRatings(Emitter &e, const Framework &framework, const DataSet &data)
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

    e.key(u"ratings");
    e.beginObject();
    for (const QString &id : std::as_const(ids)) {
        e.key(id);
        writeRating(e, framework.ratings.value(id));
    }
    e.endObject();
}

void writeFramework(Emitter &e, const Framework &framework, const DataSet &data)
{
    e.beginObject();
    e.member(u"id", framework.id);
    e.member(u"name", framework.name);
    e.optionalMember(u"developer", framework.developer);
    if (framework.firstRelease) {
        e.key(u"firstRelease");
        e.integer(*framework.firstRelease);
    }
    if (framework.lastRelease) {
        e.key(u"lastRelease");
        e.integer(*framework.lastRelease);
    }
    e.optionalMember(u"license", framework.license);
    e.optionalMember(u"language", framework.language);
    if (!framework.apis.isEmpty()) {
        e.key(u"apis");
        e.stringArray(framework.apis);
    }
    e.optionalMember(u"status", framework.status);
    e.optionalMember(u"homepage", framework.homepage);
    e.optionalMember(u"repository", framework.repository);
    // Upper-case hex, as the bundled file and most colour pickers show it.
    if (framework.color.isValid())
        e.member(u"color", framework.color.name(QColor::HexRgb).toUpper());
    e.optionalMember(u"summary", framework.summary);
    if (!framework.ratings.isEmpty())
        writeRatings(e, framework, data);
    if (!framework.sources.isEmpty()) {
        e.key(u"sources");
        e.beginArray();
        for (const Source &source : framework.sources) {
            e.element();
            writeSource(e, source);
        }
        e.endArray();
    }
    e.extraMembers(framework.extra, FrameworkKeys);
    e.endObject();
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
    Emitter e;
    e.beginObject();
    e.key(u"schemaVersion");
    e.integer(SchemaVersion);
    e.optionalMember(u"title", data.title);
    // An empty list is written: it means "compare none", which a missing key does not.
    if (data.compare) {
        e.key(u"compare");
        e.stringArray(*data.compare);
    }
    // Written when the file had them or a weight was set, in the order of the metrics; a file
    // without weights stays without them, byte for byte.
    if (data.weights) {
        e.key(u"weights");
        e.beginObject();
        for (const Metric &metric : data.metrics)
            if (const auto it = data.weights->constFind(metric.id); it != data.weights->cend()) {
                e.key(metric.id);
                e.integer(*it);
            }
        e.endObject();
    }
    e.key(u"metrics");
    e.beginArray();
    for (const Metric &metric : data.metrics) {
        e.element();
        writeMetric(e, metric);
    }
    e.endArray();
    e.key(u"frameworks");
    e.beginArray();
    for (const Framework &framework : data.frameworks) {
        e.element();
        writeFramework(e, framework, data);
    }
    e.endArray();
    e.extraMembers(data.extra, DataSetKeys);
    e.endObject();
    e.out += '\n';
    return e.out;
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

WriteResult DataWriter::writeFile(const DataSet &data, const QString &path)
{
    if (const QString reason = replaceFile(path, toJson(data)); !reason.isEmpty())
        return {false, tr("Could not save \"%1\": %2").arg(QDir::toNativeSeparators(path), reason)};
    return {true, QString()};
}

} // namespace Versus
