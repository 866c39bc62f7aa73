// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataReader.h"

#include "FastReader.h"
#include "JsonLocator.h"
#include "JsonSyntax.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return DataReader::tr("null");
    case QJsonValue::Bool:
        return DataReader::tr("a boolean");
    case QJsonValue::Double:
        return DataReader::tr("a number");
    case QJsonValue::String:
        return DataReader::tr("a string");
    case QJsonValue::Array:
        return DataReader::tr("an array");
    case QJsonValue::Object:
        return DataReader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return DataReader::tr("nothing");
}

std::optional<int> asInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < std::numeric_limits<int>::min() ||
        d > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(d);
}

// Locating an error rescans the text, so a file with thousands of faults would take minutes;
// nobody reads past the first hundred, and the rest are counted.
constexpr qsizetype MaxListedErrors = 100;

// Walks the parsed document, fills a DataSet and records every rule it finds broken.
class Validator
{
public:
    DataErrors errors;   // the first MaxListedErrors
    qsizetype count = 0; // all of them
    // False when a metric was rejected: a rating's metric id may then be that metric's, and
    // "not the id of a metric" would only repeat the metric's own error.
    bool metricsValid = true;

    void error(const QString &pointer, const QString &message)
    {
        // Kept in memory only while they could be listed: a 16 MiB file of unknown rating ids
        // has millions of faults, whose messages would take gigabytes.
        if (errors.size() < MaxListedErrors)
            errors.append({QString(), 0, 0, pointer, message});
        ++count;
    }

    void wrongType(const QString &pointer, const QString &expected, const QJsonValue &found)
    {
        error(pointer, DataReader::tr("expected %1, found %2").arg(expected, typeName(found)));
    }

