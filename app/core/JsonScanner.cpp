// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonScanner.h"

#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace Versus {

namespace {

// Bytes that end the quick run through a string: the quote, the backslash, control characters
// (which JSON requires escaped) and the start of a multi-byte UTF-8 sequence.
constexpr std::array<bool, 256> SpecialInString = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[c] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
    return table;
}();

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

JsonScanner::JsonScanner(QByteArrayView text)
    : m_begin(text.data()), m_pos(text.data()), m_end(text.data() + text.size())
{
}

void JsonScanner::skipSpace()
{
    while (m_pos < m_end && isSpace(*m_pos))
        ++m_pos;
}

char JsonScanner::peek()
{
    skipSpace();
    return m_ok && m_pos < m_end ? *m_pos : '\0';
}

bool JsonScanner::consume(char c)
{
    if (peek() != c || c == '\0')
        return fail();
    ++m_pos;
    return true;
}

bool JsonScanner::atEnd()
{
    skipSpace();
    return m_ok && (m_pos == m_end || fail());
}

bool JsonScanner::first(char close)
{
    if (peek() != close)
        return m_ok;
    ++m_pos;
    return false;
}

bool JsonScanner::next(char close)
{
    const char c = peek();
    if (c == ',' || c == close)
        ++m_pos;
    else
        fail();
    return c == ',';
}

bool JsonScanner::scanString(bool &escaped)
{
    escaped = false;
    ++m_pos; // the opening quote
    for (;;) {
        while (m_pos < m_end && !SpecialInString[uchar(*m_pos)])
            ++m_pos;
        if (m_pos == m_end)
            return fail();
        const auto c = uchar(*m_pos);
        if (c == '"') {
            ++m_pos;
            return true;
        }
        if (c == '\\') {
            // Its form is checked here, so that a string's extent is right even when it is
            // not decoded (inside an unknown member); surrogates are left to
            // JsonText::decodeEscaped().
            escaped = true;
            if (m_end - m_pos < 2 || !std::strchr("\"\\/bfnrtu", m_pos[1]) || m_pos[1] == 0)
                return fail();
            if (m_pos[1] == 'u') {
                if (m_end - m_pos < 6)
                    return fail();
                for (int i = 2; i < 6; ++i)
                    if (JsonText::hexValue(m_pos[i]) < 0)
                        return fail();
                m_pos += 6;
            } else {
                m_pos += 2;
            }
            continue;
        }
        if (c < 0x20)
            return fail();
        m_pos = JsonText::utf8Sequence(m_pos, m_end);
        if (!m_pos)
            return fail();
    }
}

bool JsonScanner::key(QByteArrayView &key)
{
    if (peek() != '"')
        return fail();
    const char *begin = m_pos + 1;
    bool escaped = false;
    if (!scanString(escaped) || escaped)
        return fail();
    key = QByteArrayView(begin, m_pos - 1 - begin);
    return consume(':');
}

bool JsonScanner::string(QString &out, bool shared)
{
    if (peek() != '"')
        return fail();
    const char *begin = m_pos + 1;
    bool escaped = false;
    if (!scanString(escaped))
        return false;
    const char *end = m_pos - 1;
    if (escaped)
        return JsonText::decodeEscaped(begin, end, out) || fail();
    const QByteArrayView bytes(begin, end - begin);
    // Only short strings: long ones are rarely repeated, and the table must stay small.
    constexpr qsizetype MaxShared = 48;
    constexpr qsizetype MaxTable = 4096;
    if (shared && bytes.size() <= MaxShared) {
        if (const auto it = m_shared.constFind(bytes); it != m_shared.cend()) {
            out = it.value();
            return true;
        }
    }
    // ASCII, the common case, takes Qt's quicker Latin-1 conversion; both give what Qt's
    // parser gives for the same bytes.
    const bool ascii = std::all_of(begin, end, [](char c) { return uchar(c) < 0x80; });
    out = ascii ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes);
    if (shared && bytes.size() <= MaxShared && m_shared.size() < MaxTable)
        m_shared.insert(bytes, out);
    return true;
}

