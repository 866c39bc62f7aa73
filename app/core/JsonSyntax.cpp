// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonSyntax.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A character that may belong to a number or to a bare word such as NaN or Infinity.
bool isTokenCharacter(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' ||
           c == '+' || c == '-';
}

qsizetype skipSpace(QByteArrayView text, qsizetype at)
{
    while (at < text.size() && isSpace(text[at]))
        ++at;
    return at;
}

// The last character before `at` that is not white space, or 0 when there is none.
char previousCharacter(QByteArrayView text, qsizetype at)
{
    while (at > 0 && isSpace(text[at - 1]))
        --at;
    return at > 0 ? text[at - 1] : 0;
}

QString kindOfValueAt(QByteArrayView text, qsizetype at)
{
    const char c = text[at];
    if (c == '"')
        return JsonSyntax::tr("a string");
    if (c == '-' || (c >= '0' && c <= '9'))
        return JsonSyntax::tr("a number");
    if (text.sliced(at).startsWith("null"))
        return JsonSyntax::tr("null");
    if (text.sliced(at).startsWith("true") || text.sliced(at).startsWith("false"))
        return JsonSyntax::tr("a boolean");
    return {};
}

} // namespace

JsonSyntax::Fault JsonSyntax::explain(QByteArrayView text, const QJsonParseError &error)
{
    Fault fault;
    qsizetype at = qBound(qsizetype(0), qsizetype(error.offset), text.size());

    // A raw control character inside a string that comes before the place Qt stopped at is
    // the cause: a line break in a string lets the string run on, and Qt trips over it later.
    if (const qsizetype raw = rawControlCharacter(text.first(at)); raw >= 0) {
        fault.offset = raw;
        fault.message = controlCharacterMessage(text, raw);
        return fault;
    }

    switch (error.error) {
    case QJsonParseError::IllegalNumber: {
        // Qt reports a number too large for a double after its last digit, NaN at its start.
        qsizetype start = at;
        while (start > 0 && isTokenCharacter(text[start - 1]))
            --start;
        qsizetype end = start;
        while (end < text.size() && isTokenCharacter(text[end]))
            ++end;
        fault.offset = start;
        const QString token = QString::fromLatin1(text.sliced(start, end - start));
        // Qt takes any bare word for a bad number; only NaN and Infinity were meant as one.
        const bool word = start < text.size() && QChar::isLetter(uchar(text[start]));
        const bool nonFinite = token.startsWith(u"nan"_s, Qt::CaseInsensitive) ||
                               token.startsWith(u"inf"_s, Qt::CaseInsensitive);
        fault.message = word && !nonFinite
                            ? tr("%1 is not a JSON value (is a string missing its double "
                                 "quotes?)")
                                  .arg(token)
                            : tr("%1 is not a number JSON can hold (no NaN, no Infinity, "
                                 "nothing beyond ±1.8e308)")
                                  .arg(token);
        return fault;
    }
    case QJsonParseError::UnterminatedString:
        fault.offset = at;
        fault.message = tr("a string is not closed with a double quote");
        return fault;
    case QJsonParseError::IllegalUTF8String:
        fault.offset = at;
        fault.message = tr("the text is not valid UTF-8 here");
        return fault;
    case QJsonParseError::IllegalEscapeSequence:
        fault.offset = at;
        fault.message = tr("a string holds an escape sequence that JSON does not have");
        return fault;
    case QJsonParseError::GarbageAtEnd:
        fault.offset = at;
        fault.message = tr("there is more text after the end of the JSON document");
        return fault;
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingValueSeparator:
    case QJsonParseError::MissingObject:
    case QJsonParseError::IllegalValue:
        // Qt has read the character it stumbled on already: its offset is one past it.
        at = skipSpace(text, qMax(qsizetype(0), at - 1));
        break;
    default:
        fault.offset = at;
        fault.message = error.errorString();
        return fault;
    }

    fault.offset = at;
    if (at >= text.size()) {
        fault.offset = text.size();
        fault.message = tr("the file ends before the JSON document is complete");
        return fault;
    }
    const char c = text[at];
    if (c == '/' && at + 1 < text.size() && (text[at + 1] == '/' || text[at + 1] == '*')) {
        fault.message = tr("comments are not allowed in JSON");
        return fault;
    }
    if (at == skipSpace(text, 0) && c != '{' && c != '[') {
        const QString kind = kindOfValueAt(text, at);
        fault.topLevel = true;
        fault.message = kind.isEmpty()
                            ? tr("expected a JSON object at the top")
                            : tr("expected a JSON object at the top, found %1").arg(kind);
        return fault;
    }
    const char before = previousCharacter(text, at);
    if (before == ',' && (c == '}' || c == ']')) {
        fault.message = tr("a comma before \"%1\" has nothing after it: JSON allows no "
                           "trailing comma")
                            .arg(QChar::fromLatin1(c));
        return fault;
    }
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::MissingObject:
        fault.message = before == ',' || before == '{'
                            ? tr("expected a member's name in double quotes")
                            : tr("expected \",\" or \"}\" after a member (is a comma missing?)");
        break;
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingValueSeparator:
        fault.message = tr("expected \",\" or \"]\" after an element (is a comma missing?)");
        break;
    case QJsonParseError::MissingNameSeparator:
        fault.message = tr("expected \":\" after a member's name");
        break;
    default:
        fault.message = tr("expected a value: a string, a number, an object, an array, true, "
                           "false or null");
        break;
    }
    return fault;
}

qsizetype JsonSyntax::rawControlCharacter(QByteArrayView text)
{
    // Between strings, memchr() jumps to the next quote: this runs over every byte of a file
    // that parsed, so it must not cost more than the parse.
    const char *const begin = text.data();
    const char *const end = begin + text.size();
    const char *p = begin;
    while (p < end) {
        p = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
        if (!p)
            return -1;
        for (++p; p < end; ++p) {
            const auto c = uchar(*p);
            if (c == '"')
                break;
            if (c == '\\')
                ++p; // the escaped character, whatever it is
            else if (c < 0x20)
                return p - begin;
        }
        ++p; // past the closing quote
    }
    return -1;
}

QString JsonSyntax::controlCharacterMessage(QByteArrayView text, qsizetype offset)
{
    const uchar c = uchar(text[offset]);
    if (c == '\n' || c == '\r')
        return tr("a line break inside a string must be written as \\n (is a closing quote "
                  "missing?)");
    return tr("the control character U+%1 must be written as an escape (such as \\n or \\t) "
              "inside a string")
        .arg(QString::number(c, 16).toUpper().rightJustified(4, u'0'));
}

} // namespace Versus
