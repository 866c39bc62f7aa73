// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeCommand.h"

#include "CommandLine.h"
#include "DataReader.h"
#include "DataWriter.h"
#include "JsonScanner.h"
#include "RaterMerge.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

void printTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// The offset of the value a JSON pointer names (its tokens need no unescaping: they are member
// names of the format and metric ids), or -1.
qsizetype offsetOf(QByteArrayView text, qsizetype start, const QString &pointer)
{
    JsonScanner s(text, start);
    if (!s.beginDocument())
        return -1;
    const QStringList steps = pointer.split(u'/', Qt::SkipEmptyParts);
    for (const QString &step : steps) {
        bool found = false;
        if (s.peek() == JsonScanner::Kind::Object) {
            s.beginObject();
            while (!found && s.member())
                found = s.key() == step || !s.skip();
        } else if (s.peek() == JsonScanner::Kind::Array) {
            const int index = step.toInt();
            s.beginArray();
            for (int i = 0; !found && s.element(); ++i)
                found = i == index || !s.skip();
        }
        if (!found || !s.ok())
            return -1;
    }
    return s.offset();
}

// A merge's error is about a valid file: the place of its pointer is found in the text, so that
// it reads as the reader's errors do, FILE:LINE:COLUMN: /pointer: message.
void place(DataError &error)
{
    QFile file(error.file);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray text = file.read(DataReader::MaxFileSize);
    const qsizetype start = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype at = offsetOf(text, start, error.pointer);
    if (at < 0)
        return;
    error.line = 1;
    error.column = 1;
    for (qsizetype i = start; i < at; ++i) {
        const auto c = uchar(text[i]);
        if (c == '\n') {
            ++error.line;
            error.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++error.column;
        }
    }
}

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
        for (DataError &error : errors)
            place(error);
        if (errors.isEmpty()) {
            // Every rater's vote makes a merged file grow with raters × ratings; one that no
            // reader would open again is not written.
            const QByteArray bytes = DataWriter::toJson(merged.data);
            QString failure;
            if (bytes.size() > DataReader::MaxFileSize)
                failure = tr("the merged data would be %1 MiB; data files are limited to 16 MiB")
                              .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1);
            else
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
