// SPDX-License-Identifier: GPL-3.0-or-later
#include "BarsChart.h"

#include "FrameworkModel.h"
#include "Selection.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

// Between words only: a name broken inside a word ("Performa-nce") reads worse than a wider one.
constexpr int WrapFlags = Qt::TextWordWrap;
// A row of the group is this many times the text's pixel size high, at most and at least.
constexpr qreal MaxRowShare = 1.9;
constexpr qreal MinRowShare = 1.35;
constexpr qreal BarShare = 0.7; // of the row

} // namespace

BarsChart::BarsChart(const FrameworkModel *model, Selection *selection, const Setup &setup,
                     QObject *parent)
    : ChartDrawing(model, selection, setup, parent)
{
    setObjectName(u"barsChart"_s);
}

QList<int> BarsChart::shownRows() const
{
    QList<int> rows;
    for (int row : plottedRows())
        if (!isHidden(frameworkId(row)))
            rows << row;
    return rows;
}

qreal BarsChart::groupsHeight(qreal pixelSize, qreal rowHeight, qreal nameWidth) const
{
    const int frameworks = std::max<int>(1, int(shownRows().size()));
    qreal height = 0;
    const QFont nameFont = font(pixelSize, true);
    for (int m = 0; m < m_model->metricCount(); ++m) {
        const qreal name =
            wrappedSize(m_model->dataSet().metrics.at(m).name, nameFont, nameWidth).height();
        height += std::max(frameworks * rowHeight, name) + (m > 0 ? pixelSize : 0);
    }
    return height;
}

qreal BarsChart::nameWidthFor(qreal plotWidth, qreal pixelSize) const
{
    // As wide as the longest name, within a quarter of the plot; never narrower than its longest
    // word (a name breaks between words, not inside one, and would leave the picture), within a
    // third.
    const QFontMetricsF metrics(font(pixelSize, true));
    qreal widest = 0;
    qreal longestWord = 0;
    for (const Metric &metric : m_model->dataSet().metrics) {
        widest = std::max(widest, metrics.horizontalAdvance(metric.name));
        for (const QString &word : metric.name.split(u' ', Qt::SkipEmptyParts))
            longestWord = std::max(longestWord, metrics.horizontalAdvance(word));
    }
    const qreal width = std::min(std::ceil(widest) + 1, std::min(plotWidth * 0.25, pixelSize * 10));
    return std::max(width, std::min(std::ceil(longestWord) + 1, plotWidth / 3));
}

qreal BarsChart::neededHeight(qreal width, qreal height) const
{
    // As tall as rows of the smallest height need, when the size given is too short.
    auto *self = const_cast<BarsChart *>(this);
    const Frame frame = self->frameFor(QSizeF(width, height));
    const qreal nameWidth = nameWidthFor(frame.plot.width(), frame.pixelSize);
    const qreal need = groupsHeight(frame.pixelSize, frame.pixelSize * MinRowShare, nameWidth);
    return std::max(height, std::ceil(height + need - frame.plot.height()));
}

BarsChart::Frame BarsChart::frameFor(const QSizeF &size)
{
    // Laid out into a scratch list, then forgotten: only the room they take is wanted.
    const QList<ChartText> texts = m_texts;
    const QList<Swatch> swatches = m_swatches;
    Frame frame;
    frame.pixelSize = widthPixelSize(size.width());
    const qreal px = frame.pixelSize;
    QRectF area(px * 0.8, px * 0.8, size.width() - 1.6 * px, size.height() - 1.6 * px);
    if (const qreal height = layoutTitle(m_model->dataSet().title, area, px * 1.25); height > 0)
        area.setTop(area.top() + height + px * 0.6);
    // Below, in columns, whatever the shape: beside, it would take the bars' length, and a chart
    // made taller to fit its bars would move it.
    frame.legendBeside = false;
    if (anyRange())
        area.setBottom(area.bottom() - layoutNote(rangeNote(), area, px * 0.9) - px * 0.6);
    const QRectF legend = layoutLegend(frameworkLegend(), area, frame.legendBeside, px);
    if (!legend.isEmpty()) {
        if (frame.legendBeside)
            area.setRight(legend.left() - px * 1.5);
        else
            area.setBottom(legend.top() - px * 0.8);
    }
    frame.plot = area;
    m_texts = texts;
    m_swatches = swatches;
    return frame;
}

const QList<BarsChart::Bar> &BarsChart::bars() const
{
    ensureLayout();
    return m_bars;
}

