// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataError.h"
#include "DataSet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace Versus {

struct ImportResult
{
    DataSet data;         // meaningful only when ok()
    DataErrors errors;    // each placed at its line and column
    QStringList warnings; // what was left out, and why; the import still succeeds

    bool ok() const { return errors.isEmpty(); }
};

// Turns a table read by CsvReader into a data set. Two kinds of table are understood:
//
// - The CSV that TableExporter writes (header "Metric", "NAME", "NAME score", ...): a row per
//   metric, the weighted score, a row per fact. It comes back as the same table: exporting the
//   result gives the same bytes. The level count of a metric is not in that CSV; it is taken
//   from the scale its labels belong to (LevelScales::known()), else the largest score seen, at
//   least 5; a warning says so when the weighted scores then differ from the file's.
// - A spreadsheet with a header row and a framework per row: the first column is the name; a
//   column of whole numbers (levels 1 to 5, or to the largest value up to 10) or of the labels
//   of one known scale becomes a metric; a column named like a fact becomes that fact; any other
//   column is named in a warning and left out. An empty cell is "not rated".
//
// A cell that starts with an apostrophe followed by =, +, -, @, a tab or a carriage return has
// the apostrophe taken off: the export puts it there so that spreadsheets do not run the cell
// as a formula.
class TableImporter
{
    Q_DECLARE_TR_FUNCTIONS(TableImporter)

public:
    // `displayName` is how the file is named in errors; defaults to `path`. The data set's
    // title is the file's name without its extension.
    static ImportResult importFile(const QString &path, const QString &displayName = {});
    static ImportResult import(const QByteArray &bytes, const QString &fileName,
                               const QString &title = {});

    // `text` without the apostrophe that makes a formula-like cell inert, if it has one.
    static QString withoutInertMark(const QString &text);
};

} // namespace Versus