    QString requiredString(const QJsonObject &object, QLatin1StringView key, const QString &at,
                           bool nonEmpty)
    {
        // Pointers are made only for an error: making them for every value was a large part
        // of reading a large file.
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            error(at, DataReader::tr("required member \"%1\" is missing").arg(key));
            return {};
        }
        if (!value.isString()) {
            wrongType(at + u'/' + key, DataReader::tr("a string"), value);
            return {};
        }
        const QString text = value.toString();
        if (nonEmpty && text.trimmed().isEmpty())
            error(at + u'/' + key, DataReader::tr("\"%1\" must not be empty").arg(key));
        return text;
    }

    // A year (firstRelease, lastRelease): a whole number, or nothing when absent.
    std::optional<int> year(const QJsonObject &object, QLatin1StringView key, const QString &at)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return std::nullopt;
        const std::optional<int> year = asInteger(value);
        if (!year)
            wrongType(at + u'/' + key, DataReader::tr("a year"), value);
        return year;
    }

    QString optionalString(const QJsonObject &object, QLatin1StringView key, const QString &at)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isString()) {
            wrongType(at + u'/' + key, DataReader::tr("a string"), value);
            return {};
        }
        return value.toString();
    }

    // A rating's `range`: [LOW, HIGH], whole levels of the metric, LOW <= score <= HIGH.
    bool readRange(const QJsonValue &value, const Metric &metric, const QString &at,
                   Rating &rating)
    {
        const QJsonArray pair = value.toArray();
        const std::optional<int> low = pair.size() == 2 ? asInteger(pair.at(0)) : std::nullopt;
        const std::optional<int> high = pair.size() == 2 ? asInteger(pair.at(1)) : std::nullopt;
        if (!value.isArray() || !low || !high) {
            wrongType(at, DataReader::tr("two whole numbers [LOW, HIGH]"), value);
            return false;
        }
        if (*low > *high) {
            error(at, DataReader::tr("range [%1, %2] is reversed: LOW must not exceed HIGH")
                          .arg(*low)
                          .arg(*high));
            return false;
        }
        if (*low < 1 || *high > metric.levelCount()) {
            error(at, DataReader::tr("range [%1, %2] is outside the %3 levels of metric '%4'")
                          .arg(*low)
                          .arg(*high)
                          .arg(metric.levelCount())
                          .arg(metric.id));
            return false;
        }
        if (rating.score < *low || rating.score > *high) {
            error(at, DataReader::tr("range [%1, %2] does not include the score %3")
                          .arg(*low)
                          .arg(*high)
                          .arg(rating.score));
            return false;
        }
        rating.range = std::pair(*low, *high);
        return true;
    }

    QStringList stringList(const QJsonObject &object, QLatin1StringView key, const QString &at,
                           bool nonEmptyItems)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return {};
        const QString pointer = at + u'/' + key;
        if (!value.isArray()) {
            wrongType(pointer, DataReader::tr("an array of strings"), value);
            return {};
        }
        QStringList list;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const auto itemPointer = [&]() -> QString {
                return pointer + u'/' + QString::number(i);
            };
            const QJsonValue item = array.at(i);
            if (!item.isString())
                wrongType(itemPointer(), DataReader::tr("a string"), item);
            else if (nonEmptyItems && item.toString().trimmed().isEmpty())
                error(itemPointer(), DataReader::tr("must not be empty"));
            else
                list << item.toString();
        }
        return list;
    }

    QString id(const QJsonObject &object, const QString &at, QSet<QString> &seen)
    {
        const QString value = requiredString(object, "id"_L1, at, false);
        if (!object.value("id"_L1).isString())
            return value;
        if (!DataReader::isValidId(value))
            error(at + u"/id"_s,
                  DataReader::tr("id \"%1\" must be lower-case letters, digits, '-' or '_', "
                                 "starting with a letter or digit")
                      .arg(value));
        else if (seen.contains(value))
            error(at + u"/id"_s, DataReader::tr("id \"%1\" is used twice").arg(value));
        seen.insert(value);
        return value;
    }

    static QJsonObject unknownMembers(QJsonObject object,
                                      std::initializer_list<QLatin1StringView> known)
    {
        // Most objects have no unknown members: counting the known ones finds that without
        // copying the object, which removing members from it would.
        qsizetype knownCount = 0;
        for (QLatin1StringView key : known)
            knownCount += object.contains(key) ? 1 : 0;
        if (knownCount == object.size())
            return {};
        for (QLatin1StringView key : known)
            object.remove(key);
        return object;
    }

    void readMetrics(const QJsonValue &value, DataSet &data);
    // Each metric id's index in the data set (the first, when ids repeat), for the ratings.
    QHash<QString, int> metricIndexes;
    void readFramework(const QJsonObject &object, const QString &at, const DataSet &data,
                       Framework &framework);
    void readRatings(const QJsonValue &value, const QString &at, const DataSet &data,
                     Framework &framework);
    void readSources(const QJsonValue &value, const QString &at, Framework &framework);
    void readDocument(const QJsonObject &root, DataSet &data);
    void readWeights(const QJsonObject &root, DataSet &data);
};

