// SPDX-License-Identifier: GPL-3.0-or-later
#include "LevelScales.h"

using namespace Qt::StringLiterals;

namespace Versus {

QStringList LevelScales::numbered(int count)
{
    QStringList levels;
    for (int level = 1; level <= count; ++level)
        levels << QString::number(level);
    return levels;
}

QStringList LevelScales::veryLowToVeryHigh()
{
    return {tr("Very low"), tr("Low"), tr("Moderate"), tr("High"), tr("Very high")};
}

QList<QStringList> LevelScales::known()
{
    // The bundled data's two scales, and the common variants of the first: a table exported
    // from Versus comes back on its own scales.
    const QList<QStringList> english{
        {u"Very low"_s, u"Low"_s, u"Moderate"_s, u"High"_s, u"Very high"_s},
        {u"Very low"_s, u"Low"_s, u"Medium"_s, u"High"_s, u"Very high"_s},
        {u"Minimal"_s, u"Limited"_s, u"Growing"_s, u"Established"_s, u"Extensive"_s},
        {u"Low"_s, u"Medium"_s, u"High"_s},
    };
    const QList<QStringList> translated{
        veryLowToVeryHigh(),
        {tr("Very low"), tr("Low"), tr("Medium"), tr("High"), tr("Very high")},
        {tr("Minimal"), tr("Limited"), tr("Growing"), tr("Established"), tr("Extensive")},
        {tr("Low"), tr("Medium"), tr("High")},
    };
    QList<QStringList> scales;
    for (qsizetype i = 0; i < english.size(); ++i) {
        scales << english.at(i);
        if (translated.at(i) != english.at(i))
            scales << translated.at(i);
    }
    return scales;
}

} // namespace Versus
