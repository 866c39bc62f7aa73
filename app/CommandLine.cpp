// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "DataReader.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

void printTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void setIdentity()
{
    // Without an organization, QSettings would write to "Unknown Organization/".
    QCoreApplication::setOrganizationName(u"versus"_s);
    QCoreApplication::setApplicationName(u"versus"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(VERSUS_VERSION));
}

} // namespace

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
    parser.addOptions({helpOption, versionOption, validateOption});
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
    MainWindow mainWindow;
    mainWindow.openAtStart(files.value(0));
    return app.exec();
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

} // namespace Versus
