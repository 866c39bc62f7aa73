// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarChart.h"

#include "Appearance.h"
#include "FrameworkModel.h"
#include "Selection.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QFontMetrics>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

constexpr qreal AreaAlpha = 0.22;
constexpr qreal HighlightAreaAlpha = 0.45;
constexpr qreal DimmedAreaAlpha = 0.10;
constexpr qreal PenWidth = 2.5;
constexpr qreal HighlightPenWidth = 4.0;
// Qt's legend is one row when below the chart and shortens names that do not fit; more
// frameworks than this are listed beside the chart instead, one a line.
constexpr int LegendRowMax = 4;
// The widest a spoke label may be, in pixels, before it is shortened with "…".
constexpr int MaxLabelWidth = 180;
constexpr int MinLabelWidth = 60;
constexpr qreal MinWidthBesideLegend = 520;
constexpr int MaxLegendEntryWidth = 140;

// Qt Charts lays out titles, labels and legend entries as HTML: a framework called
// "<img src=/dev/zero>" would be read from disk. Data is plain text, so it is escaped.
QString chartText(const QString &plain)
{
    return plain.toHtmlEscaped();
}

} // namespace

RadarChart::RadarChart(const FrameworkModel *model, Selection *selection, const Setup &setup,
                       QGraphicsItem *parent)
    : QPolarChart(parent), m_model(model), m_selection(selection),
      m_angular(new QCategoryAxis(this)), m_radial(new QCategoryAxis(this)),
      m_frameworks(setup.frameworks), m_titledByFramework(setup.titledByFramework)
{
    setObjectName(u"radarChart"_s);
    setBackgroundRoundness(0);
    m_angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_radial->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    addAxis(m_angular, QPolarChart::PolarOrientationAngular);
    addAxis(m_radial, QPolarChart::PolarOrientationRadial);

    // Anything that changes which rows or columns exist, or their names and colours, rebuilds;
    // a changed rating only moves the points of its own series.
    connect(model, &QAbstractItemModel::modelReset, this, &RadarChart::rebuild);
    connect(model, &QAbstractItemModel::layoutChanged, this, &RadarChart::rebuild);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RadarChart::rebuild);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RadarChart::rebuild);
    connect(model, &QAbstractItemModel::rowsMoved, this, &RadarChart::rebuild);
    connect(model, &QAbstractItemModel::columnsInserted, this, &RadarChart::rebuild);
    connect(model, &QAbstractItemModel::columnsRemoved, this, &RadarChart::rebuild);
    connect(model, &QAbstractItemModel::columnsMoved, this, &RadarChart::rebuild);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &RadarChart::rebuild);
    // Opening a data set resets the model and then says what it compares, which the reset
    // already plotted: the chart is rebuilt only when the plotted frameworks change.
    connect(model, &FrameworkModel::comparedChanged, this, [this] {
        if (!m_frameworks && plottedFrameworks() != m_model->comparedIds())
            rebuild();
    });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                for (const Plot &plot : m_plots) {
                    const int row = m_model->rowOfFramework(plot.id);
                    if (row >= topLeft.row() && row <= bottomRight.row())
                        updatePoints(plot, row);
                }
            });
    if (selection)
        connect(selection, &Selection::changed, this, &RadarChart::updateHighlight);
    setDark(setup.dark);
}

RadarChart::~RadarChart() = default;

void RadarChart::setDark(bool dark)
{
    m_dark = dark;
    // setTheme() resets the colours of every series and axis, so the series are rebuilt after.
    setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    setBackgroundRoundness(0);
    rebuild();
}

QLineSeries *RadarChart::outline(const QString &frameworkId) const
{
    const auto it = std::find_if(m_plots.cbegin(), m_plots.cend(),
                                 [&](const Plot &plot) { return plot.id == frameworkId; });
    return it == m_plots.cend() ? nullptr : it->outline;
}

QStringList RadarChart::plottedFrameworks() const
{
    QStringList ids;
    for (const Plot &plot : m_plots)
        ids << plot.id;
    return ids;
}

void RadarChart::setFrameworks(const std::optional<QStringList> &ids)
{
    m_frameworks = ids;
    rebuild();
}

bool RadarChart::isPlotted(int row) const
{
    if (!m_frameworks)
        return m_model->isCompared(row);
    return m_frameworks->contains(m_model->data(m_model->index(row, 0), Role::Id).toString());
}

