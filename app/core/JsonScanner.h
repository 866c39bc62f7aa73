// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonPath.h"
#include "JsonText.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include <vector>

namespace Versus {

// The one tokenizer of data files: a forward-only pass over the UTF-8 bytes that decodes each
// string once, straight into a QString, builds no document, and knows where it is, so that
// every fault is reported at its place. It checks JSON (RFC 8259) as it goes; at the first fault
// it records a message for a person (JsonFaults words most of them) and fails, and every later
// call fails too. DataBuilder drives it member by member.
//
// It also keeps the way to the value being read (JsonPath), from which an error's JSON pointer
// and rank are made. Duplicate keys are found for any object it walks itself (skip(), value():
// JsonAnyValue); the builder finds them in the objects it reads.
class JsonScanner
{
    // The messages keep the context they had when QJsonDocument's errors were explained by a
    // class of this name, so that their translations still apply.
    Q_DECLARE_TR_FUNCTIONS(JsonSyntax)

public:
    static constexpr int MaxDepth = 512;

    using Number = JsonText::Number;

    struct Duplicate
    {
        qsizetype offset = 0; // of the second occurrence's value
        QString pointer;
        QString key;
        QByteArray rank;
    };

    // `start` is where the JSON begins: after a byte-order mark.
    JsonScanner(QByteArrayView text, qsizetype start);

    bool ok() const { return m_errorOffset < 0; }
    qsizetype errorOffset() const { return m_errorOffset; }
    const QString &errorMessage() const { return m_errorMessage; }
    bool errorAtTop() const { return m_errorAtTop; }

    enum class Kind
    {
        None,
        Object,
        Array,
        String,
        Number,
        Boolean,
        Null
    };
    // The kind of the value at the current place (after white space), without consuming it;
    // None, and the scanner failed with a message for what is there, when no value starts there.
    Kind peek()
    {
        skipSpace();
        // Inline for the kinds told by their first byte; words, the end and faults out of line.
        if (ok() && m_pos < m_end) {
            const char c = *m_pos;
            if (c == '{')
                return Kind::Object;
            if (c == '"')
                return Kind::String;
            if (c == '[')
                return Kind::Array;
            if (c == '-' || (c >= '0' && c <= '9'))
                return Kind::Number;
        }
        return peekOther();
    }
    // The offset of the next character, after white space.
    qsizetype offset()
    {
        skipSpace();
        return m_pos - m_begin;
    }

    // The top level: the document's first value must be an object (an array is JSON but no
    // data file: it is checked whole and then reported); and nothing but white space may follow.
    bool beginDocument();
    bool endDocument();

    // Consumes '{' and opens a step of the way; each member() call then reads one key and its
    // ':' (false at '}', consumed and its step closed, or on a fault).
    bool beginObject()
    {
        skipSpace();
        if (!ok() || m_pos == m_end || *m_pos != '{')
            return failValue();
        return push(true);
    }
    bool member();
    // The current member's key: its bytes between the quotes, and whether they hold escapes.
    QByteArrayView rawKey() const { return m_path.last().key; }
    bool keyEscaped() const { return m_path.last().keyEscaped; }
    QString key() const { return JsonPath::decodeKey(rawKey(), keyEscaped()); }
    // The offset of the current member's key (its opening quote).
    qsizetype keyOffset() const { return rawKey().data() - 1 - m_begin; }
    // Consumes '[' and opens a step; each element() call then moves to the next one.
    bool beginArray()
    {
        skipSpace();
        if (!ok() || m_pos == m_end || *m_pos != '[')
            return failValue();
        return push(false);
    }
    bool element();

    bool string(QString &out, bool shared = false);
    // A string checked and passed over.
    bool skipString();
    bool number(Number &out)
    {
        skipSpace();
        const char *end = JsonText::scanNumber(m_pos, m_end, out);
        if (!end)
            return failValue();
        m_pos = end;
        return true;
    }
    bool boolean(bool &out);
    bool null();
    // Any value, turned into a QJsonValue (unknown members are kept this way).
    bool value(QJsonValue &out);
    // Any value, checked and passed over.
    bool skip();

