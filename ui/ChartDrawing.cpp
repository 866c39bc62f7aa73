// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartDrawing.h"

#include "Appearance.h"
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
// A legend entry: a square swatch, a gap, the name; entries this far apart.
constexpr qreal SwatchShare = 0.9; // of the text's pixel size
// The widest a legend name may be, of the chart's width: beside the plot, and below it.
constexpr qreal LegendNameShare = 0.28;
constexpr qreal LegendNameShareBelow = 0.45;

QSizeF wrappedTextSize(const QString &text, const QFont &font, qreal width)
{
    const QFontMetricsF metrics(font);
    const QRectF bounds =
        metrics.boundingRect(QRectF(0, 0, std::max(width, 1.0), 1e6), WrapFlags, text);
    // A pixel to spare: drawn in a rectangle exactly as wide, a line may break once more on a
    // device that rounds the advances differently (the screen's hinting).
    return {std::ceil(bounds.width()) + 1, std::ceil(bounds.height())};
}

} // namespace

ChartDrawing::ChartDrawing(const FrameworkModel *model, Selection *selection, const Setup &setup,
                           QObject *parent)
    : QObject(parent), m_model(model), m_selection(selection), m_frameworks(setup.frameworks),
      m_dark(setup.dark)
{
    // Anything in the model may change what is drawn: the layout is made again, lazily, when
    // next painted (a burst of changes costs one layout).
    const auto rowsChanged = [this] {
        m_rowsKnown = false;
        plottedChanged();
        invalidate();
    };
    connect(model, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(model, &QAbstractItemModel::layoutChanged, this, rowsChanged);
    connect(model, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(model, &QAbstractItemModel::rowsMoved, this, rowsChanged);
    connect(model, &QAbstractItemModel::columnsInserted, this, rowsChanged);
    connect(model, &QAbstractItemModel::columnsRemoved, this, rowsChanged);
    connect(model, &QAbstractItemModel::columnsMoved, this, rowsChanged);
    connect(model, &QAbstractItemModel::headerDataChanged, this, rowsChanged);
    connect(model, &FrameworkModel::comparedChanged, this, [this, rowsChanged] {
        if (!m_frameworks)
            rowsChanged();
    });
    connect(model, &FrameworkModel::weightsChanged, this, &ChartDrawing::invalidate);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // Only a plotted framework's change is drawn.
                for (int row : plottedRows())
                    if (row >= topLeft.row() && row <= bottomRight.row()) {
                        invalidate();
                        return;
                    }
            });
    if (selection)
        connect(selection, &Selection::changed, this, &ChartDrawing::invalidate);
}

ChartDrawing::~ChartDrawing() = default;

void ChartDrawing::setSize(const QSizeF &size)
{
    if (size == m_size)
        return;
    m_size = size;
    invalidate();
}

qreal ChartDrawing::neededHeight(qreal, qreal height) const
{
    return height;
}

void ChartDrawing::invalidate()
{
    m_laidOut = false;
    emit changed();
}

void ChartDrawing::ensureLayout() const
{
    if (m_laidOut)
        return;
    auto *self = const_cast<ChartDrawing *>(this);
    self->m_texts.clear();
    self->m_swatches.clear();
    // Set first: what layout() asks of the chart's own geometry must not lay it out again.
    self->m_laidOut = true;
    self->layout();
}

const QList<ChartText> &ChartDrawing::texts() const
{
    ensureLayout();
    return m_texts;
}

