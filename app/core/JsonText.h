// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

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
const char *scanNumber(const char *p, const char *end, Number &out);

// From a value inside an object, at `p`: the opening quote of a later member of that object
// whose key is `key`, found by a quick look at the brackets and quotes that checks nothing (so
// it is only right when the text in between is JSON); null when there is none, or when a key in
// between holds an escape.
const char *findMember(const char *p, const char *end, QByteArrayView key);

// Whether `a` and `b` hold the same bytes. (Qt 6.4's operator== compares the bytes before the
// sizes: this is the reader's hot comparison of keys, which mostly differ in size.)
inline bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), std::size_t(a.size())) == 0;
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
