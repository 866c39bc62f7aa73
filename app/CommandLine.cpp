// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "AppIcon.h"
#include "Appearance.h"
#include "ChartExporter.h"
#include "Console.h"
#include "DataReader.h"
#include "DataStore.h"
#include "DiffCommand.h"
#include "ExportArguments.h"
#include "FrameworkModel.h"
#include "ImportCommand.h"
#include "MainWindow.h"
#include "MergeCommand.h"
#include "RankCommand.h"
#include "RankOdds.h"
#include "ReportCommand.h"
#include "TableExporter.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace Versus {

using Console::printTo;

namespace {

QtMessageHandler previousHandler = nullptr;

// Qt's start-up looks for a Wayland socket in XDG_RUNTIME_DIR before it loads any platform,
// even the offscreen one a chart export uses, and warns on stderr when the variable is not set
// (a cron job, a container, `su`). An export needs no runtime folder: that one notice is left
// out, every other message goes through.
void dropRuntimeDirNotice(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"_s))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

void setIdentity()
{
    // Without an organization, QSettings would write to "Unknown Organization/".
    QCoreApplication::setOrganizationName(u"versus"_s);
    QCoreApplication::setApplicationName(u"versus"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(VERSUS_VERSION));
}

// "1200x800" (or "1200X800") as a size, or std::nullopt when it is not one that can be drawn.
std::optional<QSize> parseSize(const QString &text)
{
    static const QRegularExpression pattern(u"^([0-9]{1,5})[xX]([0-9]{1,5})$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    const auto fits = [](int side) { return side >= 1 && side <= ChartExporter::MaxSide; };
    if (!fits(size.width()) || !fits(size.height()))
        return std::nullopt;
    return size;
}

// With VERSUS_QUIT_AFTER_FIRST_PAINT=1 the program quits right after the main window's first
// complete paint, so that its start can be timed from outside (docs/performance.md).
// A widget's paint event comes first in a repaint of its window; the window is drawn and
// flushed before the event loop turns again, so the quit is queued for then.
class QuitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_queued) {
            m_queued = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_queued = false;
};

} // namespace

// What --export-chart was asked to do, checked as far as it can be without the data.
struct CommandLine::ChartRequest
{
    QString out;
    std::optional<QString> dataFile;
    std::optional<QStringList> frameworks;
    QSize size{ChartExporter::DefaultSide, ChartExporter::DefaultSide};
    ChartExporter::Layout layout = ChartExporter::Layout::Overlay;
};

int CommandLine::run(int argc, char **argv)
{
    // The arguments are parsed before any application object exists, so that the headless
    // commands and usage errors never need a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QCommandLineParser parser;
    // Qt's own options ("-platform offscreen", "-style fusion") are single-dash words.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(tr("Compare deep-learning frameworks side by side."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption versionOption({u"v"_s, u"version"_s},
                                           tr("Show the version and exit."));
    const QCommandLineOption validateOption(u"validate"_s, tr("Check a data file and exit."),
                                            tr("FILE"));
    const QCommandLineOption exportChartOption(
        u"export-chart"_s,
        tr("Write the chart, in the layout --layout chooses, to OUT without opening a window "
           "and exit. The format follows the extension: .png, .svg or .pdf."),
        tr("OUT"));
    const QCommandLineOption exportTableOption(
        u"export-table"_s,
        tr("Write the comparison table to OUT without opening a window and exit. The format "
           "follows the extension: .csv, .md, .html or .json."),
        tr("OUT"));
    const QCommandLineOption exportReportOption(
        u"export-report"_s,
        tr("Write the report of the comparison (chart, table, ranking, every framework's "
           "ratings with notes and sources) to OUT without opening a window and exit. The "
           "format follows the extension: .html or .pdf."),
        tr("OUT"));
    const QCommandLineOption importTableOption(
        u"import-table"_s,
        tr("Read a table (CSV: the one --export-table writes, or a spreadsheet's with a "
           "framework per row) and write it as the data file OUT, given after it; then exit."),
        tr("IN.csv"));
    const QCommandLineOption dataOption(
        u"data"_s,
        tr("With --export-chart, --export-table, --export-report or --rank: read the data from "
           "FILE instead of your saved data or the bundled data."),
        tr("FILE"));
    const QCommandLineOption frameworksOption(
        u"frameworks"_s,
        tr("With --export-chart or --export-report: these frameworks, by id, instead of the "
           "data's compare list."),
        tr("ID,ID,..."));
    const QCommandLineOption sizeOption(
        u"size"_s,
        tr("With --export-chart: the size in pixels, 1 to %1 a side (default %2x%2).")
            .arg(ChartExporter::MaxSide)
            .arg(ChartExporter::DefaultSide),
        tr("WxH"));
    const QCommandLineOption layoutOption(
        u"layout"_s,
        tr("With --export-chart or --export-report: \"overlay\" (default), every framework in one "
           "radar chart; "
           "\"grid\", one small radar chart per framework on the same scale; \"bars\", a group "
           "of bars per metric; \"score\", the weighted score as stacked bars, best first."),
        tr("overlay|grid|bars|score"));
    const QCommandLineOption rankOption(
        u"rank"_s,
        tr("Print the ranking by weighted score, with each framework's chance of coming first "
           "and of the first three, and what would change the winner, and exit."));
    const QCommandLineOption weightsOption(
        u"weights"_s, tr("With --rank: these weights (0 to 5) instead of the data's."),
        tr("ID=W,..."));
    const QCommandLineOption samplesOption(
        u"samples"_s,
        tr("With --rank: how many random draws of the rating ranges (default %1).")
            .arg(RankOdds::DefaultSamples),
        tr("N"));
    const QCommandLineOption diffOption(
        u"diff"_s,
        tr("Print what changed from the data file OLD to the data file NEW, given after it: "
           "frameworks and metrics added or removed, metrics re-scaled, ratings, facts and notes "
           "changed; then exit."),
        tr("OLD"));
    const QCommandLineOption formatOption(
        u"format"_s,
        tr("With --rank: \"text\" (default), \"csv\" or \"json\". With --diff: \"text\" "
           "(default), \"md\" (Markdown, for a pull request) or \"json\"."),
        tr("FORMAT"));
    const QCommandLineOption mergeOption = MergeCommand::option();
    parser.addOptions({helpOption, versionOption, validateOption, exportChartOption,
                       exportTableOption, exportReportOption, importTableOption, dataOption,
                       frameworksOption, sizeOption, layoutOption, rankOption, weightsOption,
                       samplesOption, formatOption, diffOption, mergeOption});
    for (const char *name :
         {"platform", "platformpluginpath", "platformtheme", "plugin", "style", "stylesheet",
          "qwindowgeometry", "qwindowtitle", "qwindowicon", "session", "display"}) {
        QCommandLineOption qtOption(QString::fromLatin1(name), QString(), u"value"_s);
        qtOption.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(qtOption);
    }
    for (const char *name : {"reverse", "widgetcount", "nograb", "dograb"}) {
        QCommandLineOption qtOption(QString::fromLatin1(name));
        qtOption.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(qtOption);
    }
    parser.addPositionalArgument(tr("FILE"), tr("A data file to open in the window."),
                                 tr("[FILE]"));

