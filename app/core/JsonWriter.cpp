// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"

#include <QJsonArray>
#include <QLocale>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace Versus {

void JsonWriter::open(char bracket, Layout layout)
{
    m_out += bracket;
    const bool inlined =
        layout == Layout::Inline || (!m_levels.isEmpty() && m_levels.last().inlined);
    m_levels.append({false, inlined});
}

void JsonWriter::close(char bracket)
{
    const Level level = m_levels.takeLast();
    if (level.hasItems && !level.inlined) {
        m_out += '\n';
        indent();
    }
    m_out += bracket;
}

void JsonWriter::newItem()
{
    Q_ASSERT(!m_levels.isEmpty());
    Level &level = m_levels.last();
    if (level.hasItems)
        m_out += level.inlined ? ", " : ",";
    level.hasItems = true;
    if (!level.inlined) {
        m_out += '\n';
        indent();
    }
}

void JsonWriter::key(QStringView name)
{
    newItem();
    string(name);
    m_out += ": ";
}

QByteArray JsonWriter::quoted(QStringView text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    // Runs of characters that need no escape are converted to UTF-8 in one go.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        bool lone = false;
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
                ++i;
                continue;
            }
            lone = true;
        } else if (QChar::isLowSurrogate(c)) {
            lone = true;
        }
        if (!lone && c >= 0x20 && c != u'"' && c != u'\\' && c != 0xFEFF)
            continue;
        out += text.sliced(runStart, i - runStart).toUtf8();
        runStart = i + 1;
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4)
                out += hex[(c >> shift) & 0xF];
            break;
        }
    }
    out += text.sliced(runStart).toUtf8();
    out += '"';
    return out;
}

void JsonWriter::number(double d)
{
    if (!std::isfinite(d)) {
        null();
        return;
    }
    // Every whole number up to 2^53 is exact in a double: written as people write it, "4"
    // rather than "4e+00". Beyond that a whole double is an approximation anyway.
    constexpr double MaxExactInteger = 9007199254740992.0;
    if (d == std::floor(d) && std::abs(d) <= MaxExactInteger) {
        integer(qint64(d));
        return;
    }
    m_out += QString::number(d, 'g', QLocale::FloatingPointShortest).toLatin1();
}

void JsonWriter::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        boolean(value.toBool());
        break;
    case QJsonValue::Double:
        // A JSON integer that fits 64 bits is kept as an integer: written as such it survives
        // exactly, even above 2^53 where a double would round it.
        if (value.toVariant().typeId() == QMetaType::LongLong)
            integer(value.toInteger());
        else
            number(value.toDouble());
        break;
    case QJsonValue::String:
        string(value.toString());
        break;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            element();
            this->value(item);
        }
        endArray();
        break;
    }
    case QJsonValue::Object:
        beginObject();
        members(value.toObject());
        endObject();
        break;
    }
}

void JsonWriter::stringArray(const QStringList &list)
{
    beginArray();
    for (const QString &item : list) {
        element();
        string(item);
    }
    endArray();
}

void JsonWriter::members(const QJsonObject &object, const QStringList &skip)
{
    // Sorted here rather than trusting QJsonObject's internal order, which is not documented.
    QStringList keys = object.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &name : std::as_const(keys)) {
        if (skip.contains(name))
            continue;
        key(name);
        value(object.value(name));
    }
}

} // namespace Versus