void Validator::readMetrics(const QJsonValue &value, DataSet &data)
{
    const qsizetype errorsBefore = count;
    const auto checked = qScopeGuard([&] { metricsValid = count == errorsBefore; });
    if (value.isUndefined()) {
        error(QString(), DataReader::tr("required member \"metrics\" is missing"));
        return;
    }
    if (!value.isArray()) {
        wrongType(u"/metrics"_s, DataReader::tr("an array"), value);
        return;
    }
    const QJsonArray array = value.toArray();
    if (array.isEmpty() || array.size() > DataReader::MaxMetrics)
        error(u"/metrics"_s, DataReader::tr("there must be 1 to %1 metrics, found %2")
                                 .arg(DataReader::MaxMetrics)
                                 .arg(array.size()));
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size() && i < DataReader::MaxMetrics; ++i) {
        const QString at = u"/metrics/"_s + QString::number(i);
        if (!array.at(i).isObject()) {
            wrongType(at, DataReader::tr("an object"), array.at(i));
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        Metric metric;
        metric.id = id(object, at, ids);
        metric.name = requiredString(object, "name"_L1, at, true);
        metric.description = optionalString(object, "description"_L1, at);
        if (!object.contains("levels"_L1))
            error(at, DataReader::tr("required member \"levels\" is missing"));
        metric.levels = stringList(object, "levels"_L1, at, true);
        const qsizetype levelCount = object.value("levels"_L1).toArray().size();
        if (object.value("levels"_L1).isArray() &&
            (levelCount < DataReader::MinLevels || levelCount > DataReader::MaxLevels))
            error(at + u"/levels"_s, DataReader::tr("a metric has %1 to %2 levels, found %3")
                                         .arg(DataReader::MinLevels)
                                         .arg(DataReader::MaxLevels)
                                         .arg(levelCount));
        metric.extra = unknownMembers(object, {"id"_L1, "name"_L1, "description"_L1, "levels"_L1});
        data.metrics.append(metric);
    }
}

void Validator::readRatings(const QJsonValue &value, const QString &at, const DataSet &data,
                            Framework &framework)
{
    if (value.isUndefined())
        return;
    const QString pointer = at + u"/ratings"_s;
    if (!value.isObject()) {
        wrongType(pointer, DataReader::tr("an object"), value);
        return;
    }
    const QJsonObject ratings = value.toObject();
    framework.ratings.reserve(ratings.size());
    for (auto it = ratings.constBegin(); it != ratings.constEnd(); ++it) {
        const QString key = it.key();
        const auto ratingAt = [&]() -> QString {
            return pointer + u'/' + JsonLocator::escapePointerToken(key);
        };
        const int metricIndex = metricIndexes.value(key, -1);
        if (metricIndex < 0) {
            if (metricsValid)
                error(ratingAt(), DataReader::tr("\"%1\" is not the id of a metric").arg(key));
            continue;
        }
        if (!it.value().isObject()) {
            wrongType(ratingAt(), DataReader::tr("an object with a \"score\""), it.value());
            continue;
        }
        const QJsonObject object = it.value().toObject();
        const Metric &metric = data.metrics.at(metricIndex);
        Rating rating;
        const QJsonValue score = object.value("score"_L1);
        const std::optional<int> integer = asInteger(score);
        if (score.isUndefined()) {
            error(ratingAt(), DataReader::tr("required member \"score\" is missing"));
            continue;
        }
        if (!integer) {
            const double d = score.toDouble();
            if (score.isDouble() && d == std::floor(d))
                error(ratingAt() + u"/score"_s,
                      DataReader::tr("score %1 is outside the %2 levels of metric '%3' (1 to %2)")
                          .arg(d, 0, 'g', 17)
                          .arg(metric.levelCount())
                          .arg(metric.id));
            else
                error(
                    ratingAt() + u"/score"_s,
                    score.isDouble()
                        ? DataReader::tr("score %1 is not a whole number").arg(d)
                        : DataReader::tr("expected a whole number, found %1").arg(typeName(score)));
            continue;
        }
        // A metric without a valid scale has been reported already; its scores cannot be
        // checked against it, and "outside the 0 levels" would only repeat that error.
        const bool scaleValid = metric.levelCount() >= DataReader::MinLevels &&
                                metric.levelCount() <= DataReader::MaxLevels;
        if (scaleValid && (*integer < 1 || *integer > metric.levelCount())) {
            error(ratingAt() + u"/score"_s,
                  DataReader::tr("score %1 is outside the %2 levels of metric '%3' (1 to %2)")
                      .arg(*integer)
                      .arg(metric.levelCount())
                      .arg(metric.id));
            continue;
        }
        rating.score = *integer;
        if (object.size() > 1) { // more than the score
            rating.note = optionalString(object, "note"_L1, ratingAt());
            rating.extra = unknownMembers(object, {"score"_L1, "range"_L1, "note"_L1});
            if (object.contains("range"_L1) && !readRange(object.value("range"_L1), metric,
                                                          ratingAt() + u"/range"_s, rating))
                continue;
        }
        framework.ratings.insert(key, rating);
    }
}

