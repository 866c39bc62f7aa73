// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace Versus {

// `versus --merge OUT FILE FILE...`: several raters' copies of one data set made into one
// (RaterMerge). Any file that is invalid, or whose metrics differ from the first file's, is
// reported with placed errors on stderr and exit 1, and OUT is not written; OUT is written all
// at once and never over one of the files it merges.
class MergeCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeCommand)

public:
    static QCommandLineOption option();
    // The arguments, checked before anything is read: a usage error is printed and returned.
    static int checkRequest(const QCommandLineParser &parser);
    // Returns the exit status (CommandLine::ExitCode).
    static int run(const QString &out, const QStringList &files);
};

} // namespace Versus
