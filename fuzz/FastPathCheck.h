// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataReader.h"
#include "FastReader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// The differential check of the reader's fast path (FastReader) against the thorough reader
// (QJsonDocument and the validator, DataReader::readViaDocument), for any bytes. Shared by the
// fuzzer (fuzz_datareader.cpp) and tst_fastreader.
namespace Versus::FastPathCheck {

enum class Outcome
{
    Agreed,   // the fast path read the same data set as the thorough reader
    Declined, // the fast path left an invalid file to the thorough reader
    Missed,   // the fast path left a valid file to the thorough reader: slower, not wrong
};

inline QStringList errorLines(const DataErrors &errors)
{
    QStringList lines;
    for (const DataError &error : errors)
        lines << error.toString();
    return lines;
}

// What is wrong, or an empty string: the fast path must never accept a file the thorough reader
// rejects, must read an accepted one to an equal DataSet, and read() must give exactly the
// thorough reader's errors. `outcome`, when given, says which way it went.
inline QString check(const QByteArray &bytes, Outcome *outcome = nullptr)
{
    const QString name = QStringLiteral("input.json");
    const ReadResult thorough = DataReader::readViaDocument(bytes, name);
    const std::optional<DataSet> fast = FastReader::read(bytes);
    if (outcome)
        *outcome = fast ? Outcome::Agreed : thorough.ok() ? Outcome::Missed : Outcome::Declined;
    if (fast && !thorough.ok())
        return QStringLiteral("the fast path accepted a file the reader rejects: ") +
               thorough.errors.constFirst().toString();
    if (fast && !(*fast == thorough.data))
        return QStringLiteral("the fast path read a data set other than the reader's");
    const ReadResult result = DataReader::read(bytes, name);
    if (errorLines(result.errors) != errorLines(thorough.errors))
        return QStringLiteral("read() reported other errors than the thorough reader:\n") +
               errorLines(result.errors).join(u'\n') + QStringLiteral("\ninstead of\n") +
               errorLines(thorough.errors).join(u'\n');
    if (!(result.data == thorough.data))
        return QStringLiteral("read() gave a data set other than the thorough reader's");
    return {};
}

} // namespace Versus::FastPathCheck
