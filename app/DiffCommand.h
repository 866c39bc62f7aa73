// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace Versus {

struct DataDiff;
struct DataSet;

// `versus --diff OLD NEW [--format text|md|json]`: what changed between two data files
// (DataDiff), for a terminal, a pull request's review or a script (docs/command-line.md).
// Exit 0 when both files are valid, whether they differ or not; 1 when one is not.
class DiffCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)

public:
    enum class Format
    {
        Text,
        Markdown,
        Json
    };
    struct Request
    {
        QString oldFile;
        QString newFile;
        Format format = Format::Text;
    };

    // The arguments, checked before anything is read: a usage error is printed and returned.
    static int readRequest(const QCommandLineParser &parser, Request *request);
    // Returns the exit status (CommandLine::ExitCode).
    static int run(const Request &request);
    // The diff as the format shows it.
    static QString format(const DataDiff &diff, const DataSet &oldData, const DataSet &newData,
                          Format format);
};

} // namespace Versus
