// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Report.h"

#include <QColor>
#include <QList>
#include <QStringList>
#include <QTextCursor>
#include <QTextFormat>

class QTextTable;

namespace Versus {

// Writes a report into a QTextDocument for ReportDocument, paragraph by paragraph, as plain text
// with formats: nothing written is ever read as markup. The first paragraph is the one an empty
// document already has.
class ReportTextWriter
{
public:
    static constexpr qreal BodyPoints = 9.5;
    static constexpr qreal TablePoints = 8;

    // Appends the start of every heading but the title to `headings`.
    ReportTextWriter(QTextCursor *cursor, QList<int> *headings);

    // QTextDocument's layout takes margins, paddings and borders in pixels of 1/96 inch and
    // scales them to the device itself; only fonts (points) and objects (device pixels) are not.
    static constexpr qreal px(qreal points) { return points * 96 / 72; }
    static QTextCharFormat textFormat(qreal points, bool bold = false,
                                      const QColor &color = Qt::black);
    static QTextBlockFormat blockFormat(qreal beforePoints, qreal afterPoints);

    // A new paragraph; returns the position of its start.
    int paragraph(const QString &text, const QTextCharFormat &format, qreal before = 2,
                  qreal after = 2);
    // A heading (level 1 the title, 2 a section, 3 a part of one), kept on the page of what
    // follows it (ReportDocument::keepTogether()).
    int heading(const QString &text, int level);
    // A link where the address is a web address, else the title and the address as text.
    void link(const Report::Link &link, const QTextCharFormat &base);
    // A table of rows of plain texts, the first row a header repeated on every page; `widths`
    // are the columns' shares of the width in percent (the rest share what is left).
    QTextTable *table(const QList<QStringList> &rows, bool ruled = true,
                      const QList<qreal> &widths = {});
    // A bulleted list of links.
    void list(const QList<Report::Link> &links);
    int position() const { return m_cursor->position(); }
    // For a writer that takes over from another after a table: new paragraphs follow it.
    void continueAfterTable() { m_first = false; }

private:
    QTextCursor *m_cursor;
    bool m_first = true;
    QList<int> *m_headings;
};

} // namespace Versus
