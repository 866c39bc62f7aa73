// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataWriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QStringList>

#include <optional>

#include <memory>

class QPainter;

namespace Versus {

class ChartDrawing;
class FrameworkModel;

// Writes a chart as a picture: PNG, SVG or PDF, chosen by the file's extension. What is drawn is
// the window's drawing (RadarChart, GridChart, BarsChart or ScoreChart) on the same model, laid
// out at the picture's size, so an export has the colours, legend, labels and title of the
// screen, and its texts are where the chart's geometry says they are.
//
// Everything is rendered into memory first and written with QSaveFile, so that a failure leaves
// no file behind, and never half of one.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    enum class Format
    {
        Png,
        Svg,
        Pdf
    };
    enum class Background
    {
        Theme, // the light theme's chart background
        White,
        Transparent, // PNG only
        Dark         // the dark theme's chart background, as the window in a dark palette
    };
    enum class Layout
    {
        Overlay, // one radar chart with every plotted framework
        Grid,    // one small radar chart per framework, on the same scale, in a grid
        Bars,    // grouped horizontal bars, a group per metric
        Score    // the weighted score as stacked bars, best first
    };

    static constexpr int DefaultSide = 1200;
    static constexpr int MaxSide = 16384; // pixels per side of a PNG, after scaling
    static constexpr int MaxScale = 3;

    struct Options
    {
        // Logical pixels. SVG and PDF are vector pages of this size.
        QSize size{DefaultSide, DefaultSide};
        // PNG only: device pixels per logical pixel. The chart is drawn at that scale, so text
        // and lines are as sharp at 3× as at 1×, not an enlarged 1× picture.
        int scale = 1;
        Background background = Background::Theme;
        Layout layout = Layout::Overlay;
        // The frameworks to plot, by id; std::nullopt plots the ones the model compares.
        std::optional<QStringList> frameworks;
    };

    explicit ChartExporter(const FrameworkModel *model);

    // The format of a file name's extension (any case), or std::nullopt for another one.
    static std::optional<Format> formatForFile(const QString &path);

    // Why the chart cannot be drawn with `options` in `format`, for the person; empty if it can.
    QString problem(Format format, const Options &options) const;

    // The chart as an image of size × scale pixels with a device pixel ratio of `scale` (for
    // the clipboard, say). A null image when problem() is not empty or memory runs out.
    QImage toImage(const Options &options) const;
    // A whole file in `format`. Empty, and `error` set, when it cannot be made.
    QByteArray toBytes(Format format, const Options &options, QString *error = nullptr) const;
    // `image` as PNG, with the settings every export uses.
    static QByteArray encodePng(const QImage &image);

    // Replaces `path` with the chart, in the format of its extension, all at once: on any
    // failure `path` is left as it was (or absent) and the error names it and says why.
    WriteResult writeFile(const QString &path, const Options &options) const;

    // The size of the picture: the size asked for, or taller when a grid or bars would
    // otherwise need text smaller than a person can read.
    QSize pictureSize(const Options &options) const;
    // The chart drawn for `options`, laid out at pictureSize() (for tests: its geometry).
    std::unique_ptr<ChartDrawing> drawing(const Options &options) const;

private:
    QStringList plottedIds(const Options &options) const;
    void paint(QPainter *painter, const Options &options) const;

    const FrameworkModel *m_model;
};

} // namespace Versus
