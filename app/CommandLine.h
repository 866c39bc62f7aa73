// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <optional>

class QCommandLineParser;

namespace Versus {

struct DataSet;

// The command line of DESIGN.md: starts the window, or runs a headless command and returns
// its exit status.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode
    {
        Success = 0,
        InvalidData = 1,
        UsageError = 2,
        WriteError = 3
    };

    static int run(int argc, char **argv);
    // The data of a headless command: --data FILE, else the window's rule. Prints the errors
    // and returns InvalidData when FILE is invalid. Also names where the data came from, for a
    // report: the file's name or "the bundled data".
    static int readExportData(const std::optional<QString> &dataFile, DataSet *data,
                              QString *dataName = nullptr);

private:
    struct ChartRequest;

    static int validate(const QString &path);
    static int runDiff(const QCommandLineParser &parser, int &argc, char **argv);
    static int readChartRequest(const QCommandLineParser &parser, ChartRequest *request);
    static int exportChart(const ChartRequest &request);
    static int checkTableRequest(const QCommandLineParser &parser);
    static int exportTable(const QString &out, const std::optional<QString> &dataFile);
};

} // namespace Versus
