// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataReader.h"

#include <QTest>

// Data sets the tests share: the bundled one, and files under tests/data.
namespace TestData {

inline Versus::DataSet load(const QString &path)
{
    const Versus::ReadResult result = Versus::DataReader::readFile(path);
    if (!result.ok())
        qFatal("%s", qPrintable(Versus::formatErrors(result.errors)));
    return result.data;
}

inline Versus::DataSet bundled()
{
    return load(QStringLiteral(":/frameworks.json"));
}

inline QString file(const QString &relative)
{
    return QStringLiteral(VERSUS_TEST_DATA_DIR "/") + relative;
}

} // namespace TestData
