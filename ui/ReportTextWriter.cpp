// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTextWriter.h"

#include <QTextCursor>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

const QColor LinkColor(0x0b, 0x57, 0xa4);
const QColor Rule(0xbb, 0xbb, 0xbb);
const QColor HeaderFill(0xf0, 0xf0, 0xf0);

} // namespace

QTextCharFormat ReportTextWriter::textFormat(qreal points, bool bold, const QColor &color)
{
    QTextCharFormat format;
    format.setFontPointSize(points);
    // Without shaping where the script needs none: "ff" stays two letters, not the ligature
    // "ﬀ", so that text copied or searched in the PDF is the data's text.
    format.setFontStyleStrategy(QFont::PreferNoShaping);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(color);
    return format;
}

QTextBlockFormat ReportTextWriter::blockFormat(qreal beforePoints, qreal afterPoints)
{
    QTextBlockFormat format;
    format.setTopMargin(px(beforePoints));
    format.setBottomMargin(px(afterPoints));
    return format;
}

ReportTextWriter::ReportTextWriter(QTextCursor *cursor, QList<int> *headings)
    : m_cursor(cursor), m_headings(headings)
{
}

int ReportTextWriter::paragraph(const QString &text, const QTextCharFormat &format, qreal before,
                                qreal after)
{
    const QTextBlockFormat block = blockFormat(before, after);
    if (m_first) {
        m_cursor->setBlockFormat(block);
        m_cursor->setBlockCharFormat(format);
        m_first = false;
    } else {
        m_cursor->insertBlock(block, format);
    }
    const int start = m_cursor->position();
    m_cursor->insertText(text, format);
    return start;
}
int ReportTextWriter::heading(const QString &text, int level)
{
    const int start = paragraph(text,
                                textFormat(level == 1   ? 18
                                           : level == 2 ? 13
                                                        : 10.5,
                                           true),
                                level == 1   ? 0
                                : level == 2 ? 12
                                             : 7,
                                3);
    if (level > 1)
        m_headings->append(start);
    return start;
}
void ReportTextWriter::link(const Report::Link &link, const QTextCharFormat &base)
{
    if (!link.web) {
        m_cursor->insertText(link.title, base);
        if (!link.url.isEmpty() && link.url != link.title)
            m_cursor->insertText(u" ("_s + link.url + u')', base);
        return;
    }
    QTextCharFormat format = base;
    format.setAnchor(true);
    format.setAnchorHref(QUrl(link.url).toString(QUrl::FullyEncoded));
    format.setForeground(LinkColor);
    format.setFontUnderline(true);
    m_cursor->insertText(link.title, format);
}
QTextTable *ReportTextWriter::table(const QList<QStringList> &rows, bool ruled,
                                    const QList<qreal> &widths)
{
    const int columns = rows.isEmpty() ? 1 : int(rows.first().size());
    QTextTableFormat format;
    format.setBorder(ruled ? px(0.75) : 0);
    format.setBorderBrush(Rule);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(px(ruled ? 3 : 1.5));
    format.setCellSpacing(0);
    format.setHeaderRowCount(ruled ? 1 : 0);
    format.setTopMargin(px(2));
    format.setBottomMargin(px(2));
    if (ruled)
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    if (!widths.isEmpty()) {
        QList<QTextLength> constraints;
        qreal given = 0;
        for (const qreal width : widths)
            given += width;
        const qreal rest = columns > widths.size() ? (100 - given) / (columns - widths.size()) : 0;
        for (int c = 0; c < columns; ++c)
            constraints << QTextLength(QTextLength::PercentageLength,
                                       c < widths.size() ? widths.at(c) : rest);
        format.setColumnWidthConstraints(constraints);
    }
    if (m_first)
        paragraph({}, textFormat(BodyPoints));
    QTextTable *table = m_cursor->insertTable(int(rows.size()), columns, format);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = table->cellAt(r, c);
            const bool header = (ruled && r == 0) || (!ruled && c == 0);
            if (ruled && r == 0) {
                QTextTableCellFormat fill = cell.format().toTableCellFormat();
                fill.setBackground(HeaderFill);
                cell.setFormat(fill);
            }
            QTextCursor inCell = cell.firstCursorPosition();
            inCell.insertText(rows.at(r).value(c), textFormat(TablePoints, header));
        }
    // The paragraph a document always has after a table is left empty and made small: a page
    // break before the block right after a table made Qt 6.4 leave a blank page.
    m_cursor->movePosition(QTextCursor::End);
    m_cursor->setBlockFormat(blockFormat(0, 0));
    m_cursor->setBlockCharFormat(textFormat(1));
    return table;
}
void ReportTextWriter::list(const QList<Report::Link> &links)
{
    const QTextCharFormat base = textFormat(BodyPoints);
    QTextListFormat format;
    format.setStyle(QTextListFormat::ListDisc);
    format.setIndent(1);
    QTextList *list = nullptr;
    for (const Report::Link &entry : links) {
        paragraph({}, base, 1, 1);
        if (!list)
            list = m_cursor->createList(format);
        else
            list->add(m_cursor->block());
        link(entry, base);
    }
}

} // namespace Versus
