// SPDX-License-Identifier: GPL-3.0-or-later
#include "PngEncoder.h"

#include <QImage>
#include <QList>
#include <QThread>
#include <QtEndian>

#include <cstring>
#include <functional>
#include <utility>

#include <zlib.h>

namespace Versus {

namespace {

void appendUInt32(QByteArray *out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out->append(bytes, 4);
}

// A chunk: length, type, data, and the CRC of type and data.
void appendChunk(QByteArray *out, const char type[4], const char *data, qsizetype size)
{
    appendUInt32(out, quint32(size));
    const qsizetype start = out->size();
    out->append(type, 4);
    out->append(data, size);
    const auto *bytes = reinterpret_cast<const Bytef *>(out->constData() + start);
    appendUInt32(out, quint32(crc32(0, bytes, uInt(size + 4))));
}

// `row` minus `above`, byte by byte, into `out`: PNG's "Up" filter. Eight bytes at a time in a
// 64-bit word, each byte subtracted without borrowing from the next: the filter is as costly as
// the compression otherwise.
void subtractRow(const uchar *row, const uchar *above, uchar *out, qsizetype size)
{
    constexpr quint64 High = 0x8080808080808080ull;
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 a;
        quint64 b;
        std::memcpy(&a, row + i, 8);
        std::memcpy(&b, above + i, 8);
        const quint64 difference = ((a | High) - (b & ~High)) ^ ((a ^ ~b) & High);
        std::memcpy(out + i, &difference, 8);
    }
    for (; i < size; ++i)
        out[i] = uchar(row[i] - above[i]);
}

// The rows of the picture as PNG stores them: R, G, B (, A) bytes, straight alpha. An opaque
// picture in ChartExporter's format is converted a row at a time into a small buffer: a copy
// of the whole picture would cost a pass over it and, at 1200 x 1200, a thousand page faults.
// Other formats are converted whole, once, by Qt (whose unpremultiplying rounds in its own way,
// which the file keeps).
class RowSource
{
public:
    RowSource(const QImage &image, bool alpha)
        : m_image(image), m_alpha(alpha),
          m_convert(!alpha && image.format() == QImage::Format_RGB32)
    {
        if (!m_convert)
            m_image =
                image.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    }

    int width() const { return m_image.width(); }
    int height() const { return m_image.height(); }
    qsizetype rowBytes() const { return qsizetype(width()) * (m_alpha ? 4 : 3); }

    // Row `y` in PNG's byte order; `buffer` holds rowBytes() and may be what is returned.
    const uchar *row(int y, uchar *buffer) const
    {
        const uchar *line = m_image.constScanLine(y);
        if (!m_convert)
            return line;
        const auto *pixels = reinterpret_cast<const QRgb *>(line);
        uchar *out = buffer;
        for (int x = 0; x < width(); ++x, out += 3) {
            out[0] = uchar(qRed(pixels[x]));
            out[1] = uchar(qGreen(pixels[x]));
            out[2] = uchar(qBlue(pixels[x]));
        }
        return buffer;
    }

private:
    QImage m_image;
    bool m_alpha;
    bool m_convert;
};

// One band of rows, filtered and compressed as raw deflate data that ends on a byte boundary
// (the last band ends the stream), with the Adler-32 of the filtered bytes: bands compressed
// apart can be joined into one zlib stream, as pigz does. The first row of a band is filtered
// against the last row of the band above, so the filtered bytes are those of one pass.
struct Band
{
    int first = 0;
    int end = 0;
    bool last = false;
    QByteArray compressed;
    uLong adler = 1;
    bool ok = false;
};

void compressBand(const RowSource &source, int level, Band *band)
{
    // Each row is written with the "Up" filter (type 2): its bytes minus the bytes above. A
    // chart is mostly runs of one colour, which this turns into runs of zeros, and zlib's
    // run-length strategy packs runs of zeros quickly and well. libpng's default, every filter
    // tried on every row and zlib's general strategy, costs several times more for a file
    // about as large.
    z_stream stream{};
    if (deflateInit2(&stream, qBound(1, level, 9), Z_DEFLATED, -15, 8, Z_RLE) != Z_OK)
        return;
    const qsizetype rowBytes = source.rowBytes();
    const uLong rawSize = uLong(band->end - band->first) * uLong(rowBytes + 1);
    band->compressed.resize(qsizetype(deflateBound(&stream, rawSize)) + 16);
    stream.next_out = reinterpret_cast<Bytef *>(band->compressed.data());
    stream.avail_out = uInt(band->compressed.size());
    QByteArray buffers(3 * (rowBytes + 1), Qt::Uninitialized);
    auto *filtered = reinterpret_cast<uchar *>(buffers.data());
    uchar *current = filtered + rowBytes + 1;
    uchar *previous = current + rowBytes;
    const uchar *above = band->first > 0 ? source.row(band->first - 1, previous) : nullptr;
    filtered[0] = 2;
    bool ok = true;
    for (int y = band->first; y < band->end && ok; ++y) {
        const uchar *row = source.row(y, current);
        if (above)
            subtractRow(row, above, filtered + 1, rowBytes);
        else
            std::memcpy(filtered + 1, row, size_t(rowBytes));
        band->adler = adler32(band->adler, filtered, uInt(rowBytes + 1));
        stream.next_in = filtered;
        stream.avail_in = uInt(rowBytes + 1);
        const bool end = y + 1 == band->end;
        const int flush = !end ? Z_NO_FLUSH : band->last ? Z_FINISH : Z_SYNC_FLUSH;
        const int result = deflate(&stream, flush);
        // The whole row taken in and room left over: the buffer is deflateBound() and a few
        // bytes for the flush, so this never fails, but a full buffer would lose bytes
        // silently and give a broken file reported as written.
        ok = (flush == Z_FINISH ? result == Z_STREAM_END : result == Z_OK) &&
             stream.avail_in == 0 && stream.avail_out > 0;
        // The converted row is the next row's "above": swap the buffers it may live in.
        if (row == current) {
            above = current;
            std::swap(current, previous);
        } else {
            above = row;
        }
    }
    band->compressed.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    band->ok = ok;
}

// Bands of at least this many bytes are worth a thread of their own; the number of bands
// depends on the picture alone, so the file is the same on every machine.
constexpr qsizetype BandBytes = 768 * 1024;
constexpr int MaxBands = 4;

} // namespace

