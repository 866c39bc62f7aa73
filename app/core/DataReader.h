// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataError.h"
#include "DataSet.h"
#include "FileBytes.h"

#include <QCoreApplication>

namespace Versus {

struct ReadResult
{
    DataSet data; // meaningful only when ok()
    DataErrors errors;

    bool ok() const { return errors.isEmpty(); }
};

// Reads and validates a data file (schema version 1, docs/data-format.md) in one pass over its
// text (DataBuilder over JsonScanner). Every violation found is reported, each with the place it
// was found, rather than only the first.
class DataReader
{
    Q_DECLARE_TR_FUNCTIONS(DataReader)

public:
    static constexpr qint64 MaxFileSize = FileBytes::MaxSize;
    static constexpr int MaxMetrics = 64;
    static constexpr int MaxFrameworks = 10000;
    static constexpr int MinLevels = 2;
    static constexpr int MaxLevels = 10;

    // `displayName` is how the file is named in errors; defaults to `path`.
    static ReadResult readFile(const QString &path, const QString &displayName = {});
    static ReadResult read(const QByteArray &bytes, const QString &fileName);

    static bool isValidId(const QString &id);
    // The date of `checked`, written exactly YYYY-MM-DD; a null date when `text` is not one.
    static QDate parseDate(QStringView text);
};

} // namespace Versus