bool JsonScanner::integer(int &out)
{
    skipSpace();
    const char *p = m_pos;
    const bool negative = p < m_end && *p == '-';
    if (negative)
        ++p;
    const char *digits = p;
    while (p < m_end && isDigit(*p))
        ++p;
    const qsizetype count = p - digits;
    // Nine digits at most: no overflow (the fuzzer found one with ten), and the validator's
    // range checks do the rest.
    if (count == 0 || count > 9 || (count > 1 && *digits == '0'))
        return fail();
    int value = 0;
    for (const char *d = digits; d < p; ++d)
        value = value * 10 + (*d - '0');
    if (negative && value == 0)
        return fail();
    // What follows must end the number: a fraction or exponent is left to the full reader.
    if (p < m_end && !isSpace(*p) && *p != ',' && *p != '}' && *p != ']')
        return fail();
    m_pos = p;
    out = negative ? -value : value;
    return m_ok;
}

bool JsonScanner::skipNumber()
{
    // JSON's grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?; QJsonDocument checks the
    // value (its range) afterwards.
    const char *p = m_pos;
    const auto digits = [&] {
        const char *start = p;
        while (p < m_end && isDigit(*p))
            ++p;
        return p > start;
    };
    if (p < m_end && *p == '-')
        ++p;
    if (p < m_end && *p == '0')
        ++p;
    else if (!digits())
        return fail();
    if (p < m_end && *p == '.') {
        ++p;
        if (!digits())
            return fail();
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        if (!digits())
            return fail();
    }
    m_pos = p;
    return true;
}

bool JsonScanner::skipValue(int depth)
{
    if (!m_ok || depth > MaxDepth)
        return fail();
    const char c = peek();
    if (c == '"') {
        bool escaped = false;
        return scanString(escaped);
    }
    if (c == '{') {
        ++m_pos;
        // Keys compared as bytes: they have no escapes (key() refuses them), so equal bytes
        // are equal keys and a duplicate, which DataReader reports, is found here too.
        std::vector<QByteArrayView> keys;
        for (bool more = first('}'); more; more = next('}')) {
            QByteArrayView name;
            if (!key(name) || !skipValue(depth + 1))
                return fail();
            keys.push_back(name);
        }
        std::sort(keys.begin(), keys.end());
        if (std::adjacent_find(keys.begin(), keys.end()) != keys.end())
            return fail();
        return m_ok;
    }
    if (c == '[') {
        ++m_pos;
        for (bool more = first(']'); more; more = next(']'))
            if (!skipValue(depth + 1))
                return fail();
        return m_ok;
    }
    if (c == '-' || isDigit(c))
        return skipNumber();
    for (const QByteArrayView word :
         {QByteArrayView("true"), QByteArrayView("false"), QByteArrayView("null")}) {
        if (m_end - m_pos >= word.size() && QByteArrayView(m_pos, word.size()) == word) {
            m_pos += word.size();
            return true;
        }
    }
    return fail();
}

bool JsonScanner::skip()
{
    const char c = peek();
    if (c != '{' && c != '[') {
        // A string or a scalar: the frameworks are an array, anything else is read in vain.
        return fail();
    }
    int depth = 0;
    while (m_pos < m_end) {
        switch (*m_pos) {
        case '"':
            // Only its closing quote is looked for (memchr() is vectorised): the string is
            // checked when the value is read for real.
            for (const char *p = m_pos + 1;;) {
                p = static_cast<const char *>(std::memchr(p, '"', size_t(m_end - p)));
                if (!p)
                    return fail();
                const char *q = p;
                while (q[-1] == '\\')
                    --q;
                m_pos = p;
                if ((p - q) % 2 == 0) // not escaped: an even number of backslashes before it
                    break;
                ++p;
            }
            break;
        case '{':
        case '[':
            ++depth;
            break;
        case '}':
        case ']':
            if (--depth == 0) {
                ++m_pos;
                return true;
            }
            break;
        default:
            break;
        }
        ++m_pos;
    }
    return fail();
}

bool JsonScanner::value(QJsonValue &out)
{
    skipSpace();
    const char *begin = m_pos;
    if (!skipValue(0))
        return false;
    // Parsed alone, inside an array (a document is an object or an array): the same parser as
    // DataReader's gives the same value, down to how a number is held.
    QByteArray wrapped;
    wrapped.reserve(m_pos - begin + 2);
    wrapped.append('[').append(begin, m_pos - begin).append(']');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() ||
        document.array().size() != 1)
        return fail();
    out = document.array().at(0);
    return true;
}

} // namespace Versus
