// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Versus {

// Every struct keeps the JSON members Versus does not know in `extra`, so that a file written
// by a newer version (or annotated by hand) survives a round trip through the editor.

struct Rating
{
    int score = 0; // 1 .. number of levels; a metric without a Rating is "not rated"
    QString note;
    // The span the rater is unsure over, whole levels, low <= score <= high; absent: certain.
    std::optional<std::pair<int, int>> range;
    QJsonObject extra;
    // In a merged file: each rater's score (a level), in the order of the data set's `raters`;
    // none where that rater did not rate it. Their notes are in `note`, a line each. Last, with
    // its own initializer, so that the ratings written {score, note, range, extra} stay complete.
    QList<std::optional<int>> votes = {};

    friend bool operator==(const Rating &, const Rating &) = default;
};

struct Source
{
    QString title;
    QString url;
    QJsonObject extra;

    friend bool operator==(const Source &, const Source &) = default;
};

struct Metric
{
    QString id;
    QString name;
    QString description;
    QStringList levels; // lowest first
    QJsonObject extra;

    int levelCount() const { return int(levels.size()); }
    // The label of a 1-based score, or an empty string when the score is out of range.
    QString levelLabel(int score) const;

    friend bool operator==(const Metric &, const Metric &) = default;
};

struct Framework
{
    QString id;
    QString name;
    QString developer;
    std::optional<int> firstRelease;
    std::optional<int> lastRelease; // the year of the latest release
    QString license;
    QString language;
    QStringList apis;
    QString status;
    QString homepage;
    QString repository;
    QColor color; // invalid: the view picks one from its palette
    QString summary;
    QHash<QString, Rating> ratings; // by metric id
    QList<Source> sources;
    QJsonObject extra;

    const Rating *rating(const QString &metricId) const;

    friend bool operator==(const Framework &, const Framework &) = default;
};

struct DataSet
{
    QString title;
    QDate checked; // when the facts were last checked (`checked`, YYYY-MM-DD); null when absent
    QString rater; // who rated in this file (`rater`); empty when absent
    QStringList raters; // in a merged file: the raters it was made from (`raters`)
    QList<Metric> metrics;
    QList<Framework> frameworks;
    // The file's `compare`. Absent means "compare every framework"; present but empty means
    // "compare none at first", which a person may have chosen and saving must keep.
    std::optional<QStringList> compare;
    // The file's `weights`: how much each metric counts in the weighted score, 0 to 5, by
    // metric id. Absent means the file has none (the window may then apply weights it
    // remembers); a metric missing from a present object counts 1.
    std::optional<QMap<QString, int>> weights;
    QJsonObject extra;

    static constexpr int DefaultWeight = 1;
    static constexpr int MaxWeight = 5;

    int metricIndex(const QString &id) const;
    int frameworkIndex(const QString &id) const;

    // The ids compared when nothing else was chosen: the file's `compare` (even if empty), else
    // every framework.
    QStringList initialComparison() const;

    friend bool operator==(const DataSet &, const DataSet &) = default;
};

} // namespace Versus
