// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartExporter.h"
#include "DataWriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

class QPagedPaintDevice;

namespace Versus {

class FrameworkModel;
struct Report;

// The report of the comparison (Report) as a file, HTML or PDF by the file's extension, or on a
// printer. The chart is ChartExporter's, in the layout asked for: inline SVG in the HTML, the
// same SVG drawn as vector paths and text on the pages of a PDF or a printer.
//
// Everything is made in memory first and written with QSaveFile: a failure leaves no file, and
// a file that was there is left as it was.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)

public:
    enum class Format
    {
        Html,
        Pdf
    };
    struct Options
    {
        ChartExporter::Layout layout = ChartExporter::Layout::Overlay;
        // The frameworks to report on, by id; std::nullopt: the ones the model compares.
        std::optional<QStringList> frameworks;
        // Where the data came from, as the report names it: a file name, or a description.
        QString dataName;
        QDateTime made = QDateTime::currentDateTime();
    };

    explicit ReportExporter(const FrameworkModel *model);

    // .html or .htm, .pdf (any case); std::nullopt for another extension.
    static std::optional<Format> formatForFile(const QString &path);
    // Name filters for a file dialog, in the order of Format.
    static QStringList nameFilters();

    // Why the report cannot be made with `options`, for the person; empty if it can.
    QString problem(const Options &options) const;
    Report report(const Options &options) const;
    // The chart of the report, as SVG.
    QByteArray chartSvg(const Options &options, QString *error = nullptr) const;
    // A whole file in `format`; empty, and `error` set, when it cannot be made.
    QByteArray toBytes(Format format, const Options &options, QString *error = nullptr) const;
    // Paints the report on `device`'s pages (a printer, a QPdfWriter): the number of pages, 0
    // when it could not be painted.
    int print(QPagedPaintDevice *device, const Options &options) const;
    WriteResult writeFile(const QString &path, const Options &options) const;

private:
    const FrameworkModel *m_model;
};

} // namespace Versus
