// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Versus {

// `text` as a bidirectional isolate (Unicode's FIRST STRONG ISOLATE ... POP DIRECTIONAL
// ISOLATE) when it holds right-to-left letters: a name in Arabic or Hebrew placed in an English
// sentence then keeps its own direction without reordering the sentence around it ("(1 of 2)"
// would otherwise read "(of 2 1)"). Other text is returned as it is, so that what needs no
// isolate is not changed by an invisible character.
inline QString isolated(const QString &text)
{
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirR:
        case QChar::DirAL:
        case QChar::DirRLE:
        case QChar::DirRLO:
        case QChar::DirRLI:
            return QChar(0x2068) + text + QChar(0x2069);
        default:
            break;
        }
    }
    return text;
}

} // namespace Versus
