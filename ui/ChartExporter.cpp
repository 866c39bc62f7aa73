// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartExporter.h"

#include "FrameworkModel.h"
#include "PngEncoder.h"
#include "RadarChart.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QLegend>
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

// A grid's panels are laid out at least this big, and the whole grid is then scaled to the size
// asked for, so that a panel keeps room for its spoke labels however many panels there are.
constexpr qreal MinPanelSide = 480;
// A chart is laid out as if on a screen at most this many pixels on its shorter side and then
// scaled up to the size asked for: text keeps the share of the picture it has in the window,
// where a large export laid out at full size would have tiny labels around a huge circle.
constexpr qreal LayoutSide = 600;
constexpr qreal GridTitleScale = 1.25;

// The resolution Qt measures text at when it is given no device: the screen's logical DPI, 96
// with the offscreen platform. Qt Charts lays its labels out with it, so every device is drawn
// at it too; otherwise text would not fit the boxes measured for it.
int layoutDpi()
{
    return QImage(1, 1, QImage::Format_ARGB32_Premultiplied).logicalDpiY();
}

// Places `chart` in `scene` at `rect` and lays it out now, not when the event loop next runs:
// nothing runs the event loop between building an export and painting it.
void place(QGraphicsScene *scene, RadarChart *chart, const QRectF &rect)
{
    scene->addItem(chart);
    chart->setGeometry(rect);
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
}

// QSvgGenerator names each font as Qt knows it, and Qt's default font is often the alias "Sans
// Serif", which other programs do not know: a browser would draw the labels in its own default,
// often a serif face. Each family is named as the font Qt drew with, then as a generic family.
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

void ChartExporter::paint(QPainter *painter, const Options &options) const
{
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                            QPainter::SmoothPixmapTransform);
    const QStringList ids = plottedIds(options);
    const bool dark = options.background == Background::Dark;
    const bool themed = options.background == Background::Theme || dark;
    const QRectF target(QPointF(0, 0), QSizeF(options.size));
    const qreal zoom = qMax(1.0, qMin(options.size.width(), options.size.height()) / LayoutSide);
    const QRectF canvas(QPointF(0, 0), target.size() / zoom);
    if (options.background == Background::White)
        painter->fillRect(target, Qt::white);

    QGraphicsScene scene; // owns, and deletes, the charts
    if (options.layout == Layout::Overlay) {
        RadarChart::Setup setup;
        setup.frameworks = ids;
        setup.dark = dark;
        auto *chart = new RadarChart(m_model, nullptr, setup);
        chart->setBackgroundVisible(themed);
        // The chart's background stops a few pixels inside its edges. The light theme's meets
        // the white picture unseen; the dark one would have a white frame, so the picture is
        // filled with the same brush first.
        if (dark)
            painter->fillRect(target, chart->backgroundBrush());
        place(&scene, chart, canvas);
        scene.render(painter, target, canvas);
        return;
    }

    // Small multiples: one chart per framework, each titled with its name instead of carrying a
    // legend. Every chart's rings run from 0 to each metric's top level, so all share one scale.
    std::vector<std::unique_ptr<RadarChart>> panels;
    for (const QString &id : ids) {
        RadarChart::Setup setup;
        setup.frameworks = QStringList{id};
        setup.dark = dark;
        auto panel = std::make_unique<RadarChart>(m_model, nullptr, setup);
        panel->setTitle(m_model->dataSet().frameworks.at(m_model->rowOfFramework(id)).name);
        panel->legend()->hide();
        panel->setBackgroundVisible(false);
        panels.push_back(std::move(panel));
    }
    // The grid's own title is the data set's, in the font and colour of a chart title.
    const std::unique_ptr<RadarChart> style =
        panels.empty()
            ? std::make_unique<RadarChart>(m_model, nullptr, RadarChart::Setup{{}, false, dark})
            : nullptr;
    const RadarChart *reference = panels.empty() ? style.get() : panels.front().get();
    if (themed)
        painter->fillRect(target, reference->backgroundBrush());
    QFont titleFont = reference->titleFont();
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * GridTitleScale);
    else
        titleFont.setPixelSize(qRound(titleFont.pixelSize() * GridTitleScale));
    const QString title = m_model->dataSet().title;
    const qreal band = title.isEmpty() ? 0 : QFontMetricsF(titleFont).height() * 2;

    // Square panels, as large as they can be: the number of columns that gives the largest
    // panel, which for a square picture is a near-square grid (2 × 2 for 4, 4 × 3 for 10).
    const int count = int(panels.size());
    const auto sideFor = [&](int columns, qreal width, qreal height) {
        const int rows = (count + columns - 1) / columns;
        return qMin(width / columns, (height - band) / rows);
    };
    int columns = 1;
    for (int c = 2; c <= count; ++c)
        if (sideFor(c, canvas.width(), canvas.height()) >=
            sideFor(columns, canvas.width(), canvas.height()))
            columns = c;
    const int rows = qMax(1, (count + columns - 1) / columns);
    // Laid out larger when the panels would be small, then scaled down to the picture.
    const qreal factor = std::max({1.0, MinPanelSide * columns / canvas.width(),
                                   (MinPanelSide * rows + band) / canvas.height()});
    const QRectF layout(QPointF(0, 0), canvas.size() * factor);
    const qreal side = sideFor(columns, layout.width(), layout.height());
    // The title and the panels together, in the middle of the picture.
    const QPointF origin((layout.width() - columns * side) / 2,
                         (layout.height() - band - rows * side) / 2);

    if (!title.isEmpty()) {
        auto *titleItem = new QGraphicsSimpleTextItem(title);
        titleItem->setFont(titleFont);
        titleItem->setBrush(reference->titleBrush());
        const QRectF bounds = titleItem->boundingRect();
        titleItem->setPos((layout.width() - bounds.width()) / 2,
                          origin.y() + (band - bounds.height()) / 2);
        scene.addItem(titleItem);
    }
    for (int i = 0; i < count; ++i) {
        const int row = i / columns;
        // A last row that is not full is centred under the others.
        const int inRow = qMin(columns, count - row * columns);
        const qreal indent = (columns - inRow) * side / 2;
        const QPointF topLeft(origin.x() + indent + (i % columns) * side,
                              origin.y() + band + row * side);
        place(&scene, panels.at(i).release(), QRectF(topLeft, QSizeF(side, side)));
    }
    scene.render(painter, target, layout);
}

