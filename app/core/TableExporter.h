// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataWriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Versus {

class FrameworkModel;

// Writes the comparison table as the window shows it: a row per metric (in the model's order),
// the weighted score ("7.5", "7.5*" when partial, "—" when none; 0 to 10), then a row per fact
// (Developer, First release, ...), and a column per framework (every framework, in the model's row
// order). Everything is read through the model's data() and headerData(), so the file says what the
// table says. Every format carries both a rating's level label and its score; a metric without a
// rating is "Not rated" with no score.
//
// - Csv: RFC 4180 (CRLF, quoted where needed), UTF-8 without a byte-order mark. Two columns a
//   framework, "NAME" and "NAME score", so that a spreadsheet can compute with the scores.
// - Markdown: a GitHub-flavoured pipe table under a "# title" line; a rating reads "High (4/5)".
// - Html: a small complete UTF-8 document; every text from the data is escaped.
// - Json: {title, frameworks: [{id, name}], rows: [{kind: "metric" | "score" | "fact",
//   ...}]}, indented; a score cell has its text, its unrounded value (or null) and "partial".
//
// When the data set says when its facts were last checked, every format says it too: a "Facts
// checked: YYYY-MM-DD" line under the Markdown and HTML title, a last "Facts checked" row in CSV,
// and "checked" after "title" in JSON.
//
// The same model always gives the same bytes.
class TableExporter
{
    Q_DECLARE_TR_FUNCTIONS(TableExporter)

public:
    enum class Format
    {
        Csv,
        Markdown,
        Html,
        Json
    };

    // The format that `path`'s extension names (.csv, .md or .markdown, .html or .htm, .json;
    // any case), or nothing for any other extension.
    static std::optional<Format> formatForPath(const QString &path);
    // Name filters for a file dialog, one a format, in the order of Format.
    static QStringList nameFilters();

    static QByteArray toBytes(const FrameworkModel &model, Format format);

    // Writes the table in the format `path`'s extension names. `path` is replaced all at once
    // (QSaveFile): on any failure, an unknown extension included, the file that was there is
    // left as it was and `error` names the path and the reason.
    static WriteResult writeFile(const FrameworkModel &model, const QString &path);
};

} // namespace Versus
