// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreChart.h"

#include "Appearance.h"
#include "FrameworkModel.h"
#include "FrameworkPalette.h"
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
constexpr qreal MaxRowShare = 2.4;
constexpr qreal MinRowShare = 1.5;
constexpr qreal BarShare = 0.7;

// The metrics' colours, apart from the frameworks' (FrameworkPalette::colors()), so that a
// segment is not read as a framework.
const QColor MetricColors[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b),
                               QColor(0x59, 0xa1, 0x4f), QColor(0xb0, 0x7a, 0xa1),
                               QColor(0xed, 0xc9, 0x48), QColor(0x76, 0xb7, 0xb2),
                               QColor(0xe1, 0x57, 0x59), QColor(0x9c, 0x75, 0x5f),
                               QColor(0xff, 0x9d, 0xa7), QColor(0xba, 0xb0, 0xac)};

} // namespace

ScoreChart::ScoreChart(const FrameworkModel *model, Selection *selection, const Setup &setup,
                       QObject *parent)
    : ChartDrawing(model, selection, setup, parent)
{
    setObjectName(u"scoreChart"_s);
}

QColor ScoreChart::metricColor(int metric) const
{
    const QColor own = MetricColors[metric % std::size(MetricColors)];
    return isDark() ? Appearance::readableOn(own, background()) : own;
}

QList<ScoreChart::Row> ScoreChart::scoredRows() const
{
    // The contributions add up to the weighted score: each rated, weighted metric's share.
    const DataSet &data = m_model->dataSet();
    QList<Row> rows;
    for (int row : plottedRows()) {
        Row entry;
        entry.frameworkId = frameworkId(row);
        const FrameworkModel::WeightedScore score = m_model->weightedScore(row);
        entry.score = score.value;
        entry.partial = score.value && !score.unrated.isEmpty();
        int weights = 0;
        for (int m = 0; m < m_model->metricCount(); ++m)
            if (m_model->weight(m) > 0 && data.frameworks.at(row).rating(data.metrics.at(m).id) &&
                data.metrics.at(m).levelCount() > 0)
                weights += m_model->weight(m);
        for (int m = 0; m < m_model->metricCount() && weights > 0; ++m) {
            const Rating *rating = data.frameworks.at(row).rating(data.metrics.at(m).id);
            const int w = m_model->weight(m);
            if (w <= 0 || !rating || data.metrics.at(m).levelCount() <= 0)
                continue;
            entry.segments << Segment{m,
                                      w * double(rating->score) / data.metrics.at(m).levelCount() /
                                          weights * FrameworkModel::ScoreScale,
                                      {}};
        }
        rows << entry;
    }
    // Best first; no score last; ties in the model's order.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.score.value_or(-1) > b.score.value_or(-1);
    });
    return rows;
}

QRectF ScoreChart::plotArea(const QSizeF &size, qreal px, bool place, QRectF *legendRect)
{
    const QList<ChartText> texts = m_texts;
    const QList<Swatch> swatches = m_swatches;
    QRectF area(px * 0.8, px * 0.8, size.width() - 1.6 * px, size.height() - 1.6 * px);
    if (const qreal height = layoutTitle(tr("Weighted score"), area, px * 1.25); height > 0)
        area.setTop(area.top() + height + px * 0.6);
    QList<LegendEntry> entries;
    for (int m = 0; m < m_model->metricCount(); ++m) {
        const Metric &metric = m_model->dataSet().metrics.at(m);
        entries << LegendEntry{
            metric.id,
            tr("%1 (weight %2)", "metric, weight").arg(metric.name).arg(m_model->weight(m)),
            metricColor(m)};
    }
    // Below, in columns, as in BarsChart: beside, it would take the bars' length.
    const bool beside = false;
    const QRectF legend = layoutLegend(entries, area, beside, px);
    if (legendRect)
        *legendRect = legend;
    if (!legend.isEmpty()) {
        if (beside)
            area.setRight(legend.left() - px * 1.5);
        else
            area.setBottom(legend.top() - px * 0.8);
    }
    if (!place) {
        m_texts = texts;
        m_swatches = swatches;
    }
    return area;
}

qreal ScoreChart::neededHeight(qreal width, qreal height) const
{
    const qreal px = widthPixelSize(width);
    const QRectF area =
        const_cast<ScoreChart *>(this)->plotArea(QSizeF(width, height), px, false, nullptr);
    // Rows, the axis and the note on partial scores.
    const qreal need = plottedRows().size() * px * MinRowShare + px * 4;
    return std::max(height, std::ceil(height + need - area.height()));
}

