// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartExporter.h"
#include "FrameworkModel.h"
#include "TestData.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

const QColor caffe(u"#0072B2"_s);
const QColor theano(u"#D55E00"_s);

// The seed's metrics and frameworks, which every picture of the bundled data must name.
const QStringList seedNames{u"Performance"_s, u"Scalability"_s, u"Ease of Use"_s,
                            u"Ecosystem"_s,   u"Caffe"_s,       u"Theano"_s};

QImage decodePng(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer, "png");
    return reader.read();
}

int distinctColours(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    QSet<QRgb> colours;
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x)
            colours.insert(line[x]);
    }
    return int(colours.size());
}

// Pixels whose brightness differs from their right-hand neighbour's by more than a quarter of
// the range: hard edges, which a sharp drawing has many of and an enlarged one few.
int hardEdges(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    int count = 0;
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x + 1 < grey.width(); ++x)
            if (qAbs(int(line[x]) - int(line[x + 1])) > 64)
                ++count;
    }
    return count;
}

QList<QColor> corners(const QImage &image)
{
    const int right = image.width() - 1;
    const int bottom = image.height() - 1;
    return {image.pixelColor(0, 0), image.pixelColor(right, 0), image.pixelColor(0, bottom),
            image.pixelColor(right, bottom)};
}

// The text of every <text> element of an SVG, or a failure message when it is not valid XML.
QStringList svgTexts(const QByteArray &svg, QString *error)
{
    QXmlStreamReader xml(svg);
    QStringList texts;
    bool root = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (root && xml.name() != u"svg"_s) {
            *error = u"the root element is "_s + xml.name().toString();
            return {};
        }
        root = false;
        if (xml.name() == u"text"_s)
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    if (xml.hasError())
        *error = u"line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return texts;
}

QImage renderSvg(const QByteArray &svg, const QSize &size)
{
    QSvgRenderer renderer(svg);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    return image;
}

// The number of page objects of a PDF: "/Type /Page", but not "/Type /Pages".
int pdfPages(const QByteArray &pdf)
{
    int pages = 0;
    const QByteArray marker = "/Type /Page";
    for (qsizetype at = pdf.indexOf(marker); at >= 0; at = pdf.indexOf(marker, at + 1))
        if (pdf.mid(at + marker.size(), 1) != "s")
            ++pages;
    return pages;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// With VERSUS_TEST_OUTPUT set to a folder, the pictures the tests make are kept there to be
// looked at.
void keep(const QString &name, const QByteArray &bytes)
{
    const QString folder = qEnvironmentVariable("VERSUS_TEST_OUTPUT");
    if (folder.isEmpty())
        return;
    QFile file(QDir(folder).filePath(name));
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

} // namespace

class TestChartExporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void formatForFile_data();
    void formatForFile();

    void png_data();
    void png();
    void scaleDrawsSharperNotLarger();
    void pngRecordsItsResolution();
    void backgrounds();
    void transparentIsForPngOnly();

    void svg();
    void svgFontsAreKnownElsewhere();
    void svgTitleIsText();
    void pdf();

    void grid_data();
    void grid();
    void gridOfThreeHasEveryColour();

    void followsCompareList();
    void chosenFrameworksOnly();
    void chosenFrameworksLeaveTheComparison();
    void nothingCompared();
    void badOptions_data();
    void badOptions();

    void writeFile_data();
    void writeFile();
    void writeFailsWithoutLeavingAFile_data();
    void writeFailsWithoutLeavingAFile();
    void failedWriteKeepsTheOldFile();

private:
    FrameworkModel *model = nullptr;
    ChartExporter *exporter = nullptr;
    QTemporaryDir dir;
};

void TestChartExporter::init()
{
    model = new FrameworkModel;
    model->setDataSet(TestData::bundled());
    exporter = new ChartExporter(model);
    QVERIFY(dir.isValid());
}

void TestChartExporter::cleanup()
{
    delete exporter;
    delete model;
}

