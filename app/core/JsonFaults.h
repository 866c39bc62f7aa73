// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Versus {

// What JsonScanner says about a fault in the JSON text, for a person: what is wrong and, where
// it helps, why ("is a string missing its double quotes?"). Each function is given the text
// (`begin` to `end`) and the place of the fault (`at`, after white space).
class JsonFaults
{
    // The messages keep the context they had when QJsonDocument's errors were explained by a
    // class of this name, so that their translations still apply.
    Q_DECLARE_TR_FUNCTIONS(JsonSyntax)

public:
    // `expected` was wanted at `at`; the end of the text, a comment and a trailing comma are
    // named as such, whatever was expected.
    static QString unexpected(const char *begin, const char *at, const char *end,
                              const QString &expected);
    // No value starts at `at`: a bare word, a number JSON cannot hold, or anything else.
    static QString noValue(const char *begin, const char *at, const char *end);
    // The document is no object: what it is instead (`at` is not at the end, nor a comment).
    static QString notAnObject(const char *at, const char *end);
    // A control character `c` inside a string.
    static QString controlCharacter(uchar c);
    // Whether a comment starts at `at`.
    static bool isComment(const char *at, const char *end);
};

} // namespace Versus
