// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonScanner.h"

#include "JsonText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <deque>
#include <optional>

using namespace Qt::StringLiterals;

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

// A character that may belong to a number or to a bare word such as NaN or Infinity: the run of
// them is what a message quotes.
bool isTokenCharacter(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '+' ||
           c == '-';
}

// A decoded key as bytes that equal the raw bytes of the same key written without escapes:
// UTF-8, but for a key with half a surrogate pair (no UTF-8 form), which gets bytes of its own
// that no UTF-8 text has.
QByteArray comparableKey(const QString &key)
{
    const bool lone =
        std::any_of(key.cbegin(), key.cend(), [](QChar c) { return c.isSurrogate(); }) &&
        !key.isValidUtf16();
    if (!lone)
        return key.toUtf8();
    QByteArray bytes("\xFF");
    bytes.append(reinterpret_cast<const char *>(key.utf16()), key.size() * 2);
    return bytes;
}

} // namespace

JsonScanner::JsonScanner(QByteArrayView text, qsizetype start)
    : m_begin(text.data()), m_pos(text.data() + start), m_end(text.data() + text.size())
{
    m_frames.reserve(16);
}

bool JsonScanner::fail(qsizetype at, const QString &message, bool top)
{
    if (ok()) {
        m_errorOffset = at;
        m_errorMessage = message;
        m_errorAtTop = top;
    }
    m_pos = m_end;
    return false;
}

void JsonScanner::skipSpace()
{
    while (m_pos < m_end && isSpace(*m_pos))
        ++m_pos;
}

qsizetype JsonScanner::offset()
{
    skipSpace();
    return m_pos - m_begin;
}

// A fault where `expected` was wanted; the end of the text, a comment and a trailing comma are
// named as such, whatever was expected.
bool JsonScanner::failHere(const QString &expected)
{
    if (!ok())
        return false;
    skipSpace();
    const qsizetype at = m_pos - m_begin;
    if (m_pos == m_end)
        return fail(at, tr("the file ends before the JSON document is complete"));
    const char c = *m_pos;
    if (c == '/' && m_end - m_pos > 1 && (m_pos[1] == '/' || m_pos[1] == '*'))
        return fail(at, tr("comments are not allowed in JSON"));
    const char *before = m_pos;
    while (before > m_begin && isSpace(before[-1]))
        --before;
    if (before > m_begin && before[-1] == ',' && (c == '}' || c == ']'))
        return fail(at, tr("a comma before \"%1\" has nothing after it: JSON allows no "
                           "trailing comma")
                            .arg(QChar::fromLatin1(c)));
    return fail(at, expected);
}

bool JsonScanner::failValue()
{
    if (!ok())
        return false;
    skipSpace();
    if (m_pos < m_end && isTokenCharacter(*m_pos)) {
        const char *end = m_pos;
        while (end < m_end && isTokenCharacter(*end))
            ++end;
        const QString token = QString::fromLatin1(m_pos, end - m_pos);
        const bool word = QChar::isLetter(uchar(*m_pos));
        const bool nonFinite = token.startsWith(u"nan"_s, Qt::CaseInsensitive) ||
                               token.startsWith(u"inf"_s, Qt::CaseInsensitive);
        return fail(
            m_pos - m_begin,
            word && !nonFinite
                ? tr("%1 is not a JSON value (is a string missing its double quotes?)").arg(token)
                : tr("%1 is not a number JSON can hold (no NaN, no Infinity, nothing "
                     "beyond ±1.8e308)")
                      .arg(token));
    }
    return failHere(
        tr("expected a value: a string, a number, an object, an array, true, false or null"));
}

JsonScanner::Kind JsonScanner::peek()
{
    skipSpace();
    if (!ok() || m_pos == m_end) {
        failValue();
        return Kind::None;
    }
    switch (*m_pos) {
    case '{':
        return Kind::Object;
    case '[':
        return Kind::Array;
    case '"':
        return Kind::String;
    case 't':
        if (m_end - m_pos >= 4 && std::memcmp(m_pos, "true", 4) == 0)
            return Kind::Boolean;
        break;
    case 'f':
        if (m_end - m_pos >= 5 && std::memcmp(m_pos, "false", 5) == 0)
            return Kind::Boolean;
        break;
    case 'n':
        if (m_end - m_pos >= 4 && std::memcmp(m_pos, "null", 4) == 0)
            return Kind::Null;
        break;
    default:
        if (*m_pos == '-' || isDigit(*m_pos))
            return Kind::Number;
        break;
    }
    failValue();
    return Kind::None;
}