void TestChartExporter::formatForFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: none

    QTest::newRow("png") << u"radar.png"_s << int(ChartExporter::Format::Png);
    QTest::newRow("PNG") << u"/tmp/RADAR.PNG"_s << int(ChartExporter::Format::Png);
    QTest::newRow("svg") << u"a/b/chart.svg"_s << int(ChartExporter::Format::Svg);
    QTest::newRow("Svg") << u"chart.Svg"_s << int(ChartExporter::Format::Svg);
    QTest::newRow("pdf") << u"chart.pdf"_s << int(ChartExporter::Format::Pdf);
    QTest::newRow("two dots") << u"chart.v2.pdf"_s << int(ChartExporter::Format::Pdf);
    QTest::newRow("gif") << u"chart.gif"_s << -1;
    QTest::newRow("jpeg") << u"chart.jpg"_s << -1;
    QTest::newRow("no extension") << u"chart"_s << -1;
    QTest::newRow("png folder") << u"images.png/chart"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestChartExporter::formatForFile()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const std::optional<ChartExporter::Format> found = ChartExporter::formatForFile(path);
    QCOMPARE(found ? int(*found) : -1, format);
}

void TestChartExporter::png_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("scale");

    QTest::newRow("default 1200x1200") << QSize(1200, 1200) << 1;
    QTest::newRow("640x480") << QSize(640, 480) << 1;
    QTest::newRow("400x300 at 3x") << QSize(400, 300) << 3;
    QTest::newRow("500x500 at 2x") << QSize(500, 500) << 2;
}

void TestChartExporter::png()
{
    QFETCH(QSize, size);
    QFETCH(int, scale);
    ChartExporter::Options options;
    options.size = size;
    options.scale = scale;
    QCOMPARE(ChartExporter::Options().size, QSize(1200, 1200)); // the default

    QString error;
    const QByteArray bytes = exporter->toBytes(ChartExporter::Format::Png, options, &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
    keep(u"png-%1x%2-at-%3x.png"_s.arg(size.width()).arg(size.height()).arg(scale), bytes);

    const QImage image = decodePng(bytes);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), size * scale);
    const int colours = distinctColours(image);
    QVERIFY2(colours > 50, qPrintable(u"only %1 colours"_s.arg(colours)));
    // Outlines, vertices and legend swatches in each compared framework's own colour.
    QCOMPARE(model->comparedIds(), QStringList({u"caffe"_s, u"theano"_s}));
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!model->isCompared(row))
            continue;
        const QColor colour = model->frameworkColor(row);
        const int pixels = TestData::pixelsNear(image, colour);
        QVERIFY2(pixels > 200 * scale * scale,
                 qPrintable(u"%1 pixels near %2"_s.arg(pixels).arg(colour.name())));
    }
    QCOMPARE(model->frameworkColor(0), caffe);
    QCOMPARE(model->frameworkColor(1), theano);
}

