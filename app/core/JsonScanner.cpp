// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonScanner.h"

#include "JsonAnyValue.h"
#include "JsonFaults.h"

#include <cstring>

namespace Versus {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

JsonScanner::JsonScanner(QByteArrayView text, qsizetype start)
    : m_begin(text.data()), m_pos(text.data() + start), m_end(text.data() + text.size())
{
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

void JsonScanner::skipSpaceRun()
{
    while (m_pos < m_end && isSpace(*m_pos))
        ++m_pos;
}

bool JsonScanner::failHere(const QString &expected)
{
    if (!ok())
        return false;
    skipSpace();
    return fail(m_pos - m_begin, JsonFaults::unexpected(m_begin, m_pos, m_end, expected));
}

bool JsonScanner::failValue()
{
    if (!ok())
        return false;
    skipSpace();
    return fail(m_pos - m_begin, JsonFaults::noValue(m_begin, m_pos, m_end));
}

JsonScanner::Kind JsonScanner::peekOther()
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
        if (*m_pos == '-' || (*m_pos >= '0' && *m_pos <= '9'))
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
    if (m_pos == m_end || JsonFaults::isComment(m_pos, m_end))
        return failHere(QString());
    return fail(at, JsonFaults::notAnObject(m_pos, m_end), true);
}

bool JsonScanner::endDocument()
{
    skipSpace();
    if (ok() && m_pos != m_end)
        return fail(m_pos - m_begin, tr("there is more text after the end of the JSON document"));
    return ok();
}

bool JsonScanner::tooDeep()
{
    return fail(m_pos - m_begin, tr("values are nested more than %1 deep").arg(MaxDepth));
}

bool JsonScanner::member()
{
    if (!ok())
        return false;
    skipSpace();
    JsonPath::Step &step = m_path.last();
    const char c = m_pos < m_end ? *m_pos : '\0';
    if (c == '}') {
        ++m_pos;
        m_path.pop();
        return false;
    }
    if (!step.first) {
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
    step.first = false;
    step.key = QByteArrayView(begin, m_pos - 1 - begin);
    step.keyEscaped = escaped;
    step.rank = ++step.index;
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
    JsonPath::Step &step = m_path.last();
    const char c = m_pos < m_end ? *m_pos : '\0';
    if (c == ']') {
        ++m_pos;
        m_path.pop();
        return false;
    }
    if (!step.first) {
        if (c != ',')
            return failHere(tr("expected \",\" or \"]\" after an element (is a comma missing?)"));
        ++m_pos;
    }
    step.first = false;
    step.rank = ++step.index;
    return true;
}

void JsonScanner::duplicateKey()
{
    // A second pass meets the same duplicates again: they are neither listed nor counted twice.
    if (!m_recordDuplicates)
        return;
    ++m_duplicateCount;
    // Only the first hundred are listed (DataReader): the others are only counted.
    if (m_duplicates.size() < 100)
        m_duplicates.push_back({offset(), pointer(depth()), key(), rank(depth())});
}

JsonScanner::Mark JsonScanner::mark()
{
    return {offset(), m_path, m_duplicates.size(), m_duplicateCount};
}

void JsonScanner::restore(const Mark &mark)
{
    m_pos = m_begin + mark.offset;
    m_path = mark.path;
}

void JsonScanner::rollback(const Mark &mark)
{
    restore(mark);
    m_errorOffset = -1;
    m_errorMessage.clear();
    m_errorAtTop = false;
    m_duplicates.resize(std::min(m_duplicates.size(), mark.duplicates));
    m_duplicateCount = mark.duplicateCount;
}

std::vector<JsonScanner::Duplicate> JsonScanner::takeDuplicates(const Mark &mark)
{
    std::vector<Duplicate> taken;
    if (m_duplicates.size() > mark.duplicates) {
        const auto from = m_duplicates.begin() + qsizetype(mark.duplicates);
        taken.assign(std::make_move_iterator(from), std::make_move_iterator(m_duplicates.end()));
        m_duplicates.erase(from, m_duplicates.end());
    }
    return taken;
}

void JsonScanner::addDuplicates(const std::vector<Duplicate> &duplicates)
{
    for (const Duplicate &duplicate : duplicates)
        if (m_duplicates.size() < 100)
            m_duplicates.push_back(duplicate);
}

qsizetype JsonScanner::findMember(QByteArrayView key) const
{
    const char *found = JsonText::findMember(m_pos, m_end, key);
    return found ? found - m_begin : -1;
}

void JsonScanner::jumpToMember(qsizetype keyOffset)
{
    m_pos = m_begin + keyOffset;
    m_path.last().first = true; // no comma before it
}

bool JsonScanner::scanStringRest(bool &escaped)
{
    for (;;) {
        m_pos = JsonText::stringStop(m_pos, m_end);
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
        if (c < 0x20)
            return fail(m_pos - m_begin, JsonFaults::controlCharacter(c));
        const char *next = JsonText::utf8Sequence(m_pos, m_end);
        if (!next)
            return fail(m_pos - m_begin, tr("the text is not valid UTF-8 here"));
        m_pos = next;
    }
}

bool JsonScanner::skipString()
{
    skipSpace();
    if (!ok() || m_pos == m_end || *m_pos != '"')
        return failValue();
    bool escaped = false;
    return scanString(escaped);
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
    return JsonAnyValue::skip(*this);
}

bool JsonScanner::value(QJsonValue &out)
{
    return JsonAnyValue::read(*this, out);
}

} // namespace Versus
