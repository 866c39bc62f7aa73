// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "DataSet.h"
#include "ExportArguments.h"
#include "FrameworkModel.h"
#include "ReportExporter.h"

#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Versus {

using Console::printError;

int ReportCommand::readRequest(const QCommandLineParser &parser, Request *request)
{
    for (const auto *other : {"export-chart", "export-table", "validate", "size"})
        if (parser.isSet(QString::fromLatin1(other))) {
            printError(tr("versus: --export-report and --%1 cannot be used together\n")
                           .arg(QString::fromLatin1(other)));
            return CommandLine::UsageError;
        }
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("versus: --export-report takes its data from --data FILE; "
                      "unexpected \"%1\"\n")
                       .arg(parser.positionalArguments().first()));
        return CommandLine::UsageError;
    }
    request->out = parser.value(u"export-report"_s);
    if (request->out.isEmpty()) {
        printError(tr("versus: --export-report needs the name of the file to write\n"));
        return CommandLine::UsageError;
    }
    if (!ReportExporter::formatForFile(request->out)) {
        printError(tr("versus: cannot tell the format of \"%1\": the name must end in .html "
                      "or .pdf\n")
                       .arg(request->out));
        return CommandLine::UsageError;
    }
    if (parser.isSet(u"layout"_s)) {
        const QString name = parser.value(u"layout"_s);
        const std::optional<ChartExporter::Layout> layout = ExportArguments::layoutFromName(name);
        if (!layout) {
            printError(ExportArguments::badLayout(name));
            return CommandLine::UsageError;
        }
        request->layout = *layout;
    }
    if (parser.isSet(u"frameworks"_s)) {
        QStringList ids;
        if (const QString error =
                ExportArguments::readFrameworks(parser.value(u"frameworks"_s), &ids);
            !error.isEmpty()) {
            printError(error);
            return CommandLine::UsageError;
        }
        request->frameworks = ids;
    }
    if (parser.isSet(u"data"_s))
        request->dataFile = parser.value(u"data"_s);
    return CommandLine::Success;
}

int ReportCommand::run(const Request &request, DataSet data, const QString &dataName)
{
    if (request.frameworks) {
        if (const QString error = ExportArguments::unknownFrameworks(data, *request.frameworks);
            !error.isEmpty()) {
            printError(error);
            return CommandLine::UsageError;
        }
    }
    FrameworkModel model; // compares the data set's `compare` list
    model.setDataSet(std::move(data));
    ReportExporter::Options options;
    options.layout = request.layout;
    options.frameworks = request.frameworks;
    options.dataName = dataName;
    const WriteResult written = ReportExporter(&model).writeFile(request.out, options);
    if (!written.ok) {
        printError(u"versus: "_s + written.error + u'\n');
        return CommandLine::WriteError;
    }
    return CommandLine::Success;
}

} // namespace Versus
