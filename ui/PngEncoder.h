// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

class QImage;

namespace Versus {

// Writes a QImage as PNG, faster than QImageWriter for the pictures Versus makes: large areas
// of one colour with antialiased edges. QImageWriter goes through libpng, which tries every
// row filter on every row and compresses with zlib's default strategy; for a chart the "Up"
// filter alone and a fast zlib level give a file of about the same size in a fraction of the
// time (see docs/performance.md for what was measured).
//
// An opaque image (no alpha channel) is written as 8-bit RGB, any other as 8-bit RGBA with
// straight (not premultiplied) alpha. The resolution (dots per metre) is recorded in a pHYs
// chunk, as QImageWriter does.
class PngEncoder
{
public:
    // zlib's level: 1 (fastest) to 9 (smallest).
    static constexpr int DefaultLevel = 1;

    // The PNG file, or an empty array for a null image.
    static QByteArray encode(const QImage &image, int level = DefaultLevel);
};

} // namespace Versus
