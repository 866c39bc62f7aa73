// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

#include <array>

namespace Versus {

// The one list of roles and column kinds that the model serves and every view reads.
namespace Role {
enum : int
{
    Id = Qt::UserRole + 1, // framework id (rows) or metric id (metric columns)
    ColumnKind,            // Versus::ColumnKind of the column
    Score,                 // int 1..levels, or an invalid QVariant when not rated
    LevelCount,            // int: number of levels of the cell's metric
    LevelLabels,           // QStringList: the metric's levels, lowest first (header data too)
    Note,                  // QString: why the rating is what it is
    Color,                 // QColor of the framework (any column of its row, and its header)
    Description,           // QString: metric description (horizontal header of a metric column)
    Summary,               // QString: framework summary (any column of its row)
    Sources,               // QVariantList of QVariantMap {title, url, extra (QJsonObject)}
    Homepage,              // QString URL
    Repository,            // QString URL
    FactKind,              // int: the Versus::Fact of a fact cell
    WeightedScore,         // double 0..10 (score column), or an invalid QVariant when none
    ScorePartial,          // bool: the weighted score leaves out weighted metrics not rated
    Best,                  // bool: the best value of its metric or score among all frameworks
    Weight,                // int 0..5: a metric's weight (horizontal header of a metric column)
    Range,                 // QVariantList {low, high} of a ranged rating; invalid when certain
    Unsourced,             // bool: a rating with an empty note or a framework with no source
    Change,                // int: the Versus::Change of a rating or fact cell, or of a framework
                           // (name column, vertical header), against the compared file
    Was,                   // QString: the compared file's value of a changed cell
    Votes,                 // QString: a merged rating's raters, "Ann: High (4)" a line
    Disagreement,          // bool: a merged rating whose raters are two levels or more apart
};
}

enum class ColumnKind
{
    Name,
    Metric,
    Score, // the weighted score, right after the metrics
    Fact
};

// The facts of a framework. New facts are appended so that a fact keeps its number; the order
// in which they are shown is FactOrder's.
enum class Fact
{
    Developer,
    FirstRelease,
    License,
    Language,
    Apis,
    Status,
    LastRelease
};
inline constexpr int FactCount = 7;

// Fact columns, in the order they follow the metric columns (and are shown as rows and
// exported): the last release belongs beside the first.
inline constexpr std::array<Fact, FactCount> FactOrder{
    Fact::Developer, Fact::FirstRelease, Fact::LastRelease, Fact::License,
    Fact::Language,  Fact::Apis,         Fact::Status};

// The place of `fact` in FactOrder.
constexpr int factPosition(Fact fact)
{
    for (int i = 0; i < FactCount; ++i)
        if (FactOrder[size_t(i)] == fact)
            return i;
    return -1;
}

} // namespace Versus
