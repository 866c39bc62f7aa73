// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataReader.h"

#include <QColor>
#include <QFile>
#include <QImage>
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

// The bundled data with only the frameworks of `ids` (in the file's order), for tests that
// check exact cells, columns or lines of a small table: the seed's Caffe and Theano unless
// told otherwise. The texts are the bundled ones; only the other frameworks are left out.
inline Versus::DataSet bundledOnly(const QStringList &ids = {QStringLiteral("caffe"),
                                                             QStringLiteral("theano")})
{
    Versus::DataSet data = bundled();
    data.frameworks.removeIf(
        [&](const Versus::Framework &framework) { return !ids.contains(framework.id); });
    if (data.compare)
        data.compare->removeIf([&](const QString &id) { return !ids.contains(id); });
    return data;
}

// A file's bytes, or nothing when it cannot be read.
inline QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QString file(const QString &relative)
{
    return QStringLiteral(VERSUS_TEST_DATA_DIR "/") + relative;
}

// How many pixels of `image` are within `tolerance` of `color` in each channel: what a person
// sees as "drawn in that colour".
inline int pixelsNear(const QImage &image, const QColor &color, int tolerance = 11)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor p = image.pixelColor(x, y);
            if (qAbs(p.red() - color.red()) <= tolerance &&
                qAbs(p.green() - color.green()) <= tolerance &&
                qAbs(p.blue() - color.blue()) <= tolerance)
                ++count;
        }
    return count;
}

} // namespace TestData
