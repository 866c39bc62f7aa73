// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonText.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Versus::JsonText {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Bytes that findMember() stops at outside strings.
constexpr std::array<bool, 256> Structural = [] {
    std::array<bool, 256> table{};
    for (const char c : {'"', '{', '}', '[', ']'})
        table[uchar(c)] = true;
    return table;
}();

} // namespace

const char *scanAnyNumber(const char *p, const char *end, Number &out)
{
    const char *start = p;
    if (p < end && *p == '-')
        ++p;
    const char *digits = p;
    if (p < end && *p == '0')
        ++p;
    else
        while (p < end && isDigit(*p))
            ++p;
    bool valid = p > digits;
    const char *intEnd = p;
    bool fraction = false;
    if (valid && p < end && *p == '.') {
        fraction = true;
        const char *first = ++p;
        while (p < end && isDigit(*p))
            ++p;
        valid = p > first;
    }
    if (valid && p < end && (*p == 'e' || *p == 'E')) {
        fraction = true;
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        const char *first = p;
        while (p < end && isDigit(*p))
            ++p;
        valid = p > first;
    }
    if (!valid)
        return nullptr;
    out.integer = false;
    if (!fraction && intEnd - digits <= 18) {
        qint64 n = 0;
        for (const char *d = digits; d < intEnd; ++d)
            n = n * 10 + (*d - '0');
        out.integer = true;
        out.integerValue = *start == '-' ? -n : n;
        out.value = double(out.integerValue);
        return p;
    }
    const QByteArray text = QByteArray::fromRawData(start, p - start);
    bool converted = false;
    if (!fraction) {
        out.integerValue = text.toLongLong(&converted);
        out.integer = converted;
    }
    out.value = text.toDouble(&converted);
    if (!converted || !std::isfinite(out.value))
        return nullptr;
    return p;
}

namespace {

// The closing quote of the string whose text starts at `p`, or null; `escaped`: whether the text
// holds an escape (a backslash and the byte after it are passed over together).
const char *stringEnd(const char *p, const char *end, bool &escaped)
{
    for (;;) {
        p = stringStop(p, end);
        if (p == end)
            return nullptr;
        if (*p == '"')
            return p;
        if (*p == '\\') {
            escaped = true;
            if (++p == end)
                return nullptr;
        }
        ++p;
    }
}

#if defined(__SSE2__)
// The bits set in each byte value. (std::popcount() is a call to the runtime library where the
// processor's instruction is not enabled, as for the baseline x86-64 this is built for.)
constexpr std::array<unsigned char, 256> BitCounts = [] {
    std::array<unsigned char, 256> table{};
    for (int i = 0; i < 256; ++i)
        table[std::size_t(i)] = uchar((i & 1) + table[std::size_t(i >> 1)]);
    return table;
}();

// The bits set in a 16-bit mask.
int bitCount(unsigned mask)
{
    return BitCounts[mask & 0xFFu] + BitCounts[(mask >> 8) & 0xFFu];
}

// From `p`, outside any string: passes over the blocks of 16 bytes that lie wholly inside values
// nested in the current object (`depth` stays above 0 in them) and hold no backslash; `inString`
// tells whether the place it stops at is inside a string. Nearly all of the way over a large
// array is passed over this way rather than a byte at a time.
const char *skipNested(const char *p, const char *end, int &depth, bool &inString)
{
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i lowerCase = _mm_set1_epi8(0x20);
    const __m128i open = _mm_set1_epi8('{');
    const __m128i close = _mm_set1_epi8('}');
    inString = false;
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        if (_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, backslash)) != 0)
            break; // an escaped quote would mislead the count of quotes
        const auto quotes = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, quote)));
        // '[' and ']' are '{' and '}' without the bit 0x20.
        const __m128i folded = _mm_or_si128(bytes, lowerCase);
        const auto opens = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(folded, open)));
        const auto closes = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(folded, close)));
        // Bit i: byte i is inside a string, by the count of quotes up to it.
        unsigned inside = quotes;
        inside ^= inside << 1;
        inside ^= inside << 2;
        inside ^= inside << 4;
        inside ^= inside << 8;
        const bool oddQuotes = (inside & 0x8000u) != 0;
        if (inString)
            inside = ~inside;
        const int closed = bitCount(closes & ~inside & 0xFFFFu);
        if (depth - closed < 1)
            break; // the current object may end in the block, or a member of it start
        depth += bitCount(opens & ~inside & 0xFFFFu) - closed;
        inString ^= oddQuotes;
        p += 16;
    }
    return p;
}
#endif

} // namespace

