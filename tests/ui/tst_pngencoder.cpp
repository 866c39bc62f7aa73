// SPDX-License-Identifier: GPL-3.0-or-later
#include "PngEncoder.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

// A picture like a chart: flat areas, antialiased edges, text, and (for ARGB) translucency.
QImage drawing(QImage::Format format, QSize size)
{
    QImage image(size, format);
    image.fill(format == QImage::Format_RGB32 ? QColor(Qt::white) : QColor(Qt::transparent));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0, 114, 178, 120));
    painter.setPen(QPen(QColor(213, 94, 0), 2.5));
    painter.drawEllipse(QRectF(5, 7, size.width() - 13, size.height() - 11));
    painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, u"Caffe vs. Theano"_s);
    for (int x = 0; x < size.width(); x += 3) // every colour channel changes somewhere
        painter.fillRect(x, size.height() - 6, 2, 4, QColor::fromHsv(x * 7 % 360, 200, 230));
    return image;
}

QImage decode(const QByteArray &png)
{
    QBuffer buffer;
    buffer.setData(png);
    QImageReader reader(&buffer, "png");
    return reader.read();
}

} // namespace

class TestPngEncoder : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void resolution();
    void nullImage();
    void sameBytesEveryTime();
};

void TestPngEncoder::roundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("alpha");
    QTest::newRow("opaque") << int(QImage::Format_RGB32) << QSize(203, 117) << false;
    QTest::newRow("transparent") << int(QImage::Format_ARGB32_Premultiplied) << QSize(203, 117)
                                 << true;
    QTest::newRow("one pixel") << int(QImage::Format_RGB32) << QSize(1, 1) << false;
    QTest::newRow("one row") << int(QImage::Format_ARGB32_Premultiplied) << QSize(97, 1) << true;
    QTest::newRow("one column") << int(QImage::Format_RGB32) << QSize(1, 33) << false;
    // Large enough to be compressed in bands on several threads (two, three and four bands).
    QTest::newRow("opaque 800 x 800") << int(QImage::Format_RGB32) << QSize(800, 800) << false;
    QTest::newRow("opaque 1200 x 1200") << int(QImage::Format_RGB32) << QSize(1200, 1200) << false;
    QTest::newRow("transparent 1000 x 700")
        << int(QImage::Format_ARGB32_Premultiplied) << QSize(1000, 700) << true;
    QTest::newRow("opaque, 3 rows of a band each")
        << int(QImage::Format_RGB32) << QSize(300000, 3) << false;
    // Formats ChartExporter does not draw in, converted whole.
    QTest::newRow("straight alpha") << int(QImage::Format_ARGB32) << QSize(203, 117) << true;
    QTest::newRow("RGB888 900 x 900") << int(QImage::Format_RGB888) << QSize(900, 900) << false;
    QTest::newRow("RGBA8888") << int(QImage::Format_RGBA8888) << QSize(64, 48) << true;
}

// What is written is what was drawn, pixel for pixel, read back by Qt's (libpng's) reader.
void TestPngEncoder::roundTrip()
{
    QFETCH(int, format);
    QFETCH(QSize, size);
    QFETCH(bool, alpha);
    const QImage image = drawing(QImage::Format(format), size);
    const QByteArray png = PngEncoder::encode(image);
    QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
    const QImage read = decode(png);
    QCOMPARE(read.size(), size);
    QCOMPARE(read.hasAlphaChannel(), alpha);
    // Straight alpha in the file: compared as ARGB32, where Qt unpremultiplies the original.
    QCOMPARE(read.convertToFormat(QImage::Format_ARGB32),
             image.convertToFormat(QImage::Format_ARGB32));
}

void TestPngEncoder::resolution()
{
    QImage image = drawing(QImage::Format_RGB32, QSize(20, 20));
    image.setDotsPerMeterX(11811); // 300 dpi
    image.setDotsPerMeterY(5906);
    const QImage read = decode(PngEncoder::encode(image));
    QCOMPARE(read.dotsPerMeterX(), 11811);
    QCOMPARE(read.dotsPerMeterY(), 5906);
}

void TestPngEncoder::nullImage()
{
    QVERIFY(PngEncoder::encode(QImage()).isEmpty());
}

// The bands depend on the picture alone, not on how many threads ran: the same picture gives
// the same file every time and on every machine.
void TestPngEncoder::sameBytesEveryTime()
{
    const QImage image = drawing(QImage::Format_RGB32, QSize(1200, 900));
    const QByteArray first = PngEncoder::encode(image);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(PngEncoder::encode(image), first);
}

QTEST_MAIN(TestPngEncoder)
#include "tst_pngencoder.moc"