    if (!parser.parse(arguments)) {
        printTo(stderr, u"versus: "_s + parser.errorText() + u'\n');
        return UsageError;
    }
    if (parser.isSet(helpOption)) {
        // No application object exists yet (see above), so Qt cannot name the program itself.
        printTo(stdout, parser.helpText().replace(u"<executable_name>"_s, u"versus"_s));
        return Success;
    }
    if (parser.isSet(versionOption)) {
        printTo(stdout, u"versus "_s + QStringLiteral(VERSUS_VERSION) + u'\n');
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    // Every usage error is found here, before anything is read or written.
    for (const QCommandLineOption &option :
         {validateOption, exportChartOption, exportTableOption, exportReportOption,
          importTableOption, dataOption, frameworksOption, sizeOption, layoutOption, weightsOption,
          samplesOption, formatOption, diffOption}) {
        if (parser.values(option).size() > 1) {
            printTo(stderr,
                    tr("versus: --%1 is given more than once\n").arg(option.names().first()));
            return UsageError;
        }
    }
    if (parser.isSet(diffOption))
        return runDiff(parser, argc, argv);
    const bool exporting = parser.isSet(exportChartOption);
    if (parser.isSet(exportReportOption)) {
        ReportCommand::Request request;
        if (const int status = ReportCommand::readRequest(parser, &request); status != Success)
            return status;
        // The chart is drawn with Qt Charts, as --export-chart's: offscreen unless chosen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !parser.isSet(u"platform"_s))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        previousHandler = qInstallMessageHandler(dropRuntimeDirNotice);
        QApplication app(argc, argv);
        qInstallMessageHandler(previousHandler);
        setIdentity();
        DataSet data;
        QString dataName;
        if (const int status = readExportData(request.dataFile, &data, &dataName);
            status != Success)
            return status;
        return ReportCommand::run(request, std::move(data), dataName);
    }
    for (const QCommandLineOption &option : {frameworksOption, sizeOption, layoutOption}) {
        if (parser.isSet(option) && !exporting) {
            printTo(stderr,
                    tr("versus: --%1 is only for --export-chart\n").arg(option.names().first()));
            return UsageError;
        }
    }
    const bool ranking = parser.isSet(rankOption);
    for (const QCommandLineOption &option : {weightsOption, samplesOption, formatOption}) {
        if (parser.isSet(option) && !ranking) {
            // --diff returned above: a --format here belongs to neither.
            printTo(stderr,
                    option.names().first() == u"format"_s
                        ? tr("versus: --format is only for --rank and --diff\n")
                        : tr("versus: --%1 is only for --rank\n").arg(option.names().first()));
            return UsageError;
        }
    }
    if (parser.isSet(mergeOption)) {
        if (const int status = MergeCommand::checkRequest(parser); status != Success)
            return status;
        QCoreApplication app(argc, argv); // a merge needs no windows and no display
        setIdentity();
        return MergeCommand::run(parser.value(mergeOption), files);
    }
    if (ranking) {
        for (const QCommandLineOption &option :
             {validateOption, exportChartOption, exportTableOption}) {
            if (parser.isSet(option)) {
                printTo(stderr, tr("versus: --rank and --%1 cannot be used together\n")
                                    .arg(option.names().first()));
                return UsageError;
            }
        }
        if (!files.isEmpty()) {
            printTo(stderr, tr("versus: --rank takes its data from --data FILE; "
                               "unexpected \"%1\"\n")
                                .arg(files.first()));
            return UsageError;
        }
        RankCommand::Request request;
        if (!RankCommand::parse(parser, &request))
            return UsageError;
        QCoreApplication app(argc, argv);
        setIdentity();
        DataSet data;
        if (const int status = readExportData(request.dataFile, &data); status != Success)
            return status;
        return RankCommand::run(request, std::move(data));
    }
    if (parser.isSet(dataOption) && !exporting && !parser.isSet(exportTableOption)) {
        printTo(stderr, tr("versus: --data is only for --export-chart and --export-table\n"));
        return UsageError;
    }
    if (parser.isSet(importTableOption)) {
        if (const int status = ImportCommand::checkRequest(parser); status != Success)
            return status;
        QCoreApplication app(argc, argv); // a table needs no windows and no display
        setIdentity();
        return ImportCommand::run(parser.value(importTableOption), files.value(0));
    }
    if (parser.isSet(exportTableOption)) {
        if (const int status = checkTableRequest(parser); status != Success)
            return status;
        QCoreApplication app(argc, argv); // a table needs no windows and no display
        setIdentity();
        return exportTable(parser.value(exportTableOption),
                           parser.isSet(dataOption) ? std::optional(parser.value(dataOption))
                                                    : std::nullopt);
    }
    if (exporting) {
        ChartRequest request;
        if (const int status = readChartRequest(parser, &request); status != Success)
            return status;
        // Qt Charts draws with widgets, which need a QApplication, which needs a platform. When
        // the person has chosen none, offscreen draws the same and needs no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !parser.isSet(u"platform"_s))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        previousHandler = qInstallMessageHandler(dropRuntimeDirNotice);
        QApplication app(argc, argv);
        qInstallMessageHandler(previousHandler);
        setIdentity();
        return exportChart(request);
    }
    if (parser.isSet(validateOption)) {
        if (!files.isEmpty()) {
            printTo(
                stderr,
                tr("versus: --validate takes one file; unexpected \"%1\"\n").arg(files.first()));
            return UsageError;
        }
        QCoreApplication app(argc, argv);
        setIdentity();
        return validate(parser.value(validateOption));
    }
    if (files.size() > 1) {
        printTo(stderr, tr("versus: one file at a time; unexpected \"%1\"\n").arg(files.at(1)));
        return UsageError;
    }

    QApplication app(argc, argv);
    setIdentity();
    // The window speaks the person's language; the command line above stays English, as the
    // output of scripts and the messages people search for the meaning of.
    Translations::install();
    Appearance::applyColorSchemeFromEnvironment();
    // The organization and application names above stay "versus": they name the folders of the
    // person's data and settings (docs/files-and-sources.md). The desktop file name ties the
    // window to its launcher and icon (Wayland's app id; packaging/README.md).
    QGuiApplication::setDesktopFileName(applicationId());
    QApplication::setWindowIcon(appIcon());
    MainWindow mainWindow;
    QuitAfterFirstPaint quitter;
    if (qEnvironmentVariableIntValue("VERSUS_QUIT_AFTER_FIRST_PAINT") == 1)
        mainWindow.installEventFilter(&quitter);
    mainWindow.openAtStart(files.value(0));
    return app.exec();
}

int CommandLine::runDiff(const QCommandLineParser &parser, int &argc, char **argv)
{
    DiffCommand::Request request;
    if (const int status = DiffCommand::readRequest(parser, &request); status != Success)
        return status;
    QCoreApplication app(argc, argv); // a diff needs no windows and no display
    setIdentity();
    return DiffCommand::run(request);
}

int CommandLine::validate(const QString &path)
{
    const ReadResult result = DataReader::readFile(path);
    if (!result.ok()) {
        printTo(stderr, formatErrors(result.errors, int(result.errors.size())) + u'\n');
        return InvalidData;
    }
    const qsizetype frameworks = result.data.frameworks.size();
    const qsizetype metrics = result.data.metrics.size();
    printTo(stdout,
            tr("%1: valid: %2, %3\n")
                .arg(path,
                     frameworks == 1 ? tr("1 framework") : tr("%1 frameworks").arg(frameworks),
                     metrics == 1 ? tr("1 metric") : tr("%1 metrics").arg(metrics)));
    return Success;
}

// The arguments of --export-chart, checked as far as they can be without the data. A usage
// error is printed and returned; the data is read only once everything else is right.
int CommandLine::readChartRequest(const QCommandLineParser &parser, ChartRequest *request)
{
    if (parser.isSet(u"validate"_s)) {
        printTo(stderr, tr("versus: --export-chart and --validate cannot be used together\n"));
        return UsageError;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printTo(stderr, tr("versus: --export-chart takes its data from --data FILE; "
                           "unexpected \"%1\"\n")
                            .arg(parser.positionalArguments().first()));
        return UsageError;
    }
    request->out = parser.value(u"export-chart"_s);
    if (request->out.isEmpty()) {
        printTo(stderr, tr("versus: --export-chart needs the name of the file to write\n"));
        return UsageError;
    }
    if (!ChartExporter::formatForFile(request->out)) {
        printTo(stderr, tr("versus: cannot tell the format of \"%1\": the name must end in "
                           ".png, .svg or .pdf\n")
                            .arg(request->out));
        return UsageError;
    }
    if (parser.isSet(u"size"_s)) {
        const std::optional<QSize> size = parseSize(parser.value(u"size"_s));
        if (!size) {
            printTo(stderr, tr("versus: bad --size \"%1\": give WIDTHxHEIGHT in pixels, "
                               "each 1 to %2, e.g. 1200x800\n")
                                .arg(parser.value(u"size"_s))
                                .arg(ChartExporter::MaxSide));
            return UsageError;
        }
        request->size = *size;
    }
    if (parser.isSet(u"layout"_s)) {
        const QString name = parser.value(u"layout"_s);
        const std::optional<ChartExporter::Layout> layout = ExportArguments::layoutFromName(name);
        if (!layout) {
            printTo(stderr, ExportArguments::badLayout(name));
            return UsageError;
        }
        request->layout = *layout;
    }
    if (parser.isSet(u"frameworks"_s)) {
        QStringList ids;
        if (const QString error =
                ExportArguments::readFrameworks(parser.value(u"frameworks"_s), &ids);
            !error.isEmpty()) {
            printTo(stderr, error);
            return UsageError;
        }
        request->frameworks = ids;
    }
    if (parser.isSet(u"data"_s))
        request->dataFile = parser.value(u"data"_s);
    return Success;
}

// The data of an export: --data FILE, else the window's rule. A saved file that cannot be
// read is left where it is: a command run from a script must not move the person's files.
int CommandLine::readExportData(const std::optional<QString> &dataFile, DataSet *data,
                                QString *dataName)
{
    if (dataFile) {
        if (dataName)
            *dataName = QFileInfo(*dataFile).fileName();
        ReadResult result = DataReader::readFile(*dataFile);
        if (!result.ok()) {
            printTo(stderr, formatErrors(result.errors, int(result.errors.size())) + u'\n');
            return InvalidData;
        }
        *data = std::move(result.data);
        return Success;
    }
    DataStore::Loaded loaded = DataStore::readStartupData();
    if (!loaded.errors.isEmpty())
        printTo(stderr, tr("versus: your saved data %1 has problems (see versus --validate "
                           "%1), so the bundled data is exported\n")
                            .arg(DataStore::userDataPath()));
    if (dataName)
        *dataName = loaded.bundled ? tr("the bundled data") : QFileInfo(loaded.path).fileName();
    *data = std::move(loaded.data);
    return Success;
}

int CommandLine::checkTableRequest(const QCommandLineParser &parser)
{
    for (const auto *other : {"export-chart", "validate"})
        if (parser.isSet(QString::fromLatin1(other))) {
            printTo(stderr, tr("versus: --export-table and --%1 cannot be used together\n")
                                .arg(QString::fromLatin1(other)));
            return UsageError;
        }
    if (!parser.positionalArguments().isEmpty()) {
        printTo(stderr, tr("versus: --export-table takes its data from --data FILE; "
                           "unexpected \"%1\"\n")
                            .arg(parser.positionalArguments().first()));
        return UsageError;
    }
    const QString out = parser.value(u"export-table"_s);
    if (out.isEmpty()) {
        printTo(stderr, tr("versus: --export-table needs the name of the file to write\n"));
        return UsageError;
    }
    if (!TableExporter::formatForPath(out)) {
        printTo(stderr, tr("versus: cannot tell the format of \"%1\": the name must end in "
                           ".csv, .md, .html or .json\n")
                            .arg(out));
        return UsageError;
    }
    return Success;
}

int CommandLine::exportTable(const QString &out, const std::optional<QString> &dataFile)
{
    DataSet data;
    if (const int status = readExportData(dataFile, &data); status != Success)
        return status;
    FrameworkModel model;
    model.setDataSet(std::move(data));
    const WriteResult written = TableExporter::writeFile(model, out);
    if (!written.ok) {
        printTo(stderr, u"versus: "_s + written.error + u'\n');
        return WriteError;
    }
    return Success;
}

int CommandLine::exportChart(const ChartRequest &request)
{
    DataSet data;
    if (const int status = readExportData(request.dataFile, &data); status != Success)
        return status;

    if (request.frameworks) {
        if (const QString error = ExportArguments::unknownFrameworks(data, *request.frameworks);
            !error.isEmpty()) {
            printTo(stderr, error);
            return UsageError;
        }
    }

    FrameworkModel model; // compares the data set's `compare` list
    model.setDataSet(std::move(data));
    ChartExporter::Options options;
    options.size = request.size;
    options.layout = request.layout;
    options.frameworks = request.frameworks;
    const WriteResult written = ChartExporter(&model).writeFile(request.out, options);
    if (!written.ok) {
        printTo(stderr, u"versus: "_s + written.error + u'\n');
        return WriteError;
    }
    return Success;
}

} // namespace Versus