const QList<ScoreChart::Row> &ScoreChart::rows() const
{
    ensureLayout();
    return m_rows;
}

void ScoreChart::layout()
{
    const QSizeF canvas = size();
    const qreal px = widthPixelSize(canvas.width());
    QRectF legend;
    QRectF plot = plotArea(canvas, px, true, &legend);
    m_rows = scoredRows();
    const QFont nameFont = font(px, true);
    const QFont valueFont = font(px);
    const QFont smallFont = font(px * 0.9);
    const QFontMetricsF valueMetrics(valueFont);
    const QFontMetricsF smallMetrics(smallFont);

    qreal nameWidth = 0;
    for (const Row &row : m_rows)
        nameWidth = std::max(nameWidth, QFontMetricsF(nameFont).horizontalAdvance(frameworkName(
                                            m_model->rowOfFramework(row.frameworkId))));
    nameWidth = std::min(std::ceil(nameWidth) + 1, std::min(plot.width() * 0.25, px * 10));
    const qreal valueWidth = std::ceil(valueMetrics.horizontalAdvance(u"10.0*"_s)) + px * 0.6;
    const qreal origin = plot.left() + nameWidth + px;
    const qreal length = std::max(px, plot.right() - valueWidth - origin);

    // Under the bars: the scale, and the meaning of "*" when a score is partial.
    const bool anyPartial =
        std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.partial; });
    ChartText note;
    if (anyPartial) {
        note.kind = ChartText::Kind::Note;
        note.text = tr("* partial: not rated on every weighted metric; the score is of the rated "
                       "ones");
        note.font = smallFont;
        note.color = foreground();
        note.flags = Qt::AlignLeft | Qt::AlignBottom | WrapFlags;
        note.rect.setSize(wrappedSize(note.text, smallFont, plot.width()));
    }
    const qreal axisHeight = smallMetrics.height() + px * 0.4;
    const qreal below = axisHeight + (anyPartial ? note.rect.height() + px * 0.5 : 0);
    const int count = std::max<int>(1, int(m_rows.size()));
    const qreal rowHeight =
        std::clamp((plot.height() - below) / count, px * MinRowShare, px * MaxRowShare);
    // A few short bars do not fill the height: the bars, their scale and the legend stay
    // together, centred in the room under the title, rather than the legend at the bottom of
    // the picture far below them.
    const qreal slack = std::max(0.0, plot.height() - below - count * rowHeight);
    const qreal top = plot.top() + slack / 2;
    if (!legend.isEmpty() && slack > 0) {
        for (ChartText &text : m_texts)
            if (text.kind == ChartText::Kind::Legend)
                text.rect.translate(0, -slack / 2);
        for (Swatch &swatch : m_swatches)
            swatch.rect.translate(0, -slack / 2);
    }
    m_scale = QRectF(origin, top, length, count * rowHeight);
    if (anyPartial) {
        note.rect.moveTopLeft(QPointF(plot.left(), m_scale.bottom() + axisHeight + px * 0.5));
        m_texts << note;
    }

    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const int modelRow = m_model->rowOfFramework(row.frameworkId);
        row.band = QRectF(origin, top + i * rowHeight, length, rowHeight);
        const QString name = frameworkName(modelRow);
        const QSizeF nameSize = wrappedSize(name, nameFont, nameWidth);
        ChartText label;
        label.kind = ChartText::Kind::Category;
        label.text = name;
        label.font = nameFont;
        label.color = foreground();
        label.flags = Qt::AlignRight | Qt::AlignVCenter | WrapFlags;
        label.rect = QRectF(origin - px * 0.6 - nameSize.width(),
                            row.band.center().y() - nameSize.height() / 2, nameSize.width(),
                            nameSize.height());
        label.key = row.frameworkId;
        m_texts << label;
        const qreal thickness = rowHeight * BarShare;
        qreal x = origin;
        for (Segment &segment : row.segments) {
            const qreal width = segment.contribution / FrameworkModel::ScoreScale * length;
            segment.rect = QRectF(x, row.band.center().y() - thickness / 2, width, thickness);
            x += width;
        }
        ChartText total;
        total.kind = ChartText::Kind::Value;
        total.text = FrameworkModel::scoreText(
            {row.score, row.partial ? QStringList{u"-"_s} : QStringList{}});
        total.font = valueFont;
        total.color = foreground();
        total.flags = Qt::AlignLeft | Qt::AlignVCenter;
        total.rect = QRectF(x + px * 0.35, row.band.center().y() - valueMetrics.height() / 2,
                            std::ceil(valueMetrics.horizontalAdvance(total.text)) + 1,
                            valueMetrics.height());
        total.key = row.frameworkId;
        m_texts << total;
    }
    // The scale: 0 to 10 in steps of 2, or of 5 when narrow.
    const int step = length < px * 20 ? 5 : 2;
    for (int value = 0; value <= FrameworkModel::ScoreScale; value += step) {
        ChartText tick;
        tick.kind = ChartText::Kind::Axis;
        tick.text = QString::number(value);
        tick.font = smallFont;
        tick.color = foreground();
        tick.flags = Qt::AlignCenter;
        const qreal width = std::ceil(smallMetrics.horizontalAdvance(tick.text)) + 2;
        const qreal x = origin + value / FrameworkModel::ScoreScale * length;
        tick.rect =
            QRectF(x - width / 2, m_scale.bottom() + px * 0.3, width, smallMetrics.height());
        m_texts << tick;
    }
}