void RadarChart::rebuild()
{
    removeAllSeries();
    m_plots.clear();
    m_metricSpoke = nullptr;
    setTitle(chartText(m_model->dataSet().title));
    rebuildAxes();
    m_hovered.clear(); // the new series know nothing of the pointer

    m_metricSpoke = new QLineSeries(this);
    m_metricSpoke->setName(tr("Selected metric"));
    attach(m_metricSpoke);
    hideFromLegend(m_metricSpoke);

    for (int row = 0; row < m_model->rowCount(); ++row)
        if (isPlotted(row))
            addPlot(row);
    // Series are drawn in the order they are added: every area first, then every outline and
    // vertex, so that no framework's fill covers another's line or points.
    for (const Plot &plot : m_plots)
        attach(plot.area);
    for (const Plot &plot : m_plots) {
        attach(plot.outline);
        attach(plot.vertices);
        hideFromLegend(plot.outline);
        hideFromLegend(plot.vertices);
    }
    placeLegend();
    if (const QString title = comparedTitle(); !title.isEmpty())
        setTitle(chartText(title));
    if (m_titledByFramework && m_plots.size() == 1)
        setTitle(
            chartText(m_model->data(m_model->index(m_model->rowOfFramework(m_plots.front().id), 0))
                          .toString()));
    for (const Plot &plot : m_plots)
        connectInteraction(plot);
    applyHidden();
    updateHighlight();
}

void RadarChart::setTitledByFramework(bool titled)
{
    m_titledByFramework = titled;
    rebuild();
}

void RadarChart::connectInteraction(const Plot &plot)
{
    // A click on a legend entry hides or shows that framework.
    for (QLegendMarker *marker : legend()->markers(plot.area))
        connect(marker, &QLegendMarker::clicked, this,
                [this, id = plot.id] { setHidden(id, !m_hidden.contains(id)); });
    // The polygon under the pointer comes to the front.
    const auto hover = [this, id = plot.id](const QPointF &, bool state) {
        if (state)
            setHovered(id);
        else if (m_hovered == id)
            setHovered(QString());
    };
    // Only the area: the outline is added again when raised, and its hover would come and go.
    connect(plot.area, &QAreaSeries::hovered, this, hover);
}

void RadarChart::setHidden(const QString &frameworkId, bool hidden)
{
    if (hidden == m_hidden.contains(frameworkId))
        return;
    if (hidden)
        m_hidden.insert(frameworkId);
    else
        m_hidden.remove(frameworkId);
    applyHidden();
    updateHighlight();
}

void RadarChart::applyHidden()
{
    for (const Plot &plot : m_plots) {
        const bool hidden = m_hidden.contains(plot.id);
        plot.area->setVisible(!hidden);
        plot.outline->setVisible(!hidden);
        plot.vertices->setVisible(!hidden);
        // Qt hides a hidden series' legend entry with it; the entry stays, to be clicked again.
        for (QLegendMarker *marker : legend()->markers(plot.area)) {
            marker->setVisible(true);
            QColor label = legend()->labelColor();
            label.setAlphaF(hidden ? 0.4f : 1.0f);
            marker->setLabelBrush(label);
        }
        hideFromLegend(plot.outline);
        hideFromLegend(plot.vertices);
    }
}

void RadarChart::setHovered(const QString &frameworkId)
{
    if (frameworkId == m_hovered)
        return;
    m_hovered = frameworkId;
    // Series are drawn in the order they were added: the hovered outline and vertices are added
    // again, to be drawn last, over every other polygon.
    const auto it = std::find_if(m_plots.cbegin(), m_plots.cend(),
                                 [&](const Plot &plot) { return plot.id == frameworkId; });
    if (it != m_plots.cend() && !m_hidden.contains(frameworkId)) {
        for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(it->outline),
                                        static_cast<QAbstractSeries *>(it->vertices)}) {
            removeSeries(series);
            attach(series);
            hideFromLegend(series);
        }
    }
    updateHighlight();
}

