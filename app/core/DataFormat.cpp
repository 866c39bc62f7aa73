// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataFormat.h"

#include "DataReader.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Versus::DataFormat {

namespace {

using L = QLatin1StringView;

const Member<DataSet> DataSetMembers[] = {
    {L("schemaVersion"), Type::Version, true, 1, 1, {}, "The version of the format: 1."},
    {L("title"), Type::String, false, 0, 0, &DataSet::title, "The title of the data set."},
    {L("checked"), Type::Date, false, 0, 0, &DataSet::checked,
     "The day the facts were last checked."},
    {L("rater"), Type::String, false, 0, 0, &DataSet::rater,
     "Who rated the frameworks in this file; a merge names this file's votes by it."},
    {L("raters"), Type::Strings, false, 0, 0, &DataSet::raters,
     "In a merged file: the raters it was made from, in the order of their files."},
    {L("compare"),
     Type::Compare,
     false,
     0,
     0,
     {},
     "The ids of the frameworks compared at first start; without it, all are."},
    {L("weights"),
     Type::Weights,
     false,
     0,
     DataSet::MaxWeight,
     {},
     "How much each metric counts in the weighted score, by metric id; a metric not named "
     "counts 1."},
    {L("metrics"),
     Type::Metrics,
     true,
     1,
     DataReader::MaxMetrics,
     {},
     "The metrics the frameworks are rated on, in the order they are shown."},
    {L("frameworks"),
     Type::Frameworks,
     true,
     0,
     DataReader::MaxFrameworks,
     {},
     "The frameworks, in the order they are shown."},
};

const Member<Metric> MetricMembers[] = {
    {L("id"), Type::Id, true, 0, 0, &Metric::id, "How ratings and weights name the metric."},
    {L("name"), Type::Text, true, 0, 0, &Metric::name, "The name shown."},
    {L("description"), Type::String, false, 0, 0, &Metric::description,
     "What the metric measures and what a high rating means."},
    {L("levels"), Type::Labels, true, DataReader::MinLevels, DataReader::MaxLevels, &Metric::levels,
     "The labels of the levels, lowest first; a score names one of them."},
};

const Member<Framework> FrameworkMembers[] = {
    {L("id"), Type::Id, true, 0, 0, &Framework::id, "How `compare` names the framework."},
    {L("name"), Type::Text, true, 0, 0, &Framework::name, "The name shown."},
    {L("developer"), Type::String, false, 0, 0, &Framework::developer,
     "Who develops or developed it."},
    {L("firstRelease"), Type::Year, false, 0, 0, &Framework::firstRelease,
     "The year of its first release."},
    {L("lastRelease"), Type::Year, false, 0, 0, &Framework::lastRelease,
     "The year of its latest release."},
    {L("license"), Type::String, false, 0, 0, &Framework::license, "Its licence."},
    {L("language"), Type::String, false, 0, 0, &Framework::language,
     "The language it is written in."},
    {L("apis"), Type::Strings, false, 0, 0, &Framework::apis, "The languages it can be used from."},
    {L("status"), Type::String, false, 0, 0, &Framework::status,
     "Whether it is developed, maintained or discontinued."},
    {L("homepage"), Type::String, false, 0, 0, &Framework::homepage, "Its web site."},
    {L("repository"), Type::String, false, 0, 0, &Framework::repository,
     "Where its source code is."},
    {L("color"), Type::Color, false, 0, 0, &Framework::color,
     "Its colour in the charts; without it, one of a colour-blind-safe palette."},
    {L("summary"), Type::String, false, 0, 0, &Framework::summary, "One paragraph of plain text."},
    {L("ratings"),
     Type::Ratings,
     false,
     0,
     0,
     {},
     "Its rating on each metric, by metric id; a metric without one is not rated."},
    {L("sources"), Type::Sources, false, 0, 0, {}, "Where the facts and ratings come from."},
};

const Member<Rating> RatingMembers[] = {
    {L("score"),
     Type::Score,
     true,
     1,
     DataReader::MaxLevels,
     {},
     "The level, from 1 (the lowest) to the metric's number of levels."},
    {L("range"),
     Type::Range,
     false,
     1,
     DataReader::MaxLevels,
     {},
     "The levels the rater is unsure between, [LOW, HIGH], with LOW <= score <= HIGH."},
    {L("note"), Type::String, false, 0, 0, &Rating::note, "Why this rating."},
    {L("votes"),
     Type::Votes,
     false,
     0,
     0,
     {},
     "In a merged file: each rater's score, in the order of `raters`; null where that rater did "
     "not rate it."},
};

const Member<Source> SourceMembers[] = {
    {L("title"), Type::Text, true, 0, 0, &Source::title, "What the source is."},
    {L("url"), Type::String, false, 0, 0, &Source::url, "Where to find it."},
};

QJsonObject ref(const QString &name)
{
    return {{u"$ref"_s, QString(u"#/$defs/"_s + name)}};
}

QJsonObject integerSchema(int min, int max)
{
    QJsonObject schema{{u"type"_s, u"integer"_s}};
    if (min || max) {
        schema.insert(u"minimum"_s, min);
        schema.insert(u"maximum"_s, max);
    }
    return schema;
}

const auto IdPattern = u"^[a-z0-9][a-z0-9_-]*$"_s;

template <typename T> QJsonObject memberSchema(const Member<T> &member)
{
    QJsonObject schema;
    switch (member.type) {
    case Type::Version:
        schema = {{u"const"_s, 1}};
        break;
    case Type::String:
        schema = {{u"type"_s, u"string"_s}};
        break;
    case Type::Text:
        schema = {{u"type"_s, u"string"_s}, {u"pattern"_s, u"\\S"_s}};
        break;
    case Type::Id:
        schema = {{u"type"_s, u"string"_s}, {u"pattern"_s, IdPattern}};
        break;
    case Type::Year:
        schema = integerSchema(0, 0);
        break;
    case Type::Color:
        // An empty colour is read as none.
        schema = {{u"type"_s, u"string"_s}, {u"pattern"_s, u"^(#[0-9A-Fa-f]{6})?$"_s}};
        break;
    case Type::Date:
        schema = {{u"type"_s, u"string"_s},
                  {u"format"_s, u"date"_s},
                  {u"pattern"_s, u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s}};
        break;
    case Type::Strings:
        schema = {{u"type"_s, u"array"_s}, {u"items"_s, QJsonObject{{u"type"_s, u"string"_s}}}};
        break;
    case Type::Labels:
        schema = {{u"type"_s, u"array"_s},
                  {u"items"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"pattern"_s, u"\\S"_s}}},
                  {u"minItems"_s, member.min},
                  {u"maxItems"_s, member.max}};
        break;
    case Type::Score:
        schema = integerSchema(member.min, member.max);
        break;
    case Type::Range:
        schema = {{u"type"_s, u"array"_s},
                  {u"items"_s, integerSchema(member.min, member.max)},
                  {u"minItems"_s, 2},
                  {u"maxItems"_s, 2}};
        break;
    case Type::Metrics:
        schema = {{u"type"_s, u"array"_s},
                  {u"items"_s, ref(u"metric"_s)},
                  {u"minItems"_s, member.min},
                  {u"maxItems"_s, member.max}};
        break;
    case Type::Frameworks:
        schema = {{u"type"_s, u"array"_s},
                  {u"items"_s, ref(u"framework"_s)},
                  {u"maxItems"_s, member.max}};
        break;
    case Type::Ratings:
        schema = {{u"type"_s, u"object"_s},
                  {u"propertyNames"_s, QJsonObject{{u"pattern"_s, IdPattern}}},
                  {u"additionalProperties"_s, ref(u"rating"_s)}};
        break;
    case Type::Sources:
        schema = {{u"type"_s, u"array"_s}, {u"items"_s, ref(u"source"_s)}};
        break;
    case Type::Votes:
        // The score's own bounds are the metric's, which a schema cannot refer to.
        schema = {{u"type"_s, u"array"_s},
                  {u"items"_s, QJsonObject{{u"type"_s, QJsonArray{u"integer"_s, u"null"_s}},
                                           {u"minimum"_s, 1},
                                           {u"maximum"_s, DataReader::MaxLevels}}}};
        break;
    case Type::Compare:
        schema = {{u"type"_s, u"array"_s},
                  {u"items"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"pattern"_s, IdPattern}}},
                  {u"uniqueItems"_s, true}};
        break;
    case Type::Weights:
        schema = {{u"type"_s, u"object"_s},
                  {u"propertyNames"_s, QJsonObject{{u"pattern"_s, IdPattern}}},
                  {u"additionalProperties"_s, integerSchema(member.min, member.max)}};
        break;
    }
    schema.insert(u"description"_s, QString::fromUtf8(member.description));
    return schema;
}

