// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartLegend.h"
#include "ChartText.h"
#include "TextFit.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>

class QPainter;

namespace Versus {

class FrameworkModel;
class Selection;

// What every chart view of the model has in common: which frameworks it plots, the colours of
// light and dark, the legend, the texts and a painter that draws it all. A chart is laid out for
// a size and then painted, the same way into the window and into every export (PNG, SVG, PDF):
// they are one drawing. Subclasses lay out and paint their own plot.
//
// No text is smaller than MinPixelSize, none is shortened ("…"): a long name wraps. When a
// chart cannot fit its texts into the size it is given, neededHeight() says how tall it would
// have to be, and the window scrolls (an export grows taller).
class ChartDrawing : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        // The frameworks to plot, by id, instead of the compared ones.
        std::optional<QStringList> frameworks;
        bool dark = false;
    };
    static constexpr qreal MinPixelSize = TextFit::MinPixelSize;
    static constexpr qreal MaxPixelSize = 20;

    ChartDrawing(const FrameworkModel *model, Selection *selection, const Setup &setup,
                 QObject *parent = nullptr);
    ~ChartDrawing() override;

    void setSize(const QSizeF &size);
    QSizeF size() const { return m_size; }
    // The height this chart needs at `width` to keep every text legible, at least `height`.
    virtual qreal neededHeight(qreal width, qreal height) const;

    // Draws the whole chart, background included, in the rectangle (0, 0, size()).
    void paint(QPainter *painter) const;
    // Every text as it will be drawn (lays the chart out first if it must).
    const QList<ChartText> &texts() const;

    QStringList plottedFrameworks() const;
    // Plots these frameworks (in the model's row order) instead of the compared ones, or
    // follows the comparison again for std::nullopt.
    void setFrameworks(const std::optional<QStringList> &ids);

    // Hidden by a click on its legend entry: not drawn, its entry greyed; a second click shows
    // it again. The key is a framework's id (a metric's in the score chart).
    bool isHidden(const QString &key) const { return m_hidden.contains(key); }
    void setHidden(const QString &key, bool hidden);
    // The framework under the pointer, drawn above the others and thicker; empty when none.
    QString hoveredFramework() const { return m_hovered; }
    void setHovered(const QString &frameworkId);

    void setDark(bool dark);
    bool isDark() const { return m_dark; }
    // Whether paint() fills the background (not for a transparent PNG).
    void setBackgroundVisible(bool visible);
    bool isBackgroundVisible() const { return m_backgroundVisible; }
    QColor background() const;
    QColor foreground() const;
    QColor gridColor() const;
    // The framework's own colour, made readable on the dark background.
    QColor frameworkColor(const QString &id) const;

    // The legend entry (its key) at `point`, or empty.
    QString legendKeyAt(const QPointF &point) const;
    // What the pointer at `point` shows in a tooltip, or empty; the framework there in
    // `framework`.
    virtual QString toolTipAt(const QPointF &point, QString *framework = nullptr) const = 0;
    // The ratings (or scores) drawn, in words, for a screen reader.
    virtual QString description() const = 0;

signals:
    // The drawing changed and must be painted again.
    void changed();

protected:
    // Forgets the layout (it is made again when next needed) and asks to be painted again.
    void invalidate();
    void ensureLayout() const;
    // Lays the chart out in (0, 0, size()): fills m_texts and the subclass's geometry.
    virtual void layout() = 0;
    // Draws the plot; the texts are drawn after it by paint().
    virtual void paintPlot(QPainter *painter) const = 0;
    // Called when the plotted frameworks (or the metrics) change, before the next layout.
    virtual void plottedChanged() {}

    void fillBackground(QPainter *painter) const;
    // The pixel size of the chart's ordinary text at this size: a share of the smaller side.
    static qreal basePixelSize(const QSizeF &size);
    // The same for a chart that grows taller when it must (bars, score, grid): a share of its
    // width only, so that growing does not make its text larger, and need more height again.
    static qreal widthPixelSize(qreal width);
    static QFont font(qreal pixelSize, bool bold = false) { return TextFit::font(pixelSize, bold); }
    static QSizeF wrappedSize(const QString &text, const QFont &font, qreal width)
    {
        return TextFit::wrappedSize(text, font, width);
    }
    static QString withinLines(const QString &text, const QFont &font, qreal width, int lines)
    {
        return TextFit::withinLines(text, font, width, lines);
    }
    static constexpr int MaxLines = 4;
    // The rows of frameworks plotted, in model order.
    QList<int> plottedRows() const;
    QString frameworkName(int row) const;
    QString frameworkId(int row) const;
    // A framework's ratings in words, for a screen reader.
    QString ratingsInWords(int row) const;

    using LegendEntry = ChartLegend::Entry;
    // Lays out a legend in `area` (below the plot: columns across it; beside: one or two
    // columns at its right edge) and returns the rectangle it takes. Its texts go to m_texts,
    // its swatches to m_swatches.
    QRectF layoutLegend(const QList<LegendEntry> &entries, const QRectF &area, bool beside,
                        qreal pixelSize);
    // The legend's size in `area` (see layoutLegend()), without laying it out.
    QSizeF legendSize(const QList<LegendEntry> &entries, const QRectF &area, bool beside,
                      qreal pixelSize) const;
    // A note across the bottom of `area` (what a chart's marks mean); returns the height it
    // takes (0 when empty).
    qreal layoutNote(const QString &note, const QRectF &area, qreal pixelSize);
    // Whether a plotted framework has a rating with a range, which the chart marks.
    bool anyRange() const;
    // A title across the top of `area`; returns the height it takes (0 when empty).
    qreal layoutTitle(const QString &title, const QRectF &area, qreal pixelSize);
    // The frameworks as legend entries.
    QList<LegendEntry> frameworkLegend() const;

    const FrameworkModel *m_model;
    Selection *m_selection;
    QList<ChartText> m_texts;
    using Swatch = ChartLegend::Swatch;
    QList<Swatch> m_swatches;
    bool m_laidOut = false;

private:
    friend class GridChart; // draws its panels' plots, and their texts itself
    QSizeF m_size;
    std::optional<QStringList> m_frameworks;
    QSet<QString> m_hidden;
    QString m_hovered;
    bool m_dark = false;
    bool m_backgroundVisible = true;
    QList<int> m_rows; // cached plotted rows; empty and stale together with the layout
    bool m_rowsKnown = false;
};

} // namespace Versus
