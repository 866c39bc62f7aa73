// SPDX-License-Identifier: GPL-3.0-or-later
#include "PngEncoder.h"

#include <QImage>
#include <QtEndian>

#include <cstring>

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

} // namespace

QByteArray PngEncoder::encode(const QImage &image, int level)
{
    if (image.isNull())
        return {};
    const bool alpha = image.hasAlphaChannel();
    // Byte order R, G, B (, A) in memory, straight alpha: the order PNG stores.
    const QImage pixels =
        image.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    const int width = pixels.width();
    const int height = pixels.height();
    const qsizetype rowBytes = qsizetype(width) * (alpha ? 4 : 3);

    // Each row is written with the "Up" filter (type 2): its bytes minus the bytes above. A
    // chart is mostly runs of one colour, which this turns into runs of zeros, and zlib's
    // run-length strategy packs runs of zeros quickly and well. libpng's default, every filter
    // tried on every row and zlib's general strategy, costs several times more for a file
    // about as large.
    z_stream stream{};
    if (deflateInit2(&stream, qBound(1, level, 9), Z_DEFLATED, 15, 8, Z_RLE) != Z_OK)
        return {};
    QByteArray compressed(qsizetype(deflateBound(&stream, uLong(height * (rowBytes + 1)))),
                          Qt::Uninitialized);
    stream.next_out = reinterpret_cast<Bytef *>(compressed.data());
    stream.avail_out = uInt(compressed.size());
    QByteArray line(rowBytes + 1, Qt::Uninitialized);
    auto *filtered = reinterpret_cast<uchar *>(line.data());
    filtered[0] = 2;
    bool ok = true;
    for (int y = 0; y < height && ok; ++y) {
        const uchar *row = pixels.constScanLine(y);
        if (y == 0)
            std::memcpy(filtered + 1, row, size_t(rowBytes));
        else
            subtractRow(row, pixels.constScanLine(y - 1), filtered + 1, rowBytes);
        stream.next_in = filtered;
        stream.avail_in = uInt(rowBytes + 1);
        ok = deflate(&stream, y + 1 == height ? Z_FINISH : Z_NO_FLUSH) ==
             (y + 1 == height ? Z_STREAM_END : Z_OK);
    }
    const qsizetype compressedSize = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (!ok)
        return {};

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
    appendChunk(&png, "IDAT", compressed.constData(), compressedSize);
    appendChunk(&png, "IEND", nullptr, 0);
    return png;
}

} // namespace Versus
