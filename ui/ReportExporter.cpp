// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportExporter.h"

#include "FrameworkModel.h"
#include "Report.h"
#include "ReportDocument.h"
#include "ReportHtml.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

// The chart's size in the report, in logical pixels: its text is laid out as on a screen of this
// size (ChartExporter), which reads well at the width of a page. Layouts other than the overlay
// are given more width for their panels.
constexpr QSize OverlaySize(720, 720);
constexpr QSize WideSize(960, 720);
// Fine enough for the chart's lines and the text's positions; the PDF is vector either way.
constexpr int PdfResolution = 600;

} // namespace

ReportExporter::ReportExporter(const FrameworkModel *model) : m_model(model) {}

std::optional<ReportExporter::Format> ReportExporter::formatForFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html"_s || suffix == u"htm"_s)
        return Format::Html;
    if (suffix == u"pdf"_s)
        return Format::Pdf;
    return std::nullopt;
}

QStringList ReportExporter::nameFilters()
{
    return {tr("Web page (*.html *.htm)"), tr("PDF (*.pdf)")};
}

QString ReportExporter::problem(const Options &options) const
{
    if (options.frameworks) {
        QStringList unknown;
        for (const QString &id : *options.frameworks)
            if (m_model->rowOfFramework(id) < 0)
                unknown << u'"' + id + u'"';
        if (!unknown.isEmpty())
            return tr("no framework has the id %1").arg(unknown.join(u", "_s));
    }
    return {};
}

Report ReportExporter::report(const Options &options) const
{
    return Report::build(*m_model, options.frameworks, options.dataName, options.made);
}

QByteArray ReportExporter::chartSvg(const Options &options, QString *error) const
{
    ChartExporter::Options chart;
    chart.size = options.layout == ChartExporter::Layout::Overlay ? OverlaySize : WideSize;
    chart.layout = options.layout;
    chart.background = ChartExporter::Background::White;
    chart.frameworks = options.frameworks;
    return ChartExporter(m_model).toBytes(ChartExporter::Format::Svg, chart, error);
}

QByteArray ReportExporter::toBytes(Format format, const Options &options, QString *error) const
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    if (const QString why = problem(options); !why.isEmpty())
        return fail(why);
    QString chartError;
    const QByteArray svg = chartSvg(options, &chartError);
    if (svg.isEmpty())
        return fail(chartError);
    const Report content = report(options);
    if (format == Format::Html)
        return ReportHtml::write(content, svg);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(PdfResolution);
    pdf.setPageSize(QPageSize(ReportDocument::paperFor(QLocale())));
    pdf.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    pdf.setTitle(content.title);
    pdf.setCreator(u"Versus"_s);
    ReportDocument document(content, svg);
    if (document.print(&pdf) == 0)
        return fail(tr("the pages could not be drawn"));
    buffer.close();
    return bytes;
}

int ReportExporter::print(QPagedPaintDevice *device, const Options &options) const
{
    if (!problem(options).isEmpty())
        return 0;
    const Report content = report(options);
    ReportDocument document(content, chartSvg(options));
    return document.print(device);
}

WriteResult ReportExporter::writeFile(const QString &path, const Options &options) const
{
    const auto fail = [&path](const QString &reason) {
        return WriteResult{
            false, tr("Could not write \"%1\": %2").arg(QDir::toNativeSeparators(path), reason)};
    };
    const std::optional<Format> format = formatForFile(path);
    if (!format)
        return fail(tr("the name must end in .html or .pdf"));
    if (QFileInfo(path).isDir())
        return fail(tr("it is a directory, not a file"));
    QString error;
    const QByteArray bytes = toBytes(*format, options, &error);
    if (bytes.isEmpty())
        return fail(error);
    if (const QString reason = DataWriter::replaceFile(path, bytes); !reason.isEmpty())
        return fail(reason);
    return {true, {}};
}

} // namespace Versus
