// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarChart.h"

#include "FrameworkModel.h"
#include "RadarGeometry.h"
#include "RadarPlot.h"
#include "Selection.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

constexpr qreal AreaAlpha = 0.22;
constexpr qreal HighlightAreaAlpha = 0.45;
constexpr qreal DimmedAreaAlpha = 0.10;
// A whisker of another framework than the one the pointer is on.
constexpr qreal DimmedRangeAlpha = 0.35;

} // namespace

RadarChart::RadarChart(const FrameworkModel *model, Selection *selection, const Setup &setup,
                       QObject *parent)
    : ChartDrawing(model, selection, {setup.frameworks, setup.dark}, parent),
      m_plot(std::make_unique<RadarPlot>()), m_titledByFramework(setup.titledByFramework)
{
    setObjectName(u"radarChart"_s);
}

RadarChart::~RadarChart() = default;

void RadarChart::plottedChanged()
{
    m_seriesStale = true;
}

void RadarChart::setPixelSize(std::optional<qreal> pixelSize)
{
    m_pixelSize = pixelSize;
    invalidate();
}

QPointF RadarChart::center() const
{
    ensureLayout();
    return m_center;
}

qreal RadarChart::radius() const
{
    ensureLayout();
    return m_radius;
}

QPointF RadarChart::pointAt(int metric, qreal fraction) const
{
    return m_center +
           RadarGeometry::direction(metric, m_model->metricCount()) * (fraction * m_radius);
}

QList<std::optional<qreal>> RadarChart::values(const QString &frameworkId) const
{
    QList<std::optional<qreal>> values;
    const int row = m_model->rowOfFramework(frameworkId);
    if (row < 0 || !plottedFrameworks().contains(frameworkId))
        return values;
    for (int i = 0; i < m_model->metricCount(); ++i) {
        const QModelIndex cell = m_model->index(row, m_model->metricColumn(i));
        const QVariant score = m_model->data(cell, Role::Score);
        const int levels = m_model->data(cell, Role::LevelCount).toInt();
        if (score.isValid() && levels > 0)
            values << score.toReal() / levels;
        else
            values << std::nullopt;
    }
    return values;
}

QList<QPointF> RadarChart::vertices(const QString &frameworkId) const
{
    ensureLayout();
    QList<QPointF> points;
    const QList<std::optional<qreal>> fractions = values(frameworkId);
    for (int i = 0; i < fractions.size(); ++i)
        if (fractions.at(i))
            points << pointAt(i, *fractions.at(i));
    return points;
}

QList<QPointF> RadarChart::possibleVertices() const
{
    ensureLayout(); // a no-op while laying out: the circle is placed before this is asked
    QList<QPointF> points;
    const DataSet &data = m_model->dataSet();
    for (int i = 0; i < m_model->metricCount(); ++i) {
        const int levels = data.metrics.at(i).levelCount();
        for (int level = 0; level <= levels; ++level)
            points << pointAt(i, levels > 0 ? qreal(level) / levels : 0);
    }
    return points;
}

qreal RadarChart::lineWidth(const QString &frameworkId) const
{
    ensureLayout();
    return m_plot->lineWidth(frameworkId);
}

QList<RadarRanges::Whisker> RadarChart::whiskers() const
{
    ensureLayout();
    return m_ranges.whiskers();
}

QString RadarChart::rangeNote()
{
    return tr("Whiskers along a spoke: the range a rating could be in");
}

QString RadarChart::title() const
{
    const QList<int> rows = plottedRows();
    if (m_titledByFramework && rows.size() == 1)
        return frameworkName(rows.front());
    if (const QString compared = comparedTitle(); !compared.isEmpty())
        return compared;
    return m_model->dataSet().title;
}

QString RadarChart::comparedTitle() const
{
    // Two or three frameworks are named in the title ("Caffe vs. Theano"), which is what a
    // chart dropped into a slide needs; more, or one, keep the data set's title.
    const QList<int> rows = plottedRows();
    if (m_titledByFramework || rows.size() < 2 || rows.size() > 3)
        return {};
    QStringList names;
    for (int row : rows)
        names << frameworkName(row);
    return names.size() == 2 ? tr("%1 vs. %2").arg(names.at(0), names.at(1))
                             : tr("%1 vs. %2 vs. %3").arg(names.at(0), names.at(1), names.at(2));
}

void RadarChart::rebuildSeries()
{
    m_plotted = plottedFrameworks();
    int maxLevels = 1;
    for (const Metric &metric : m_model->dataSet().metrics)
        maxLevels = std::max(maxLevels, metric.levelCount());
    m_plot->rebuild(m_plotted, m_model->metricCount(), maxLevels);
    m_seriesStale = false;
}

