// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataSet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Versus {

struct WriteResult
{
    bool ok = false;
    QString error; // for the person, naming the file and the reason; empty when ok
};

// Writes a data set as a data file (schema version 1, see DESIGN.md), the inverse of
// DataReader: reading what was written gives the same DataSet, unknown keys included.
//
// The layout is fixed so that saving an unchanged data set changes no byte and a saved file
// diffs well: two-space indentation, one member or element a line, known keys in a readable
// order, unknown keys after them in sorted order, empty optional members left out. The bundled
// resources/frameworks.json is laid out this way.
class DataWriter
{
    Q_DECLARE_TR_FUNCTIONS(DataWriter)

public:
    static constexpr int SchemaVersion = 1;

    // UTF-8 JSON ending in a newline. The same data always gives the same bytes.
    static QByteArray toJson(const DataSet &data);

    // Replaces `path` all at once (QSaveFile): on any failure the file that was there is left
    // as it was and `error` says why. Data larger than a data file may be is not written.
    static WriteResult writeFile(const DataSet &data, const QString &path);

    // Why `bytes` of JSON may not be written as a data file: a file over DataReader's limit
    // could not be opened again, which would lose what it holds. Empty when they may.
    static QString sizeProblem(qsizetype bytes);

    // Replaces `path` with `bytes` all at once, as writeFile() does; every export writes this
    // way. Returns why it failed, for a person, or an empty string.
    static QString replaceFile(const QString &path, const QByteArray &bytes);
};

} // namespace Versus
