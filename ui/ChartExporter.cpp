// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartExporter.h"

#include "BarsChart.h"
#include "FrameworkModel.h"
#include "GridChart.h"
#include "PngEncoder.h"
#include "RadarChart.h"
#include "ScoreChart.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontInfo>
#include <QHash>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

// The resolution Qt measures text at when it is given no device: the screen's logical DPI, 96
// with the offscreen platform. The charts lay their labels out with it, so every device is drawn
// at it too; otherwise text would not fit the boxes measured for it.
int layoutDpi()
{
    return QImage(1, 1, QImage::Format_ARGB32_Premultiplied).logicalDpiY();
}

// QSvgGenerator names each font as Qt knows it, and Qt's default font is often the alias "Sans
// Serif", which other programs do not know: a browser would draw the labels in its own default,
// often a serif face. Each family is named as the font Qt drew with, then as a generic family.
// Stands for the document's title in the SVG until the title is put in escaped.
constexpr char SvgTitlePlaceholder[] = "versus-svg-title-placeholder";

QByteArray withPortableFonts(const QByteArray &svg)
{
    static const QRegularExpression attribute(u"font-family=\"([^\"]*)\""_s);
    const QString text = QString::fromUtf8(svg);
    QString result;
    result.reserve(text.size() + text.size() / 16);
    QHash<QString, QString> portable;
    qsizetype done = 0;
    for (const QRegularExpressionMatch &match : attribute.globalMatch(text)) {
        const QString family = match.captured(1);
        auto it = portable.find(family);
        if (it == portable.end()) {
            const QFontInfo drawn{QFont(family)};
            QStringList names{drawn.family()};
            if (drawn.family() != family)
                names << family;
            names << (drawn.fixedPitch() ? u"monospace"_s : u"sans-serif"_s);
            it = portable.insert(family, names.join(u", "_s).toHtmlEscaped());
        }
        result += QStringView(text).sliced(done, match.capturedStart(1) - done);
        result += *it;
        done = match.capturedEnd(1);
    }
    result += QStringView(text).sliced(done);
    return result.toUtf8();
}

} // namespace

ChartExporter::ChartExporter(const FrameworkModel *model) : m_model(model) {}

std::optional<ChartExporter::Format> ChartExporter::formatForFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png"_s)
        return Format::Png;
    if (suffix == u"svg"_s)
        return Format::Svg;
    if (suffix == u"pdf"_s)
        return Format::Pdf;
    return std::nullopt;
}

QString ChartExporter::problem(Format format, const Options &options) const
{
    const QSize size = options.size;
    if (size.width() < 1 || size.height() < 1 || size.width() > MaxSide || size.height() > MaxSide)
        return tr("the size must be 1 to %1 pixels on each side, not %2 × %3")
            .arg(MaxSide)
            .arg(size.width())
            .arg(size.height());
    if (options.scale < 1 || options.scale > MaxScale)
        return tr("the scale must be 1 to %1, not %2").arg(MaxScale).arg(options.scale);
    if (format == Format::Png &&
        qMax(size.width(), size.height()) * qint64(options.scale) > MaxSide)
        return tr("a PNG has at most %1 pixels on each side, and %2 × %3 at %4× has more")
            .arg(MaxSide)
            .arg(size.width())
            .arg(size.height())
            .arg(options.scale);
    if (format != Format::Png && options.background == Background::Transparent)
        return tr("a transparent background is only for PNG");
    if (options.frameworks) {
        QStringList unknown;
        for (const QString &id : *options.frameworks)
            if (m_model->rowOfFramework(id) < 0)
                unknown << u'"' + id + u'"';
        if (!unknown.isEmpty())
            return tr("no framework has the id %1").arg(unknown.join(u", "_s));
    }
    return {};
}

QStringList ChartExporter::plottedIds(const Options &options) const
{
    if (!options.frameworks)
        return m_model->comparedIds();
    // In the order of the model, as the window plots them, whatever the order asked for.
    QStringList ids;
    for (const Framework &framework : m_model->dataSet().frameworks)
        if (options.frameworks->contains(framework.id))
            ids << framework.id;
    return ids;
}

std::unique_ptr<ChartDrawing> ChartExporter::drawing(const Options &options) const
{
    ChartDrawing::Setup setup;
    setup.frameworks = plottedIds(options);
    setup.dark = options.background == Background::Dark;
    std::unique_ptr<ChartDrawing> drawing;
    switch (options.layout) {
    case Layout::Overlay:
        drawing = std::make_unique<RadarChart>(
            m_model, nullptr, RadarChart::Setup{setup.frameworks, false, setup.dark});
        break;
    case Layout::Grid:
        drawing = std::make_unique<GridChart>(m_model, nullptr, setup);
        break;
    case Layout::Bars:
        drawing = std::make_unique<BarsChart>(m_model, nullptr, setup);
        break;
    case Layout::Score:
        drawing = std::make_unique<ScoreChart>(m_model, nullptr, setup);
        break;
    }
    drawing->setBackgroundVisible(options.background != Background::Transparent);
    drawing->setSize(QSizeF(pictureSize(options)));
    return drawing;
}

