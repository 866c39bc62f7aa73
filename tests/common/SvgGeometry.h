// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QRectF>
#include <QRegularExpression>
#include <QStringList>
#include <QTransform>
#include <QXmlStreamReader>

// A chart's SVG read back as any program reading the export sees it: every text line where it
// is drawn and how large, the vertices' markers, and the checks of issue 14 on them. Shared by
// tst_chartgeometry (on the exporter's bytes) and svggeometry (on files written by any build of
// versus, the one before the charts were laid out by Versus included).
namespace SvgGeometry {

using namespace Qt::StringLiterals;

constexpr qreal MinTextPixels = 9;
// The overlay's room from under the top spoke's label to over the bottom one's, of the smaller
// side.
constexpr qreal MinPlotShare = 0.55;

// A text line of an SVG as drawn: where it is and how large, after its group's transform.
struct Text
{
    QString text;
    QRectF rect;
    qreal pixels = 0;
};

struct Picture
{
    QRectF box; // the viewBox
    QList<Text> texts;
    QList<QPointF> markers; // centres of the small circles: the vertices
    QList<qreal> markerRadii;
};

inline QTransform parseMatrix(const QString &value)
{
    static const QRegularExpression matrix(u"matrix\\(([^)]*)\\)"_s);
    const QRegularExpressionMatch match = matrix.match(value);
    if (!match.hasMatch())
        return {};
    const QStringList n = match.captured(1).split(u',');
    if (n.size() != 6)
        return {};
    return QTransform(n[0].toDouble(), n[1].toDouble(), n[2].toDouble(), n[3].toDouble(),
                      n[4].toDouble(), n[5].toDouble());
}

inline Picture read(const QByteArray &svg)
{
    Picture picture;
    static const QRegularExpression viewBox(u"viewBox=\"0 0 (\\d+) (\\d+)\""_s);
    const QRegularExpressionMatch box = viewBox.match(QString::fromUtf8(svg));
    if (box.hasMatch())
        picture.box = QRectF(0, 0, box.captured(1).toDouble(), box.captured(2).toDouble());
    QXmlStreamReader xml(svg);
    QTransform group;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"g"_s) {
            group = parseMatrix(attributes.value(u"transform"_s).toString());
        } else if (xml.name() == u"circle"_s || xml.name() == u"ellipse"_s) {
            const bool circle = xml.name() == u"circle"_s;
            const qreal r = attributes.value(circle ? u"r"_s : u"rx"_s).toDouble() * group.m11();
            if (r > 2 && r < 8) {
                picture.markers << group.map(QPointF(attributes.value(u"cx"_s).toDouble(),
                                                     attributes.value(u"cy"_s).toDouble()));
                picture.markerRadii << r;
            }
        } else if (xml.name() == u"text"_s) {
            Text text;
            const qreal size = attributes.value(u"font-size"_s).toDouble();
            QFont font(attributes.value(u"font-family"_s).toString().section(u',', 0, 0));
            font.setPixelSize(qMax(1, qRound(size)));
            font.setBold(attributes.value(u"font-weight"_s).toInt() >= 600);
            const QPointF at(attributes.value(u"x"_s).toDouble(),
                             attributes.value(u"y"_s).toDouble());
            text.text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            const QFontMetricsF metrics(font);
            // The line's ink box: from the baseline up by the ascent, down by the descent.
            const QRectF local(at.x(), at.y() - metrics.ascent(),
                               metrics.horizontalAdvance(text.text),
                               metrics.ascent() + metrics.descent());
            text.rect = group.mapRect(local);
            text.pixels = size * group.m22();
            if (!text.text.trimmed().isEmpty())
                picture.texts << text;
        }
    }
    return picture;
}

inline QString describe(const QRectF &r)
{
    return u"(%1, %2, %3 x %4)"_s.arg(r.x(), 0, 'f', 1)
        .arg(r.y(), 0, 'f', 1)
        .arg(r.width(), 0, 'f', 1)
        .arg(r.height(), 0, 'f', 1);
}

// Whether a vertex's disc, of radius `r` at `centre`, covers part of `rect`.
inline bool touches(const QRectF &rect, const QPointF &centre, qreal r)
{
    const qreal dx = centre.x() - qBound(rect.left(), centre.x(), rect.right());
    const qreal dy = centre.y() - qBound(rect.top(), centre.y(), rect.bottom());
    return dx * dx + dy * dy < r * r;
}

// A ring number: a single digit.
inline bool isRingNumber(const QString &text)
{
    return text.size() == 1 && text.at(0).isDigit();
}

// What breaks the rules, one line each; empty when the picture keeps them all. `overlay` adds
// the radar's own: no ring number on a vertex, and the room between the top spoke's label
// ("Performance") and the bottom one's ("Ease of Use") in the bundled data's metrics.
inline QStringList problems(const Picture &svg, bool overlay)
{
    QStringList found;
    const QRectF picture = svg.box.adjusted(-1, -1, 1, 1);
    for (int i = 0; i < svg.texts.size(); ++i) {
        const Text &text = svg.texts.at(i);
        if (text.pixels < MinTextPixels)
            found << u"\"%1\" is %2 px"_s.arg(text.text).arg(text.pixels, 0, 'f', 1);
        if (!picture.contains(text.rect))
            found << u"\"%1\" at %2 leaves the picture"_s.arg(text.text, describe(text.rect));
        if (text.text.trimmed().endsWith(u'…'))
            found << u"\"%1\" is elided"_s.arg(text.text);
        for (int j = 0; j < i; ++j)
            if (text.rect.adjusted(1, 1, -1, -1).intersects(svg.texts.at(j).rect))
                found << u"\"%1\" %2 is on \"%3\" %4"_s.arg(text.text, describe(text.rect),
                                                            svg.texts.at(j).text,
                                                            describe(svg.texts.at(j).rect));
        if (overlay && isRingNumber(text.text))
            for (qsizetype m = 0; m < svg.markers.size(); ++m)
                if (touches(text.rect, svg.markers.at(m), svg.markerRadii.at(m)))
                    found << u"ring number %1 %2 is under the vertex at (%3, %4)"_s
                                 .arg(text.text, describe(text.rect))
                                 .arg(svg.markers.at(m).x(), 0, 'f', 1)
                                 .arg(svg.markers.at(m).y(), 0, 'f', 1);
    }
    if (!overlay)
        return found;
    const auto find = [&](const QString &name) {
        for (const Text &text : svg.texts)
            if (text.text == name)
                return text.rect;
        return QRectF();
    };
    const QRectF top = find(u"Performance"_s);
    const QRectF bottom = find(u"Ease of Use"_s);
    if (top.isNull() || bottom.isNull()) {
        found << u"the top and bottom spoke labels (Performance, Ease of Use) are not both "
                 "there whole"_s;
        return found;
    }
    const qreal smaller = qMin(svg.box.width(), svg.box.height());
    const qreal room = bottom.top() - top.bottom();
    if (room < MinPlotShare * smaller)
        found << u"%1 px between the top and bottom spoke labels, %2 of the smaller side"_s
                     .arg(room, 0, 'f', 0)
                     .arg(room / smaller, 0, 'f', 2);
    return found;
}

} // namespace SvgGeometry
