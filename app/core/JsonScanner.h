// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
// it records a message for a person (what is wrong and, where it helps, why) and fails, and
// every later call fails too. DataBuilder drives it member by member.
//
// It also keeps the way to the value being read (a key or an index for each open object and
// array), from which an error's JSON pointer is made, and a rank for each step that orders the
// errors as the format table lists the members. Duplicate keys are found for any object it
// walks itself (skip(), value()); the builder finds them in the objects it reads.
class JsonScanner
{
    // The messages keep the context they had when QJsonDocument's errors were explained by a
    // class of this name, so that their translations still apply.
    Q_DECLARE_TR_FUNCTIONS(JsonSyntax)

public:
    static constexpr int MaxDepth = 512;

    struct Number
    {
        double value = 0;
        bool integer = false; // written without fraction or exponent, and fits 64 bits
        qint64 integerValue = 0;
    };

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
    Kind peek();
    // The offset of the next character, after white space.
    qsizetype offset();

    // The top level: the document's first value must be an object (an array is JSON but no
    // data file: it is checked whole and then reported); and nothing but white space may follow.
    bool beginDocument();
    bool endDocument();

    // Consumes '{' and opens a step of the way; each member() call then reads one key and its
    // ':' (false at '}', consumed and its step closed, or on a fault).
    bool beginObject();
    bool member();
    // The current member's key: its bytes between the quotes, and whether they hold escapes.
    QByteArrayView rawKey() const { return m_frames.back().key; }
    bool keyEscaped() const { return m_frames.back().keyEscaped; }
    QString key() const;
    // Consumes '[' and opens a step; each element() call then moves to the next one.
    bool beginArray();
    bool element();

    bool string(QString &out, bool shared = false);
    bool number(Number &out);
    bool boolean(bool &out);
    bool null();
    // Any value, turned into a QJsonValue (unknown members are kept this way).
    bool value(QJsonValue &out);
    // Any value, checked and passed over.
    bool skip();

    // The current depth (open objects and arrays) and the rank of its current step.
    int depth() const { return int(m_frames.size()); }
    void setRank(int rank) { m_frames.back().rank = rank; }
    // The JSON pointer of the steps down to `depth`, and their ranks as a sort key.
    QString pointer(int depth) const;
    QByteArray rank(int depth) const;

    // Reports the current member's key as the second occurrence in its object.
    void duplicateKey();
    // While false, duplicates are not recorded (a second pass over text already reported).
    void setRecordDuplicates(bool record) { m_recordDuplicates = record; }
    const std::vector<Duplicate> &duplicates() const { return m_duplicates; }
    qsizetype duplicateCount() const { return m_duplicateCount; }

    // The state that reading from an earlier place again needs (see DataBuilder).
    struct Mark;
    Mark mark();
    void restore(const Mark &mark);

    static QString escapePointerToken(const QString &token);
    static QString decodeKey(QByteArrayView raw, bool escaped);

private:
    struct Frame
    {
        bool object = false;
        bool first = true;
        int index = -1; // of the current element, or members so far
        QByteArrayView key;
        bool keyEscaped = false;
        int rank = 0;
    };

public:
    struct Mark
    {
        qsizetype offset = 0;
        std::vector<Frame> frames;
    };

private:
    bool fail(qsizetype at, const QString &message, bool top = false);
    bool failHere(const QString &expected);
    bool failValue();
    void skipSpace();
    bool scanString(bool &escaped);
    bool skipValue(int depth);
    bool push(bool object);

    const char *m_begin = nullptr;
    const char *m_pos = nullptr;
    const char *m_end = nullptr;
    std::vector<Frame> m_frames;
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
