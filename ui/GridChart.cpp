// SPDX-License-Identifier: GPL-3.0-or-later
#include "GridChart.h"

#include "FrameworkModel.h"
#include "RadarChart.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Versus {

GridChart::GridChart(const FrameworkModel *model, Selection *selection, const Setup &setup,
                     QObject *parent)
    : ChartDrawing(model, selection, setup, parent)
{
    setObjectName(u"gridChart"_s);
}

GridChart::~GridChart() = default;

void GridChart::plottedChanged()
{
    m_panelsStale = true;
}

void GridChart::rebuildPanels()
{
    m_panels.clear();
    for (const QString &id : plottedFrameworks()) {
        RadarChart::Setup setup;
        setup.frameworks = QStringList{id};
        setup.titledByFramework = true;
        setup.dark = isDark();
        auto panel = std::make_unique<RadarChart>(m_model, m_selection, setup);
        panel->setObjectName(u"smallMultiple:"_s + id);
        panel->setBackgroundVisible(false); // the grid's is drawn once, under every panel
        m_panels.push_back(std::move(panel));
    }
    m_panelsStale = false;
}

QList<RadarChart *> GridChart::panels() const
{
    ensureLayout();
    QList<RadarChart *> panels;
    for (const auto &panel : m_panels)
        panels << panel.get();
    return panels;
}

int GridChart::columnCount() const
{
    ensureLayout();
    return m_columns;
}

QRectF GridChart::panelRect(int index) const
{
    ensureLayout();
    return m_rects.value(index);
}

GridChart::Grid GridChart::gridFor(const QSizeF &size) const
{
    Grid grid;
    const qreal px = widthPixelSize(size.width());
    const QString title = m_model->dataSet().title;
    grid.band =
        title.isEmpty()
            ? px
            : wrappedSize(title, font(px * 1.25, true), size.width() - 2 * px).height() + px * 1.6;
    // What the panels' whiskers mean, once, under the title.
    if (anyRange()) {
        grid.note =
            wrappedSize(RadarChart::rangeNote(), font(px * 0.9), size.width() - 2 * px).height();
        grid.band += grid.note + px * 0.6;
    }
    const int count = int(plottedRows().size());
    if (count == 0)
        return grid;
    const qreal width = size.width() - px; // half a margin each side: the panels have their own
    const qreal height = size.height() - grid.band - px / 2;
    const auto sideFor = [&](int columns) {
        const int rows = (count + columns - 1) / columns;
        return std::min(width / columns, height / rows);
    };
    // Square panels, as large as they can be: for a square picture a near-square grid.
    for (int c = 1; c <= count; ++c)
        if (sideFor(c) > sideFor(grid.columns))
            grid.columns = c;
    grid.side = sideFor(grid.columns);
    if (grid.side < MinPanelSide) {
        // Legible panels, in fewer columns, in a taller picture.
        grid.columns = std::clamp(int(width / MinPanelSide), 1, count);
        grid.side = std::max(MinPanelSide, std::min(width / grid.columns, MinPanelSide * 1.3));
        grid.side = std::min(grid.side, width / grid.columns);
    }
    grid.rows = (count + grid.columns - 1) / grid.columns;
    return grid;
}

qreal GridChart::neededHeight(qreal width, qreal height) const
{
    const Grid grid = gridFor(QSizeF(width, height));
    const qreal px = widthPixelSize(width);
    return std::max(height, std::ceil(grid.band + grid.rows * grid.side + px / 2));
}

void GridChart::layout()
{
    if (m_panelsStale)
        rebuildPanels();
    const QSizeF canvas = size();
    const qreal px = widthPixelSize(canvas.width());
    const Grid grid = gridFor(canvas);
    m_columns = grid.columns;
    const qreal title = layoutTitle(m_model->dataSet().title,
                                    QRectF(px, px * 0.8, canvas.width() - 2 * px, 1e6), px * 1.25);
    if (grid.note > 0) {
        const qreal top = title > 0 ? px * 0.8 + title + px * 0.6 : px * 0.8;
        layoutNote(RadarChart::rangeNote(), QRectF(px, top, canvas.width() - 2 * px, grid.note),
                   px * 0.9);
    }
    // The panels' text: a share of their side, never under the smallest size.
    const qreal panelPixels = std::clamp(grid.side / 24, MinPixelSize + 1, px);
    const int count = int(m_panels.size());
    const qreal top =
        grid.band +
        std::max(0.0, (canvas.height() - grid.band - px / 2 - grid.rows * grid.side) / 2);
    m_rects.clear();
    for (int i = 0; i < count; ++i) {
        const int row = i / grid.columns;
        // A last row that is not full is centred under the others.
        const int inRow = std::min(grid.columns, count - row * grid.columns);
        const qreal left = (canvas.width() - inRow * grid.side) / 2;
        const QRectF rect(left + (i % grid.columns) * grid.side, top + row * grid.side, grid.side,
                          grid.side);
        m_rects << rect;
        RadarChart *panel = m_panels.at(i).get();
        panel->setDark(isDark());
        panel->setHovered(hoveredFramework() == panel->plottedFrameworks().value(0)
                              ? hoveredFramework()
                              : QString());
        panel->setPixelSize(panelPixels);
        panel->setSize(rect.size());
        for (ChartText text : panel->texts()) {
            text.rect.translate(rect.topLeft());
            m_texts << text;
        }
    }
}

void GridChart::paintPlot(QPainter *painter) const
{
    fillBackground(painter);
    for (int i = 0; i < int(m_panels.size()); ++i) {
        painter->save();
        painter->translate(m_rects.at(i).topLeft());
        const ChartDrawing *panel = m_panels.at(i).get();
        panel->ensureLayout();
        panel->paintPlot(painter);
        // The panel's swatches (none) and texts are drawn by paint(), from this grid's list.
        painter->restore();
    }
}

QString GridChart::toolTipAt(const QPointF &point, QString *framework) const
{
    ensureLayout();
    for (int i = 0; i < m_rects.size(); ++i)
        if (m_rects.at(i).contains(point))
            return m_panels.at(i)->toolTipAt(point - m_rects.at(i).topLeft(), framework);
    if (framework)
        framework->clear();
    return {};
}

QString GridChart::description() const
{
    QStringList frameworks;
    for (int row : plottedRows())
        frameworks << ratingsInWords(row);
    if (frameworks.isEmpty())
        return tr("No framework is compared; check one in the Frameworks list.");
    const QString ranges = anyRange() ? RadarChart::rangeNote() + u"."_s + u' ' : QString();
    return tr("One radar chart per compared framework, on the same scale.") + u' ' + ranges +
           frameworks.join(u' ');
}

} // namespace Versus