void RadarChart::rebuildAxes()
{
    for (const QString &label : m_angular->categoriesLabels())
        m_angular->remove(label);
    for (const QString &label : m_radial->categoriesLabels())
        m_radial->remove(label);

    const int metrics = m_model->metricCount();
    m_angular->setStartValue(0);
    m_angular->setRange(0, qMax(1, metrics));
    // A long name is shortened: the polar plot shrinks by the width of its widest label.
    const QFontMetrics fm(m_angular->labelsFont());
    m_labelWidth = labelWidthLimit();
    int widest = 0;
    for (int i = 0; i < metrics; ++i) {
        const QString shown =
            fm.elidedText(m_model->dataSet().metrics.at(i).name, Qt::ElideRight, m_labelWidth);
        widest = qMax(widest, fm.horizontalAdvance(shown));
        QString label = chartText(shown);
        // QCategoryAxis needs unique labels; two metrics may share a name.
        while (m_angular->categoriesLabels().contains(label))
            label += QChar(0x200B);
        m_angular->append(label, i);
    }

    // A ring per level. When every metric has the same number of levels the rings are
    // numbered; otherwise the rings of the longest scale are drawn without numbers, because a
    // number would mean a different level on different spokes.
    int maxLevels = 0;
    bool uniform = true;
    for (const Metric &metric : m_model->dataSet().metrics) {
        if (maxLevels != 0 && metric.levelCount() != maxLevels)
            uniform = false;
        maxLevels = qMax(maxLevels, metric.levelCount());
    }
    maxLevels = qMax(1, maxLevels);
    m_radial->setStartValue(0);
    m_radial->setRange(0, 1);
    for (int level = 1; level <= maxLevels; ++level)
        m_radial->append(QString::number(level), qreal(level) / maxLevels);
    m_radial->setLabelsVisible(uniform);

    // The polar layout leaves too little room beside the circle for the spoke labels on the
    // left and right; widen the margins by the longest label so that none is clipped. Half of
    // it and 24 pixels is what a square chart (an export) needs to keep them off the edge.
    // A small multiple's panel is small: a third of that, or its plot would vanish.
    const int side = qMin(widest / 2 + 24, 160) / (m_titledByFramework ? 3 : 1);
    setMargins(QMargins(side, 12, side, 12));
}

int RadarChart::labelWidthLimit() const
{
    // Before it is first laid out the chart has no size: the widest limit until then.
    if (size().width() <= 0)
        return MaxLabelWidth;
    return qBound(MinLabelWidth, int(size().width() / 5), MaxLabelWidth);
}

void RadarChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QChart::resizeEvent(event);
    if (labelWidthLimit() != m_labelWidth)
        rebuildAxes();
    placeLegend();
}

void RadarChart::placeLegend()
{
    // Many frameworks are listed beside the plot, where a column of names costs less height
    // than one row of them, shortened to nothing; but not in a chart too narrow to spare the
    // legend's width, where the plot would be squeezed away by it and the spoke labels.
    const qreal width = size().width();
    const bool narrow = width > 0 && width < MinWidthBesideLegend;
    const bool beside = m_plots.size() > LegendRowMax && !narrow;
    const Qt::Alignment alignment = beside ? Qt::AlignRight : Qt::AlignBottom;
    if (legend()->alignment() != alignment)
        legend()->setAlignment(alignment);
    // Beside a legend on the right, the polar layout leaves the right spoke label too little
    // room and it runs into the legend: the legend keeps that much space to its left.
    const qreal gap = beside ? margins().left() / 3 : 0;
    qreal left = 0;
    legend()->getContentsMargins(&left, nullptr, nullptr, nullptr);
    if (left != gap)
        legend()->setContentsMargins(gap, 0, 0, 0);
}

QString RadarChart::comparedTitle() const
{
    // Two or three frameworks are named in the title ("Caffe vs. Theano"), which is what a
    // chart dropped into a slide needs; more, or one, keep the data set's title.
    if (m_titledByFramework || m_plots.size() < 2 || m_plots.size() > 3)
        return {};
    QStringList names;
    for (const Plot &plot : m_plots)
        names << m_model->data(m_model->index(m_model->rowOfFramework(plot.id), 0)).toString();
    return names.size() == 2 ? tr("%1 vs. %2").arg(names.at(0), names.at(1))
                             : tr("%1 vs. %2 vs. %3").arg(names.at(0), names.at(1), names.at(2));
}

void RadarChart::attach(QAbstractSeries *series)
{
    addSeries(series);
    series->attachAxis(m_angular);
    series->attachAxis(m_radial);
}

void RadarChart::hideFromLegend(QAbstractSeries *series)
{
    for (QLegendMarker *marker : legend()->markers(series))
        marker->setVisible(false);
}

void RadarChart::addPlot(int row)
{
    Plot plot;
    plot.id = m_model->data(m_model->index(row, 0), Role::Id).toString();
    const QString name = m_model->data(m_model->index(row, 0)).toString();

    // The area has no pen: in a polar chart its border would run from the centre to the first
    // point. The visible border is a line series of its own.
    plot.upper = new QLineSeries(this);
    plot.area = new QAreaSeries(plot.upper);
    plot.upper->setParent(plot.area);
    // The area's name is its legend entry: shortened to a width the legend can spare beside
    // the plot (Qt Charts would allow it a third of the chart).
    plot.area->setName(chartText(
        QFontMetrics(legend()->font()).elidedText(name, Qt::ElideRight, MaxLegendEntryWidth)));
    plot.area->setPen(Qt::NoPen);
    plot.outline = new QLineSeries(this);
    plot.outline->setName(chartText(name));
    plot.vertices = new QScatterSeries(this);
    plot.vertices->setName(chartText(name));
    plot.vertices->setMarkerSize(9);

    connect(plot.vertices, &QScatterSeries::hovered, this,
            [this, id = plot.id](const QPointF &point, bool state) {
                const int r = m_model->rowOfFramework(id);
                const int metric = int(std::lround(point.x()));
                if (!state || r < 0 || metric < 0 || metric >= m_model->metricCount())
                    emit vertexHovered(QString());
                else
                    emit vertexHovered(m_model->ratingSummary(r, metric));
            });
    updatePoints(plot, row);
    m_plots.push_back(plot);
}