bool JsonScanner::beginDocument()
{
    skipSpace();
    const qsizetype at = m_pos - m_begin;
    if (m_pos < m_end && *m_pos == '{')
        return true;
    if (m_pos < m_end && *m_pos == '[') {
        // JSON, but not a data file: said so only once the array is known to be JSON.
        if (skip() && endDocument())
            fail(at,
                 QCoreApplication::translate("DataReader",
                                             "expected a JSON object at the top, found an array"),
                 true);
        return false;
    }
    if (m_pos == m_end ||
        (*m_pos == '/' && m_end - m_pos > 1 && (m_pos[1] == '/' || m_pos[1] == '*')))
        return failHere(QString());
    QString kind;
    const QByteArrayView rest(m_pos, m_end - m_pos);
    if (*m_pos == '"')
        kind = tr("a string");
    else if (*m_pos == '-' || isDigit(*m_pos))
        kind = tr("a number");
    else if (rest.startsWith("null"))
        kind = tr("null");
    else if (rest.startsWith("true") || rest.startsWith("false"))
        kind = tr("a boolean");
    return fail(at,
                kind.isEmpty() ? tr("expected a JSON object at the top")
                               : tr("expected a JSON object at the top, found %1").arg(kind),
                true);
}

bool JsonScanner::endDocument()
{
    skipSpace();
    if (ok() && m_pos != m_end)
        return fail(m_pos - m_begin, tr("there is more text after the end of the JSON document"));
    return ok();
}

bool JsonScanner::push(bool object)
{
    if (m_frames.size() >= MaxDepth)
        return fail(m_pos - m_begin, tr("values are nested more than %1 deep").arg(MaxDepth));
    ++m_pos;
    Frame frame;
    frame.object = object;
    m_frames.push_back(frame);
    return true;
}

bool JsonScanner::beginObject()
{
    skipSpace();
    if (!ok() || m_pos == m_end || *m_pos != '{')
        return failValue();
    return push(true);
}

bool JsonScanner::beginArray()
{
    skipSpace();
    if (!ok() || m_pos == m_end || *m_pos != '[')
        return failValue();
    return push(false);
}

bool JsonScanner::member()
{
    if (!ok())
        return false;
    skipSpace();
    Frame &frame = m_frames.back();
    const char c = m_pos < m_end ? *m_pos : '\0';
    if (c == '}') {
        ++m_pos;
        m_frames.pop_back();
        return false;
    }
    if (!frame.first) {
        if (c != ',')
            return failHere(tr("expected \",\" or \"}\" after a member (is a comma missing?)"));
        ++m_pos;
        skipSpace();
    }
    if (m_pos == m_end || *m_pos != '"')
        return failHere(tr("expected a member's name in double quotes"));
    const char *begin = m_pos + 1;
    bool escaped = false;
    if (!scanString(escaped))
        return false;
    frame.first = false;
    frame.key = QByteArrayView(begin, m_pos - 1 - begin);
    frame.keyEscaped = escaped;
    frame.rank = ++frame.index;
    skipSpace();
    if (m_pos == m_end || *m_pos != ':')
        return failHere(tr("expected \":\" after a member's name"));
    ++m_pos;
    return true;
}

bool JsonScanner::element()
{
    if (!ok())
        return false;
    skipSpace();
    Frame &frame = m_frames.back();
    const char c = m_pos < m_end ? *m_pos : '\0';
    if (c == ']' && frame.first) {
        ++m_pos;
        m_frames.pop_back();
        return false;
    }
    if (!frame.first) {
        if (c == ']') {
            ++m_pos;
            m_frames.pop_back();
            return false;
        }
        if (c != ',')
            return failHere(tr("expected \",\" or \"]\" after an element (is a comma missing?)"));
        ++m_pos;
    }
    frame.first = false;
    frame.rank = ++frame.index;
    return true;
}

QString JsonScanner::decodeKey(QByteArrayView raw, bool escaped)
{
    QString key;
    if (escaped)
        JsonText::decodeEscaped(raw.data(), raw.data() + raw.size(), key);
    else
        key = JsonText::fromUtf8(raw);
    return key;
}

QString JsonScanner::key() const
{
    return decodeKey(rawKey(), keyEscaped());
}

QString JsonScanner::escapePointerToken(const QString &token)
{
    QString escaped = token;
    escaped.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
    return escaped;
}