void RadarChart::updateColors()
{
    const QString selected = m_selection && m_selection->focus() == Selection::Focus::Framework
                                 ? m_selection->frameworkId()
                                 : QString();
    // The framework under the pointer stands out for as long as it is there, over the selected one.
    const QString emphasised = hoveredFramework().isEmpty() ? selected : hoveredFramework();
    const bool anyEmphasised = m_plotted.contains(emphasised);
    for (const QString &id : std::as_const(m_plotted)) {
        const bool highlighted = anyEmphasised && id == emphasised;
        RadarPlot::Style style;
        style.color = frameworkColor(id);
        style.fillAlpha =
            highlighted ? HighlightAreaAlpha : (anyEmphasised ? DimmedAreaAlpha : AreaAlpha);
        style.penWidth = highlighted ? HighlightPenWidth : PenWidth;
        style.visible = !isHidden(id);
        m_plot->setStyle(id, style);
    }
    m_plot->setGridColor(gridColor());
}

void RadarChart::layout()
{
    if (m_seriesStale)
        rebuildSeries();
    const QSizeF canvas = size();
    const qreal px = m_pixelSize.value_or(basePixelSize(canvas));
    const qreal margin = px * 0.8;
    QRectF area(margin, margin, canvas.width() - 2 * margin, canvas.height() - 2 * margin);
    if (const qreal height = layoutTitle(title(), area, px * (m_titledByFramework ? 1.1 : 1.25));
        height > 0)
        area.setTop(area.top() + height + px * 0.6);

    QRectF legend;
    bool beside = false;
    if (!m_titledByFramework) {
        // What the whiskers mean, at the bottom, under the legend. A small multiple leaves it
        // to its grid, which says it once.
        if (anyRange())
            area.setBottom(area.bottom() - layoutNote(rangeNote(), area, px * 0.9) - px * 0.6);
        // The legend goes where it costs least: beside a wide chart, below a square or tall
        // one, in as many columns as fit.
        const QList<LegendEntry> entries = frameworkLegend();
        beside = canvas.width() >= 1.25 * canvas.height();
        legend = layoutLegend(entries, area, beside, px);
        if (!legend.isEmpty()) {
            if (beside)
                area.setRight(legend.left() - px * 1.5);
            else
                area.setBottom(legend.top() - px * 0.8);
        }
    }
    const QList<Metric> &metrics = m_model->dataSet().metrics;
    const qsizetype firstLabel = m_texts.size();
    m_center = area.center();
    m_radius = RadarGeometry::placeSpokeLabels(metrics, area, px, foreground(), &m_texts);
    if (!legend.isEmpty())
        m_center += RadarGeometry::keepWithLegend(
            area,
            QRectF(m_center - QPointF(m_radius, m_radius), QSizeF(2 * m_radius, 2 * m_radius)),
            beside, firstLabel, &m_texts, &m_swatches);
    layoutRanges(px);
    // Ring numbers where no vertex can be drawn and no whisker is.
    const QList<QPointF> vertices = possibleVertices();
    const auto blocked = [&](const QRectF &rect) {
        const QSizeF vertex = QSizeF(2, 2) * (VertexRadius + 1);
        return m_ranges.touches(rect) ||
               std::any_of(vertices.cbegin(), vertices.cend(), [&](const QPointF &v) {
                   return rect.intersects(
                       QRectF(v - QPointF(VertexRadius + 1, VertexRadius + 1), vertex));
               });
    };
    RadarGeometry::placeRingNumbers(metrics, m_center, m_radius, px, foreground(), blocked,
                                    &m_texts);

    for (const QString &id : std::as_const(m_plotted))
        m_plot->setValues(id, values(id));
    updateColors();
    m_plot->setGeometry(
        QRectF(m_center.x() - m_radius, m_center.y() - m_radius, 2 * m_radius, 2 * m_radius));
}

void RadarChart::layoutRanges(qreal pixelSize)
{
    // The marks grow with the text of a large chart, so that they read as well as it does.
    const qreal scale = std::clamp(pixelSize / (MinPixelSize + 1), 1.0, 1.8);
    QList<RadarRanges::Range> ranges;
    const DataSet &data = m_model->dataSet();
    for (int row : plottedRows()) {
        const QString id = frameworkId(row);
        if (isHidden(id))
            continue;
        for (int m = 0; m < m_model->metricCount(); ++m) {
            const QModelIndex cell = m_model->index(row, m_model->metricColumn(m));
            const QVariantList range = cell.data(Role::Range).toList();
            if (range.size() == 2)
                ranges << RadarRanges::Range{id,
                                             m,
                                             cell.data(Role::Score).toInt(),
                                             range.at(0).toInt(),
                                             range.at(1).toInt(),
                                             data.metrics.at(m).levelCount()};
        }
    }
    m_ranges.layout(ranges, m_center, m_radius, m_model->metricCount(), scale);
}