void BarsChart::layout()
{
    m_bars.clear();
    const QSizeF canvas = size();
    const Frame frame = frameFor(canvas);
    const qreal px = frame.pixelSize;
    // The title and legend for real this time, then the groups below.
    QRectF area(px * 0.8, px * 0.8, canvas.width() - 1.6 * px, canvas.height() - 1.6 * px);
    layoutTitle(m_model->dataSet().title, area, px * 1.25);
    if (anyRange())
        area.setBottom(area.bottom() - layoutNote(rangeNote(), area, px * 0.9) - px * 0.6);
    layoutLegend(frameworkLegend(), area, frame.legendBeside, px);
    const QRectF plot = frame.plot;

    const DataSet &data = m_model->dataSet();
    const QList<int> rows = shownRows();
    const QFont nameFont = font(px, true);
    const QFont valueFont = font(px * 0.9);
    QFont notRatedFont = valueFont;
    notRatedFont.setItalic(true);
    const QString notRated = tr("Not rated");
    const qreal nameWidth = nameWidthFor(plot.width(), px);
    qreal valueWidth = QFontMetricsF(notRatedFont).horizontalAdvance(notRated);
    m_uniformLevels = true;
    for (const Metric &metric : data.metrics) {
        for (const QString &level : metric.levels)
            valueWidth = std::max(valueWidth, QFontMetricsF(valueFont).horizontalAdvance(level));
        if (metric.levelCount() != data.metrics.front().levelCount())
            m_uniformLevels = false;
    }
    // A ranged rating's label says its range too ("High, 2–5"), after the error bar's cap.
    for (int row : rows)
        for (int m = 0; m < m_model->metricCount(); ++m)
            if (const QModelIndex cell = m_model->index(row, m_model->metricColumn(m));
                cell.data(Role::Range).isValid())
                valueWidth = std::max(
                    valueWidth,
                    QFontMetricsF(valueFont).horizontalAdvance(cell.data().toString()) + px * 0.4);
    valueWidth = std::ceil(valueWidth) + px * 0.6;
    const qreal origin = plot.left() + nameWidth + px;
    const qreal length = std::max(px, plot.right() - valueWidth - origin);
    m_scale = QRectF(origin, plot.top(), length, plot.height());

    // The rows share the height, within bounds; a group is at least as tall as its name.
    const int frameworks = std::max<int>(1, int(rows.size()));
    const qreal minimum = groupsHeight(px, px * MinRowShare, nameWidth);
    qreal rowHeight = px * MinRowShare;
    if (minimum < plot.height()) {
        const qreal gaps = (m_model->metricCount() - 1) * px;
        rowHeight =
            std::clamp((plot.height() - gaps) / std::max(1, m_model->metricCount() * frameworks),
                       px * MinRowShare, px * MaxRowShare);
    }
    const qreal total = groupsHeight(px, rowHeight, nameWidth);
    // Rows at their tallest may not fill a tall chart: the bars and the legend (with the note
    // under it) stay together, centred in the room under the title, rather than the legend at
    // the bottom of the picture far under the last bar.
    const qreal slack = std::max(0.0, plot.height() - total);
    for (ChartText &text : m_texts)
        if (text.kind == ChartText::Kind::Legend || text.kind == ChartText::Kind::Note)
            text.rect.translate(0, -slack / 2);
    for (Swatch &swatch : m_swatches)
        swatch.rect.translate(0, -slack / 2);
    qreal y = plot.top() + slack / 2;
    m_scale.setTop(y);
    for (int m = 0; m < m_model->metricCount(); ++m) {
        const Metric &metric = data.metrics.at(m);
        const QSizeF nameSize = wrappedSize(metric.name, nameFont, nameWidth);
        const qreal groupHeight = std::max(frameworks * rowHeight, nameSize.height());
        ChartText name;
        name.kind = ChartText::Kind::Category;
        name.text = metric.name;
        name.font = nameFont;
        name.color = foreground();
        name.flags = Qt::AlignRight | Qt::AlignVCenter | WrapFlags;
        name.rect =
            QRectF(origin - px - nameSize.width(), y + (groupHeight - nameSize.height()) / 2,
                   nameSize.width(), nameSize.height());
        name.key = metric.id;
        m_texts << name;
        const qreal top = y + (groupHeight - frameworks * rowHeight) / 2;
        for (int i = 0; i < rows.size(); ++i) {
            const int row = rows.at(i);
            Bar bar;
            bar.frameworkId = frameworkId(row);
            bar.metric = m;
            bar.levels = metric.levelCount();
            bar.row = QRectF(origin, top + i * rowHeight, length, rowHeight);
            bar.origin = origin;
            bar.perLevel = bar.levels > 0 ? length / bar.levels : 0;
            const QModelIndex cell = m_model->index(row, m_model->metricColumn(m));
            if (const QVariant score = cell.data(Role::Score); score.isValid())
                bar.score = score.toInt();
            const qreal thickness = rowHeight * BarShare;
            ChartText value;
            value.kind = ChartText::Kind::Value;
            value.color = foreground();
            value.key = bar.frameworkId;
            if (bar.score) {
                bar.bar = QRectF(origin, bar.row.center().y() - thickness / 2,
                                 *bar.score * bar.perLevel, thickness);
                value.text = cell.data().toString();
                value.font = valueFont;
            } else {
                value.text = notRated;
                value.font = notRatedFont;
                value.color.setAlphaF(0.7f);
            }
            // The error bar across the bar's middle, and its caps as high as the bar.
            qreal end = origin + bar.bar.width();
            if (const QVariantList range = cell.data(Role::Range).toList();
                bar.score && range.size() == 2) {
                bar.range = std::pair(range.at(0).toInt(), range.at(1).toInt());
                const qreal y = bar.row.center().y();
                bar.errorBar = QLineF(origin + bar.range->first * bar.perLevel, y,
                                      origin + bar.range->second * bar.perLevel, y);
                end = std::max(end, bar.errorBar.x2() + ErrorBarWidth / 2 + px * 0.4);
            }
            const QFontMetricsF metrics(value.font);
            const qreal textWidth = std::ceil(metrics.horizontalAdvance(value.text)) + 1;
            value.rect = QRectF(end + px * 0.35, bar.row.center().y() - metrics.height() / 2,
                                textWidth, metrics.height());
            value.flags = Qt::AlignLeft | Qt::AlignVCenter;
            m_texts << value;
            m_bars << bar;
        }
        y += groupHeight + px;
    }
    m_scale.setBottom(y - px);
}