QSize ChartExporter::pictureSize(const Options &options) const
{
    // A chart that cannot keep its text legible in the height asked for is made taller: the
    // width is kept (it is what a page or slide has), the height grows.
    if (options.layout == Layout::Overlay || options.size.isEmpty())
        return options.size;
    ChartDrawing::Setup setup;
    setup.frameworks = plottedIds(options);
    std::unique_ptr<ChartDrawing> measure;
    if (options.layout == Layout::Grid)
        measure = std::make_unique<GridChart>(m_model, nullptr, setup);
    else if (options.layout == Layout::Bars)
        measure = std::make_unique<BarsChart>(m_model, nullptr, setup);
    else
        measure = std::make_unique<ScoreChart>(m_model, nullptr, setup);
    const qreal height = measure->neededHeight(options.size.width(), options.size.height());
    return {options.size.width(), std::min(MaxSide, int(std::ceil(height)))};
}

void ChartExporter::paint(QPainter *painter, const Options &options) const
{
    const std::unique_ptr<ChartDrawing> chart = drawing(options);
    if (options.background == Background::White)
        painter->fillRect(QRectF(QPointF(0, 0), chart->size()), Qt::white);
    chart->paint(painter);
}

QImage ChartExporter::toImage(const Options &options) const
{
    if (!problem(Format::Png, options).isEmpty())
        return {};
    // The two formats QPainter draws fastest on. An opaque picture is drawn without alpha, which
    // the PNG writer then neither unpremultiplies nor writes: a quarter faster, a tenth smaller.
    const bool transparent = options.background == Background::Transparent;
    const QSize size = pictureSize(options);
    QImage image(size * options.scale,
                 transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    if (image.isNull())
        return {};
    const int dpm = image.dotsPerMeterX();
    image.setDevicePixelRatio(options.scale);
    image.fill(transparent ? Qt::transparent : Qt::white);
    {
        QPainter painter(&image);
        paint(&painter, options);
    }
    // Say how large the picture is meant to be: a 3× image is as large on a page as a 1× one.
    // Set only after painting, as text is sized by the resolution of the image it is drawn on.
    image.setDotsPerMeterX(dpm * options.scale);
    image.setDotsPerMeterY(dpm * options.scale);
    return image;
}

QByteArray ChartExporter::encodePng(const QImage &image)
{
    return PngEncoder::encode(image);
}

QByteArray ChartExporter::toBytes(Format format, const Options &options, QString *error) const
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    if (const QString why = problem(format, options); !why.isEmpty())
        return fail(why);

    if (format == Format::Png) {
        const QImage image = toImage(options);
        if (image.isNull())
            return fail(tr("there is not enough memory for an image of %1 × %2 pixels")
                            .arg(pictureSize(options).width() * options.scale)
                            .arg(pictureSize(options).height() * options.scale));
        const QByteArray bytes = encodePng(image);
        return bytes.isEmpty() ? fail(tr("the PNG could not be encoded")) : bytes;
    }

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QString title = m_model->dataSet().title;
    const int dpi = layoutDpi();
    const QSize size = pictureSize(options);
    std::unique_ptr<QPaintDevice> device;
    if (format == Format::Svg) {
        auto svg = std::make_unique<QSvgGenerator>();
        svg->setOutputDevice(&buffer);
        svg->setSize(size);
        svg->setViewBox(QRect(QPoint(0, 0), size));
        svg->setResolution(dpi);
        // Qt 6.4's QSvgGenerator writes the title as it is given, later versions escape it: a
        // placeholder is written instead and replaced by the title escaped, on every version.
        svg->setTitle(QString::fromLatin1(SvgTitlePlaceholder));
        svg->setDescription(tr("A radar chart drawn by Versus"));
        device = std::move(svg);
    } else {
        // One page exactly the size of the chart, with no margins.
        auto pdf = std::make_unique<QPdfWriter>(&buffer);
        pdf->setResolution(dpi);
        pdf->setPageSize(QPageSize(QSizeF(size) * 72.0 / dpi, QPageSize::Point, QString(),
                                   QPageSize::ExactMatch));
        pdf->setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf->setTitle(title);
        pdf->setCreator(u"Versus"_s);
        device = std::move(pdf);
    }
    QPainter painter;
    if (!painter.begin(device.get()))
        return fail(tr("the picture could not be started"));
    paint(&painter, options);
    if (!painter.end())
        return fail(tr("the picture could not be finished"));
    if (format == Format::Pdf)
        return bytes;
    const QString shownTitle = title.isEmpty() ? tr("Radar chart") : title;
    bytes.replace(SvgTitlePlaceholder, shownTitle.toHtmlEscaped().toUtf8());
    return withPortableFonts(bytes);
}

WriteResult ChartExporter::writeFile(const QString &path, const Options &options) const
{
    const auto fail = [&path](const QString &reason) {
        return WriteResult{
            false, tr("Could not write \"%1\": %2").arg(QDir::toNativeSeparators(path), reason)};
    };
    const std::optional<Format> format = formatForFile(path);
    if (!format)
        return fail(tr("the name must end in .png, .svg or .pdf"));
    // Checked before drawing: a folder in the way need not wait for the chart.
    if (QFileInfo(path).isDir())
        return fail(tr("it is a directory, not a file"));

    // Everything is made before the file is touched: a chart that cannot be drawn leaves none.
    QString error;
    const QByteArray bytes = toBytes(*format, options, &error);
    if (bytes.isEmpty())
        return fail(error);

    if (const QString reason = DataWriter::replaceFile(path, bytes); !reason.isEmpty())
        return fail(reason);
    return {true, {}};
}

} // namespace Versus