// At 3× the chart is drawn at three times the size, text included, not drawn at 1× and
// enlarged: the layout is the same, and the edges are as hard.
void TestChartExporter::scaleDrawsSharperNotLarger()
{
    ChartExporter::Options options;
    options.size = QSize(400, 400);
    const QImage one = exporter->toImage(options);
    options.scale = 3;
    const QImage three = exporter->toImage(options);
    QCOMPARE(one.size(), QSize(400, 400));
    QCOMPARE(three.size(), QSize(1200, 1200));
    QCOMPARE(three.devicePixelRatio(), 3.0);

    // The same picture: reduced to 1×, the 3× image is close to the 1× one, pixel for pixel.
    const QImage reduced = three.scaled(one.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                               .convertToFormat(QImage::Format_Grayscale8);
    const QImage oneGrey = one.convertToFormat(QImage::Format_Grayscale8);
    qint64 difference = 0;
    for (int y = 0; y < oneGrey.height(); ++y)
        for (int x = 0; x < oneGrey.width(); ++x)
            difference += qAbs(int(oneGrey.constScanLine(y)[x]) - int(reduced.constScanLine(y)[x]));
    const double mean = double(difference) / (one.width() * one.height());
    QVERIFY2(mean < 6, qPrintable(u"mean difference %1"_s.arg(mean)));

    // Sharp, not enlarged: an enlarged 1× image has soft edges, the 3× drawing hard ones.
    const QImage enlarged =
        one.scaled(three.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const int sharp = hardEdges(three);
    const int soft = hardEdges(enlarged);
    QVERIFY2(sharp > 4 * soft,
             qPrintable(u"%1 hard edges at 3x, %2 enlarged"_s.arg(sharp).arg(soft)));
}

// A 3× PNG says it is three times as dense, so that it is as large on a page as the 1× one.
void TestChartExporter::pngRecordsItsResolution()
{
    ChartExporter::Options options;
    options.size = QSize(300, 200);
    const QImage one = decodePng(exporter->toBytes(ChartExporter::Format::Png, options));
    options.scale = 3;
    const QImage three = decodePng(exporter->toBytes(ChartExporter::Format::Png, options));
    QVERIFY(one.dotsPerMeterX() > 0);
    QVERIFY(qAbs(three.dotsPerMeterX() - 3 * one.dotsPerMeterX()) <= 3);
    QVERIFY(qAbs(three.dotsPerMeterY() - 3 * one.dotsPerMeterY()) <= 3);
}

void TestChartExporter::backgrounds()
{
    ChartExporter::Options options;
    options.size = QSize(500, 400);

    options.background = ChartExporter::Background::Transparent;
    const QByteArray transparentPng = exporter->toBytes(ChartExporter::Format::Png, options);
    keep(u"transparent.png"_s, transparentPng);
    const QImage transparent = decodePng(transparentPng);
    QVERIFY(transparent.hasAlphaChannel());
    for (const QColor &corner : corners(transparent))
        QCOMPARE(corner.alpha(), 0);
    // The chart itself is opaque where it is drawn.
    QVERIFY(TestData::pixelsNear(transparent, caffe) > 200);

    options.background = ChartExporter::Background::White;
    const QImage white = decodePng(exporter->toBytes(ChartExporter::Format::Png, options));
    for (const QColor &corner : corners(white))
        QCOMPARE(corner, QColor(Qt::white));

    options.background = ChartExporter::Background::Theme;
    const QImage theme = decodePng(exporter->toBytes(ChartExporter::Format::Png, options));
    for (const QColor &corner : corners(theme))
        QCOMPARE(corner.alpha(), 255);
    QVERIFY(distinctColours(theme) > 50);
}

void TestChartExporter::transparentIsForPngOnly()
{
    ChartExporter::Options options;
    options.background = ChartExporter::Background::Transparent;
    for (const ChartExporter::Format format :
         {ChartExporter::Format::Svg, ChartExporter::Format::Pdf}) {
        QVERIFY(!exporter->problem(format, options).isEmpty());
        QString error;
        QVERIFY(exporter->toBytes(format, options, &error).isEmpty());
        QVERIFY2(error.contains(u"PNG"_s), qPrintable(error));
    }
    const QString path = dir.filePath(u"transparent.svg"_s);
    const WriteResult result = exporter->writeFile(path, options);
    QVERIFY(!result.ok);
    QVERIFY(!QFileInfo::exists(path));
}

void TestChartExporter::svg()
{
    QString error;
    const QByteArray bytes =
        exporter->toBytes(ChartExporter::Format::Svg, ChartExporter::Options(), &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    keep(u"chart.svg"_s, bytes);

    const QStringList texts = svgTexts(bytes, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString &name : seedNames)
        QVERIFY2(texts.contains(name), qPrintable(name + u" is not in "_s + texts.join(u'|')));
    // The chart's title names the two compared; the document's is the data set's title.
    QVERIFY(texts.contains(u"Caffe vs. Theano"_s));
    QVERIFY(bytes.contains("<title>Deep-learning frameworks</title>"));
    QVERIFY(bytes.contains(R"(viewBox="0 0 1200 1200")"));

    // Another SVG reader draws it with the frameworks' colours.
    QSvgRenderer renderer(bytes);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox(), QRect(0, 0, 1200, 1200));
    const QImage drawn = renderSvg(bytes, QSize(600, 600));
    keep(u"chart-svg-rendered.png"_s, [&] {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        drawn.save(&buffer, "png");
        return png;
    }());
    QVERIFY(TestData::pixelsNear(drawn, caffe) > 100);
    QVERIFY(TestData::pixelsNear(drawn, theano) > 100);
}

// Qt may know the default font only by an alias ("Sans Serif") that a browser does not: every
// font is named by a real family first and a generic family last.
void TestChartExporter::svgFontsAreKnownElsewhere()
{
    const QByteArray bytes = exporter->toBytes(ChartExporter::Format::Svg, {});
    QXmlStreamReader xml(bytes);
    int fonts = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString family = xml.attributes().value(u"font-family"_s).toString();
        if (family.isEmpty())
            continue;
        ++fonts;
        QVERIFY2(family.endsWith(u", sans-serif"_s) || family.endsWith(u", monospace"_s),
                 qPrintable(family));
        QVERIFY2(!family.startsWith(u"Sans Serif"_s), qPrintable(family));
    }
    QVERIFY(!xml.hasError());
    QVERIFY(fonts > 0);
}

// A data set's title is data: in the SVG's <title> it is text, not markup (Qt 6.4's SVG writer
// wrote it as it was, so an <img> in a title became an element and the file no longer parsed).
void TestChartExporter::svgTitleIsText()
{
    DataSet data = TestData::bundled();
    data.title = u"<img src=x> & <b>bold</b> \"quoted\""_s;
    model->setDataSet(data);
    QString error;
    const QByteArray bytes =
        exporter->toBytes(ChartExporter::Format::Svg, ChartExporter::Options(), &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    QXmlStreamReader xml(bytes);
    QString title;
    while (xml.readNext() != QXmlStreamReader::Invalid && !xml.atEnd())
        if (xml.isStartElement() && xml.name() == "title"_L1 && title.isEmpty())
            title = xml.readElementText();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(title, data.title);
}

void TestChartExporter::pdf()
{
    ChartExporter::Options options;
    options.size = QSize(1200, 800);
    QString error;
    const QByteArray bytes = exporter->toBytes(ChartExporter::Format::Pdf, options, &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    keep(u"chart.pdf"_s, bytes);
    QVERIFY(bytes.startsWith("%PDF"));
    QCOMPARE(pdfPages(bytes), 1);
    // The page is the chart's size: 1200 × 800 pixels at 96 per inch are 900 × 600 points.
    static const QRegularExpression mediaBox(u"/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"_s);
    const QRegularExpressionMatch match = mediaBox.match(QString::fromLatin1(bytes));
    QVERIFY(match.hasMatch());
    QCOMPARE(qRound(match.captured(1).toDouble()), 900);
    QCOMPARE(qRound(match.captured(2).toDouble()), 600);
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
}

void TestChartExporter::grid_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("scale");
    QTest::newRow("1200x1200") << QSize(1200, 1200) << 1;
    QTest::newRow("600x300 at 2x") << QSize(600, 300) << 2;
}

void TestChartExporter::grid()
{
    QFETCH(QSize, size);
    QFETCH(int, scale);
    ChartExporter::Options options;
    options.layout = ChartExporter::Layout::Grid;
    options.size = size;
    options.scale = scale;
    const QByteArray png = exporter->toBytes(ChartExporter::Format::Png, options);
    keep(u"grid-%1x%2.png"_s.arg(size.width()).arg(size.height()), png);
    const QImage image = decodePng(png);
    QCOMPARE(image.size(), size * scale);
    QVERIFY(TestData::pixelsNear(image, caffe) > 200);
    QVERIFY(TestData::pixelsNear(image, theano) > 200);
    // Side by side: Caffe's panel is the left half, Theano's the right.
    const QImage left = image.copy(0, 0, image.width() / 2, image.height());
    const QImage right = image.copy(image.width() / 2, 0, image.width() / 2, image.height());
    QVERIFY(TestData::pixelsNear(left, caffe) > 200);
    QCOMPARE(TestData::pixelsNear(left, theano), 0);
    QVERIFY(TestData::pixelsNear(right, theano) > 200);
    QCOMPARE(TestData::pixelsNear(right, caffe), 0);

    // Each panel is titled with its framework's name, under the data set's title.
    QString error;
    const QStringList texts =
        svgTexts(exporter->toBytes(ChartExporter::Format::Svg, options), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString &name : seedNames + QStringList{u"Deep-learning frameworks"_s})
        QVERIFY2(texts.contains(name), qPrintable(name));
    // Each panel has the metric names; no legend repeats the framework names.
    QCOMPARE(texts.count(u"Performance"_s), 2);
    QCOMPARE(texts.count(u"Caffe"_s), 1);
}

void TestChartExporter::gridOfThreeHasEveryColour()
{
    model->setDataSet(TestData::load(TestData::file(u"valid/three-frameworks.json"_s)));
    ChartExporter::Options options;
    options.layout = ChartExporter::Layout::Grid;
    options.frameworks = QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s};
    const QByteArray png = exporter->toBytes(ChartExporter::Format::Png, options);
    keep(u"grid-three.png"_s, png);
    const QImage image = decodePng(png);
    QCOMPARE(image.size(), QSize(1200, 1200));
    for (int row = 0; row < 3; ++row)
        QVERIFY2(TestData::pixelsNear(image, model->frameworkColor(row)) > 200,
                 qPrintable(model->frameworkColor(row).name()));
    // A near-square grid: Alpha and Beta on the first row, Gamma alone on the second.
    const QImage top = image.copy(0, 0, 1200, 600);
    const QImage bottom = image.copy(0, 600, 1200, 600);
    QVERIFY(TestData::pixelsNear(top, model->frameworkColor(0)) > 200);
    QVERIFY(TestData::pixelsNear(top, model->frameworkColor(1)) > 200);
    QCOMPARE(TestData::pixelsNear(top, model->frameworkColor(2)), 0);
    QCOMPARE(TestData::pixelsNear(bottom, model->frameworkColor(0)), 0);
    QCOMPARE(TestData::pixelsNear(bottom, model->frameworkColor(1)), 0);
    QVERIFY(TestData::pixelsNear(bottom, model->frameworkColor(2)) > 200);
}

void TestChartExporter::followsCompareList()
{
    // three-frameworks.json compares alpha and gamma, not beta.
    model->setDataSet(TestData::load(TestData::file(u"valid/three-frameworks.json"_s)));
    const QImage image = exporter->toImage(ChartExporter::Options());
    QVERIFY(TestData::pixelsNear(image, model->frameworkColor(0)) > 200);
    QCOMPARE(TestData::pixelsNear(image, model->frameworkColor(1)), 0);
    QVERIFY(TestData::pixelsNear(image, model->frameworkColor(2)) > 200);
}

void TestChartExporter::chosenFrameworksOnly()
{
    model->setDataSet(TestData::load(TestData::file(u"valid/three-frameworks.json"_s)));
    ChartExporter::Options options;
    options.frameworks = QStringList{u"beta"_s};
    const QByteArray png = exporter->toBytes(ChartExporter::Format::Png, options);
    keep(u"beta-only.png"_s, png);
    const QImage image = decodePng(png);
    QCOMPARE(TestData::pixelsNear(image, model->frameworkColor(0)), 0);
    QVERIFY(TestData::pixelsNear(image, model->frameworkColor(1)) > 200);
    QCOMPARE(TestData::pixelsNear(image, model->frameworkColor(2)), 0);

    // In the model's order, whatever the order asked for.
    options.frameworks = QStringList{u"gamma"_s, u"beta"_s};
    QString error;
    const QStringList texts =
        svgTexts(exporter->toBytes(ChartExporter::Format::Svg, options), &error);
    QVERIFY(texts.contains(u"Beta"_s));
    QVERIFY(texts.contains(u"Gamma"_s));
    QVERIFY(!texts.contains(u"Alpha"_s));
    QVERIFY(texts.indexOf(u"Beta"_s) < texts.indexOf(u"Gamma"_s));
}

void TestChartExporter::chosenFrameworksLeaveTheComparison()
{
    ChartExporter::Options options;
    options.frameworks = QStringList{u"theano"_s};
    QVERIFY(!exporter->toImage(options).isNull());
    QCOMPARE(model->comparedIds(), QStringList({u"caffe"_s, u"theano"_s}));
    QCOMPARE(model->undoStack()->count(), 0);
}

void TestChartExporter::nothingCompared()
{
    ChartExporter::Options options;
    options.frameworks = QStringList();
    const QImage image = exporter->toImage(options);
    QVERIFY(!image.isNull());
    QCOMPARE(TestData::pixelsNear(image, caffe), 0);
    QCOMPARE(TestData::pixelsNear(image, theano), 0);
    QVERIFY(distinctColours(image) > 10); // the rings, spokes and labels

    options.layout = ChartExporter::Layout::Grid;
    QVERIFY(!exporter->toImage(options).isNull());
    QVERIFY(!exporter->toBytes(ChartExporter::Format::Pdf, options).isEmpty());
}

void TestChartExporter::badOptions_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QStringList>("frameworks");
    QTest::addColumn<QString>("mentions");

    const int png = int(ChartExporter::Format::Png);
    const int svg = int(ChartExporter::Format::Svg);
    QTest::newRow("zero width") << png << QSize(0, 100) << 1 << QStringList() << u"size"_s;
    QTest::newRow("negative") << svg << QSize(100, -5) << 1 << QStringList() << u"-5"_s;
    QTest::newRow("too tall") << png << QSize(100, 16385) << 1 << QStringList() << u"16384"_s;
    QTest::newRow("scale 0") << png << QSize(100, 100) << 0 << QStringList() << u"scale"_s;
    QTest::newRow("scale 4") << png << QSize(100, 100) << 4 << QStringList() << u"scale"_s;
    QTest::newRow("too many pixels at 3x")
        << png << QSize(6000, 100) << 3 << QStringList() << u"16384"_s;
    QTest::newRow("unknown framework")
        << png << QSize(100, 100) << 1 << QStringList{u"caffe"_s, u"paddle"_s} << u"\"paddle\""_s;
}