void Validator::readSources(const QJsonValue &value, const QString &at, Framework &framework)
{
    if (value.isUndefined())
        return;
    const QString pointer = at + u"/sources"_s;
    if (!value.isArray()) {
        wrongType(pointer, DataReader::tr("an array"), value);
        return;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString sourceAt = pointer + u'/' + QString::number(i);
        if (!array.at(i).isObject()) {
            wrongType(sourceAt, DataReader::tr("an object"), array.at(i));
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        Source source;
        source.title = requiredString(object, "title"_L1, sourceAt, true);
        source.url = optionalString(object, "url"_L1, sourceAt);
        source.extra = unknownMembers(object, {"title"_L1, "url"_L1});
        framework.sources.append(source);
    }
}

void Validator::readFramework(const QJsonObject &object, const QString &at, const DataSet &data,
                              Framework &framework)
{
    framework.name = requiredString(object, "name"_L1, at, true);
    framework.developer = optionalString(object, "developer"_L1, at);
    framework.firstRelease = year(object, "firstRelease"_L1, at);
    framework.lastRelease = year(object, "lastRelease"_L1, at);
    framework.license = optionalString(object, "license"_L1, at);
    framework.language = optionalString(object, "language"_L1, at);
    framework.apis = stringList(object, "apis"_L1, at, false);
    framework.status = optionalString(object, "status"_L1, at);
    framework.homepage = optionalString(object, "homepage"_L1, at);
    framework.repository = optionalString(object, "repository"_L1, at);
    const QString color = optionalString(object, "color"_L1, at);
    // "#RRGGBB", checked by hand: a regular expression per framework was slower than all else.
    const bool hexColor =
        color.size() == 7 && color.front() == u'#' &&
        std::all_of(color.cbegin() + 1, color.cend(), [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        });
    if (!color.isEmpty() && !hexColor)
        error(at + u"/color"_s,
              DataReader::tr("colour \"%1\" is not of the form #RRGGBB").arg(color));
    else if (!color.isEmpty())
        framework.color = QColor::fromString(color);
    framework.summary = optionalString(object, "summary"_L1, at);
    readRatings(object.value("ratings"_L1), at, data, framework);
    readSources(object.value("sources"_L1), at, framework);
    framework.extra = unknownMembers(
        object, {"id"_L1, "name"_L1, "developer"_L1, "firstRelease"_L1, "lastRelease"_L1,
                 "license"_L1, "language"_L1, "apis"_L1, "status"_L1, "homepage"_L1,
                 "repository"_L1, "color"_L1, "summary"_L1, "ratings"_L1, "sources"_L1});
}

void Validator::readWeights(const QJsonObject &root, DataSet &data)
{
    const QJsonValue value = root.value("weights"_L1);
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        wrongType(u"/weights"_s, DataReader::tr("an object"), value);
        return;
    }
    QMap<QString, int> weights;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString at = u"/weights/"_s + JsonLocator::escapePointerToken(it.key());
        if (data.metricIndex(it.key()) < 0) {
            error(at, DataReader::tr("\"%1\" is not the id of a metric").arg(it.key()));
            continue;
        }
        const std::optional<int> weight = asInteger(it.value());
        const double d = it.value().toDouble();
        if (!weight && it.value().isDouble() && d == std::floor(d)) {
            error(at, DataReader::tr("weight %1 is outside 0 to %2")
                          .arg(d, 0, 'g', 17)
                          .arg(DataSet::MaxWeight));
            continue;
        }
        if (!weight) {
            error(at,
                  it.value().isDouble()
                      ? DataReader::tr("weight %1 is not a whole number").arg(it.value().toDouble())
                      : DataReader::tr("expected a whole number, found %1")
                            .arg(typeName(it.value())));
            continue;
        }
        if (*weight < 0 || *weight > DataSet::MaxWeight) {
            error(at, DataReader::tr("weight %1 is outside 0 to %2")
                          .arg(*weight)
                          .arg(DataSet::MaxWeight));
            continue;
        }
        weights.insert(it.key(), *weight);
    }
    data.weights = weights;
}

