// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartExporter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Versus {

struct DataSet;

// `versus --export-report OUT [--data FILE] [--frameworks ID,...] [--layout NAME]`: the report of
// the comparison as HTML or PDF (by OUT's extension), without a window. Exit codes as the other
// exports (CommandLine::ExitCode); on any failure no file is written and one that was there is
// left as it was.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    struct Request
    {
        QString out;
        std::optional<QString> dataFile;
        std::optional<QStringList> frameworks;
        ChartExporter::Layout layout = ChartExporter::Layout::Overlay;
    };

    // Checks the arguments before any data is read or any application object exists: a usage
    // error is printed and its exit code returned, else Success with `request` filled in.
    static int readRequest(const QCommandLineParser &parser, Request *request);
    // Writes the report of `data`, which came from `dataName` (a file name or a description).
    static int run(const Request &request, DataSet data, const QString &dataName);
};

} // namespace Versus
