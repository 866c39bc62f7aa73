// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonText.h"

#include <QStringDecoder>

#include <algorithm>

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