void ScoreChart::paintPlot(QPainter *painter) const
{
    fillBackground(painter);
    if (m_rows.isEmpty())
        return;
    QPen faint(gridColor(), 1, Qt::DotLine);
    for (int value = 0; value <= FrameworkModel::ScoreScale; value += 1) {
        const qreal x = m_scale.left() + value / FrameworkModel::ScoreScale * m_scale.width();
        painter->setPen(value == 0 ? QPen(gridColor(), 1) : faint);
        painter->drawLine(QPointF(x, m_scale.top()), QPointF(x, m_scale.bottom()));
    }
    const QString selected = m_selection && m_selection->focus() == Selection::Focus::Framework
                                 ? m_selection->frameworkId()
                                 : QString();
    const QString emphasised = hoveredFramework().isEmpty() ? selected : hoveredFramework();
    for (const Row &row : m_rows) {
        const bool dimmed = !emphasised.isEmpty() && emphasised != row.frameworkId &&
                            plottedFrameworks().contains(emphasised);
        for (const Segment &segment : row.segments) {
            QColor color = metricColor(segment.metric);
            if (dimmed)
                color.setAlphaF(0.35f);
            // A metric hidden from the legend keeps its place, outlined, so the total still reads.
            const bool hidden = isHidden(m_model->dataSet().metrics.at(segment.metric).id);
            painter->setPen(hidden ? QPen(color, 1) : QPen(background(), 1));
            painter->setBrush(hidden ? QBrush(Qt::NoBrush) : QBrush(color));
            painter->drawRect(segment.rect);
        }
        if (emphasised == row.frameworkId && !row.segments.isEmpty()) {
            QRectF whole = row.segments.front().rect;
            whole.setRight(row.segments.back().rect.right());
            painter->setPen(QPen(foreground(), 1.5));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(whole);
        }
    }
}

QString ScoreChart::toolTipAt(const QPointF &point, QString *framework) const
{
    ensureLayout();
    for (const Row &row : m_rows) {
        if (!row.band.adjusted(-m_scale.left(), 0, 0, 0).contains(point))
            continue;
        if (framework)
            *framework = row.frameworkId;
        const int modelRow = m_model->rowOfFramework(row.frameworkId);
        for (const Segment &segment : row.segments)
            if (segment.rect.contains(point))
                return tr("%1 — %2: %3 of the weighted score %4 (weight %5; %6)",
                          "framework, metric, contribution, score, weight, rating")
                    .arg(frameworkName(modelRow),
                         m_model->dataSet().metrics.at(segment.metric).name,
                         QString::number(segment.contribution, 'f', 1),
                         FrameworkModel::scoreText({row.score, {}}))
                    .arg(m_model->weight(segment.metric))
                    .arg(m_model->index(modelRow, m_model->metricColumn(segment.metric))
                             .data()
                             .toString());
        return tr("%1 — weighted score: %2", "framework, score")
            .arg(frameworkName(modelRow),
                 FrameworkModel::scoreText(
                     {row.score, row.partial ? QStringList{u"-"_s} : QStringList{}}));
    }
    if (framework)
        framework->clear();
    return {};
}

QString ScoreChart::description() const
{
    QStringList parts;
    for (const Row &row : scoredRows()) {
        const QString name = frameworkName(m_model->rowOfFramework(row.frameworkId));
        parts << (row.score ? tr("%1: %2 of 10.", "framework, weighted score")
                                  .arg(name, FrameworkModel::scoreText({row.score, {}}))
                            : tr("%1: no score.", "framework").arg(name));
    }
    if (parts.isEmpty())
        return tr("No framework is compared; check one in the Frameworks list.");
    return tr("The weighted score of each compared framework, best first, in bars made of each "
              "metric's share.") +
           u' ' + parts.join(u' ');
}

} // namespace Versus