void RadarChart::updatePoints(const Plot &plot, int row)
{
    QList<QPointF> points;
    QList<QPointF> rated;
    const int metrics = m_model->metricCount();
    for (int i = 0; i < metrics; ++i) {
        const QModelIndex cell = m_model->index(row, m_model->metricColumn(i));
        const QVariant score = m_model->data(cell, Role::Score);
        const int levels = m_model->data(cell, Role::LevelCount).toInt();
        // An unrated metric sits at the centre but gets no vertex marker, so it does not read
        // as a rating of zero; the tooltip of the table says "Not rated".
        const qreal r = score.isValid() && levels > 0 ? score.toReal() / levels : 0.0;
        points << QPointF(i, r);
        if (score.isValid())
            rated << QPointF(i, r);
    }
    if (!points.isEmpty())
        points << QPointF(metrics, points.first().y()); // close the polygon
    plot.upper->replace(points);
    plot.outline->replace(points);
    plot.vertices->replace(rated);
}

void RadarChart::updateHighlight()
{
    const QString selected = m_selection && m_selection->focus() == Selection::Focus::Framework
                                 ? m_selection->frameworkId()
                                 : QString();
    // The framework under the pointer stands out for as long as it is there, over the selected one.
    const QString emphasised = m_hovered.isEmpty() ? selected : m_hovered;
    const bool anySelected = std::any_of(m_plots.cbegin(), m_plots.cend(),
                                         [&](const Plot &plot) { return plot.id == emphasised; });

    // The theme's background is a gradient; a colour must stand out against its lightest end.
    QColor background = backgroundBrush().color();
    if (const QGradient *gradient = backgroundBrush().gradient())
        for (const QGradientStop &stop : gradient->stops())
            if (!background.isValid() || stop.second.lightness() > background.lightness())
                background = stop.second;
    for (const Plot &plot : m_plots) {
        const int row = m_model->rowOfFramework(plot.id);
        // The palette is chosen for a light background; on the dark theme a dark colour (the
        // palette's grey, a deep blue) is lightened until it reads. The light theme keeps the
        // colours as chosen.
        const QColor own = m_model->frameworkColor(row);
        const QColor color = m_dark ? Appearance::readableOn(own, background) : own;
        const bool highlighted = anySelected && plot.id == emphasised;
        QColor fill = color;
        fill.setAlphaF(highlighted ? HighlightAreaAlpha
                                   : (anySelected ? DimmedAreaAlpha : AreaAlpha));
        plot.area->setBrush(fill);
        plot.area->setPen(Qt::NoPen);
        // The legend swatch keeps a readable colour however faint the area is drawn; set after
        // the area's brush, which the marker otherwise copies.
        QColor swatch = color;
        swatch.setAlphaF(m_hidden.contains(plot.id) ? 0.2 : 0.75);
        for (QLegendMarker *marker : legend()->markers(plot.area))
            marker->setBrush(swatch);
        QPen pen(color, highlighted ? HighlightPenWidth : PenWidth);
        pen.setJoinStyle(Qt::RoundJoin);
        plot.outline->setPen(pen);
        plot.vertices->setColor(color);
        plot.vertices->setBorderColor(m_dark ? Qt::black : Qt::white);
    }

    // The selected metric's spoke is drawn over the grid in the accent colour.
    const QString metricId = m_selection ? m_selection->metricId() : QString();
    const int metric = m_model->dataSet().metricIndex(metricId);
    if (metric >= 0 && !metricId.isEmpty())
        m_metricSpoke->replace({QPointF(metric, 0), QPointF(metric, 1)});
    else
        m_metricSpoke->clear();
    QPen spokePen(m_dark ? QColor(0xF0, 0xE4, 0x42) : QColor(0x33, 0x33, 0x33), 3.0);
    spokePen.setStyle(Qt::DashLine);
    m_metricSpoke->setPen(spokePen);
}

} // namespace Versus
