// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <bit>
#include <cstring>

// The text inside JSON strings, for JsonScanner: UTF-8 checked strictly, and escape sequences
// decoded.
namespace Versus::JsonText {

// A JSON number as read.
struct Number
{
    double value = 0;
    bool integer = false; // written without fraction or exponent, and fits 64 bits
    qint64 integerValue = 0;
};

// The JSON number (RFC 8259) that starts at `p`, read into `out`: the end of it, or null when
// no JSON number starts there ("1.", "1e", "-Infinity") or it is beyond what a double holds.
// What follows it is not looked at ("01", "1.5.3": the caller finds the rest out of place).
const char *scanAnyNumber(const char *p, const char *end, Number &out);
inline const char *scanNumber(const char *p, const char *end, Number &out)
{
    // One digit, as a score is written, inline: most of a data file's numbers.
    if (end - p >= 2 && p[0] >= '1' && p[0] <= '9' && !(p[1] >= '0' && p[1] <= '9') &&
        p[1] != '.' && p[1] != 'e' && p[1] != 'E') {
        out.integer = true;
        out.integerValue = p[0] - '0';
        out.value = double(out.integerValue);
        return p + 1;
    }
    return scanAnyNumber(p, end, out);
}

// From a value inside an object, at `p`: the opening quote of a later member of that object
// whose key is `key`, found by a quick look at the brackets and quotes that checks nothing (so
// it is only right when the text in between is JSON); null when there is none, or when a key in
// between holds an escape.
const char *findMember(const char *p, const char *end, QByteArrayView key);

// Whether `a` and `b` hold the same bytes. (Qt 6.4's operator== compares the bytes before the
// sizes: this is the reader's hot comparison of keys, which mostly differ in size.) Keys are
// short: up to 16 bytes they are compared in two overlapping words each way, without a call
// to memcmp.
inline bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    const auto n = std::size_t(a.size());
    if (n != std::size_t(b.size()))
        return false;
    const char *p = a.data();
    const char *q = b.data();
    const auto same = [&](auto word, std::size_t at) {
        decltype(word) x, y;
        std::memcpy(&x, p + at, sizeof x);
        std::memcpy(&y, q + at, sizeof y);
        return x == y;
    };
    if (n > 16)
        return std::memcmp(p, q, n) == 0;
    if (n >= 8)
        return same(quint64(), 0) && same(quint64(), n - 8);
    if (n >= 4)
        return same(quint32(), 0) && same(quint32(), n - 4);
    for (std::size_t i = 0; i < n; ++i)
        if (p[i] != q[i])
            return false;
    return true;
}

// The first byte from `p` that ends a quick run through a string: a double quote, a backslash,
// a control character (which JSON requires escaped) or a byte of a multi-byte UTF-8 sequence;
// `end` when there is none. Eight bytes at a time where the machine allows: strings, keys above
// all, are most of a data file's bytes.
inline const char *stringStop(const char *p, const char *end)
{
    if constexpr (std::endian::native == std::endian::little) {
        constexpr quint64 Ones = 0x0101010101010101u;
        constexpr quint64 High = 0x8080808080808080u;
        while (end - p >= 8) {
            quint64 x;
            std::memcpy(&x, p, 8);
            // The high bit of each byte that stops the run is set: below 0x20 the subtraction
            // borrows, a quote or backslash becomes zero and borrows, 0x80 and above have it.
            // A borrow may also mark a byte after a stop, which does not matter: the first counts.
            const quint64 stops = (x | (x - Ones * 0x20) | ((x ^ (Ones * '"')) - Ones) |
                                   ((x ^ (Ones * '\\')) - Ones)) &
                                  High;
            if (stops)
                return p + std::countr_zero(stops) / 8;
            p += 8;
        }
    }
    for (; p < end; ++p) {
        const auto c = uchar(*p);
        if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80)
            break;
    }
    return p;
}

// The value of a hexadecimal digit, or -1.
int hexValue(char c);

// The end of the well-formed UTF-8 sequence at `p` (its first byte is 0x80 or above), or null.
// Strict (Unicode, table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF).
const char *utf8Sequence(const char *p, const char *end);

// Checked UTF-8 as a QString, with a U+FEFF at its start kept (QString::fromUtf8() would take it
// for a byte-order mark and drop it).
QString fromUtf8(QByteArrayView bytes);

// The text of a string between its quotes, `begin` to `end`, with escape sequences (whose form
// JsonScanner has checked). Half a surrogate pair written as an escape is kept as it is: the
// writer writes it back as the same escape.
bool decodeEscaped(const char *begin, const char *end, QString &out);

} // namespace Versus::JsonText
