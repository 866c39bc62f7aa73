// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonAnyValue.h"

#include "JsonScanner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <deque>
#include <optional>

namespace Versus {

namespace {

using Kind = JsonScanner::Kind;

// A decoded key as bytes that equal the raw bytes of the same key written without escapes:
// UTF-8, but for a key with half a surrogate pair (no UTF-8 form), which gets bytes of its own
// that no UTF-8 text has.
QByteArray comparableKey(const QString &key)
{
    const bool lone =
        std::any_of(key.cbegin(), key.cend(), [](QChar c) { return c.isSurrogate(); }) &&
        !key.isValidUtf16();
    if (!lone)
        return key.toUtf8();
    QByteArray bytes("\xFF");
    bytes.append(reinterpret_cast<const char *>(key.utf16()), key.size() * 2);
    return bytes;
}

bool skipObject(JsonScanner &s)
{
    if (!s.beginObject())
        return false;
    // Keys are compared as their bytes when written without escapes (nearly always); one with
    // an escape is compared decoded, as UTF-8 ("a" and "\u0061" are one key). Few objects have
    // many keys: those are hashed.
    QVarLengthArray<QByteArrayView, 32> keys;      // no allocation for most objects
    std::optional<std::deque<QByteArray>> decoded; // stays put as it grows
    QSet<QByteArrayView> many;
    while (s.member()) {
        QByteArrayView name = s.rawKey();
        if (s.keyEscaped()) {
            if (!decoded)
                decoded.emplace();
            decoded->push_back(comparableKey(s.key()));
            name = decoded->back();
        }
        bool seen = false;
        if (keys.size() < 32) {
            seen = std::find(keys.cbegin(), keys.cend(), name) != keys.cend();
            if (!seen)
                keys.push_back(name);
        } else {
            if (many.isEmpty())
                many = QSet<QByteArrayView>(keys.cbegin(), keys.cend());
            seen = many.contains(name);
            many.insert(name);
        }
        if (seen)
            s.duplicateKey();
        if (!JsonAnyValue::skip(s))
            return false;
    }
    return s.ok();
}

} // namespace

bool JsonAnyValue::skip(JsonScanner &s)
{
    switch (s.peek()) {
    case Kind::None:
        return false;
    case Kind::String:
        return s.skipString();
    case Kind::Number: {
        JsonScanner::Number n;
        return s.number(n);
    }
    case Kind::Boolean: {
        bool b = false;
        return s.boolean(b);
    }
    case Kind::Null:
        return s.null();
    case Kind::Array:
        if (!s.beginArray())
            return false;
        while (s.element())
            if (!skip(s))
                return false;
        return s.ok();
    case Kind::Object:
        return skipObject(s);
    }
    return false;
}

bool JsonAnyValue::read(JsonScanner &s, QJsonValue &out)
{
    switch (s.peek()) {
    case Kind::None:
        return false;
    case Kind::String: {
        QString text;
        if (!s.string(text))
            return false;
        out = text;
        return true;
    }
    case Kind::Number: {
        JsonScanner::Number n;
        if (!s.number(n))
            return false;
        // As Qt's parser keeps them: a JSON integer that fits 64 bits stays an integer, so that
        // the writer gives back its digits.
        out = n.integer ? QJsonValue(n.integerValue) : QJsonValue(n.value);
        return true;
    }
    case Kind::Boolean: {
        bool b = false;
        if (!s.boolean(b))
            return false;
        out = b;
        return true;
    }
    case Kind::Null:
        out = QJsonValue(QJsonValue::Null);
        return s.null();
    case Kind::Array: {
        if (!s.beginArray())
            return false;
        QJsonArray array;
        while (s.element()) {
            QJsonValue item;
            if (!read(s, item))
                return false;
            array.append(item);
        }
        out = array;
        return s.ok();
    }
    case Kind::Object: {
        if (!s.beginObject())
            return false;
        QJsonObject object;
        while (s.member()) {
            const QString name = s.key();
            if (object.contains(name)) {
                s.duplicateKey();
                if (!skip(s))
                    return false;
                continue;
            }
            QJsonValue item;
            if (!read(s, item))
                return false;
            object.insert(name, item);
        }
        out = object;
        return s.ok();
    }
    }
    return false;
}

} // namespace Versus