QString JsonScanner::pointer(int depth) const
{
    QString pointer;
    for (int i = 0; i < depth && i < int(m_frames.size()); ++i) {
        const Frame &frame = m_frames[i];
        pointer += u'/';
        pointer += frame.object ? escapePointerToken(decodeKey(frame.key, frame.keyEscaped))
                                : QString::number(frame.index);
    }
    return pointer;
}

QByteArray JsonScanner::rank(int depth) const
{
    QByteArray key;
    for (int i = 0; i < depth && i < int(m_frames.size()); ++i) {
        const auto r = quint32(m_frames[i].rank);
        key += char(r >> 24);
        key += char(r >> 16);
        key += char(r >> 8);
        key += char(r);
    }
    return key;
}

void JsonScanner::duplicateKey()
{
    ++m_duplicateCount;
    // Only the first hundred are listed (DataReader): the others are only counted.
    if (m_recordDuplicates && m_duplicates.size() < 100)
        m_duplicates.push_back({offset(), pointer(depth()), key(), rank(depth())});
}

JsonScanner::Mark JsonScanner::mark()
{
    return {offset(), m_frames};
}

void JsonScanner::restore(const Mark &mark)
{
    m_pos = m_begin + mark.offset;
    m_frames = mark.frames;
}

bool JsonScanner::scanString(bool &escaped)
{
    escaped = false;
    ++m_pos; // the opening quote
    for (;;) {
        while (m_pos < m_end && !SpecialInString[uchar(*m_pos)])
            ++m_pos;
        if (m_pos == m_end)
            return fail(m_end - m_begin, tr("a string is not closed with a double quote"));
        const auto c = uchar(*m_pos);
        if (c == '"') {
            ++m_pos;
            return true;
        }
        if (c == '\\') {
            escaped = true;
            if (m_end - m_pos < 2)
                return fail(m_end - m_begin, tr("a string is not closed with a double quote"));
            const char e = m_pos[1];
            bool valid = e != 0 && std::strchr("\"\\/bfnrtu", e);
            if (valid && e == 'u') {
                for (int i = 2; i < 6 && valid; ++i)
                    valid = m_end - m_pos > i && JsonText::hexValue(m_pos[i]) >= 0;
            }
            if (!valid)
                return fail(m_pos - m_begin,
                            tr("a string holds an escape sequence that JSON does not have"));
            m_pos += e == 'u' ? 6 : 2;
            continue;
        }
        if (c < 0x20) {
            return fail(m_pos - m_begin,
                        c == '\n' || c == '\r'
                            ? tr("a line break inside a string must be written as \\n (is a "
                                 "closing quote missing?)")
                            : tr("the control character U+%1 must be written as an escape (such "
                                 "as \\n or \\t) inside a string")
                                  .arg(QString::number(c, 16).toUpper().rightJustified(4, u'0')));
        }
        const char *next = JsonText::utf8Sequence(m_pos, m_end);
        if (!next)
            return fail(m_pos - m_begin, tr("the text is not valid UTF-8 here"));
        m_pos = next;
    }
}

bool JsonScanner::string(QString &out, bool shared)
{
    skipSpace();
    if (!ok() || m_pos == m_end || *m_pos != '"')
        return failValue();
    const char *begin = m_pos + 1;
    bool escaped = false;
    if (!scanString(escaped))
        return false;
    const char *end = m_pos - 1;
    if (escaped)
        return JsonText::decodeEscaped(begin, end, out);
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
    out = JsonText::fromUtf8(bytes);
    if (shared && bytes.size() <= MaxShared && m_shared.size() < MaxTable)
        m_shared.insert(bytes, out);
    return true;
}

