// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonText.h"

namespace Versus::JsonText {

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

// The end of the well-formed UTF-8 sequence at `p` (its first byte is 0x80 or above), or null.
// Strict (Unicode, table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), and it
// also refuses what Qt's parser or QString::fromUtf8() might treat specially: U+FEFF, which
// fromUtf8() drops at the start of a string, and the noncharacters.
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
    char32_t code = b0 & (0x7F >> length);
    for (int i = 1; i < length; ++i) {
        if ((uchar(p[i]) & 0xC0) != 0x80)
            return nullptr;
        code = (code << 6) | (uchar(p[i]) & 0x3F);
    }
    if (code == 0xFEFF || (code >= 0xFDD0 && code <= 0xFDEF) || (code & 0xFFFE) == 0xFFFE)
        return nullptr;
    return p + length;
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
        out += QString::fromUtf8(run, p - run);
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
            if (u < 0 || (u >= 0xDC00 && u <= 0xDFFF))
                return false;
            if (u >= 0xD800 && u <= 0xDBFF) {
                // Only a proper pair: what Qt makes of a lone half is not worth depending on.
                const int low = end - p >= 6 && p[0] == '\\' && p[1] == 'u' ? unit(p + 2) : -1;
                if (low < 0xDC00 || low > 0xDFFF)
                    return false;
                out += QChar(char16_t(u));
                out += QChar(char16_t(low));
                p += 6;
            } else {
                out += QChar(char16_t(u));
            }
            break;
        }
        default:
            return false;
        }
        run = p;
    }
    out += QString::fromUtf8(run, end - run);
    return true;
}

} // namespace Versus::JsonText
