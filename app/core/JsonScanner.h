// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QJsonValue>
#include <QString>

namespace Versus {

// A forward-only scanner over the UTF-8 bytes of a JSON document, for FastReader: it decodes
// each string once, straight into a QString, and builds no document. It accepts only the plain
// form of what a data file holds and fails on anything else, leaving the verdict to
// QJsonDocument and the validator (DataReader), which explain every fault; so "fails" here
// means "not sure", never "invalid".
//
// What it declines, beyond what JSON itself forbids: a byte-order mark anywhere (Qt's parser
// drops one at the start of a string, DataReader works around it), Unicode noncharacters, lone
// surrogate escapes, keys with escape sequences (a duplicate could then hide behind two
// spellings), numbers other than plain integers of up to nine digits where a number is read,
// and values nested deeper than MaxDepth. Failure is sticky: after the first, every call fails.
class JsonScanner
{
public:
    explicit JsonScanner(QByteArrayView text);

    bool ok() const { return m_ok; }
    bool fail()
    {
        m_ok = false;
        return false;
    }

    // The next character after white space, or 0 at the end (or after a failure).
    char peek();
    // Consumes `c` after white space, or fails.
    bool consume(char c);
    // True at the end of the text, after white space; fails when anything else is left.
    bool atEnd();

    // A member's key and the ':' after it. The view points into the text.
    bool key(QByteArrayView &key);
    // After a value: true and the ',' consumed if another member or item follows, false at
    // `close` (consumed) or on a failure.
    bool next(char close);
    // Before the first member or item: true if the object or array is not empty.
    bool first(char close);

    // A string value. `shared`: the value is likely repeated (a licence, a language, a note),
    // so equal strings share one QString's storage instead of each holding a copy.
    bool string(QString &out, bool shared = false);
    // An integer written plainly: -?(0|[1-9][0-9]{0,8}), not "-0"; a fraction or exponent fails.
    bool integer(int &out);
    // Any value, checked and turned into a QJsonValue by QJsonDocument itself, so that unknown
    // members come out exactly as DataReader's document gives them.
    bool value(QJsonValue &out);

    // Moves past a value, matching only brackets and strings, much quicker than reading it.
    // Only for a value that is then read for real from its start (seek()), which checks it:
    // FastReader reads the frameworks after the metrics when a file lists them first.
    bool skip();
    qsizetype offset() const { return m_pos - m_begin; }
    void seek(qsizetype offset) { m_pos = m_begin + offset; }

    static constexpr int MaxDepth = 64;

private:
    void skipSpace();
    // Checks the string starting at m_pos (at its '"') and moves past it; `escaped` tells
    // whether it holds an escape sequence.
    bool scanString(bool &escaped);
    bool skipValue(int depth);
    bool skipNumber();

    const char *m_begin = nullptr;
    const char *m_pos = nullptr;
    const char *m_end = nullptr;
    bool m_ok = true;
    // Repeated short strings, by their bytes (which outlive the scanner's use): see string().
    QHash<QByteArrayView, QString> m_shared;
};

} // namespace Versus