    // The current depth (open objects and arrays) and the rank of its current step.
    int depth() const { return m_path.depth(); }
    void setRank(int rank) { m_path.last().rank = rank; }
    QString pointer(int depth) const { return m_path.pointer(depth); }
    QByteArray rank(int depth) const { return m_path.rank(depth); }

    // Reports the current member's key as the second occurrence in its object.
    void duplicateKey();
    // While false, duplicates are neither recorded nor counted (a second pass over text already
    // reported).
    void setRecordDuplicates(bool record) { m_recordDuplicates = record; }
    const std::vector<Duplicate> &duplicates() const { return m_duplicates; }
    qsizetype duplicateCount() const { return m_duplicateCount; }

    // Reading from another place (see DataBuilder): a mark of the place and its path, to read
    // from there again (restore()), or to undo all that was read and found since, a fault
    // included (rollback()).
    struct Mark
    {
        qsizetype offset = 0;
        JsonPath path;
        std::size_t duplicates = 0;
        qsizetype duplicateCount = 0;
    };
    Mark mark();
    void restore(const Mark &mark);
    void rollback(const Mark &mark);
    // The duplicates recorded since `mark`, taken out of the list, to be added in their place
    // in the text (addDuplicates()) when they were found ahead of it.
    std::vector<Duplicate> takeDuplicates(const Mark &mark);
    void addDuplicates(const std::vector<Duplicate> &duplicates);
    // From the value at the current place in an object: the offset of a later member of that
    // object whose key is `key`, found by a quick look at the brackets and quotes that checks
    // nothing (so only right when the text in between is JSON); -1 when there is none, or a
    // key in between holds an escape. The place does not change.
    qsizetype findMember(QByteArrayView key) const;
    // Moves to the member whose key starts at `keyOffset` (findMember()), in the current object:
    // member() reads it next.
    void jumpToMember(qsizetype keyOffset);
    // Moves on to `offset`, the end of a value read before.
    void jumpTo(qsizetype offset) { m_pos = m_begin + offset; }

    static QString escapePointerToken(const QString &token) { return JsonPath::escapeToken(token); }
    static QString decodeKey(QByteArrayView raw, bool escaped)
    {
        return JsonPath::decodeKey(raw, escaped);
    }

private:
    bool fail(qsizetype at, const QString &message, bool top = false);
    bool failHere(const QString &expected);
    bool failValue();
    // Called before every token: inline, as most tokens follow another without white space.
    void skipSpace()
    {
        if (m_pos < m_end && uchar(*m_pos) <= ' ')
            skipSpaceRun();
    }
    void skipSpaceRun();
    // From an opening quote to after the closing one. Inline for the common string, without
    // escapes or multi-byte characters; the rest of any other from where the quick run stopped.
    bool scanString(bool &escaped)
    {
        escaped = false;
        m_pos = JsonText::stringStop(m_pos + 1, m_end);
        if (m_pos < m_end && *m_pos == '"') {
            ++m_pos;
            return true;
        }
        return scanStringRest(escaped);
    }
    bool scanStringRest(bool &escaped);
    // Opens a step: inline, as every rating is an object.
    bool push(bool object)
    {
        if (m_path.depth() >= MaxDepth)
            return tooDeep();
        ++m_pos;
        m_path.push(object);
        return true;
    }
    bool tooDeep();
    Kind peekOther();

    const char *m_begin = nullptr;
    const char *m_pos = nullptr;
    const char *m_end = nullptr;
    JsonPath m_path;
    qsizetype m_errorOffset = -1;
    QString m_errorMessage;
    bool m_errorAtTop = false;
    bool m_recordDuplicates = true;
    std::vector<Duplicate> m_duplicates;
    qsizetype m_duplicateCount = 0;
    // Repeated short strings, by their bytes (which outlive the scanner): see string().
    QHash<QByteArrayView, QString> m_shared;
};

} // namespace Versus
