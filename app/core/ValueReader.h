// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataFormat.h"
#include "JsonScanner.h"
#include "ReadErrors.h"

#include <QCoreApplication>
#include <QSet>

#include <limits>
#include <optional>
#include <span>

namespace Versus {

// Reads the values of the format's types from the scanner's current place and checks them,
// recording each rule broken (ReadErrors): an object by its member table (DataFormat), each
// plain member into its field, and the plain types themselves (strings, ids, lists of strings,
// years, colours, dates). A plain fact added to the format needs nothing here; a new plain type
// gets its function here and its case in plain().
class ValueReader
{
    Q_DECLARE_TR_FUNCTIONS(DataReader)

public:
    template <typename T> using Members = std::span<const DataFormat::Member<T>>;

    ValueReader(JsonScanner &scanner, ReadErrors &errors) : s(scanner), m_errors(errors) {}

    // An error about the value that starts at the current place.
    void valueError(const QString &message);
    // An error at `at` about the value being read (its pointer and rank are the current ones).
    void errorAt(qsizetype at, const QString &message);
    static QString kindName(JsonScanner::Kind kind);
    // The kind of the value here, named.
    QString typeName() { return kindName(s.peek()); }
    // Reports "expected EXPECTED, found ..." for the value here, and passes over it.
    void wrongType(const QString &expected);
    // A whole number that fits an int (4.0 is 4), else nothing.
    static std::optional<int> asInteger(double d);
    static std::optional<int> asInteger(const JsonScanner::Number &n)
    {
        // Inline: every score takes this way.
        if (n.integer && n.integerValue >= std::numeric_limits<int>::min() &&
            n.integerValue <= std::numeric_limits<int>::max())
            return int(n.integerValue);
        return asInteger(n.value);
    }

    // Reads an object: each member the table knows, plain ones into their field and the others
    // with `special(member)`; any other member into `extra`. Reports duplicate and missing
    // members. Returns the members found, a bit for each index in the table.
    template <typename T, typename Special>
    quint64 object(Members<T> members, T &target, QJsonObject &extra, Special special);
    // A plain member (one with a field) of `target`.
    template <typename T> void plain(const DataFormat::Member<T> &member, T &target);
    // The index of the current member's key in the table, or -1.
    template <typename T> int memberIndex(Members<T> members) const;
    // The current member, one the table does not know, kept in `extra`.
    void extraMember(QJsonObject &extra);
    // Where a member sorts among the errors: its place in the table, but `compare` and
    // `weights`, which name metrics and frameworks, are checked after everything else.
    template <typename T> static int memberRank(const DataFormat::Member<T> &member, int index);

    bool string(QString &out, bool shared);
    // Ids are also checked to be unique among those of the list being read, if any.
    void id(QString &out);
    void setIdList(QSet<QString> *ids) { m_ids = ids; }
    QSet<QString> *idList() const { return m_ids; }
    // `count`: the member whose limits the number of items must keep (a metric's levels).
    void stringList(QStringList &out, bool nonEmptyItems, const DataFormat::Member<Metric> *count);
    void date(QDate &out);
    void color(QColor &out);
    void year(std::optional<int> &out);

private:
    // `key` is made a QString only for an error: most texts have none.
    void text(QLatin1StringView key, bool nonEmpty, bool shared, QString &out);

    JsonScanner &s;
    ReadErrors &m_errors;
    QSet<QString> *m_ids = nullptr; // the ids met so far in the list being read
};

template <typename T> int ValueReader::memberRank(const DataFormat::Member<T> &member, int index)
{
    if constexpr (std::is_same_v<T, DataSet>) {
        if (member.type == DataFormat::Type::Compare || member.type == DataFormat::Type::Weights)
            return 100 + index;
    }
    return index;
}

template <typename T> int ValueReader::memberIndex(Members<T> members) const
{
    QByteArray decoded;
    QByteArrayView key = s.rawKey();
    if (s.keyEscaped()) {
        decoded = s.key().toUtf8();
        key = decoded;
    }
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (JsonText::sameBytes(QByteArrayView(members[i].key.data(), members[i].key.size()), key))
            return int(i);
    }
    return -1;
}

template <typename T, typename Special>
quint64 ValueReader::object(Members<T> members, T &target, QJsonObject &extra, Special special)
{
    const qsizetype at = s.offset();
    const int depth = s.depth();
    if (!s.beginObject())
        return 0;
    quint64 seen = 0;
    while (s.member()) {
        const int index = memberIndex(members);
        if (index < 0) {
            extraMember(extra);
            continue;
        }
        const quint64 bit = quint64(1) << index;
        if (seen & bit) {
            s.duplicateKey();
            s.skip();
            continue;
        }
        seen |= bit;
        const DataFormat::Member<T> &member = members[std::size_t(index)];
        s.setRank(memberRank(member, index));
        if (std::holds_alternative<std::monostate>(member.field))
            special(member);
        else
            plain(member, target);
    }
    if (!s.ok())
        return seen;
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (!members[i].required || (seen & (quint64(1) << i)))
            continue;
        m_errors.add(at, s.pointer(depth),
                     s.rank(depth) + ReadErrors::rank({quint32(memberRank(members[i], int(i)))}),
                     tr("required member \"%1\" is missing").arg(members[i].key));
    }
    return seen;
}

template <typename T> void ValueReader::plain(const DataFormat::Member<T> &member, T &target)
{
    using DataFormat::Type;
    std::visit(
        [&](auto field) {
            using F = decltype(field);
            if constexpr (std::is_same_v<F, QString T::*>) {
                if (member.type == Type::Id)
                    id(target.*field);
                else
                    text(member.key, member.type == Type::Text, member.type != Type::Text,
                         target.*field);
            } else if constexpr (std::is_same_v<F, std::optional<int> T::*>) {
                year(target.*field);
            } else if constexpr (std::is_same_v<F, QStringList T::*>) {
                const bool labels = member.type == Type::Labels;
                if constexpr (std::is_same_v<T, Metric>)
                    stringList(target.*field, labels, labels ? &member : nullptr);
                else
                    stringList(target.*field, labels, nullptr);
            } else if constexpr (std::is_same_v<F, QColor T::*>) {
                color(target.*field);
            } else if constexpr (std::is_same_v<F, QDate T::*>) {
                date(target.*field);
            }
        },
        member.field);
}

} // namespace Versus
