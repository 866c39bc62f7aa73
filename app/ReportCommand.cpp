// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "CommandLine.h"
#include "DataSet.h"
#include "FrameworkModel.h"
#include "ReportExporter.h"

#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

void printError(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

// Larger than any layout ChartExporter has: layoutFromName() tries every value below it, and
// layoutName() names each (the compiler warns of one it does not name).
constexpr int LayoutLimit = 16;

} // namespace

QString ReportCommand::layoutName(ChartExporter::Layout layout)
{
    switch (layout) {
    case ChartExporter::Layout::Overlay:
        return u"overlay"_s;
    case ChartExporter::Layout::Grid:
        return u"grid"_s;
    case ChartExporter::Layout::Bars:
        return u"bars"_s;
    case ChartExporter::Layout::Score:
        return u"score"_s;
    }
    return {};
}

std::optional<ChartExporter::Layout> ReportCommand::layoutFromName(const QString &name)
{
    for (int i = 0; i < LayoutLimit; ++i) {
        const auto layout = ChartExporter::Layout(i);
        if (const QString known = layoutName(layout);
            !known.isEmpty() && known.compare(name, Qt::CaseInsensitive) == 0)
            return layout;
    }
    return std::nullopt;
}

QStringList ReportCommand::layoutNames()
{
    QStringList names;
    for (int i = 0; i < LayoutLimit; ++i)
        if (const QString name = layoutName(ChartExporter::Layout(i)); !name.isEmpty())
            names << name;
    return names;
}

int ReportCommand::readRequest(const QCommandLineParser &parser, Request *request)
{
    for (const auto *other : {"export-chart", "export-table", "validate", "size"})
        if (parser.isSet(QString::fromLatin1(other))) {
            printError(tr("versus: --export-report and --%1 cannot be used together\n")
                           .arg(QString::fromLatin1(other)));
            return CommandLine::UsageError;
        }
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("versus: --export-report takes its data from --data FILE; "
                      "unexpected \"%1\"\n")
                       .arg(parser.positionalArguments().first()));
        return CommandLine::UsageError;
    }
    request->out = parser.value(u"export-report"_s);
    if (request->out.isEmpty()) {
        printError(tr("versus: --export-report needs the name of the file to write\n"));
        return CommandLine::UsageError;
    }
    if (!ReportExporter::formatForFile(request->out)) {
        printError(tr("versus: cannot tell the format of \"%1\": the name must end in .html "
                      "or .pdf\n")
                       .arg(request->out));
        return CommandLine::UsageError;
    }
    if (parser.isSet(u"layout"_s)) {
        const QString name = parser.value(u"layout"_s);
        const std::optional<ChartExporter::Layout> layout = layoutFromName(name);
        if (!layout) {
            printError(tr("versus: bad --layout \"%1\": give %2\n")
                           .arg(name, layoutNames().join(u", "_s)));
            return CommandLine::UsageError;
        }
        request->layout = *layout;
    }
    if (parser.isSet(u"frameworks"_s)) {
        const QString text = parser.value(u"frameworks"_s);
        QStringList ids;
        for (const QString &id : text.split(u','))
            ids << id.trimmed();
        if (ids.contains(QString())) {
            printError(tr("versus: --frameworks \"%1\" has an empty id; give ids separated by "
                          "commas, e.g. caffe,theano\n")
                           .arg(text));
            return CommandLine::UsageError;
        }
        ids.removeDuplicates();
        request->frameworks = ids;
    }
    if (parser.isSet(u"data"_s))
        request->dataFile = parser.value(u"data"_s);
    return CommandLine::Success;
}

int ReportCommand::run(const Request &request, DataSet data, const QString &dataName)
{
    if (request.frameworks) {
        QStringList unknown;
        for (const QString &id : *request.frameworks)
            if (data.frameworkIndex(id) < 0)
                unknown << u'"' + id + u'"';
        if (!unknown.isEmpty()) {
            QStringList known;
            for (const Framework &framework : data.frameworks)
                known << framework.id;
            printError((unknown.size() == 1
                            ? tr("versus: unknown framework id %1 in --frameworks; ")
                            : tr("versus: unknown framework ids %1 in --frameworks; "))
                           .arg(unknown.join(u", "_s)) +
                       (known.isEmpty() ? tr("the data has no frameworks\n")
                                        : tr("the ids are: %1\n").arg(known.join(u", "_s))));
            return CommandLine::UsageError;
        }
    }
    FrameworkModel model; // compares the data set's `compare` list
    model.setDataSet(std::move(data));
    ReportExporter::Options options;
    options.layout = request.layout;
    options.frameworks = request.frameworks;
    options.dataName = dataName;
    const WriteResult written = ReportExporter(&model).writeFile(request.out, options);
    if (!written.ok) {
        printError(u"versus: "_s + written.error + u'\n');
        return CommandLine::WriteError;
    }
    return CommandLine::Success;
}

} // namespace Versus