QByteArray PngEncoder::encode(const QImage &image, int level)
{
    if (image.isNull())
        return {};
    const bool alpha = image.hasAlphaChannel();
    const RowSource source(image, alpha);
    const int width = source.width();
    const int height = source.height();

    const qsizetype total = qsizetype(height) * (source.rowBytes() + 1);
    const int bandCount =
        int(qBound(qsizetype(1), total / BandBytes, qsizetype(qMin(MaxBands, height))));
    QList<Band> bands(bandCount);
    for (int i = 0; i < bandCount; ++i) {
        bands[i].first = int(qint64(height) * i / bandCount);
        bands[i].end = int(qint64(height) * (i + 1) / bandCount);
        bands[i].last = i + 1 == bandCount;
    }
    // The first band is compressed here, the others on threads of their own: zlib is about
    // a third of an export's time, and two cores halve it.
    QList<QThread *> threads;
    for (int i = 1; i < bandCount; ++i) {
        threads << QThread::create(compressBand, std::cref(source), level, &bands[i]);
        threads.constLast()->start();
    }
    compressBand(source, level, &bands[0]);
    for (int i = 1; i < bandCount; ++i) {
        QThread *thread = threads.at(i - 1);
        thread->wait();
        // A thread that could not be started (a process at its limit of threads) did nothing:
        // its band is compressed here.
        if (!bands.at(i).ok && !thread->isFinished())
            compressBand(source, level, &bands[i]);
        delete thread;
    }

    // The zlib stream: a header (deflate, 32K window, "fastest" level), the bands' data, and
    // the Adler-32 of all the filtered bytes.
    qsizetype compressedSize = 2 + 4;
    uLong adler = 1;
    for (const Band &band : std::as_const(bands)) {
        if (!band.ok)
            return {};
        compressedSize += band.compressed.size();
        const uLong length = uLong(band.end - band.first) * uLong(source.rowBytes() + 1);
        adler = adler32_combine(adler, band.adler, z_off_t(length));
    }
    QByteArray compressed;
    compressed.reserve(compressedSize);
    compressed.append("\x78\x01", 2);
    for (const Band &band : std::as_const(bands))
        compressed.append(band.compressed);
    appendUInt32(&compressed, quint32(adler));

    QByteArray png;
    png.reserve(compressedSize + 128);
    png.append("\x89PNG\r\n\x1a\n", 8);
    char header[13];
    qToBigEndian(quint32(width), header);
    qToBigEndian(quint32(height), header + 4);
    header[8] = 8;             // bits per channel
    header[9] = alpha ? 6 : 2; // colour type: RGBA or RGB
    header[10] = 0;            // deflate
    header[11] = 0;            // adaptive filtering, one filter byte per row
    header[12] = 0;            // not interlaced
    appendChunk(&png, "IHDR", header, sizeof header);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) {
        char physical[9];
        qToBigEndian(quint32(image.dotsPerMeterX()), physical);
        qToBigEndian(quint32(image.dotsPerMeterY()), physical + 4);
        physical[8] = 1; // the unit is the metre
        appendChunk(&png, "pHYs", physical, sizeof physical);
    }
    appendChunk(&png, "IDAT", compressed.constData(), compressed.size());
    appendChunk(&png, "IEND", nullptr, 0);
    return png;
}

} // namespace Versus
