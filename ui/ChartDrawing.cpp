// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartDrawing.h"

#include "Appearance.h"
#include "FrameworkModel.h"
#include "Selection.h"

#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Versus {

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

qreal ChartDrawing::layoutTitle(const QString &title, const QRectF &area, qreal pixelSize)
{
    if (title.isEmpty())
        return 0;
    ChartText text;
    text.kind = ChartText::Kind::Title;
    text.font = font(pixelSize, true);
    text.text = withinLines(title, text.font, area.width(), 2);
    text.color = foreground();
    text.flags = Qt::AlignHCenter | Qt::AlignTop | TextFit::WrapFlags;
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

QSizeF ChartDrawing::legendSize(const QList<LegendEntry> &entries, const QRectF &area, bool beside,
                                qreal pixelSize) const
{
    return ChartLegend(entries, area, beside, pixelSize).size();
}

QRectF ChartDrawing::layoutLegend(const QList<LegendEntry> &entries, const QRectF &area,
                                  bool beside, qreal pixelSize)
{
    return ChartLegend(entries, area, beside, pixelSize).place(foreground(), &m_texts, &m_swatches);
}

qreal ChartDrawing::layoutNote(const QString &note, const QRectF &area, qreal pixelSize)
{
    if (note.isEmpty())
        return 0;
    ChartText text;
    text.kind = ChartText::Kind::Note;
    text.font = font(pixelSize);
    text.text = withinLines(note, text.font, area.width(), 2);
    text.color = foreground();
    text.flags = Qt::AlignHCenter | Qt::AlignBottom | TextFit::WrapFlags;
    const QSizeF size = wrappedSize(text.text, text.font, area.width());
    text.rect = QRectF(area.center().x() - size.width() / 2, area.bottom() - size.height(),
                       size.width(), size.height());
    m_texts << text;
    return size.height();
}

bool ChartDrawing::anyRange() const
{
    for (int row : plottedRows())
        for (int m = 0; m < m_model->metricCount(); ++m)
            if (m_model->index(row, m_model->metricColumn(m)).data(Role::Range).isValid())
                return true;
    return false;
}

QString ChartDrawing::ratingsInWords(int row) const
{
    // "Caffe: Performance High (4 of 5), Scalability Moderate (3 of 5), …"
    const DataSet &data = m_model->dataSet();
    QStringList ratings;
    for (int m = 0; m < m_model->metricCount(); ++m) {
        const QModelIndex cell = m_model->index(row, m_model->metricColumn(m));
        const QVariant score = cell.data(Role::Score);
        const QVariantList range = cell.data(Role::Range).toList();
        const Metric &metric = data.metrics.at(m);
        if (!score.isValid())
            ratings << tr("%1 not rated", "metric").arg(metric.name);
        else if (range.size() == 2)
            ratings << tr("%1 %2 (%3 of %4, could be %5 to %6)",
                          "metric, level, score, levels, lowest level, highest level")
                           .arg(metric.name, metric.levelLabel(score.toInt()))
                           .arg(score.toInt())
                           .arg(metric.levelCount())
                           .arg(metric.levelLabel(range.at(0).toInt()),
                                metric.levelLabel(range.at(1).toInt()));
        else
            ratings << tr("%1 %2 (%3 of %4)", "metric, level, score, levels")
                           .arg(metric.name, cell.data().toString())
                           .arg(score.toInt())
                           .arg(metric.levelCount());
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