QImage ChartExporter::toImage(const Options &options) const
{
    if (!problem(Format::Png, options).isEmpty())
        return {};
    // The two formats QPainter draws fastest on. An opaque picture is drawn without alpha, which
    // the PNG writer then neither unpremultiplies nor writes: a quarter faster, a tenth smaller.
    const bool transparent = options.background == Background::Transparent;
    QImage image(options.size * options.scale,
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
                            .arg(options.size.width() * options.scale)
                            .arg(options.size.height() * options.scale));
        const QByteArray bytes = encodePng(image);
        return bytes.isEmpty() ? fail(tr("the PNG could not be encoded")) : bytes;
    }

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QString title = m_model->dataSet().title;
    const int dpi = layoutDpi();
    std::unique_ptr<QPaintDevice> device;
    if (format == Format::Svg) {
        auto svg = std::make_unique<QSvgGenerator>();
        svg->setOutputDevice(&buffer);
        svg->setSize(options.size);
        svg->setViewBox(QRect(QPoint(0, 0), options.size));
        svg->setResolution(dpi);
        svg->setTitle(title.isEmpty() ? tr("Radar chart") : title);
        svg->setDescription(tr("A radar chart drawn by Versus"));
        device = std::move(svg);
    } else {
        // One page exactly the size of the chart, with no margins.
        auto pdf = std::make_unique<QPdfWriter>(&buffer);
        pdf->setResolution(dpi);
        pdf->setPageSize(QPageSize(QSizeF(options.size) * 72.0 / dpi, QPageSize::Point, QString(),
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
    return format == Format::Svg ? withPortableFonts(bytes) : bytes;
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
