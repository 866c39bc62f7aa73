// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonLocator.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
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

QStringList splitPointer(const QString &pointer)
{
    QStringList tokens = pointer.split(u'/');
    tokens.removeFirst(); // the part before the leading '/'
    for (QString &token : tokens)
        token.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
    return tokens;
}

} // namespace

JsonLocator::JsonLocator(QByteArrayView text) : m_text(text)
{
    // A byte-order mark is accepted by the reader; offsets still count it, columns do not.
}

JsonLocator::Position JsonLocator::position(qsizetype offset) const
{
    Position pos;
    offset = qBound(qsizetype(0), offset, m_text.size());
    qsizetype start = 0;
    if (m_text.startsWith("\xEF\xBB\xBF"))
        start = 3;
    for (qsizetype i = start; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(m_text[i]);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++pos.column;
        }
    }
    return pos;
}

qsizetype JsonLocator::skipWhitespace(qsizetype pos) const
{
    if (pos == 0 && m_text.startsWith("\xEF\xBB\xBF"))
        pos = 3;
    while (pos < m_text.size() && isSpace(m_text[pos]))
        ++pos;
    return pos;
}

qsizetype JsonLocator::skipString(qsizetype pos) const
{
    // pos is at the opening quote
    for (++pos; pos < m_text.size(); ++pos) {
        if (m_text[pos] == '\\')
            ++pos;
        else if (m_text[pos] == '"')
            return pos + 1;
    }
    return pos;
}

qsizetype JsonLocator::skipValue(qsizetype pos) const
{
    pos = skipWhitespace(pos);
    if (pos >= m_text.size())
        return pos;
    const char first = m_text[pos];
    if (first == '"')
        return skipString(pos);
    if (first != '{' && first != '[') {
        while (pos < m_text.size() && !isSpace(m_text[pos]) && m_text[pos] != ',' &&
               m_text[pos] != '}' && m_text[pos] != ']')
            ++pos;
        return pos;
    }
    // Containers are skipped by counting brackets, so deep nesting costs no stack.
    int depth = 0;
    while (pos < m_text.size()) {
        const char c = m_text[pos];
        if (c == '"') {
            pos = skipString(pos);
            continue;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && --depth == 0)
            return pos + 1;
        ++pos;
    }
    return pos;
}

QString JsonLocator::decodeString(qsizetype pos) const
{
    const qsizetype end = skipString(pos) - 1;
    const QByteArrayView raw = m_text.sliced(pos + 1, qMax(qsizetype(0), end - pos - 1));
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);

    QString out;
    QByteArray plain;
    auto flush = [&] {
        out += QString::fromUtf8(plain);
        plain.clear();
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\' || i + 1 >= raw.size()) {
            plain += raw[i];
            continue;
        }
        const char e = raw[++i];
        switch (e) {
        case 'b':
            plain += '\b';
            break;
        case 'f':
            plain += '\f';
            break;
        case 'n':
            plain += '\n';
            break;
        case 'r':
            plain += '\r';
            break;
        case 't':
            plain += '\t';
            break;
        case 'u': {
            char16_t unit = 0;
            for (int k = 1; k <= 4 && i + k < raw.size(); ++k)
                unit = char16_t(unit * 16 + qMax(0, hexValue(raw[i + k])));
            i += 4;
            flush();
            out += QChar(unit); // surrogate halves join up into one character in the QString
            break;
        }
        default:
            plain += e;
            break; // \" \\ \/
        }
    }
    flush();
    return out;
}

qsizetype JsonLocator::offsetOf(const QString &pointer) const
{
    qsizetype pos = skipWhitespace(0);
    const QStringList tokens = splitPointer(pointer);
    for (const QString &token : tokens) {
        if (pos >= m_text.size())
            break;
        const char open = m_text[pos];
        if (open == '{') {
            qsizetype p = skipWhitespace(pos + 1);
            bool found = false;
            while (p < m_text.size() && m_text[p] == '"') {
                const QString key = decodeString(p);
                p = skipWhitespace(skipString(p));
                p = skipWhitespace(p + 1); // past ':'
                if (key == token) {
                    pos = p;
                    found = true; // keep the last one: QJsonDocument keeps the last duplicate
                }
                p = skipWhitespace(skipValue(p));
                if (p < m_text.size() && m_text[p] == ',')
                    p = skipWhitespace(p + 1);
            }
            if (!found)
                return pos;
        } else if (open == '[') {
            bool ok = false;
            const int index = token.toInt(&ok);
            if (!ok)
                return pos;
            qsizetype p = skipWhitespace(pos + 1);
            for (int i = 0; i < index && p < m_text.size() && m_text[p] != ']'; ++i) {
                p = skipWhitespace(skipValue(p));
                if (p < m_text.size() && m_text[p] == ',')
                    p = skipWhitespace(p + 1);
            }
            if (p >= m_text.size() || m_text[p] == ']')
                return pos;
            pos = p;
        } else {
            return pos;
        }
    }
    return pos;
}

QList<JsonLocator::Duplicate> JsonLocator::duplicateKeys() const
{
    QList<Duplicate> out;
    QString pointer;
    collectDuplicates(skipWhitespace(0), pointer, out, 0);
    return out;
}

void JsonLocator::collectDuplicates(qsizetype pos, QString &pointer, QList<Duplicate> &out,
                                    int depth) const
{
    // QJsonDocument refuses documents nested deeper than this, so the recursion is bounded.
    if (depth > 1024 || pos >= m_text.size())
        return;
    const char open = m_text[pos];
    const qsizetype base = pointer.size();
    if (open == '{') {
        QSet<QString> seen;
        qsizetype p = skipWhitespace(pos + 1);
        while (p < m_text.size() && m_text[p] == '"') {
            const QString key = decodeString(p);
            p = skipWhitespace(skipString(p));
            p = skipWhitespace(p + 1);
            pointer += u'/' + escapePointerToken(key);
            if (seen.contains(key))
                out.append({pointer, p, key});
            seen.insert(key);
            collectDuplicates(p, pointer, out, depth + 1);
            pointer.truncate(base);
            p = skipWhitespace(skipValue(p));
            if (p < m_text.size() && m_text[p] == ',')
                p = skipWhitespace(p + 1);
        }
    } else if (open == '[') {
        qsizetype p = skipWhitespace(pos + 1);
        for (int i = 0; p < m_text.size() && m_text[p] != ']'; ++i) {
            const char c = m_text[p];
            if (c == '{' || c == '[') { // scalars cannot hold duplicates
                pointer += u'/' + QString::number(i);
                collectDuplicates(p, pointer, out, depth + 1);
                pointer.truncate(base);
            }
            p = skipWhitespace(skipValue(p));
            if (p < m_text.size() && m_text[p] == ',')
                p = skipWhitespace(p + 1);
        }
    }
}

QString JsonLocator::escapePointerToken(const QString &token)
{
    QString escaped = token;
    return escaped.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
}

} // namespace Versus
