// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataReader.h"
#include "DataWriter.h"

#include <QByteArray>
#include <QString>

// What must hold for any bytes given to the reader, whatever they are. Shared by the fuzzer
// (fuzz_datareader.cpp), which aborts on a violation so that libFuzzer keeps the input, and by
// tst_fuzzregressions, which replays the inputs it found.
namespace Versus::ReadCheck {

// Lines of `text` and, for each, its length in characters (UTF-8 continuation bytes do not
// count), to check that a reported place lies inside the text. A byte-order mark is no column.
inline QList<int> lineLengths(const QByteArray &text)
{
    QList<int> lengths{0};
    const qsizetype start = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (qsizetype i = start; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n')
            lengths.append(0);
        else if ((c & 0xC0) != 0x80)
            ++lengths.last();
    }
    return lengths;
}

// Errors that belong to no place in the text: the reader gives them no line.
inline bool isWholeFileError(const QByteArray &bytes)
{
    // Empty: nothing, white space, or a byte-order mark and white space.
    const bool empty = bytes.trimmed().isEmpty() ||
                       (bytes.startsWith("\xEF\xBB\xBF") && bytes.sliced(3).trimmed().isEmpty());
    return empty || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") ||
           bytes.size() > DataReader::MaxFileSize;
}

// Reads `bytes` and returns what is wrong with the outcome, or an empty string when nothing is:
// - invalid data gives errors, each naming the file and (but for faults of the whole file and
//   the count of errors not listed) a line and column inside the text, and no data;
// - valid data, written with DataWriter and read again, is valid and equal, and writing that
//   again gives the same bytes.
inline QString check(const QByteArray &bytes)
{
    const QString name = QStringLiteral("input.json");
    const ReadResult result = DataReader::read(bytes, name);
    if (!result.ok()) {
        if (!(result.data == DataSet()))
            return QStringLiteral("invalid data came with a data set");
        const QList<int> lines = lineLengths(bytes);
        for (qsizetype i = 0; i < result.errors.size(); ++i) {
            const DataError &error = result.errors.at(i);
            const QString text = error.toString();
            if (error.file != name || error.message.isEmpty())
                return QStringLiteral("error without file or message: ") + text;
            if (!error.pointer.isEmpty() && !error.pointer.startsWith(u'/'))
                return QStringLiteral("not a JSON pointer: ") + text;
            const bool notListed = i == result.errors.size() - 1 && i > 0 && error.line == 0 &&
                                   error.pointer.isEmpty();
            if (error.line == 0 && !isWholeFileError(bytes) && !notListed)
                return QStringLiteral("error without a place: ") + text;
            if (error.line < 0 || error.line > lines.size() ||
                (error.line == 0) != (error.column == 0))
                return QStringLiteral("line outside the text: ") + text;
            if (error.line > 0 && (error.column < 1 || error.column > lines.at(error.line - 1) + 1))
                return QStringLiteral("column outside line %1 (%2 characters): ")
                           .arg(error.line)
                           .arg(lines.at(error.line - 1)) +
                       text;
        }
        return {};
    }

    const QByteArray written = DataWriter::toJson(result.data);
    const ReadResult again = DataReader::read(written, name);
    if (!again.ok())
        return QStringLiteral("what was written cannot be read back:\n") +
               formatErrors(again.errors) + u'\n' + QString::fromUtf8(written);
    if (!(again.data == result.data))
        return QStringLiteral("what was written reads back differently:\n") +
               QString::fromUtf8(written);
    const QByteArray rewritten = DataWriter::toJson(again.data);
    if (rewritten != written)
        return QStringLiteral("writing again gives other bytes:\n") + QString::fromUtf8(written) +
               QStringLiteral("\n----\n") + QString::fromUtf8(rewritten);
    return {};
}

} // namespace Versus::ReadCheck