void RadarChart::paintPlot(QPainter *painter) const
{
    const QRectF whole(QPointF(0, 0), size());
    fillBackground(painter);
    m_plot->render(painter, whole);
    // Every vertex over every line, ringed in the background so that coinciding ones still read;
    // the framework under the pointer last, over every other polygon.
    const QString hovered = hoveredFramework();
    const bool hoveredShown =
        !hovered.isEmpty() && !isHidden(hovered) && m_plotted.contains(hovered);
    const auto drawVertices = [&](const QString &id) {
        painter->setPen(QPen(background(), 1));
        painter->setBrush(frameworkColor(id));
        for (const QPointF &vertex : vertices(id))
            painter->drawEllipse(vertex, VertexRadius, VertexRadius);
    };
    for (const QString &id : std::as_const(m_plotted))
        if (!isHidden(id) && !(hoveredShown && id == hovered))
            drawVertices(id);
    if (hoveredShown) {
        const QList<std::optional<qreal>> fractions = values(hovered);
        QPolygonF polygon;
        for (int i = 0; i < fractions.size(); ++i)
            polygon << pointAt(i, fractions.at(i).value_or(0.0));
        QPen pen(frameworkColor(hovered), HighlightPenWidth);
        pen.setJoinStyle(Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPolygon(polygon);
        drawVertices(hovered);
    }
    // The selected metric's spoke, dashed over the grid.
    const QString metricId = m_selection ? m_selection->metricId() : QString();
    if (const int metric = m_model->dataSet().metricIndex(metricId);
        metric >= 0 && !metricId.isEmpty()) {
        QPen pen(isDark() ? QColor(0xF0, 0xE4, 0x42) : QColor(0x33, 0x33, 0x33), 3.0);
        pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(m_center, pointAt(metric, 1.0));
    }
    // The ranges over everything, the hovered framework's on top and the others dimmed.
    const auto rangeColor = [&](const QString &id) {
        QColor color = frameworkColor(id);
        if (hoveredShown && id != hovered)
            color.setAlphaF(DimmedRangeAlpha);
        return color;
    };
    m_ranges.paint(painter, rangeColor, background(), hoveredShown ? hovered : QString());
}

QString RadarChart::toolTipAt(const QPointF &point, QString *framework) const
{
    ensureLayout();
    // A vertex: its rating. The hovered polygon's first, as it is drawn on top.
    QStringList order = plottedFrameworks();
    if (order.removeOne(hoveredFramework()))
        order.prepend(hoveredFramework());
    for (const QString &id : order) {
        if (isHidden(id))
            continue;
        const QList<std::optional<qreal>> fractions = values(id);
        for (int i = 0; i < fractions.size(); ++i) {
            if (!fractions.at(i))
                continue;
            const QPointF delta = pointAt(i, *fractions.at(i)) - point;
            if (std::hypot(delta.x(), delta.y()) <= VertexRadius + 3) {
                if (framework)
                    *framework = id;
                return m_model->ratingSummary(m_model->rowOfFramework(id), i);
            }
        }
    }
    // A whisker: its rating and its range. The hovered framework's first, as drawn on top.
    QList<RadarRanges::Whisker> whiskers = m_ranges.whiskers();
    std::stable_partition(whiskers.begin(), whiskers.end(), [&](const auto &whisker) {
        return whisker.frameworkId == hoveredFramework();
    });
    for (const RadarRanges::Whisker &whisker : std::as_const(whiskers)) {
        const QLineF &line = whisker.line;
        const QPointF unit = (line.p2() - line.p1()) / std::max(line.length(), 1e-9);
        const QPointF delta = point - line.p1();
        const qreal along = QPointF::dotProduct(delta, unit);
        const qreal across = std::abs(delta.x() * unit.y() - delta.y() * unit.x());
        if (along < -3 || along > line.length() + 3 || across > whisker.width / 2 + 2)
            continue;
        if (framework)
            *framework = whisker.frameworkId;
        const Metric &metric = m_model->dataSet().metrics.at(whisker.metric);
        return m_model->ratingSummary(m_model->rowOfFramework(whisker.frameworkId),
                                      whisker.metric) +
               u'\n' +
               tr("Could be %1 to %2")
                   .arg(metric.levelLabel(whisker.low), metric.levelLabel(whisker.high));
    }
    // Inside a polygon: that framework, no text.
    for (const QString &id : order) {
        if (isHidden(id))
            continue;
        const QList<std::optional<qreal>> fractions = values(id);
        QPolygonF polygon;
        for (int i = 0; i < fractions.size(); ++i)
            polygon << pointAt(i, fractions.at(i).value_or(0.0));
        if (polygon.containsPoint(point, Qt::OddEvenFill)) {
            if (framework)
                *framework = id;
            return {};
        }
    }
    if (framework)
        framework->clear();
    return {};
}

QString RadarChart::description() const
{
    QStringList frameworks;
    for (int row : plottedRows())
        frameworks << ratingsInWords(row);
    const QString table = tr("The comparison table holds the same ratings as text.");
    if (frameworks.isEmpty())
        return tr("No framework is compared; check one in the Frameworks list.") + u' ' + table;
    const QString ranges = anyRange() ? rangeNote() + u"."_s + u' ' : QString();
    return tr("One polygon per compared framework, one spoke per metric.") + u' ' + ranges +
           frameworks.join(u' ') + u' ' + table;
}

} // namespace Versus