// Members Versus does not know are allowed, and kept on save: no "additionalProperties".
template <typename T>
QJsonObject objectSchema(std::span<const Member<T>> members, const QString &description)
{
    QJsonObject properties;
    QJsonArray required;
    for (const Member<T> &member : members) {
        properties.insert(member.key, memberSchema(member));
        if (member.required)
            required.append(QString(member.key));
    }
    return {{u"type"_s, u"object"_s},
            {u"description"_s, description},
            {u"properties"_s, properties},
            {u"required"_s, required}};
}

} // namespace

std::span<const Member<DataSet>> dataSet()
{
    return DataSetMembers;
}

std::span<const Member<Metric>> metric()
{
    return MetricMembers;
}

std::span<const Member<Framework>> framework()
{
    return FrameworkMembers;
}

std::span<const Member<Rating>> rating()
{
    return RatingMembers;
}

std::span<const Member<Source>> source()
{
    return SourceMembers;
}

QString typeName(Type type)
{
    switch (type) {
    case Type::Version:
        return u"the number 1"_s;
    case Type::String:
        return u"string"_s;
    case Type::Text:
        return u"non-empty string"_s;
    case Type::Id:
        return u"id"_s;
    case Type::Year:
        return u"whole number"_s;
    case Type::Color:
        return u"colour"_s;
    case Type::Date:
        return u"date"_s;
    case Type::Strings:
        return u"array of strings"_s;
    case Type::Labels:
        return u"array of non-empty strings"_s;
    case Type::Score:
        return u"whole number"_s;
    case Type::Range:
        return u"array of two whole numbers"_s;
    case Type::Metrics:
        return u"array of metrics"_s;
    case Type::Frameworks:
        return u"array of frameworks"_s;
    case Type::Ratings:
        return u"object: metric id → rating"_s;
    case Type::Sources:
        return u"array of sources"_s;
    case Type::Votes:
        return u"array of scores or null"_s;
    case Type::Compare:
        return u"array of framework ids"_s;
    case Type::Weights:
        return u"object: metric id → whole number"_s;
    }
    return {};
}

