// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Versus {

struct Report;

// A report as one self-contained HTML5 file: the styles in the page, the chart as inline SVG, no
// script, font, image or stylesheet fetched from anywhere. It reads on a phone (the wide table
// scrolls sideways) and prints (a print stylesheet keeps a framework's section on one page where
// it fits). Every text from the data is escaped; only http and https sources become links.
//
// The markup is also well-formed XML (every element closed, attributes quoted, no named
// entities but XML's), so that it can be checked with an XML reader.
class ReportHtml
{
public:
    // `chartSvg` is a whole SVG document (ChartExporter's); its XML prologue is dropped.
    static QByteArray write(const Report &report, const QByteArray &chartSvg);
    // `text` for HTML text or a quoted attribute: & < > " ' escaped, and the characters XML
    // does not allow (most control characters) replaced with U+FFFD.
    static QString escape(const QString &text);
};

} // namespace Versus
