// SPDX-License-Identifier: GPL-3.0-or-later
#include "Appearance.h"

#include "DarkFusionStyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

qreal linear(qreal channel)
{
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

qreal luminance(const QColor &color)
{
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) +
           0.0722 * linear(color.blueF());
}

} // namespace

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette Appearance::darkPalette()
{
    // Text on the darkest colours is near white; links and the selection in a blue that
    // reads on both (contrast 4.5:1 or more against the base).
    const QColor window(0x2b, 0x2b, 0x2f);
    const QColor base(0x1f, 0x1f, 0x23);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor disabledText(0x8a, 0x8a, 0x90);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x29, 0x29, 0x2e));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x40));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x3a));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x44));
    palette.setColor(QPalette::Mid, QColor(0x26, 0x26, 0x2a));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1b));
    palette.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0e));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7c, 0xb7, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4a, 0x50));
    return palette;
}

void Appearance::applyColorSchemeFromEnvironment()
{
    const QString scheme = qEnvironmentVariable("VERSUS_COLOR_SCHEME").trimmed().toLower();
    if (scheme != u"dark"_s && scheme != u"light"_s)
        return;
    // Fusion draws with the palette it is given; native styles may keep their own colours.
    if (scheme == u"dark"_s) {
        QApplication::setStyle(new DarkFusionStyle);
        QApplication::setPalette(darkPalette());
        return;
    }
    if (QStyle *fusion = QStyleFactory::create(u"Fusion"_s))
        QApplication::setStyle(fusion);
    QApplication::setPalette(QApplication::style()->standardPalette());
}

qreal Appearance::contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor Appearance::readableOn(const QColor &color, const QColor &background, qreal ratio)
{
    if (!color.isValid() || !background.isValid() || contrast(color, background) >= ratio)
        return color;
    const bool lighten = luminance(background) < 0.18;
    float hue = 0;
    float saturation = 0;
    float lightness = 0;
    float alpha = 1;
    color.getHslF(&hue, &saturation, &lightness, &alpha);
    QColor result = color;
    // Small steps, so the colour changes no more than it must.
    for (int step = 0; step < 40 && contrast(result, background) < ratio; ++step) {
        lightness = qBound(0.0f, lightness + (lighten ? 0.025f : -0.025f), 1.0f);
        result = QColor::fromHslF(hue, saturation, lightness, alpha);
    }
    return result;
}

} // namespace Versus
