// SPDX-License-Identifier: GPL-3.0-or-later
#include "ToolTip.h"

using namespace Qt::StringLiterals;

namespace Versus {

QString ToolTip::html(const QString &plain)
{
    // QToolTip wraps rich text at spaces only, so a word of hundreds of letters would make a
    // tooltip wider than the screen: such a word is given a zero-width space, a place to break,
    // every LongWord characters (never inside a surrogate pair or before a combining mark).
    constexpr int LongWord = 40;
    QString breakable;
    breakable.reserve(plain.size());
    int run = 0;
    for (const QChar c : plain) {
        if (c.isSpace()) {
            run = 0;
        } else if (run >= LongWord && !c.isLowSurrogate() && !c.isMark()) {
            breakable += QChar(0x200B);
            run = 0;
        }
        breakable += c;
        ++run;
    }
    // Line breaks are kept as <br>; "white-space: pre-wrap" would keep them too, but QToolTip
    // then lays the text out as one line however long it is.
    return u"<p>"_s + breakable.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>"_s;
}

} // namespace Versus
