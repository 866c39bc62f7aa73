// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "DataReader.h"
#include "DataWriter.h"
#include "RaterMerge.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Versus {

using Console::printTo;

namespace {

// Two names of one file, however written.
bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo x(a), y(b);
    if (x.exists() && y.exists())
        return x.canonicalFilePath() == y.canonicalFilePath();
    return x.absoluteFilePath() == y.absoluteFilePath();
}

} // namespace

QCommandLineOption MergeCommand::option()
{
    return QCommandLineOption(
        u"merge"_s,
        tr("Merge several raters' copies of one data set, given after OUT, into the data file "
           "OUT: each rating the median of the raters' scores, with the range from the lowest "
           "to the highest, every rater's score and note; then exit."),
        tr("OUT"));
}

int MergeCommand::checkRequest(const QCommandLineParser &parser)
{
    for (const auto *other : {"validate", "export-chart", "export-table", "export-report",
                              "import-table", "rank", "data"})
        if (parser.isSet(QString::fromLatin1(other))) {
            printTo(stderr, tr("versus: --merge and --%1 cannot be used together\n")
                                .arg(QString::fromLatin1(other)));
            return CommandLine::UsageError;
        }
    if (parser.values(u"merge"_s).size() > 1) {
        printTo(stderr, tr("versus: --merge is given more than once\n"));
        return CommandLine::UsageError;
    }
    const QString out = parser.value(u"merge"_s);
    const QStringList files = parser.positionalArguments();
    if (out.isEmpty() || files.size() < 2) {
        printTo(stderr, tr("versus: --merge OUT needs two or more files to merge after it, "
                           "e.g. versus --merge team.json ann.json bob.json\n"));
        return CommandLine::UsageError;
    }
    for (const QString &file : files)
        if (sameFile(out, file)) {
            printTo(stderr, tr("versus: --merge would write over \"%1\", one of the files it "
                               "merges; name another file to write\n")
                                .arg(file));
            return CommandLine::UsageError;
        }
    return CommandLine::Success;
}

int MergeCommand::run(const QString &out, const QStringList &files)
{
    QList<RaterMerge::Input> inputs;
    DataErrors errors;
    for (const QString &file : files) {
        ReadResult read = DataReader::readFile(file);
        errors += read.errors;
        inputs.append({file, std::move(read.data)});
    }
    if (errors.isEmpty()) {
        const RaterMerge::Result merged = RaterMerge::merge(inputs);
        errors = merged.errors;
        RaterMerge::place(errors);
        if (errors.isEmpty()) {
            // A merged file grows with raters × ratings; one that no reader would open again
            // is not written.
            const QByteArray bytes = DataWriter::toJson(merged.data);
            QString failure = DataWriter::sizeProblem(bytes.size());
            if (failure.isEmpty())
                failure = DataWriter::replaceFile(out, bytes);
            if (!failure.isEmpty()) {
                printTo(stderr, tr("versus: could not write \"%1\": %2\n").arg(out, failure));
                return CommandLine::WriteError;
            }
            printTo(stdout, tr("%1: merged %2 raters: %3 frameworks, %4 metrics\n")
                                .arg(out)
                                .arg(merged.data.raters.size())
                                .arg(merged.data.frameworks.size())
                                .arg(merged.data.metrics.size()));
            return CommandLine::Success;
        }
    }
    printTo(stderr, formatErrors(errors, int(errors.size())) + u'\n');
    return CommandLine::InvalidData;
}

} // namespace Versus
