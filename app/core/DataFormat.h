// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataSet.h"

#include <QJsonObject>
#include <QLatin1StringView>

#include <span>
#include <variant>

// The data format (schema version 1), described once: for each kind of object, its members in
// the order they are written, each with its type, whether it is required, and its limits.
// DataBuilder reads and checks a file by these tables, DataWriter writes the members in their
// order, jsonSchema() makes resources/frameworks.schema.json from them, and tst_dataformat
// holds docs/data-format.md to them.
//
// A plain fact (a string, a year, a list of strings, a colour, a date) is one entry here and its
// field in DataSet.h: the entry's `field` tells the reader where to put it and the writer where
// to find it. The other types have their own code in the reader and the writer.
namespace Versus::DataFormat {

enum class Type
{
    Version,    // the number 1
    String,     // a string, may be empty; an empty one is not written
    Text,       // a string with more than white space
    Id,         // [a-z0-9][a-z0-9_-]*, unique within its list
    Year,       // a whole number
    Color,      // "#RRGGBB"
    Date,       // "YYYY-MM-DD", a day that exists
    Strings,    // an array of strings
    Labels,     // an array of min to max strings with more than white space
    Score,      // a whole number from 1 to the metric's number of levels
    Range,      // [LOW, HIGH]: whole levels of the metric, LOW <= score <= HIGH
    Metrics,    // an array of min to max metric objects
    Frameworks, // an array of min to max framework objects
    Ratings,    // an object: metric id -> rating object
    Sources,    // an array of source objects
    Compare,    // an array of distinct framework ids
    Weights,    // an object: metric id -> whole number from min to max
    Votes,      // an array of scores or null, one for each of the data set's raters
};

// Where a plain fact is kept in its struct.
template <typename T>
using Field = std::variant<std::monostate, QString T::*, std::optional<int> T::*, QStringList T::*,
                           QColor T::*, QDate T::*>;

template <typename T> struct Member
{
    QLatin1StringView key;
    Type type;
    bool required = false;
    int min = 0; // limits, as the type says; 0 and 0 for none
    int max = 0;
    Field<T> field = {};
    const char *description = ""; // one line, for the schema and the documentation
};

std::span<const Member<DataSet>> dataSet();
std::span<const Member<Metric>> metric();
std::span<const Member<Framework>> framework();
std::span<const Member<Rating>> rating();
std::span<const Member<Source>> source();

// How the documentation names a type, and its limits in words ("2 to 10", "", ...).
QString typeName(Type type);
QString limits(Type type, int min, int max);

// The JSON Schema (draft 2020-12) of a data file, for editors; what a schema cannot say (unique
// ids, scores within their metric's levels, ids that must name a metric) the reader checks.
QJsonObject jsonSchema();

} // namespace Versus::DataFormat
