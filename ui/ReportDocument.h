// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPageSize>

#include <memory>
#include <utility>

class QLocale;
class QPagedPaintDevice;
class QTextCursor;
class QTextDocument;

namespace Versus {

struct Report;

// A report on pages, for a PDF (QPdfWriter) or a printer (QPrinter, the print preview): a
// QTextDocument built from the Report as plain text with formats (so no data text is ever read
// as markup), laid out on the device's pages. The chart is drawn from ChartExporter's SVG as
// vector paths and text; sources with a web address are links, which a PDF keeps clickable. A
// framework's section starts on a new page when it would be split and fits on one; every page
// ends with the title and "Page N of M".
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    ReportDocument(const Report &report, const QByteArray &chartSvg);
    ~ReportDocument();

    // Lays the report out on `device`'s pages and paints them: the number of pages, or 0 when
    // the device could not be painted on.
    int print(QPagedPaintDevice *device);

    // The paper of `locale`'s country: Letter where it is the custom (the United States,
    // Canada, Mexico and a few more), else A4.
    static QPageSize::PageSizeId paperFor(const QLocale &locale);

private:
    void build(QPagedPaintDevice *device, qreal width, qreal pageHeight);
    void addFrameworks(QTextCursor *cursor);
    void keepTogether(qreal pageHeight);

    const Report &m_report;
    QByteArray m_svg;
    std::unique_ptr<QTextDocument> m_document;
    // Each framework section's first and last character, to keep it on one page.
    QList<std::pair<int, int>> m_sections;
    // Where each heading starts (but the title's), to keep it with what follows.
    QList<int> m_headings;
};

} // namespace Versus