void TestChartExporter::badOptions()
{
    QFETCH(int, format);
    QFETCH(QSize, size);
    QFETCH(int, scale);
    QFETCH(QStringList, frameworks);
    QFETCH(QString, mentions);
    ChartExporter::Options options;
    options.size = size;
    options.scale = scale;
    if (!frameworks.isEmpty())
        options.frameworks = frameworks;

    const QString problem = exporter->problem(ChartExporter::Format(format), options);
    QVERIFY2(problem.contains(mentions), qPrintable(problem));
    QString error;
    QVERIFY(exporter->toBytes(ChartExporter::Format(format), options, &error).isEmpty());
    QCOMPARE(error, problem);
    if (format == int(ChartExporter::Format::Png))
        QVERIFY(exporter->toImage(options).isNull());
}

void TestChartExporter::writeFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << u"chart.png"_s << QByteArray("\x89PNG");
    QTest::newRow("PNG") << u"CHART.PNG"_s << QByteArray("\x89PNG");
    QTest::newRow("svg") << u"chart.svg"_s << QByteArray("<?xml");
    QTest::newRow("pdf") << u"chart.Pdf"_s << QByteArray("%PDF");
}

void TestChartExporter::writeFile()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, magic);
    const QString path = dir.filePath(name);
    ChartExporter::Options options;
    options.size = QSize(300, 300);
    const WriteResult result = exporter->writeFile(path, options);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.error, QString());
    QVERIFY(readAll(path).startsWith(magic));
    // Nothing else is left in the folder: no temporary file.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{name});
    QVERIFY(QFile::remove(path));
}