void BarsChart::paintPlot(QPainter *painter) const
{
    fillBackground(painter);
    if (m_bars.isEmpty())
        return;
    // The origin, and a faint line at each level when every metric has as many.
    painter->setPen(QPen(gridColor(), 1));
    painter->drawLine(QPointF(m_scale.left(), m_scale.top()),
                      QPointF(m_scale.left(), m_scale.bottom()));
    if (m_uniformLevels && m_bars.front().levels > 0) {
        QPen faint(gridColor(), 1, Qt::DotLine);
        painter->setPen(faint);
        for (int level = 1; level <= m_bars.front().levels; ++level) {
            const qreal x = m_scale.left() + level * m_bars.front().perLevel;
            painter->drawLine(QPointF(x, m_scale.top()), QPointF(x, m_scale.bottom()));
        }
    }
    for (const Bar &bar : m_bars)
        drawBar(painter, bar);
}

void BarsChart::drawBar(QPainter *painter, const Bar &bar) const
{
    if (!bar.score)
        return;
    const QString selected = m_selection && m_selection->focus() == Selection::Focus::Framework
                                 ? m_selection->frameworkId()
                                 : QString();
    const QString emphasised = hoveredFramework().isEmpty() ? selected : hoveredFramework();
    QColor color = frameworkColor(bar.frameworkId);
    if (!emphasised.isEmpty() && emphasised != bar.frameworkId &&
        plottedFrameworks().contains(emphasised))
        color.setAlphaF(0.35f);
    painter->setPen(emphasised == bar.frameworkId ? QPen(foreground(), 1.5) : Qt::NoPen);
    painter->setBrush(color);
    painter->drawRect(bar.bar);
    QColor ink = foreground();
    ink.setAlphaF(color.alphaF());
    drawErrorBar(painter, bar, ink);
}

void BarsChart::drawErrorBar(QPainter *painter, const Bar &bar, const QColor &color) const
{
    if (bar.errorBar.isNull())
        return;
    // In the text's colour, which reads on the background and, with a thin line of the
    // background around it, on any framework's colour.
    const qreal half = bar.bar.height() / 2;
    const QLineF &line = bar.errorBar;
    const QList<QLineF> strokes{line,
                                QLineF(line.x1(), line.y1() - half, line.x1(), line.y1() + half),
                                QLineF(line.x2(), line.y2() - half, line.x2(), line.y2() + half)};
    QColor halo = background();
    halo.setAlphaF(color.alphaF() * 0.8f);
    painter->setPen(QPen(halo, ErrorBarWidth + 2, Qt::SolidLine, Qt::SquareCap));
    painter->drawLines(strokes);
    painter->setPen(QPen(color, ErrorBarWidth, Qt::SolidLine, Qt::FlatCap));
    painter->drawLines(strokes);
}

QString BarsChart::toolTipAt(const QPointF &point, QString *framework) const
{
    ensureLayout();
    for (const Bar &bar : m_bars)
        if (bar.row.contains(point)) {
            if (framework)
                *framework = bar.frameworkId;
            return m_model->ratingSummary(m_model->rowOfFramework(bar.frameworkId), bar.metric);
        }
    if (framework)
        framework->clear();
    return {};
}

QString BarsChart::description() const
{
    QStringList frameworks;
    for (int row : plottedRows())
        frameworks << ratingsInWords(row);
    if (frameworks.isEmpty())
        return tr("No framework is compared; check one in the Frameworks list.");
    const QString ranges = anyRange() ? rangeNote() + u"."_s + u' ' : QString();
    return tr("One group of bars per metric, one bar per compared framework.") + u' ' + ranges +
           frameworks.join(u' ');
}

QString BarsChart::rangeNote()
{
    return tr("Error bars: the range a rating could be in");
}

} // namespace Versus