void ChartDrawing::paint(QPainter *painter) const
{
    ensureLayout();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    paintPlot(painter);
    for (const Swatch &swatch : m_swatches) {
        QColor color = swatch.color;
        if (m_hidden.contains(swatch.key))
            color.setAlphaF(0.2f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(swatch.rect, 2, 2);
    }
    for (const ChartText &text : m_texts) {
        if (text.backed) {
            QColor patch = background();
            patch.setAlphaF(0.85f);
            painter->setPen(Qt::NoPen);
            painter->setBrush(patch);
            painter->drawRoundedRect(text.rect, 2, 2);
        }
        QColor color = text.color;
        if (text.kind == ChartText::Kind::Legend && m_hidden.contains(text.key))
            color.setAlphaF(0.4f);
        painter->setPen(color);
        painter->setFont(text.font);
        painter->drawText(text.rect, text.flags, text.text);
    }
    painter->restore();
}

QList<int> ChartDrawing::plottedRows() const
{
    if (m_rowsKnown)
        return m_rows;
    QList<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const bool plotted =
            m_frameworks ? m_frameworks->contains(frameworkId(row)) : m_model->isCompared(row);
        if (plotted)
            rows << row;
    }
    auto *self = const_cast<ChartDrawing *>(this);
    self->m_rows = rows;
    self->m_rowsKnown = true;
    return rows;
}

QStringList ChartDrawing::plottedFrameworks() const
{
    QStringList ids;
    for (int row : plottedRows())
        ids << frameworkId(row);
    return ids;
}

void ChartDrawing::setFrameworks(const std::optional<QStringList> &ids)
{
    m_frameworks = ids;
    m_rowsKnown = false;
    plottedChanged();
    invalidate();
}

void ChartDrawing::setHidden(const QString &key, bool hidden)
{
    if (hidden == m_hidden.contains(key))
        return;
    if (hidden)
        m_hidden.insert(key);
    else
        m_hidden.remove(key);
    invalidate();
}

void ChartDrawing::setHovered(const QString &frameworkId)
{
    if (frameworkId == m_hovered)
        return;
    m_hovered = frameworkId;
    invalidate();
}

void ChartDrawing::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    invalidate();
}

void ChartDrawing::setBackgroundVisible(bool visible)
{
    if (visible == m_backgroundVisible)
        return;
    m_backgroundVisible = visible;
    invalidate();
}

void ChartDrawing::fillBackground(QPainter *painter) const
{
    if (m_backgroundVisible)
        painter->fillRect(QRectF(QPointF(0, 0), m_size), background());
}

QColor ChartDrawing::background() const
{
    return m_dark ? QColor(0x2e, 0x2f, 0x30) : QColor(Qt::white);
}

QColor ChartDrawing::foreground() const
{
    return m_dark ? QColor(0xee, 0xee, 0xee) : QColor(0x20, 0x20, 0x20);
}

QColor ChartDrawing::gridColor() const
{
    return m_dark ? QColor(0x66, 0x68, 0x6a) : QColor(0xc4, 0xc4, 0xc4);
}

QColor ChartDrawing::frameworkColor(const QString &id) const
{
    // The palette is chosen for a light background; on the dark one a dark colour (the
    // palette's grey, a deep blue) is lightened until it reads.
    const QColor own = m_model->frameworkColor(m_model->rowOfFramework(id));
    return m_dark ? Appearance::readableOn(own, background()) : own;
}

QString ChartDrawing::frameworkName(int row) const
{
    return m_model->data(m_model->index(row, 0)).toString();
}

QString ChartDrawing::frameworkId(int row) const
{
    return m_model->data(m_model->index(row, 0), Role::Id).toString();
}

qreal ChartDrawing::basePixelSize(const QSizeF &size)
{
    return std::clamp(std::min(size.width(), size.height()) / 48.0, MinPixelSize + 1, MaxPixelSize);
}

qreal ChartDrawing::widthPixelSize(qreal width)
{
    return std::clamp(width / 64.0, MinPixelSize + 1, MaxPixelSize);
}

QFont ChartDrawing::font(qreal pixelSize, bool bold)
{
    QFont font;
    font.setPixelSize(int(std::lround(std::max(pixelSize, MinPixelSize))));
    font.setBold(bold);
    return font;
}

QSizeF ChartDrawing::wrappedSize(const QString &text, const QFont &font, qreal width)
{
    return wrappedTextSize(text, font, width);
}