void TestChartExporter::writeFailsWithoutLeavingAFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown extension") << u"chart.gif"_s << u".png"_s;
    QTest::newRow("no extension") << u"chart"_s << u".png"_s;
    QTest::newRow("missing folder") << u"missing/chart.png"_s << u"chart.png"_s;
    QTest::newRow("a file as folder") << u"file.txt/chart.png"_s << u"chart.png"_s;
    QTest::newRow("a folder") << u"folder.png"_s << u"directory"_s;
}

void TestChartExporter::writeFailsWithoutLeavingAFile()
{
    QFETCH(QString, name);
    QFETCH(QString, mentions);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QFile file(folder.filePath(u"file.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(QDir(folder.path()).mkdir(u"folder.png"_s));
    const QStringList before = QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden);

    const QString path = folder.filePath(name);
    const WriteResult result = exporter->writeFile(path, ChartExporter::Options());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
    QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden), before);
    QVERIFY(QFileInfo(folder.filePath(u"folder.png"_s)).isDir());
}

void TestChartExporter::failedWriteKeepsTheOldFile()
{
    const QString path = dir.filePath(u"kept.png"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("the old picture");
    file.close();

    ChartExporter::Options options;
    options.size = QSize(0, 0);
    QVERIFY(!exporter->writeFile(path, options).ok);
    QCOMPARE(readAll(path), QByteArray("the old picture"));

    options.size = QSize(200, 200);
    QVERIFY(exporter->writeFile(path, options).ok);
    QVERIFY(readAll(path).startsWith("\x89PNG"));
}

QTEST_MAIN(TestChartExporter)
#include "tst_chartexporter.moc"
