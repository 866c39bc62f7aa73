// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Versus {

// The scales of levels Versus offers for a new metric and recognises in an imported table.
class LevelScales
{
    Q_DECLARE_TR_FUNCTIONS(LevelScales)

public:
    // "1" … "N".
    static QStringList numbered(int count);
    // Very low, Low, Moderate, High, Very high, in the person's language (the bundled data's
    // scale).
    static QStringList veryLowToVeryHigh();
    // Every scale whose labels an imported column may use, lowest first, in the order they
    // are tried: each in the person's language and in English.
    static QList<QStringList> known();
};

} // namespace Versus
