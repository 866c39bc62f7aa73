// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMap>

#include <optional>

class QCommandLineParser;

namespace Versus {

struct DataSet;

// `versus --rank [--data FILE] [--weights ID=W,...] [--samples N] [--format text|csv|json]`:
// the ranking by weighted score, with each framework's chance of coming first and of the first
// three, and what would change the winner (docs/ranking.md).
class RankCommand
{
    Q_DECLARE_TR_FUNCTIONS(RankCommand)

public:
    enum class Format
    {
        Text,
        Csv,
        Json
    };
    struct Request
    {
        std::optional<QString> dataFile;
        QMap<QString, int> weights; // given on the command line, by metric id
        int samples = 0;
        Format format = Format::Text;
    };

    // The options' checks that need no data; prints a usage error and returns false.
    static bool parse(const QCommandLineParser &parser, Request *request);
    // Runs with the data read: returns the exit status (CommandLine::ExitCode).
    static int run(const Request &request, DataSet data);
};

} // namespace Versus
