// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarChart.h"

#include "FrameworkModel.h"
#include "Selection.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QPolarChart>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

constexpr qreal AreaAlpha = 0.22;
constexpr qreal HighlightAreaAlpha = 0.45;
constexpr qreal DimmedAreaAlpha = 0.10;
// Between words only: a name broken inside a word ("Performa-nce") reads worse than a wider one.
constexpr int WrapFlags = Qt::TextWordWrap;

} // namespace

RadarChart::RadarChart(const FrameworkModel *model, Selection *selection, const Setup &setup,
                       QObject *parent)
    : ChartDrawing(model, selection, {setup.frameworks, setup.dark}, parent),
      m_scene(std::make_unique<QGraphicsScene>()), m_chart(new QPolarChart),
      m_angular(new QCategoryAxis(m_chart)), m_radial(new QCategoryAxis(m_chart)),
      m_titledByFramework(setup.titledByFramework)
{
    setObjectName(u"radarChart"_s);
    // The QPolarChart draws the plot only: no title, legend, labels, background or margins of
    // its own, in the square that layout() gives it.
    m_scene->addItem(m_chart);
    m_chart->legend()->hide();
    m_chart->setBackgroundVisible(false);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setMargins(QMargins());
    m_chart->setBackgroundRoundness(0);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_radial->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_angular->setLabelsVisible(false);
    m_radial->setLabelsVisible(false);
    m_chart->addAxis(m_angular, QPolarChart::PolarOrientationAngular);
    m_chart->addAxis(m_radial, QPolarChart::PolarOrientationRadial);
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
    // Spoke 0 points up; the others follow clockwise, as Qt's polar chart draws them.
    const int metrics = std::max(1, m_model->metricCount());
    const qreal angle = 2 * std::numbers::pi * metric / metrics;
    return m_center + QPointF(std::sin(angle), -std::cos(angle)) * (fraction * m_radius);
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
    ensureLayout();
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
    for (const Plot &plot : m_plots)
        if (plot.id == frameworkId)
            return plot.outline->pen().widthF();
    return 0;
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

void RadarChart::rebuildAxes()
{
    for (const QString &label : m_angular->categoriesLabels())
        m_angular->remove(label);
    for (const QString &label : m_radial->categoriesLabels())
        m_radial->remove(label);
    const int metrics = m_model->metricCount();
    m_angular->setStartValue(0);
    m_angular->setRange(0, std::max(1, metrics));
    // The labels are not shown (layout() draws them); QCategoryAxis only needs unique ones.
    for (int i = 0; i < metrics; ++i)
        m_angular->append(QString::number(i), i);
    int maxLevels = 1;
    for (const Metric &metric : m_model->dataSet().metrics)
        maxLevels = std::max(maxLevels, metric.levelCount());
    m_radial->setStartValue(0);
    m_radial->setRange(0, 1);
    for (int level = 1; level <= maxLevels; ++level)
        m_radial->append(QString::number(level), qreal(level) / maxLevels);
}

void RadarChart::rebuildSeries()
{
    m_chart->removeAllSeries();
    m_plots.clear();
    rebuildAxes();
    const auto attach = [this](QAbstractSeries *series) {
        m_chart->addSeries(series);
        series->attachAxis(m_angular);
        series->attachAxis(m_radial);
    };
    for (int row : plottedRows()) {
        Plot plot;
        plot.id = frameworkId(row);
        // The area has no pen: in a polar chart its border would run from the centre to the
        // first point. The visible border is a line series of its own.
        plot.upper = new QLineSeries;
        plot.area = new QAreaSeries(plot.upper);
        plot.upper->setParent(plot.area);
        plot.outline = new QLineSeries;
        plot.vertices = new QScatterSeries;
        plot.vertices->setMarkerSize(2 * VertexRadius);
        m_plots.push_back(plot);
    }
    // Series are drawn in the order they are added: every area first, then every outline and
    // vertex, so that no framework's fill covers another's line or points.
    for (const Plot &plot : m_plots)
        attach(plot.area);
    for (const Plot &plot : m_plots) {
        attach(plot.outline);
        attach(plot.vertices);
    }
    m_seriesStale = false;
}

void RadarChart::updatePoints(const Plot &plot, int row)
{
    Q_UNUSED(row)
    QList<QPointF> points;
    QList<QPointF> rated;
    const QList<std::optional<qreal>> fractions = values(plot.id);
    for (int i = 0; i < fractions.size(); ++i) {
        // An unrated metric sits at the centre but gets no vertex marker, so it does not read
        // as a rating of zero; the tooltip says "Not rated".
        points << QPointF(i, fractions.at(i).value_or(0.0));
        if (fractions.at(i))
            rated << QPointF(i, *fractions.at(i));
    }
    if (!points.isEmpty())
        points << QPointF(fractions.size(), points.first().y()); // close the polygon
    plot.upper->replace(points);
    plot.outline->replace(points);
    plot.vertices->replace(rated);
}

void RadarChart::updateColors()
{
    const QString selected = m_selection && m_selection->focus() == Selection::Focus::Framework
                                 ? m_selection->frameworkId()
                                 : QString();
    // The framework under the pointer stands out for as long as it is there, over the selected one.
    const QString emphasised = hoveredFramework().isEmpty() ? selected : hoveredFramework();
    const bool anyEmphasised = std::any_of(m_plots.cbegin(), m_plots.cend(),
                                           [&](const Plot &plot) { return plot.id == emphasised; });
    for (const Plot &plot : m_plots) {
        const QColor color = frameworkColor(plot.id);
        const bool highlighted = anyEmphasised && plot.id == emphasised;
        QColor fill = color;
        fill.setAlphaF(highlighted ? HighlightAreaAlpha
                                   : (anyEmphasised ? DimmedAreaAlpha : AreaAlpha));
        plot.area->setBrush(fill);
        plot.area->setPen(Qt::NoPen);
        QPen pen(color, highlighted ? HighlightPenWidth : PenWidth);
        pen.setJoinStyle(Qt::RoundJoin);
        plot.outline->setPen(pen);
        plot.vertices->setColor(color);
        plot.vertices->setBorderColor(background());
        const bool hidden = isHidden(plot.id);
        plot.area->setVisible(!hidden);
        plot.outline->setVisible(!hidden);
        plot.vertices->setVisible(!hidden);
    }
    const QPen grid(gridColor(), 1);
    for (QCategoryAxis *axis : {m_angular, m_radial}) {
        axis->setGridLinePen(grid);
        axis->setLinePen(grid);
        axis->setShadesVisible(false);
    }
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

    // The legend goes where it costs least: beside a wide chart, below a square or tall one,
    // in as many columns as fit.
    if (!m_titledByFramework) {
        const QList<LegendEntry> entries = frameworkLegend();
        const bool beside = canvas.width() >= 1.25 * canvas.height();
        const QRectF legend = layoutLegend(entries, area, beside, px);
        if (!legend.isEmpty()) {
            if (beside)
                area.setRight(legend.left() - px * 1.5);
            else
                area.setBottom(legend.top() - px * 0.8);
        }
    }
    layoutLabels(area, px);
    layoutRingNumbers(px);

    for (const Plot &plot : m_plots)
        updatePoints(plot, m_model->rowOfFramework(plot.id));
    updateColors();
    // The polar chart draws its circle in the plot area given; it is laid out now, not when an
    // event loop next runs (an export has none between building and painting).
    // The chart is the plot's square, with no margins: Qt Charts keeps its grid and its series
    // in step only for a plot area it computed itself.
    m_chart->setGeometry(
        QRectF(m_center.x() - m_radius, m_center.y() - m_radius, 2 * m_radius, 2 * m_radius));
    m_chart->layout()->activate();
}

void RadarChart::layoutLabels(const QRectF &area, qreal pixelSize)
{
    const int metrics = m_model->metricCount();
    const QFont labelFont = font(pixelSize);
    // A long name wraps at this width, onto as many lines as it needs.
    qreal limit = std::clamp(area.width() * 0.22, pixelSize * 5, pixelSize * 12);
    // Never narrower than its longest word: a name breaks between words, not inside one.
    const QFontMetricsF labelMetrics(labelFont);
    for (const Metric &metric : m_model->dataSet().metrics)
        for (const QString &word : metric.name.split(u' ', Qt::SkipEmptyParts))
            limit = std::max(limit, std::min(std::ceil(labelMetrics.horizontalAdvance(word)) + 1,
                                             area.width() / 3));
    QList<QSizeF> sizes;
    QStringList names;
    for (int i = 0; i < metrics; ++i) {
        names << withinLines(m_model->dataSet().metrics.at(i).name, labelFont, limit, MaxLines);
        sizes << wrappedSize(names.last(), labelFont, limit);
    }
    const qreal gap = pixelSize * 0.6;
    m_center = area.center();
    const auto rects = [&](qreal radius) {
        QList<QRectF> result;
        for (int i = 0; i < metrics; ++i) {
            const qreal angle = 2 * std::numbers::pi * i / metrics;
            const QPointF direction(std::sin(angle), -std::cos(angle));
            const QPointF anchor = m_center + direction * (radius + gap);
            // Placed outward from the end of its spoke: above the top one, left of the left one,
            // at a corner for a spoke between.
            const QSizeF size = sizes.at(i);
            const QPointF middle = anchor + QPointF(direction.x() * size.width() / 2,
                                                    direction.y() * size.height() / 2);
            result << QRectF(middle - QPointF(size.width() / 2, size.height() / 2), size);
        }
        return result;
    };
    const auto fits = [&](qreal radius) {
        for (const QRectF &rect : rects(radius))
            if (!area.contains(rect))
                return false;
        return true;
    };
    // The largest circle whose labels all fit in the area.
    qreal low = 0;
    qreal high = std::max(0.0, std::min(area.width(), area.height()) / 2);
    if (fits(high))
        low = high;
    for (int step = 0; step < 24 && high - low > 0.25; ++step) {
        const qreal middle = (low + high) / 2;
        (fits(middle) ? low : high) = middle;
    }
    m_radius = std::floor(low);
    const QList<QRectF> placed = rects(m_radius);
    for (int i = 0; i < metrics; ++i) {
        ChartText text;
        text.kind = ChartText::Kind::SpokeLabel;
        text.text = names.at(i);
        text.font = labelFont;
        text.color = foreground();
        text.flags = Qt::AlignCenter | WrapFlags;
        text.rect = placed.at(i);
        text.key = m_model->dataSet().metrics.at(i).id;
        m_texts << text;
    }
}

void RadarChart::layoutRingNumbers(qreal pixelSize)
{
    // The rings are numbered only when every metric has the same number of levels; otherwise a
    // number would mean a different level on different spokes.
    const DataSet &data = m_model->dataSet();
    const int metrics = m_model->metricCount();
    if (metrics == 0)
        return;
    const int levels = data.metrics.front().levelCount();
    for (const Metric &metric : data.metrics)
        if (metric.levelCount() != levels)
            return;
    // Halfway between the first two spokes, where no vertex can be: each number on its ring,
    // on a patch of the background that keeps it readable over a polygon's line.
    const qreal angle = std::numbers::pi / std::max(2, metrics);
    const QPointF direction(std::sin(angle), -std::cos(angle));
    const QFont numberFont = font(std::max(MinPixelSize, pixelSize * 0.85));
    const QFontMetricsF metricsOfFont(numberFont);
    const QList<QPointF> vertices = possibleVertices();
    QList<QRectF> placed;
    for (int level = 1; level <= levels; ++level) {
        const QString number = QString::number(level);
        const QSizeF size(metricsOfFont.horizontalAdvance(number) + 4, metricsOfFont.height());
        const QPointF at = m_center + direction * (m_radius * level / levels);
        const QRectF rect(at - QPointF(size.width() / 2, size.height() / 2), size);
        // In a small plot the inner numbers would touch a vertex or each other: left out.
        const bool clear =
            std::none_of(vertices.cbegin(), vertices.cend(),
                         [&](const QPointF &v) {
                             return rect.intersects(
                                 QRectF(v - QPointF(VertexRadius + 1, VertexRadius + 1),
                                        QSizeF(2, 2) * (VertexRadius + 1)));
                         }) &&
            std::none_of(placed.cbegin(), placed.cend(),
                         [&](const QRectF &other) { return rect.intersects(other); });
        if (!clear)
            continue;
        placed << rect;
        ChartText text;
        text.kind = ChartText::Kind::RingNumber;
        text.text = number;
        text.font = numberFont;
        text.color = foreground();
        text.flags = Qt::AlignCenter;
        text.rect = rect;
        text.backed = true;
        m_texts << text;
    }
}

void RadarChart::paintPlot(QPainter *painter) const
{
    const QRectF whole(QPointF(0, 0), size());
    fillBackground(painter);
    // The chart item sits at the plot's square in the scene, which is the picture's coordinates.
    m_scene->render(painter, whole, whole);
    // The framework under the pointer is drawn again over every other polygon.
    if (const QString hovered = hoveredFramework();
        !hovered.isEmpty() && !isHidden(hovered) && plottedFrameworks().contains(hovered)) {
        const QList<std::optional<qreal>> fractions = values(hovered);
        QPolygonF polygon;
        for (int i = 0; i < fractions.size(); ++i)
            polygon << pointAt(i, fractions.at(i).value_or(0.0));
        const QColor color = frameworkColor(hovered);
        QPen pen(color, HighlightPenWidth);
        pen.setJoinStyle(Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPolygon(polygon);
        painter->setPen(QPen(background(), 1));
        painter->setBrush(color);
        for (const QPointF &vertex : vertices(hovered))
            painter->drawEllipse(vertex, VertexRadius, VertexRadius);
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
    return tr("One polygon per compared framework, one spoke per metric.") + u' ' +
           frameworks.join(u' ') + u' ' + table;
}

} // namespace Versus
