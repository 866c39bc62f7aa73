// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The text inside JSON strings, for JsonScanner: UTF-8 checked as strictly as Qt's parser
// checks it (or more), and escape sequences decoded as Qt's parser decodes them, so that the
// fast path's strings equal QJsonDocument's.
namespace Versus::JsonText {

// The value of a hexadecimal digit, or -1.
int hexValue(char c);

// The end of the well-formed UTF-8 sequence at `p` (its first byte is 0x80 or above), or null.
// Strict (Unicode, table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), and it
// also refuses what Qt's parser or QString::fromUtf8() might treat specially: U+FEFF, which
// fromUtf8() drops at the start of a string, and the noncharacters.
const char *utf8Sequence(const char *p, const char *end);

// The text of a string between its quotes, `begin` to `end`, with escape sequences (whose form
// JsonScanner has checked); false for a lone surrogate.
bool decodeEscaped(const char *begin, const char *end, QString &out);

} // namespace Versus::JsonText
