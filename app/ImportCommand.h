// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace Versus {

// `versus --import-table IN.csv OUT.json`: reads a table (TableImporter) and writes it as a
// data file. A malformed table is refused with FILE:LINE:COLUMN: message on stderr and exit 1,
// and OUT is not written; what was left out is named in warnings on stderr.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    // The arguments, checked before anything is read: a usage error is printed and returned.
    static int checkRequest(const QCommandLineParser &parser);
    // Returns the exit status (CommandLine::ExitCode).
    static int run(const QString &in, const QString &out);
};

} // namespace Versus
