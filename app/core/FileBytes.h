// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Versus {

// Reads the whole of a file that Versus takes as input (a data file, a table to import), with
// the checks every such read needs: it exists, it is a regular file (a FIFO or device would
// block or never end), and it is no larger than MaxSize, even if it grew since it was measured.
class FileBytes
{
    Q_DECLARE_TR_FUNCTIONS(FileBytes)

public:
    static constexpr qint64 MaxSize = 16 * 1024 * 1024;

    struct Result
    {
        QByteArray bytes;
        QString problem; // empty when read; else what follows the file's name ("no such file")
    };

    // `directoryProblem` is said of a directory, for the caller names what it expected there
    // ("is a directory, not a table").
    static Result read(const QString &path, const QString &directoryProblem);
};

} // namespace Versus