void Validator::readDocument(const QJsonObject &root, DataSet &data)
{
    const QJsonValue version = root.value("schemaVersion"_L1);
    if (version.isUndefined())
        error(QString(), DataReader::tr("required member \"schemaVersion\" is missing"));
    else if (!version.isDouble())
        error(
            u"/schemaVersion"_s,
            DataReader::tr("schema version must be the number 1, found %1").arg(typeName(version)));
    else if (asInteger(version) != 1)
        error(u"/schemaVersion"_s,
              DataReader::tr("schema version %1 is not supported; this version of Versus reads 1")
                  .arg(QString::number(version.toDouble())));
    data.title = optionalString(root, "title"_L1, QString());
    readMetrics(root.value("metrics"_L1), data);
    for (qsizetype i = 0; i < data.metrics.size(); ++i)
        if (!metricIndexes.contains(data.metrics.at(i).id))
            metricIndexes.insert(data.metrics.at(i).id, int(i));

    const QJsonValue frameworks = root.value("frameworks"_L1);
    if (frameworks.isUndefined()) {
        error(QString(), DataReader::tr("required member \"frameworks\" is missing"));
    } else if (!frameworks.isArray()) {
        wrongType(u"/frameworks"_s, DataReader::tr("an array"), frameworks);
    } else {
        const QJsonArray array = frameworks.toArray();
        if (array.size() > DataReader::MaxFrameworks)
            error(u"/frameworks"_s, DataReader::tr("there can be at most %1 frameworks, found %2")
                                        .arg(DataReader::MaxFrameworks)
                                        .arg(array.size()));
        QSet<QString> ids;
        // No more than are read: 16 MiB of "0," would otherwise reserve gigabytes.
        data.frameworks.reserve(qMin(array.size(), qsizetype(DataReader::MaxFrameworks)));
        for (qsizetype i = 0; i < array.size() && i < DataReader::MaxFrameworks; ++i) {
            const QString at = u"/frameworks/"_s + QString::number(i);
            if (!array.at(i).isObject()) {
                wrongType(at, DataReader::tr("an object"), array.at(i));
                continue;
            }
            const QJsonObject object = array.at(i).toObject();
            Framework framework;
            framework.id = id(object, at, ids);
            readFramework(object, at, data, framework);
            data.frameworks.append(std::move(framework));
        }
    }

    // Only a missing `compare` means "compare all": `[]` is kept as an empty list.
    if (root.contains("compare"_L1))
        data.compare = stringList(root, "compare"_L1, QString(), false);
    const QStringList compare = data.compare.value_or(QStringList());
    QSet<QString> compared;
    for (qsizetype i = 0; i < compare.size(); ++i) {
        const QString &id = compare.at(i);
        const QString at = u"/compare/"_s + QString::number(i);
        if (data.frameworkIndex(id) < 0)
            error(at, DataReader::tr("\"%1\" is not the id of a framework").arg(id));
        else if (compared.contains(id))
            error(at, DataReader::tr("\"%1\" is listed twice").arg(id));
        compared.insert(id);
    }
    readWeights(root, data);
    data.extra = unknownMembers(root, {"schemaVersion"_L1, "title"_L1, "metrics"_L1,
                                       "frameworks"_L1, "compare"_L1, "weights"_L1});
}