QString limits(Type type, int min, int max)
{
    const auto span = [&]() -> QString {
        return QLocale(QLocale::English).toString(min) + u" to "_s +
               QLocale(QLocale::English).toString(max);
    };
    switch (type) {
    case Type::Id:
        return u"`[a-z0-9][a-z0-9_-]*`, unique in its list"_s;
    case Type::Color:
        return u"`#RRGGBB`"_s;
    case Type::Date:
        return u"`YYYY-MM-DD`, a day that exists"_s;
    case Type::Labels:
    case Type::Metrics:
        return span() + u" items"_s;
    case Type::Frameworks:
        return u"at most "_s + QLocale(QLocale::English).toString(max) + u" items"_s;
    case Type::Score:
        return u"1 to the metric's number of levels"_s;
    case Type::Range:
        return u"levels of the metric, LOW ≤ score ≤ HIGH"_s;
    case Type::Ratings:
        return u"keys are metric ids"_s;
    case Type::Compare:
        return u"ids of frameworks, each once"_s;
    case Type::Weights:
        return u"keys are metric ids; "_s + span();
    case Type::Version:
    case Type::String:
    case Type::Text:
    case Type::Year:
    case Type::Strings:
    case Type::Sources:
        break;
    case Type::Votes:
        return u"levels of the metric or null; as many as `raters`"_s;
    }
    return u"—"_s;
}

QJsonObject jsonSchema()
{
    QJsonObject schema = objectSchema(dataSet(), u"A Versus data file (schema version 1)."_s);
    schema.insert(u"$schema"_s, u"https://json-schema.org/draft/2020-12/schema"_s);
    schema.insert(u"$id"_s, u"https://versus-app.github.io/frameworks.schema.json"_s);
    schema.insert(u"title"_s, u"Versus data file"_s);
    schema.insert(
        u"$defs"_s,
        QJsonObject{
            {u"metric"_s, objectSchema(metric(), u"A metric the frameworks are rated on."_s)},
            {u"framework"_s, objectSchema(framework(), u"A framework."_s)},
            {u"rating"_s, objectSchema(rating(), u"A framework's rating on one metric."_s)},
            {u"source"_s, objectSchema(source(), u"A source of facts or ratings."_s)}});
    return schema;
}

} // namespace Versus::DataFormat