QString ChartDrawing::withinLines(const QString &text, const QFont &font, qreal width, int lines)
{
    const QFontMetricsF metrics(font);
    const qreal most = metrics.lineSpacing() * lines + 1;
    if (wrappedTextSize(text, font, width).height() <= most)
        return text;
    qreal room = width * lines;
    QString shown = metrics.elidedText(text, Qt::ElideRight, room);
    while (room > width && wrappedTextSize(shown, font, width).height() > most) {
        room *= 0.92;
        shown = metrics.elidedText(text, Qt::ElideRight, room);
    }
    return shown;
}

qreal ChartDrawing::layoutTitle(const QString &title, const QRectF &area, qreal pixelSize)
{
    if (title.isEmpty())
        return 0;
    ChartText text;
    text.kind = ChartText::Kind::Title;
    text.font = font(pixelSize, true);
    text.text = withinLines(title, text.font, area.width(), 2);
    text.color = foreground();
    text.flags = Qt::AlignHCenter | Qt::AlignTop | WrapFlags;
    const QSizeF size = wrappedSize(text.text, text.font, area.width());
    text.rect =
        QRectF(area.center().x() - size.width() / 2, area.top(), size.width(), size.height());
    m_texts << text;
    return size.height();
}

QList<ChartDrawing::LegendEntry> ChartDrawing::frameworkLegend() const
{
    QList<LegendEntry> entries;
    for (int row : plottedRows()) {
        const QString id = frameworkId(row);
        entries << LegendEntry{id, frameworkName(row), frameworkColor(id)};
    }
    return entries;
}

namespace {

struct LegendGrid
{
    int columns = 1;
    qreal columnWidth = 0; // swatch and name
    QList<QSizeF> names;   // each name's wrapped size
    QList<qreal> rowHeights;
    QSizeF size;
};

LegendGrid legendGrid(const QList<QString> &labels, const QFont &font, const QRectF &area,
                      bool beside, qreal pixelSize)
{
    LegendGrid grid;
    const qreal swatch = pixelSize * SwatchShare;
    const qreal gap = pixelSize * 0.5;
    const qreal spacing = pixelSize * 1.2; // between columns
    const qreal nameLimit =
        std::max(pixelSize * 6, area.width() * (beside ? LegendNameShare : LegendNameShareBelow));
    qreal widest = 0;
    // Measured as drawn, not by advance: a name exactly as wide would otherwise wrap.
    for (const QString &label : labels)
        widest = std::max(widest, wrappedTextSize(label, font, 1e6).width());
    const qreal nameWidth = std::min(std::ceil(widest) + 2, nameLimit);
    grid.columnWidth = swatch + gap + nameWidth;
    const int count = int(labels.size());
    if (beside)
        grid.columns = 1;
    else
        grid.columns = std::clamp(int((area.width() + spacing) / (grid.columnWidth + spacing)), 1,
                                  std::max(1, count));
    for (const QString &label : labels)
        grid.names << wrappedTextSize(label, font, nameWidth);
    const int rows = (count + grid.columns - 1) / grid.columns;
    // Beside the plot, a second column when one is taller than the area.
    qreal height = 0;
    for (int r = 0; r < rows; ++r) {
        qreal rowHeight = 0;
        for (int c = 0; c < grid.columns && r * grid.columns + c < count; ++c)
            rowHeight = std::max(rowHeight, grid.names.at(r * grid.columns + c).height());
        grid.rowHeights << rowHeight;
        height += rowHeight + (r > 0 ? gap * 0.6 : 0);
    }
    grid.size = QSizeF(grid.columns * grid.columnWidth + (grid.columns - 1) * spacing, height);
    return grid;
}

} // namespace