// Whether `text` holds a UTF-8 byte-order mark (U+FEFF) anywhere: memchr() for its first byte.
bool containsByteOrderMark(QByteArrayView text)
{
    const char *const end = text.data() + text.size();
    for (const char *p = text.data(); p < end; ++p) {
        p = static_cast<const char *>(std::memchr(p, 0xEF, size_t(end - p)));
        if (!p)
            return false;
        if (end - p >= 3 && uchar(p[1]) == 0xBB && uchar(p[2]) == 0xBF)
            return true;
    }
    return false;
}

// Qt's JSON parser keeps a string without escapes as UTF-8 and turns it into a QString with
// QString::fromUtf8(), which takes a U+FEFF at its start for a byte-order mark and drops it:
// "<U+FEFF>x" would read as "x", and such a key would be listed but not found, its value lost.
// A string with an escape is kept as UTF-16 and comes through whole, so such a U+FEFF is handed
// to the parser as the escape \uFEFF. Returns the text to parse; `escaped` gets the offsets in
// `text` of the characters escaped, to map the parser's error offsets back to the file.
QByteArray escapeLeadingByteOrderMarks(QByteArrayView text, QList<qsizetype> &escaped)
{
    static constexpr QByteArrayView Bom("\xEF\xBB\xBF");
    if (!text.contains(Bom))
        return text.toByteArray();
    QByteArray out;
    out.reserve(text.size() + 64);
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        out += c;
        if (inString && c == '\\' && i + 1 < text.size()) {
            out += text[++i];
        } else if (c == '"') {
            inString = !inString;
            if (inString && text.sliced(i + 1).startsWith(Bom)) {
                escaped.append(i + 1);
                out += "\\uFEFF";
                i += Bom.size();
            }
        }
    }
    return out;
}

// The offset in the file's text of `offset` in what escapeLeadingByteOrderMarks() made of it.
qsizetype unescapedOffset(qsizetype offset, const QList<qsizetype> &escaped)
{
    constexpr qsizetype Raw = 3;    // bytes of U+FEFF in UTF-8
    constexpr qsizetype Escape = 6; // bytes of \uFEFF
    qsizetype shift = 0;
    for (const qsizetype at : escaped) {
        const qsizetype start = at + shift; // of the escape, in the parsed text
        if (offset < start + Escape)
            return qMin(offset, start) - shift; // within the escape: at the character
        shift += Escape - Raw;
    }
    return offset - shift;
}

} // namespace

bool DataReader::isValidId(const QString &id)
{
    // [a-z0-9][a-z0-9_-]*, checked by hand: a regular expression was slow for 10,000 ids.
    const auto lowerOrDigit = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
    };
    return !id.isEmpty() && lowerOrDigit(id.front()) &&
           std::all_of(id.cbegin() + 1, id.cend(),
                       [&](QChar c) { return lowerOrDigit(c) || c == u'_' || c == u'-'; });
}

ReadResult DataReader::readFile(const QString &path, const QString &displayName)
{
    const QString name = displayName.isEmpty() ? path : displayName;
    ReadResult result;
    auto fail = [&](const QString &message) {
        result.errors.append({name, 0, 0, QString(), message});
        return result;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("no such file"));
    if (info.isDir())
        return fail(tr("is a directory, not a data file"));
    // A FIFO or device would block or never end; refuse it before opening.
    if (!info.isFile())
        return fail(tr("is not a regular file"));
    if (info.size() > MaxFileSize)
        return fail(tr("is %1 MiB; data files are limited to 16 MiB")
                        .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot be read: %1").arg(file.errorString()));
    // Read one byte past the limit: the file may have grown since it was measured.
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize)
        return fail(tr("is larger than 16 MiB"));
    return read(bytes, name);
}

ReadResult DataReader::read(const QByteArray &bytes, const QString &fileName)
{
    // Nearly every file is valid: FastReader reads those without a QJsonDocument, and gives up
    // at anything else, which is then read (and every error found) as before.
    if (std::optional<DataSet> data = FastReader::read(bytes))
        return {std::move(*data), {}};
    return readViaDocument(bytes, fileName);
}

