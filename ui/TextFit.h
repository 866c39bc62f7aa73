// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QSizeF>
#include <QString>

namespace Versus {

// How the charts fit text into the room they give it: a font of a pixel size never below the
// smallest legible one, the size of a text wrapped between words, and a text kept to a number
// of lines. Shared by every chart and by the parts they are laid out with (legend, radar labels).
class TextFit
{
public:
    static constexpr qreal MinPixelSize = 10; // one more than the 9 px the issue allows
    // Between words only: a name broken inside a word ("Performa-nce") reads worse than a wider
    // one.
    static constexpr int WrapFlags = Qt::TextWordWrap;

    static QFont font(qreal pixelSize, bool bold = false);
    // The rectangle `text` takes wrapped to `width` (its own width if narrower).
    static QSizeF wrappedSize(const QString &text, const QFont &font, qreal width);
    // `text` as it is when it wraps to `width` in at most `lines` lines; a text longer than that
    // (hundreds of characters, not a name) ends with "…" after the last line.
    static QString withinLines(const QString &text, const QFont &font, qreal width, int lines);
};

} // namespace Versus