const char *findMember(const char *p, const char *end, QByteArrayView key)
{
    int depth = 0; // below the current object
    while (p < end) {
#if defined(__SSE2__)
        if (depth > 0) {
            bool inString = false;
            p = skipNested(p, end, depth, inString);
            if (inString) {
                bool escaped = false;
                p = stringEnd(p, end, escaped);
                if (!p)
                    return nullptr;
                ++p;
                continue;
            }
            if (p == end)
                break;
        }
#endif
        if (!Structural[uchar(*p)]) {
            ++p;
            continue;
        }
        const char c = *p;
        if (c != '"') {
            if (c == '{' || c == '[')
                ++depth;
            else if (depth-- == 0)
                return nullptr; // the end of the current object
            ++p;
            continue;
        }
        const char *begin = ++p;
        bool escaped = false;
        const char *close = stringEnd(p, end, escaped);
        if (!close)
            return nullptr;
        p = close + 1;
        if (depth != 0)
            continue;
        const char *after = p;
        while (after < end && isSpace(*after))
            ++after;
        if (after == end || *after != ':')
            continue; // a value, not a key
        if (escaped)
            return nullptr; // a key with an escape: compared decoded only by the reader
        if (QByteArrayView(begin, close - begin) == key)
            return begin - 1;
    }
    return nullptr;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

const char *utf8Sequence(const char *p, const char *end)
{
    const auto b0 = uchar(p[0]);
    int length = 0;
    uchar low = 0x80, high = 0xBF; // the range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        if (b0 == 0xE0)
            low = 0xA0;
        else if (b0 == 0xED)
            high = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        if (b0 == 0xF0)
            low = 0x90;
        else if (b0 == 0xF4)
            high = 0x8F;
    } else {
        return nullptr;
    }
    if (end - p < length)
        return nullptr;
    if (uchar(p[1]) < low || uchar(p[1]) > high)
        return nullptr;
    for (int i = 1; i < length; ++i) {
        if ((uchar(p[i]) & 0xC0) != 0x80)
            return nullptr;
    }
    return p + length;
}

QString fromUtf8(QByteArrayView bytes)
{
    // ASCII, the common case, takes Qt's quicker Latin-1 conversion.
    const bool ascii =
        std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
    if (ascii)
        return QString::fromLatin1(bytes);
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

bool decodeEscaped(const char *begin, const char *end, QString &out)
{
    // Rare in data files: a plain loop, each run of unescaped text converted as a whole.
    out.clear();
    const char *run = begin;
    for (const char *p = begin; p < end;) {
        if (*p != '\\') {
            ++p;
            continue;
        }
        out += fromUtf8(QByteArrayView(run, p - run));
        const char e = p[1];
        p += 2;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            out += QChar(e);
            break;
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u': {
            const auto unit = [](const char *h) {
                int value = 0;
                for (int i = 0; i < 4; ++i) {
                    const int digit = hexValue(h[i]);
                    if (digit < 0)
                        return -1;
                    value = value * 16 + digit;
                }
                return value;
            };
            const int u = unit(p);
            p += 4;
            if (u < 0)
                return false;
            out += QChar(char16_t(u));
            break;
        }
        default:
            return false;
        }
        run = p;
    }
    out += fromUtf8(QByteArrayView(run, end - run));
    return true;
}

} // namespace Versus::JsonText
