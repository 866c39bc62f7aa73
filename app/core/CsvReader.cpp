// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include "FileBytes.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

// The separator the first record uses most, outside quotes; a comma when it uses none (a
// table of one column) or when two are used equally often.
QChar detectDelimiter(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted; // a doubled quote toggles twice: no change
        } else if (!quoted) {
            if (c == u'\n' || c == u'\r')
                break;
            if (c == u',')
                ++commas;
            else if (c == u';')
                ++semicolons;
            else if (c == u'\t')
                ++tabs;
        }
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return u',';
}

// The place of the character at `at`: lines end at LF, CRLF or CR; a column counts
// characters, a surrogate pair being one.
class Cursor
{
public:
    explicit Cursor(QStringView text) : m_text(text) {}

    qsizetype at() const { return m_at; }
    bool atEnd() const { return m_at >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_at + ahead < m_text.size() ? m_text[m_at + ahead] : QChar();
    }
    int line() const { return m_line; }
    int column() const { return m_column; }

    // Steps over one character, or over CRLF as one line end.
    void advance()
    {
        const QChar c = m_text[m_at];
        if (c == u'\r' && peek(1) == u'\n')
            ++m_at;
        ++m_at;
        if (c == u'\n' || c == u'\r') {
            ++m_line;
            m_column = 1;
        } else if (!c.isHighSurrogate()) {
            ++m_column;
        }
    }

private:
    QStringView m_text;
    qsizetype m_at = 0;
    int m_line = 1;
    int m_column = 1;
};

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

} // namespace

CsvResult CsvReader::readFile(const QString &path, const QString &displayName)
{
    const QString name = displayName.isEmpty() ? path : displayName;
    CsvResult result;
    const auto fail = [&](const QString &message) {
        result.errors.append({name, 0, 0, QString(), message});
        return result;
    };
    const FileBytes::Result file = FileBytes::read(path, tr("is a directory, not a table"));
    if (!file.problem.isEmpty())
        return fail(file.problem);
    return read(file.bytes, name);
}

CsvResult CsvReader::read(const QByteArray &bytes, const QString &fileName)
{
    CsvResult result;
    const auto fail = [&](int line, int column, const QString &message) {
        result.errors.append({fileName, line, column, QString(), message});
        return result;
    };

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(bytes));
    if (decoder.hasError()) {
        // Placed at the first character that did not decode: the replacement character.
        Cursor cursor(text);
        while (!cursor.atEnd() && cursor.peek() != QChar::ReplacementCharacter)
            cursor.advance();
        return fail(cursor.line(), cursor.column(),
                    tr("not UTF-8; save the table as CSV in UTF-8"));
    }
    // The decoder keeps a byte-order mark; a spreadsheet writes one, and it is no part of the
    // first header.
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);

    result.delimiter = detectDelimiter(text);
    const QChar delimiter = result.delimiter;
    Cursor cursor(text);
    CsvRow row;
    while (!cursor.atEnd()) {
        CsvCell cell{QString(), cursor.line(), cursor.column()};
        if (cursor.peek() == u'"') {
            const int quoteLine = cursor.line();
            const int quoteColumn = cursor.column();
            cursor.advance();
            const qsizetype start = cursor.at();
            for (;;) {
                if (cursor.atEnd())
                    return fail(quoteLine, quoteColumn,
                                tr("the quote that starts this field is never closed"));
                if (cursor.peek() == u'"') {
                    cell.text += QStringView(text).sliced(start, cursor.at() - start);
                    break;
                }
                cursor.advance();
            }
            // Inside the quotes: "" is one quote; line breaks are kept as they are.
            for (;;) {
                cursor.advance(); // the quote
                if (cursor.peek() != u'"')
                    break;
                cell.text += u'"';
                cursor.advance();
                const qsizetype from = cursor.at();
                for (;;) {
                    if (cursor.atEnd())
                        return fail(quoteLine, quoteColumn,
                                    tr("the quote that starts this field is never closed"));
                    if (cursor.peek() == u'"')
                        break;
                    cursor.advance();
                }
                cell.text += QStringView(text).sliced(from, cursor.at() - from);
            }
            if (!cursor.atEnd() && cursor.peek() != delimiter && !isLineEnd(cursor.peek()))
                return fail(cursor.line(), cursor.column(),
                            tr("a quoted field must end at its closing quote; write a quote "
                               "inside quotes as two quotes (\"\")"));
        } else {
            const qsizetype start = cursor.at();
            while (!cursor.atEnd() && cursor.peek() != delimiter && !isLineEnd(cursor.peek()))
                cursor.advance();
            cell.text = text.sliced(start, cursor.at() - start);
        }
        row << cell;
        if (!cursor.atEnd() && cursor.peek() == delimiter) {
            cursor.advance();
            if (cursor.atEnd() || isLineEnd(cursor.peek()))
                row << CsvCell{QString(), cursor.line(), cursor.column()}; // "a,b," ends empty
            else
                continue;
        }
        if (!cursor.atEnd())
            cursor.advance(); // the line end
        // A blank line is no record: spreadsheets leave them at the end.
        if (!(row.size() == 1 && row.first().text.isEmpty()))
            result.rows << row;
        row.clear();
    }
    return result;
}

} // namespace Versus
