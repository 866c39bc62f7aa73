// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonParseError>

namespace Versus {

// Turns QJsonDocument's terse parse errors ("unterminated object" for a missing comma or a
// comment) into the place of the fault and a message that says what is wrong there, and finds
// what its parser lets through although JSON forbids it.
class JsonSyntax
{
    Q_DECLARE_TR_FUNCTIONS(JsonSyntax)

public:
    struct Fault
    {
        qsizetype offset = 0;  // in the text given, at the offending character
        QString message;       // without the "not valid JSON" that callers put before it
        bool topLevel = false; // the text is JSON, but not an object or array at the top
    };

    // `text` is what was parsed, `error` what QJsonDocument::fromJson() reported for it.
    static Fault explain(QByteArrayView text, const QJsonParseError &error);

    // The offset of the first unescaped control character (U+0000 to U+001F) inside a string,
    // or -1; only meaningful for text up to the place where a JSON parser stopped.
    static qsizetype rawControlCharacter(QByteArrayView text);

    // The message for the raw control character at `offset` of `text`.
    static QString controlCharacterMessage(QByteArrayView text, qsizetype offset);
};

} // namespace Versus
