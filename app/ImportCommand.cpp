// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "DataWriter.h"
#include "TableImporter.h"

#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Versus {

using Console::printError;

int ImportCommand::checkRequest(const QCommandLineParser &parser)
{
    for (const auto *other : {"export-chart", "export-table", "validate"})
        if (parser.isSet(QString::fromLatin1(other))) {
            printError(tr("versus: --import-table and --%1 cannot be used together\n")
                           .arg(QString::fromLatin1(other)));
            return CommandLine::UsageError;
        }
    if (parser.value(u"import-table"_s).isEmpty()) {
        printError(tr("versus: --import-table needs the name of the table to read\n"));
        return CommandLine::UsageError;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || files.first().isEmpty()) {
        printError(tr("versus: --import-table IN.csv needs the data file to write after it, "
                      "e.g. versus --import-table table.csv data.json\n"));
        return CommandLine::UsageError;
    }
    if (files.size() > 1) {
        printError(
            tr("versus: --import-table writes one file; unexpected \"%1\"\n").arg(files.at(1)));
        return CommandLine::UsageError;
    }
    return CommandLine::Success;
}

int ImportCommand::run(const QString &in, const QString &out)
{
    const ImportResult result = TableImporter::importFile(in);
    if (!result.ok()) {
        printError(formatErrors(result.errors, int(result.errors.size())) + u'\n');
        return CommandLine::InvalidData;
    }
    for (const QString &warning : result.warnings)
        printError(in + u": "_s + tr("warning: %1").arg(warning) + u'\n');
    const WriteResult written = DataWriter::writeFile(result.data, out);
    if (!written.ok) {
        printError(u"versus: "_s + written.error + u'\n');
        return CommandLine::WriteError;
    }
    return CommandLine::Success;
}

} // namespace Versus
