// SPDX-License-Identifier: GPL-3.0-or-later
#include "DarkFusionStyle.h"

#include "Appearance.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

using namespace Qt::StringLiterals;

namespace Versus {

DarkFusionStyle::DarkFusionStyle() : QProxyStyle(QStyleFactory::create(u"Fusion"_s)) {}

void DarkFusionStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                    QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool edged = element == PE_IndicatorCheckBox || element == PE_FrameLineEdit;
    if (!edged || !Appearance::isDark(option->palette))
        return;
    // The text's colour, half seen: an edge as clear as Fusion's is on a light palette.
    QColor edge = option->palette.color(QPalette::Text);
    edge.setAlphaF(option->state & State_Enabled ? 0.45f : 0.25f);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(edge, 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF rect = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    painter->drawRoundedRect(rect, 2, 2);
    painter->restore();
}

} // namespace Versus
