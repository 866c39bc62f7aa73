// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataError.h"
#include "FileBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Versus {

// One field of a CSV file and where it starts (1-based line and column, in characters), so
// that whatever reads the table can name the place of a value it refuses.
struct CsvCell
{
    QString text;
    int line = 0;
    int column = 0;
};

using CsvRow = QList<CsvCell>;

struct CsvResult
{
    QList<CsvRow> rows; // blank lines left out
    QChar delimiter;    // ',', ';' or '\t'
    DataErrors errors;  // at most one: reading stops at the first

    bool ok() const { return errors.isEmpty(); }
};

// Reads CSV as RFC 4180 describes it and as spreadsheets write it: fields separated by commas,
// semicolons or tabs (whichever the first record uses most), quoted fields with doubled quotes
// and line breaks inside, CRLF or LF (or CR) line ends, UTF-8 with or without a byte-order mark.
// It only splits the text: what the fields mean is TableImporter's part.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qint64 MaxFileSize = FileBytes::MaxSize;

    // `displayName` is how the file is named in errors; defaults to `path`.
    static CsvResult readFile(const QString &path, const QString &displayName = {});
    static CsvResult read(const QByteArray &bytes, const QString &fileName);
};

} // namespace Versus
