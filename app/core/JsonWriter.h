// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QStringView>

namespace Versus {

// The one JSON writer of Versus: data files (DataWriter) and the table's JSON export
// (TableExporter) both write through it, so that a text comes out the same in both.
//
// Containers are opened and closed by the caller, so that members come out in the order the
// caller chooses rather than in QJsonObject's sorted order. A container is written either one
// member or element a line, indented by two spaces a level, or inline on one line
// (`{"id": "a", "name": "A"}`); everything inside an inline container is inline.
//
// Strings are UTF-8 with the escapes JSON requires, and `\uXXXX` for the other control
// characters, U+FEFF (invisible in an editor, and taken for a byte-order mark by some readers)
// and half a surrogate pair (which UTF-8 cannot carry: it would become U+FFFD).
class JsonWriter
{
public:
    enum class Layout
    {
        Lines,
        Inline
    };

    void beginObject(Layout layout = Layout::Lines) { open('{', layout); }
    void endObject() { close('}'); }
    void beginArray(Layout layout = Layout::Lines) { open('[', layout); }
    void endArray() { close(']'); }

    // Starts a member of the innermost object; its value is written next.
    void key(QStringView name);
    // Starts an element of the innermost array; its value is written next.
    void element() { newItem(); }

    void string(QStringView text) { m_out += quoted(text); }
    void integer(qint64 n) { m_out += QByteArray::number(n); }
    // A double: whole numbers as integers, others in their shortest exact form, NaN and the
    // infinities (which JSON lacks) as null.
    void number(double d);
    void boolean(bool b) { m_out += b ? "true" : "false"; }
    void null() { m_out += "null"; }
    void value(const QJsonValue &value);
    void stringArray(const QStringList &list);
    // The members of `object` in sorted order, but for the keys in `skip`.
    void members(const QJsonObject &object, const QStringList &skip = {});

    QByteArray data() const { return m_out; }

    static QByteArray quoted(QStringView text);

private:
    struct Level
    {
        bool hasItems = false;
        bool inlined = false;
    };

    void open(char bracket, Layout layout);
    void close(char bracket);
    void newItem();
    void indent() { m_out.append(m_levels.size() * 2, ' '); }

    QByteArray m_out;
    QList<Level> m_levels;
};

} // namespace Versus
