// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Versus {

// One problem found in a data file. `line` and `column` are 1-based; 0 means the error belongs
// to no place in the text (the file is unreadable, too large, ...).
struct DataError
{
    QString file;
    int line = 0;
    int column = 0;
    QString pointer; // RFC 6901 JSON pointer of the offending value; empty for the whole file
    QString message;

    // `FILE:LINE:COLUMN: /pointer: message`, or `FILE: message` without a place (DESIGN.md).
    QString toString() const;
};

using DataErrors = QList<DataError>;

QString formatErrors(const DataErrors &errors, int limit = 20);

} // namespace Versus
