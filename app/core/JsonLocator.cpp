// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonLocator.h"

#include "JsonText.h"

#include <QSet>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// QString::fromUtf8() drops a byte-order mark at the start, but a key or a string may well begin
// with U+FEFF: here it is text.
QString decodeUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
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

namespace {

void advance(JsonLocator::Position &pos, char byte)
{
    const auto c = static_cast<unsigned char>(byte);
    if (c == '\n') {
        ++pos.line;
        pos.column = 1;
    } else if ((c & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
        ++pos.column;
    }
}

} // namespace

JsonLocator::Position JsonLocator::position(qsizetype offset) const
{
    offset = qBound(qsizetype(0), offset, m_text.size());
    // The byte-order mark is no column: counting starts after it.
    const qsizetype start = m_text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (m_checkpoints.isEmpty()) {
        Position pos;
        m_checkpoints.reserve(m_text.size() / CheckpointSpacing + 1);
        for (qsizetype i = 0; i <= m_text.size(); ++i) {
            if (i % CheckpointSpacing == 0)
                m_checkpoints.append(pos);
            if (i >= start && i < m_text.size())
                advance(pos, m_text[i]);
        }
    }
    const qsizetype checkpoint = offset / CheckpointSpacing;
    Position pos = m_checkpoints.at(checkpoint);
    for (qsizetype i = qMax(start, checkpoint * CheckpointSpacing); i < offset; ++i)
        advance(pos, m_text[i]);
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
        return decodeUtf8(raw);

    QString out;
    QByteArray plain;
    auto flush = [&] {
        out += decodeUtf8(plain);
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
                unit = char16_t(unit * 16 + qMax(0, JsonText::hexValue(raw[i + k])));
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

QList<JsonLocator::Duplicate> JsonLocator::duplicateKeys(qsizetype limit, qsizetype *total) const
{
    DuplicateScan scan;
    scan.limit = limit;
    collectDuplicates(skipWhitespace(0), scan, 0);
    if (total)
        *total = scan.total;
    return scan.found;
}

// The JSON pointer of the value being walked, made from the keys and indexes on the way to it.
// It is built only for a duplicate: building it for every value was most of the cost of reading
// a large file without any.
QString JsonLocator::pointerOf(const DuplicateScan &scan) const
{
    QString pointer;
    for (const DuplicateScan::Step &step : scan.path)
        pointer += u'/' + (step.keyAt >= 0 ? escapePointerToken(decodeString(step.keyAt))
                                           : QString::number(step.index));
    return pointer;
}

// Walks the value at `pos` and returns the offset just past it. Each byte is visited once:
// a container is walked by the call for it, never skipped over again by its parent, which on
// a deeply nested file would cost the size of the text once for every level.
qsizetype JsonLocator::collectDuplicates(qsizetype pos, DuplicateScan &scan, int depth) const
{
    // QJsonDocument refuses documents nested deeper than this, so the recursion is bounded.
    if (depth > 1024 || pos >= m_text.size())
        return skipValue(pos);
    const char open = m_text[pos];
    if (open != '{' && open != '[')
        return skipValue(pos);
    const char close = open == '{' ? '}' : ']';
    // Keys are compared as their UTF-8 bytes (QJsonDocument has checked that they are UTF-8):
    // the bytes in the file when the key has no escape, else the bytes of the decoded key.
    // Objects mostly have a few keys, which are compared one by one; past a few dozen a hash.
    constexpr qsizetype LinearMax = 32;
    QVarLengthArray<QByteArrayView, LinearMax> keys;
    QSet<QByteArrayView> hashed;
    QList<QByteArray> decoded; // owns the bytes of keys with escapes
    qsizetype p = skipWhitespace(pos + 1);
    for (int i = 0; p < m_text.size() && m_text[p] != close; ++i) {
        if (open == '{') {
            if (m_text[p] != '"')
                break; // not JSON; the parser has said so already
            const qsizetype keyAt = p;
            p = skipString(p);
            QByteArrayView key = m_text.sliced(keyAt + 1, qMax(qsizetype(0), p - keyAt - 2));
            if (key.contains('\\')) {
                decoded.append(decodeString(keyAt).toUtf8());
                key = decoded.constLast();
            }
            p = skipWhitespace(p);
            p = skipWhitespace(p + 1); // past ':'
            scan.path.push_back({keyAt, 0});
            bool seen;
            if (keys.size() < LinearMax) {
                seen = std::find(keys.cbegin(), keys.cend(), key) != keys.cend();
                if (!seen)
                    keys.append(key);
            } else {
                if (hashed.isEmpty())
                    hashed = QSet<QByteArrayView>(keys.cbegin(), keys.cend());
                seen = hashed.contains(key);
                if (!seen)
                    hashed.insert(key);
            }
            if (seen) {
                if (scan.found.size() < scan.limit)
                    scan.found.append({pointerOf(scan), p, decodeString(keyAt)});
                ++scan.total;
            }
        } else {
            scan.path.push_back({-1, i});
        }
        const qsizetype end = collectDuplicates(p, scan, depth + 1);
        scan.path.pop_back();
        if (end == p)
            break; // not JSON either: nothing to step over
        p = skipWhitespace(end);
        if (p < m_text.size() && m_text[p] == ',')
            p = skipWhitespace(p + 1);
    }
    return p < m_text.size() && m_text[p] == close ? p + 1 : p;
}

QString JsonLocator::escapePointerToken(const QString &token)
{
    QString escaped = token;
    return escaped.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
}

} // namespace Versus
