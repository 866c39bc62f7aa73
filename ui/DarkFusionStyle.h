// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace Versus {

// Fusion, as VERSUS_COLOR_SCHEME=dark uses it, with the edges of check boxes and text fields
// drawn so that they show. Fusion draws those edges a shade darker than the window, which on a
// dark palette left an unchecked box and the filter field without a visible edge.
class DarkFusionStyle : public QProxyStyle
{
public:
    DarkFusionStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace Versus