QSizeF ChartDrawing::legendSize(const QList<LegendEntry> &entries, const QRectF &area, bool beside,
                                qreal pixelSize) const
{
    if (entries.isEmpty())
        return {};
    QStringList labels;
    const qreal nameLimit =
        std::max(pixelSize * 6, area.width() * (beside ? LegendNameShare : LegendNameShareBelow));
    for (const LegendEntry &entry : entries)
        labels << withinLines(entry.label, font(pixelSize), nameLimit, 3);
    return legendGrid(labels, font(pixelSize), area, beside, pixelSize).size;
}

QRectF ChartDrawing::layoutLegend(const QList<LegendEntry> &entries, const QRectF &area,
                                  bool beside, qreal pixelSize)
{
    if (entries.isEmpty())
        return {};
    QStringList labels;
    const QFont legendFont = font(pixelSize);
    const qreal nameLimit =
        std::max(pixelSize * 6, area.width() * (beside ? LegendNameShare : LegendNameShareBelow));
    for (const LegendEntry &entry : entries)
        labels << withinLines(entry.label, legendFont, nameLimit, 3);
    const LegendGrid grid = legendGrid(labels, legendFont, area, beside, pixelSize);
    const qreal swatch = pixelSize * SwatchShare;
    const qreal gap = pixelSize * 0.5;
    const qreal spacing = pixelSize * 1.2;
    // Below: centred under the plot, at the bottom of the area. Beside: at the right edge,
    // centred vertically.
    const QPointF origin = beside ? QPointF(area.right() - grid.size.width(),
                                            area.center().y() - grid.size.height() / 2)
                                  : QPointF(area.center().x() - grid.size.width() / 2,
                                            area.bottom() - grid.size.height());
    qreal y = origin.y();
    for (int r = 0; r < grid.rowHeights.size(); ++r) {
        for (int c = 0; c < grid.columns; ++c) {
            const int i = r * grid.columns + c;
            if (i >= entries.size())
                break;
            const qreal x = origin.x() + c * (grid.columnWidth + spacing);
            const QFontMetricsF metrics(legendFont);
            const qreal firstLine = metrics.height();
            m_swatches << Swatch{QRectF(x, y + (firstLine - swatch) / 2, swatch, swatch),
                                 entries.at(i).color, entries.at(i).key};
            ChartText text;
            text.kind = ChartText::Kind::Legend;
            text.text = labels.at(i);
            text.font = legendFont;
            text.color = foreground();
            text.flags = Qt::AlignLeft | Qt::AlignTop | WrapFlags;
            text.rect = QRectF(QPointF(x + swatch + gap, y), grid.names.at(i));
            text.key = entries.at(i).key;
            m_texts << text;
        }
        y += grid.rowHeights.at(r) + gap * 0.6;
    }
    return QRectF(origin, grid.size);
}

QString ChartDrawing::ratingsInWords(int row) const
{
    // "Caffe: Performance High (4 of 5), Scalability Moderate (3 of 5), …"
    const DataSet &data = m_model->dataSet();
    QStringList ratings;
    for (int m = 0; m < m_model->metricCount(); ++m) {
        const QModelIndex cell = m_model->index(row, m_model->metricColumn(m));
        const QVariant score = cell.data(Role::Score);
        const QString &metric = data.metrics.at(m).name;
        ratings << (score.isValid() ? tr("%1 %2 (%3 of %4)", "metric, level, score, levels")
                                          .arg(metric, cell.data().toString())
                                          .arg(score.toInt())
                                          .arg(data.metrics.at(m).levelCount())
                                    : tr("%1 not rated", "metric").arg(metric));
    }
    return tr("%1: %2.", "framework: its ratings")
        .arg(data.frameworks.at(row).name, ratings.join(u", "_s));
}

QString ChartDrawing::legendKeyAt(const QPointF &point) const
{
    ensureLayout();
    for (const ChartText &text : m_texts)
        if (text.kind == ChartText::Kind::Legend &&
            text.rect.adjusted(-24, -2, 2, 2).contains(point))
            return text.key;
    return {};
}

} // namespace Versus