ReadResult DataReader::readViaDocument(const QByteArray &bytes, const QString &fileName)
{
    ReadResult result;
    auto fail = [&](const QString &message) {
        result.errors.append({fileName, 0, 0, QString(), message});
        return result;
    };
    if (bytes.size() > MaxFileSize)
        return fail(tr("is larger than 16 MiB"));
    // A byte-order mark and white space alone are no data either.
    if (bytes.trimmed().isEmpty() ||
        (bytes.startsWith("\xEF\xBB\xBF") && bytes.sliced(3).trimmed().isEmpty()))
        return fail(tr("is empty"));
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return fail(tr("is UTF-16; data files must be UTF-8"));

    const JsonLocator locator(bytes);
    QByteArrayView text(bytes);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    QList<qsizetype> escaped;
    QJsonParseError parseError;
    // Parsed in place when there is nothing to escape: a copy of 16 MiB takes time too (a
    // QByteArray copy of `bytes` shares its data).
    const QByteArray parsed = text.size() == bytes.size() && !containsByteOrderMark(text)
                                  ? bytes
                                  : escapeLeadingByteOrderMarks(text, escaped);
    const QJsonDocument document = QJsonDocument::fromJson(parsed, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const JsonSyntax::Fault fault = JsonSyntax::explain(parsed, parseError);
        const JsonLocator::Position pos =
            locator.position(unescapedOffset(fault.offset, escaped) + (bytes.size() - text.size()));
        result.errors.append(
            {fileName, pos.line, pos.column, QString(),
             fault.topLevel ? fault.message : tr("not valid JSON: %1").arg(fault.message)});
        return result;
    }
    // QJsonDocument lets a raw tab, line break or NUL inside a string pass; JSON (RFC 8259)
    // requires them escaped, and a file that holds one was not written by a JSON tool.
    if (const qsizetype raw = JsonSyntax::rawControlCharacter(bytes); raw >= 0) {
        const JsonLocator::Position pos = locator.position(raw);
        result.errors.append(
            {fileName, pos.line, pos.column, QString(),
             tr("not valid JSON: %1").arg(JsonSyntax::controlCharacterMessage(bytes, raw))});
        return result;
    }
    if (!document.isObject()) {
        // Reported where the array starts, which need not be 1:1 (blank lines before it).
        const JsonLocator::Position pos = locator.position(locator.offsetOf(QString()));
        result.errors.append({fileName, pos.line, pos.column, QString(),
                              tr("expected a JSON object at the top, found an array")});
        return result;
    }

    Validator validator;
    qsizetype duplicateCount = 0;
    const QList<JsonLocator::Duplicate> duplicates =
        locator.duplicateKeys(MaxListedErrors, &duplicateCount);
    for (const JsonLocator::Duplicate &dup : duplicates) {
        DataError error{fileName, 0, 0, dup.pointer,
                        tr("the key \"%1\" occurs twice in the same object").arg(dup.key)};
        const JsonLocator::Position pos = locator.position(dup.offset);
        error.line = pos.line;
        error.column = pos.column;
        result.errors.append(error);
    }
    validator.readDocument(document.object(), result.data);
    for (DataError &error : validator.errors) {
        if (result.errors.size() >= MaxListedErrors)
            break;
        error.file = fileName;
        const JsonLocator::Position pos = locator.position(locator.offsetOf(error.pointer));
        error.line = pos.line;
        error.column = pos.column;
        result.errors.append(error);
    }
    const qsizetype notListed = duplicateCount + validator.count - result.errors.size();
    if (notListed > 0)
        result.errors.append({fileName, 0, 0, QString(),
                              tr("%n more problems not listed", nullptr, int(notListed))});
    if (!result.ok())
        result.data = DataSet();
    return result;
}

} // namespace Versus
