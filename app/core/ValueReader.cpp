// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueReader.h"

#include "DataReader.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Versus {

using Kind = JsonScanner::Kind;

namespace {

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

bool isHexColor(const QString &color)
{
    return color.size() == 7 && color.front() == u'#' &&
           std::all_of(color.cbegin() + 1, color.cend(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') ||
                      (c >= u'A' && c <= u'F');
           });
}

} // namespace

std::optional<int> ValueReader::asInteger(double d)
{
    if (!std::isfinite(d) || d != std::floor(d) || d < std::numeric_limits<int>::min() ||
        d > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(d);
}

void ValueReader::valueError(const QString &message)
{
    errorAt(s.offset(), message);
}

void ValueReader::errorAt(qsizetype at, const QString &message)
{
    m_errors.add(at, s.pointer(s.depth()), s.rank(s.depth()), message);
}

QString ValueReader::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Null:
        return tr("null");
    case Kind::Boolean:
        return tr("a boolean");
    case Kind::Number:
        return tr("a number");
    case Kind::String:
        return tr("a string");
    case Kind::Array:
        return tr("an array");
    case Kind::Object:
        return tr("an object");
    case Kind::None:
        break;
    }
    return tr("nothing");
}

void ValueReader::wrongType(const QString &expected)
{
    const QString found = typeName();
    if (!s.ok())
        return;
    valueError(tr("expected %1, found %2").arg(expected, found));
    s.skip();
}

void ValueReader::extraMember(QJsonObject &extra)
{
    const QString key = s.key();
    if (extra.contains(key)) {
        s.duplicateKey();
        s.skip();
        return;
    }
    QJsonValue value;
    if (s.value(value))
        extra.insert(key, value);
}

bool ValueReader::string(QString &out, bool shared)
{
    if (s.peek() != Kind::String) {
        wrongType(tr("a string"));
        return false;
    }
    return s.string(out, shared);
}

void ValueReader::text(QLatin1StringView key, bool nonEmpty, bool shared, QString &out)
{
    const qsizetype at = s.offset();
    if (string(out, shared) && nonEmpty && isBlank(out))
        errorAt(at, tr("\"%1\" must not be empty").arg(key));
}

void ValueReader::id(QString &out)
{
    const qsizetype at = s.offset();
    if (!string(out, false))
        return;
    // Inserted first: one look in the set tells whether the id was there.
    const qsizetype before = m_ids ? m_ids->size() : 0;
    if (m_ids)
        m_ids->insert(out);
    if (!DataReader::isValidId(out))
        errorAt(at, tr("id \"%1\" must be lower-case letters, digits, '-' or '_', starting with "
                       "a letter or digit")
                        .arg(out));
    else if (m_ids && m_ids->size() == before)
        errorAt(at, tr("id \"%1\" is used twice").arg(out));
}

void ValueReader::stringList(QStringList &out, bool nonEmptyItems,
                             const DataFormat::Member<Metric> *count)
{
    const qsizetype at = s.offset();
    if (s.peek() != Kind::Array) {
        wrongType(tr("an array of strings"));
        return;
    }
    const QString pointer = count ? s.pointer(s.depth()) : QString();
    const QByteArray rank = count ? s.rank(s.depth()) : QByteArray();
    s.beginArray();
    int items = 0;
    while (s.element()) {
        ++items;
        QString item;
        const qsizetype itemAt = s.offset();
        if (s.peek() != Kind::String) {
            wrongType(tr("a string"));
        } else if (s.string(item, true)) {
            if (nonEmptyItems && isBlank(item))
                errorAt(itemAt, tr("must not be empty"));
            else
                out << item;
        }
    }
    if (count && s.ok() && (items < count->min || items > count->max))
        m_errors.add(at, pointer, rank + ReadErrors::afterItems(),
                     tr("a metric has %1 to %2 levels, found %3")
                         .arg(count->min)
                         .arg(count->max)
                         .arg(items));
}

void ValueReader::year(std::optional<int> &out)
{
    if (s.peek() != Kind::Number) {
        wrongType(tr("a year"));
        return;
    }
    const qsizetype at = s.offset();
    JsonScanner::Number n;
    if (!s.number(n))
        return;
    out = asInteger(n);
    if (!out)
        errorAt(at, tr("expected %1, found %2").arg(tr("a year"), tr("a number")));
}

void ValueReader::color(QColor &out)
{
    const qsizetype at = s.offset();
    QString text;
    if (!string(text, false) || text.isEmpty()) // an empty colour is no colour
        return;
    if (isHexColor(text))
        out = QColor::fromString(text);
    else
        errorAt(at, tr("colour \"%1\" is not of the form #RRGGBB").arg(text));
}

void ValueReader::date(QDate &out)
{
    const qsizetype at = s.offset();
    if (s.peek() != Kind::String) {
        wrongType(tr("a date of the form YYYY-MM-DD"));
        return;
    }
    QString text;
    if (!s.string(text, false))
        return;
    const bool shape = text.size() == 10 && text[4] == u'-' && text[7] == u'-' &&
                       std::all_of(text.cbegin(), text.cend(),
                                   [](QChar c) { return c == u'-' || (c >= u'0' && c <= u'9'); });
    const QDate day =
        shape ? QDate(text.left(4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt())
              : QDate();
    if (day.isValid())
        out = day;
    else
        errorAt(at, tr("\"%1\" is not a day written YYYY-MM-DD").arg(text));
}

} // namespace Versus