bool JsonScanner::number(Number &out)
{
    skipSpace();
    const char *start = m_pos;
    const char *p = m_pos;
    if (p < m_end && *p == '-')
        ++p;
    const char *digits = p;
    bool valid = true;
    if (p < m_end && *p == '0')
        ++p;
    else
        while (p < m_end && isDigit(*p))
            ++p;
    valid = p > digits;
    const char *intEnd = p;
    bool fraction = false;
    if (valid && p < m_end && *p == '.') {
        fraction = true;
        const char *first = ++p;
        while (p < m_end && isDigit(*p))
            ++p;
        valid = p > first;
    }
    if (valid && p < m_end && (*p == 'e' || *p == 'E')) {
        fraction = true;
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        const char *first = p;
        while (p < m_end && isDigit(*p))
            ++p;
        valid = p > first;
    }
    // "1.", "1e", "-Infinity": a token that is no JSON number. After a whole number ("01",
    // "1.5.3") what follows is out of place, which the object or array around it says.
    if (!valid)
        return failValue();
    out.integer = false;
    if (!fraction && intEnd - digits <= 18) {
        qint64 n = 0;
        for (const char *d = digits; d < intEnd; ++d)
            n = n * 10 + (*d - '0');
        out.integer = true;
        out.integerValue = *start == '-' ? -n : n;
        out.value = double(out.integerValue);
    } else {
        const QByteArray text = QByteArray::fromRawData(start, p - start);
        bool converted = false;
        if (!fraction) {
            out.integerValue = text.toLongLong(&converted);
            out.integer = converted;
        }
        out.value = text.toDouble(&converted);
        if (!converted || !std::isfinite(out.value))
            return failValue();
    }
    m_pos = p;
    return true;
}

bool JsonScanner::boolean(bool &out)
{
    if (peek() != Kind::Boolean)
        return false;
    out = *m_pos == 't';
    m_pos += out ? 4 : 5;
    return true;
}

bool JsonScanner::null()
{
    if (peek() != Kind::Null)
        return false;
    m_pos += 4;
    return true;
}

bool JsonScanner::skip()
{
    return skipValue(0);
}

bool JsonScanner::skipValue(int depth)
{
    switch (peek()) {
    case Kind::None:
        return false;
    case Kind::String: {
        bool escaped = false;
        return scanString(escaped);
    }
    case Kind::Number: {
        Number n;
        return number(n);
    }
    case Kind::Boolean: {
        bool b = false;
        return boolean(b);
    }
    case Kind::Null:
        return null();
    case Kind::Array:
        if (!beginArray())
            return false;
        while (element())
            if (!skipValue(depth + 1))
                return false;
        return ok();
    case Kind::Object: {
        if (!beginObject())
            return false;
        // Keys are compared as their bytes when written without escapes (nearly always);
        // one with an escape is compared decoded, as UTF-8 ("a" and "\u0061" are one key).
        // Few objects have many keys: those are hashed.
        QVarLengthArray<QByteArrayView, 32> keys;      // no allocation for most objects
        std::optional<std::deque<QByteArray>> decoded; // stays put as it grows
        QSet<QByteArrayView> many;
        while (member()) {
            QByteArrayView name = rawKey();
            if (keyEscaped()) {
                if (!decoded)
                    decoded.emplace();
                decoded->push_back(comparableKey(key()));
                name = decoded->back();
            }
            bool seen = false;
            if (keys.size() < 32) {
                seen = std::find(keys.cbegin(), keys.cend(), name) != keys.cend();
                if (!seen)
                    keys.push_back(name);
            } else {
                if (many.isEmpty())
                    many = QSet<QByteArrayView>(keys.cbegin(), keys.cend());
                seen = many.contains(name);
                many.insert(name);
            }
            if (seen)
                duplicateKey();
            if (!skipValue(depth + 1))
                return false;
        }
        return ok();
    }
    }
    return false;
}

bool JsonScanner::value(QJsonValue &out)
{
    switch (peek()) {
    case Kind::None:
        return false;
    case Kind::String: {
        QString text;
        if (!string(text))
            return false;
        out = text;
        return true;
    }
    case Kind::Number: {
        Number n;
        if (!number(n))
            return false;
        // As Qt's parser keeps them: a JSON integer that fits 64 bits stays an integer, so that
        // the writer gives back its digits.
        out = n.integer ? QJsonValue(n.integerValue) : QJsonValue(n.value);
        return true;
    }
    case Kind::Boolean: {
        bool b = false;
        if (!boolean(b))
            return false;
        out = b;
        return true;
    }
    case Kind::Null:
        out = QJsonValue(QJsonValue::Null);
        return null();
    case Kind::Array: {
        if (!beginArray())
            return false;
        QJsonArray array;
        while (element()) {
            QJsonValue item;
            if (!value(item))
                return false;
            array.append(item);
        }
        out = array;
        return ok();
    }
    case Kind::Object: {
        if (!beginObject())
            return false;
        QJsonObject object;
        while (member()) {
            const QString name = key();
            if (object.contains(name)) {
                duplicateKey();
                if (!skip())
                    return false;
                continue;
            }
            QJsonValue item;
            if (!value(item))
                return false;
            object.insert(name, item);
        }
        out = object;
        return ok();
    }
    }
    return false;
}

} // namespace Versus
