// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFaults.h"

#include <QByteArrayView>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// A character that may belong to a number or to a bare word such as NaN or Infinity: the run of
// them is what a message quotes.
bool isTokenCharacter(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' ||
           c == '+' || c == '-';
}

} // namespace

bool JsonFaults::isComment(const char *at, const char *end)
{
    return at < end && *at == '/' && end - at > 1 && (at[1] == '/' || at[1] == '*');
}

QString JsonFaults::unexpected(const char *begin, const char *at, const char *end,
                               const QString &expected)
{
    if (at == end)
        return tr("the file ends before the JSON document is complete");
    if (isComment(at, end))
        return tr("comments are not allowed in JSON");
    const char c = *at;
    const char *before = at;
    while (before > begin && isSpace(before[-1]))
        --before;
    if (before > begin && before[-1] == ',' && (c == '}' || c == ']'))
        return tr("a comma before \"%1\" has nothing after it: JSON allows no trailing comma")
            .arg(QChar::fromLatin1(c));
    return expected;
}

QString JsonFaults::noValue(const char *begin, const char *at, const char *end)
{
    if (at < end && isTokenCharacter(*at)) {
        const char *tokenEnd = at;
        while (tokenEnd < end && isTokenCharacter(*tokenEnd))
            ++tokenEnd;
        const QString token = QString::fromLatin1(at, tokenEnd - at);
        const bool word = QChar::isLetter(uchar(*at));
        const bool nonFinite = token.startsWith(u"nan"_s, Qt::CaseInsensitive) ||
                               token.startsWith(u"inf"_s, Qt::CaseInsensitive);
        return word && !nonFinite
                   ? tr("%1 is not a JSON value (is a string missing its double quotes?)")
                         .arg(token)
                   : tr("%1 is not a number JSON can hold (no NaN, no Infinity, nothing "
                        "beyond ±1.8e308)")
                         .arg(token);
    }
    return unexpected(
        begin, at, end,
        tr("expected a value: a string, a number, an object, an array, true, false or null"));
}

QString JsonFaults::notAnObject(const char *at, const char *end)
{
    QString kind;
    const QByteArrayView rest(at, end - at);
    if (*at == '"')
        kind = tr("a string");
    else if (*at == '-' || (*at >= '0' && *at <= '9'))
        kind = tr("a number");
    else if (rest.startsWith("null"))
        kind = tr("null");
    else if (rest.startsWith("true") || rest.startsWith("false"))
        kind = tr("a boolean");
    return kind.isEmpty() ? tr("expected a JSON object at the top")
                          : tr("expected a JSON object at the top, found %1").arg(kind);
}

QString JsonFaults::controlCharacter(uchar c)
{
    return c == '\n' || c == '\r'
               ? tr("a line break inside a string must be written as \\n (is a closing quote "
                    "missing?)")
               : tr("the control character U+%1 must be written as an escape (such as \\n or "
                    "\\t) inside a string")
                     .arg(QString::number(c, 16).toUpper().rightJustified(4, u'0'));
}

} // namespace Versus
