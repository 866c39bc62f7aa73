// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Versus {

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

private:
    static int validate(const QString &path);
};

} // namespace Versus
