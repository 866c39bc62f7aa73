// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFit.h"

#include <QFontMetricsF>
#include <QRectF>

#include <algorithm>
#include <cmath>

namespace Versus {

QFont TextFit::font(qreal pixelSize, bool bold)
{
    QFont font;
    font.setPixelSize(int(std::lround(std::max(pixelSize, MinPixelSize))));
    font.setBold(bold);
    return font;
}

QSizeF TextFit::wrappedSize(const QString &text, const QFont &font, qreal width)
{
    const QFontMetricsF metrics(font);
    const QRectF bounds =
        metrics.boundingRect(QRectF(0, 0, std::max(width, 1.0), 1e6), WrapFlags, text);
    // A pixel to spare: drawn in a rectangle exactly as wide, a line may break once more on a
    // device that rounds the advances differently (the screen's hinting).
    return {std::ceil(bounds.width()) + 1, std::ceil(bounds.height())};
}

QString TextFit::withinLines(const QString &text, const QFont &font, qreal width, int lines)
{
    const QFontMetricsF metrics(font);
    const qreal most = metrics.lineSpacing() * lines + 1;
    if (wrappedSize(text, font, width).height() <= most)
        return text;
    qreal room = width * lines;
    QString shown = metrics.elidedText(text, Qt::ElideRight, room);
    while (room > width && wrappedSize(shown, font, width).height() > most) {
        room *= 0.92;
        shown = metrics.elidedText(text, Qt::ElideRight, room);
    }
    return shown;
}

} // namespace Versus
