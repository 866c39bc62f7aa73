// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built `versus` as a person or a script would, and checks the exit status and what
// it prints against the "Command line" section of DESIGN.md.
#include "RunVersus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using RunVersus::headlessEnvironment;
using RunVersus::Run;
using RunVersus::runVersus;

// Writes `contents` to `name` inside `dir` and returns its absolute path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write the fixture %s", qPrintable(path));
    return path;
}

// Lines of `text`, which must end with a newline; the empty string has no lines.
QStringList lines(const QString &text)
{
    QStringList result = text.split(u'\n');
    result.removeLast(); // after the final newline
    return result;
}

// A valid data set: one metric with `levels`, and `frameworks` frameworks rating it.
QByteArray minimalDocument(int frameworks)
{
    QByteArray text = R"({
  "schemaVersion": 1,
  "title": "Minimal",
  "metrics": [
    { "id": "speed", "name": "Speed", "levels": ["Slow", "Medium", "Fast"] }
  ],
  "frameworks": [)";
    for (int i = 0; i < frameworks; ++i) {
        text += i == 0 ? "\n" : ",\n";
        text += R"(    { "id": "fw)" + QByteArray::number(i) + R"(", "name": "Framework )" +
                QByteArray::number(i) + R"(", "ratings": { "speed": { "score": )" +
                QByteArray::number(i % 3 + 1) + " } } }";
    }
    text += "\n  ]\n}\n";
    return text;
}

// The invalid fixtures. Each member sits on its own line so that the expected line and column
// of an error can be read off the text: columns are 1-based and count characters.
const QByteArray scoreOutOfRange = R"({
  "schemaVersion": 1,
  "metrics": [
    { "id": "m", "name": "M", "levels": ["Low", "High"] }
  ],
  "frameworks": [
    { "id": "a", "name": "A", "ratings": { "m": { "score": 3 } } }
  ]
}
)";

const QByteArray duplicateFrameworkId = R"({
  "schemaVersion": 1,
  "metrics": [
    { "id": "m", "name": "M", "levels": ["Low", "High"] }
  ],
  "frameworks": [
    { "id": "a", "name": "A" },
    { "id": "a", "name": "B" }
  ]
}
)";

const QByteArray duplicateMetricId = R"({
  "schemaVersion": 1,
  "metrics": [
    { "id": "m", "name": "M", "levels": ["Low", "High"] },
    { "id": "m", "name": "N", "levels": ["Low", "High"] }
  ],
  "frameworks": []
}
)";

const QByteArray fractionalScore = R"({
  "schemaVersion": 1,
  "metrics": [
    { "id": "m", "name": "M", "levels": ["Low", "High"] }
  ],
  "frameworks": [
    { "id": "a", "name": "A", "ratings": { "m": { "score": 1.5 } } }
  ]
}
)";

const QByteArray scoreAsString = R"({
  "schemaVersion": 1,
  "metrics": [
    { "id": "m", "name": "M", "levels": ["Low", "High"] }
  ],
  "frameworks": [
    { "id": "a", "name": "A", "ratings": { "m": { "score": "2" } } }
  ]
}
)";

const QByteArray unknownMetric = R"({
  "schemaVersion": 1,
  "metrics": [
    { "id": "m", "name": "M", "levels": ["Low", "High"] }
  ],
  "frameworks": [
    { "id": "a", "name": "A", "ratings": { "x": { "score": 1 } } }
  ]
}
)";

const QByteArray wrongSchemaVersion = R"({
  "schemaVersion": 2,
  "metrics": [
    { "id": "m", "name": "M", "levels": ["Low", "High"] }
  ],
  "frameworks": []
}
)";

const QByteArray twoBadScores = R"({
  "schemaVersion": 1,
  "metrics": [
    { "id": "m", "name": "M", "levels": ["Low", "High"] }
  ],
  "frameworks": [
    { "id": "a", "name": "A", "ratings": { "m": { "score": 0 } } },
    { "id": "b", "name": "B", "ratings": { "m": { "score": 9 } } }
  ]
}
)";

// The headless environment with its own, empty, data folder: the "user's saved data" of an
// export is whatever a test puts into `dataHome`/versus/versus/frameworks.json.
QProcessEnvironment environmentWithDataHome(const QString &dataHome)
{
    QProcessEnvironment env = headlessEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, dataHome);
    return env;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Everything in a folder, hidden files too: what an export left behind.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

// An error with a place: FILE:LINE:COLUMN: /pointer: message (DESIGN.md, "Command line").
const QRegularExpression placedError(u"^(.+):(\\d+):(\\d+): (/[^:]*): (.+)$"_s);

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void version_data();
    void version();
    void manPageListsTheOptionsOfHelp();
    void help_data();
    void help();

    void validateValid_data();
    void validateValid();
    void validateRelativePathIsEchoedAsGiven();
    void validateInvalid_data();
    void validateInvalid();
    void validateSyntaxError_data();
    void validateSyntaxError();
    void validateUnplacedError_data();
    void validateUnplacedError();
    void validateSharedTestData();

    void usageError_data();
    void usageError();
    void qtOptionsAreAccepted_data();
    void qtOptionsAreAccepted();

    void exportChart_data();
    void exportChart();
    void exportChartSize();
    void exportChartLayout();
    void exportChartWithoutRuntimeDir();
    void exportChartFrameworks_data();
    void exportChartFrameworks();
    void exportChartUsesSavedData();
    void exportChartLeavesBadSavedDataAlone();
    void exportChartInvalidData_data();
    void exportChartInvalidData();
    void exportChartUsageError_data();
    void exportChartUsageError();
    void exportChartWriteError_data();
    void exportChartWriteError();
    void importTableRoundTrip();
    void importTableMalformed();
    void importTableUsageError();
    void exportTable_data();
    void exportTable();
    void exportTableFromDataFile();
    void exportTableInvalidData();

    void quitAfterFirstPaint();
    void exportTableUsageError_data();
    void exportTableUsageError();
    void exportTableWriteError_data();
    void exportTableWriteError();

private:
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(VERSUS_BINARY)).isExecutable(),
             "the versus binary is not built: " VERSUS_BINARY);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestCli::version_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--version") << u"--version"_s;
    QTest::newRow("-v") << u"-v"_s;
}

void TestCli::version()
{
    QFETCH(QString, option);
    const Run run = runVersus({option});
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 0);
    static const QRegularExpression pattern(u"^versus \\d+\\.\\d+\\.\\d+\\n$"_s);
    QVERIFY2(pattern.match(run.out).hasMatch(), run.describe().constData());
    QCOMPARE(run.err, QString());
}

// packaging/versus.1 documents the options of --help, no more and no fewer, each with the same
// value name: "--size <WxH>" in the help is ".BI \-\-size " WxH"" in the manual page.
void TestCli::manPageListsTheOptionsOfHelp()
{
    const Run run = runVersus({u"--help"_s});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    static const QRegularExpression helpOption(u"^  (?:-[a-z], )?--([a-z-]+)(?: <([^>]+)>)?"_s,
                                               QRegularExpression::MultilineOption);
    QStringList inHelp;
    for (auto it = helpOption.globalMatch(run.out); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        inHelp << QString(match.captured(1) + u' ' + match.captured(2)).trimmed();
    }

    QFile file(QStringLiteral(VERSUS_MAN_PAGE));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.errorString()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    // In OPTIONS, each option is the line after .TP: ".BR \-h ", " \-\-help" or
    // ".BI \-\-validate " FILE"".
    static const QRegularExpression manOption(
        QStringLiteral(R"re(\\-\\-([a-z\\-]+)(?: " ([^"]+)")?)re"));
    QStringList inManPage;
    bool inOptions = false;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i).startsWith(u".SH"_s))
            inOptions = lines.at(i) == u".SH OPTIONS"_s;
        if (!inOptions || lines.at(i) != u".TP"_s)
            continue;
        const QRegularExpressionMatch match = manOption.match(lines.at(i + 1));
        QVERIFY2(match.hasMatch(), qPrintable(u"no option after .TP: "_s + lines.at(i + 1)));
        inManPage << QString(match.captured(1).remove(u'\\') + u' ' + match.captured(2)).trimmed();
    }
    QCOMPARE(inHelp.size(), 17); // the parse of --help found every option
    QCOMPARE(inManPage, inHelp);
}

void TestCli::help_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--help") << u"--help"_s;
    QTest::newRow("-h") << u"-h"_s;
}

void TestCli::help()
{
    QFETCH(QString, option);
    const Run run = runVersus({option});
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QVERIFY2(run.out.contains(u"Usage:"_s), run.describe().constData());
    // The usage line names the program (Qt prints a placeholder when it cannot know it).
    static const QRegularExpression usage(u"^Usage: (\\S*/)?versus "_s,
                                          QRegularExpression::MultilineOption);
    QVERIFY2(usage.match(run.out).hasMatch(),
             qPrintable(u"the usage line does not name versus: "_s + run.out.section(u'\n', 0, 0)));
    QVERIFY2(run.out.contains(u"--validate"_s), run.describe().constData());
    for (const QString &option :
         {u"--export-chart <OUT>"_s, u"--data <FILE>"_s, u"--frameworks <ID,ID,...>"_s,
          u"--size <WxH>"_s, u"--layout <overlay|grid|bars|score>"_s, u".png, .svg or .pdf"_s})
        QVERIFY2(run.out.contains(option), qPrintable(option + u" is not in the help"_s));
    QVERIFY2(run.out.contains(u"--version"_s), run.describe().constData());
    QVERIFY2(run.out.contains(u"--help"_s), run.describe().constData());
    // Qt's own options are accepted but hidden from the help.
    for (const QString &hidden : {u"-platform"_s, u"-style"_s, u"-stylesheet"_s, u"-reverse"_s,
                                  u"-qwindowgeometry"_s, u"-display"_s}) {
        QVERIFY2(!run.out.contains(hidden),
                 qPrintable(hidden + u" is listed in the help:\n"_s + run.out));
    }
}

void TestCli::validateValid_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("counts");

    QTest::newRow("2 frameworks, 1 metric") << minimalDocument(2) << u"2 frameworks, 1 metric"_s;
    QTest::newRow("1 framework") << minimalDocument(1) << u"1 framework, 1 metric"_s;
    QTest::newRow("no frameworks") << minimalDocument(0) << u"0 frameworks, 1 metric"_s;

    QTest::newRow("2 metrics, not rated, unknown keys") << QByteArray(R"({
  "schemaVersion": 1,
  "futureKey": { "kept": true },
  "metrics": [
    { "id": "speed", "name": "Speed", "levels": ["Slow", "Fast"] },
    { "id": "docs", "name": "Docs", "levels": ["Poor", "Fair", "Good"], "extra": 1 }
  ],
  "frameworks": [
    { "id": "only", "name": "Only", "color": "#0072B2", "ratings": { "docs": { "score": 3 } } }
  ],
  "compare": ["only"]
}
)") << u"1 framework, 2 metrics"_s;

    // DESIGN.md: a byte-order mark is accepted, and 4.0 is an integer score.
    QTest::newRow("byte-order mark, score 2.0") << QByteArray("\xEF\xBB\xBF"
                                                              R"({
  "schemaVersion": 1,
  "metrics": [ { "id": "m", "name": "M", "levels": ["Low", "High"] } ],
  "frameworks": [ { "id": "a", "name": "A", "ratings": { "m": { "score": 2.0 } } } ]
}
)") << u"1 framework, 1 metric"_s;
}

void TestCli::validateValid()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, counts);
    const QString path = writeFile(m_dir, u"valid.json"_s, contents);

    const Run run = runVersus({u"--validate"_s, path});
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, path + u": valid: "_s + counts + u'\n');
    QCOMPARE(run.err, QString());
}

void TestCli::validateRelativePathIsEchoedAsGiven()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"sub"_s));
    writeFile(dir, u"sub/data set.json"_s, minimalDocument(2));

    const Run run = runVersus({u"--validate"_s, u"sub/data set.json"_s}, dir.path());
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"sub/data set.json: valid: 2 frameworks, 1 metric\n"_s);
    QCOMPARE(run.err, QString());

    // An error names the file as given too.
    writeFile(dir, u"sub/bad.json"_s, scoreOutOfRange);
    const Run bad = runVersus({u"--validate"_s, u"sub/bad.json"_s}, dir.path());
    QVERIFY2(bad.finished, bad.describe().constData());
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(bad.out, QString());
    QVERIFY2(bad.err.startsWith(u"sub/bad.json:7:60: /frameworks/0/ratings/m/score: "_s),
             bad.describe().constData());
}

void TestCli::validateInvalid_data()
{
    QTest::addColumn<QByteArray>("contents");
    // Each expected line as "LINE:COLUMN: /pointer: ", then a fragment of its message.
    QTest::addColumn<QStringList>("places");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("score out of range")
        << scoreOutOfRange << QStringList{u"7:60: /frameworks/0/ratings/m/score: "_s}
        << QStringList{u"3"_s};
    QTest::newRow("duplicate framework id")
        << duplicateFrameworkId << QStringList{u"8:13: /frameworks/1/id: "_s}
        << QStringList{u"\"a\""_s};
    QTest::newRow("duplicate metric id")
        << duplicateMetricId << QStringList{u"5:13: /metrics/1/id: "_s} << QStringList{u"\"m\""_s};
    QTest::newRow("fractional score")
        << fractionalScore << QStringList{u"7:60: /frameworks/0/ratings/m/score: "_s}
        << QStringList{u"1.5"_s};
    QTest::newRow("score as a string")
        << scoreAsString << QStringList{u"7:60: /frameworks/0/ratings/m/score: "_s}
        << QStringList{u"string"_s};
    QTest::newRow("rating of an unknown metric")
        << unknownMetric << QStringList{u"7:49: /frameworks/0/ratings/x: "_s}
        << QStringList{u"\"x\""_s};
    QTest::newRow("schema version 2")
        << wrongSchemaVersion << QStringList{u"2:20: /schemaVersion: "_s} << QStringList{u"2"_s};
    QTest::newRow("two errors, one a line")
        << twoBadScores
        << QStringList{u"7:60: /frameworks/0/ratings/m/score: "_s,
                       u"8:60: /frameworks/1/ratings/m/score: "_s}
        << QStringList{u"0"_s, u"9"_s};
}

void TestCli::validateInvalid()
{
    QFETCH(QByteArray, contents);
    QFETCH(QStringList, places);
    QFETCH(QStringList, messages);
    const QString path = writeFile(m_dir, u"invalid.json"_s, contents);

    const Run run = runVersus({u"--validate"_s, path});
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.endsWith(u'\n'), run.describe().constData());

    const QStringList errorLines = lines(run.err);
    QCOMPARE(errorLines.size(), places.size());
    for (qsizetype i = 0; i < errorLines.size(); ++i) {
        const QString &line = errorLines.at(i);
        const QRegularExpressionMatch match = placedError.match(line);
        QVERIFY2(match.hasMatch(),
                 qPrintable(u"not FILE:LINE:COLUMN: /pointer: message: "_s + line));
        QCOMPARE(match.captured(1), path);
        const QString prefix = path + u':' + places.at(i);
        QVERIFY2(line.startsWith(prefix),
                 qPrintable(u"expected "_s + prefix + u"…, got "_s + line));
        QVERIFY2(line.sliced(prefix.size()).contains(messages.at(i)),
                 qPrintable(u"the message does not mention "_s + messages.at(i) + u": "_s + line));
    }
}

void TestCli::validateSyntaxError_data()
{
    // The place of a syntax error is the offending character: 1-based line and column.
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    // DESIGN.md: comments are not JSON. The '/' that starts it is in column 3.
    QTest::newRow("comment on line 3") << QByteArray(R"({
  "schemaVersion": 1,
  // not JSON
  "metrics": []
}
)") << 3 << 3;
    // The opening ' is in column 12.
    QTest::newRow("single quotes on line 3") << QByteArray(R"({
  "schemaVersion": 1,
  "title": 'Broken',
  "metrics": []
}
)") << 3 << 12;
    // The comma at the end of line 3 is legal until the '}' in column 1 of line 4.
    QTest::newRow("trailing comma on line 3") << QByteArray(R"({
  "schemaVersion": 1,
  "title": "Broken",
}
)") << 4 << 1;
}

void TestCli::validateSyntaxError()
{
    QFETCH(QByteArray, contents);
    QFETCH(int, line);
    QFETCH(int, column);
    const QString path = writeFile(m_dir, u"syntax.json"_s, contents);

    const Run run = runVersus({u"--validate"_s, path});
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());

    // A syntax error has a place but no pointer: FILE:LINE:COLUMN: message, on one line.
    const QStringList errorLines = lines(run.err);
    QCOMPARE(errorLines.size(), 1);
    const QString &error = errorLines.first();
    static const QRegularExpression syntaxError(u"^(.+):(\\d+):(\\d+): ([^/].*)$"_s);
    const QRegularExpressionMatch match = syntaxError.match(error);
    QVERIFY2(match.hasMatch(), qPrintable(u"not FILE:LINE:COLUMN: message: "_s + error));
    QCOMPARE(match.captured(1), path);
    QVERIFY2(match.captured(4).contains(u"JSON"_s), qPrintable(error));
    QCOMPARE(match.captured(2).toInt(), line);
    QCOMPARE(match.captured(3).toInt(), column);
}

void TestCli::validateUnplacedError_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing file") << u"does-not-exist.json"_s << u"no such file"_s;
    QTest::newRow("directory") << u"a-directory.json"_s << u"directory"_s;
    QTest::newRow("empty file") << u"empty.json"_s << u"empty"_s;
}

void TestCli::validateUnplacedError()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(name);
    if (name == u"a-directory.json"_s)
        QVERIFY(QDir().mkpath(path));
    else if (name == u"empty.json"_s)
        writeFile(m_dir, name, QByteArray());

    const Run run = runVersus({u"--validate"_s, path});
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());

    // FILE: message, with no line, column or pointer.
    const QStringList errorLines = lines(run.err);
    QCOMPARE(errorLines.size(), 1);
    const QString prefix = path + u": "_s;
    QVERIFY2(errorLines.first().startsWith(prefix), run.describe().constData());
    const QString text = errorLines.first().sliced(prefix.size());
    static const QRegularExpression place(u"^\\d+:\\d+: |^/"_s);
    QVERIFY2(!place.match(text).hasMatch(), run.describe().constData());
    QVERIFY2(text.contains(message), run.describe().constData());
}

void TestCli::validateSharedTestData()
{
    const QString path = QStringLiteral(VERSUS_TEST_DATA_DIR "/valid/three-frameworks.json");
    // The fixture is in the tree: missing, it is a fault to report, not a reason to skip.
    QVERIFY2(QFileInfo::exists(path), qPrintable(u"the fixture "_s + path + u" is missing"_s));

    const Run run = runVersus({u"--validate"_s, path});
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, path + u": valid: 3 frameworks, 4 metrics\n"_s);
    QCOMPARE(run.err, QString());
}

void TestCli::usageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("--validate without a file") << QStringList{u"--validate"_s} << u"validate"_s;
    // Neither file exists: the program must refuse before it opens one, or a window.
    QTest::newRow("two files") << QStringList{u"a.json"_s, u"b.json"_s} << u"b.json"_s;
    QTest::newRow("--validate with two files")
        << QStringList{u"--validate"_s, u"a.json"_s, u"b.json"_s} << u"b.json"_s;
}

void TestCli::usageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);

    // Run with no display at all: a usage error must be found before any window is made.
    const Run run = runVersus(arguments, m_dir.path());
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    const QStringList errorLines = lines(run.err);
    QVERIFY2(errorLines.size() == 1 && !errorLines.first().trimmed().isEmpty(),
             run.describe().constData());
    QVERIFY2(errorLines.first().contains(mentions), run.describe().constData());
}

void TestCli::qtOptionsAreAccepted_data()
{
    QTest::addColumn<QStringList>("qtOptions");
    QTest::newRow("-platform offscreen") << QStringList{u"-platform"_s, u"offscreen"_s};
    QTest::newRow("-style fusion -reverse") << QStringList{u"-style"_s, u"fusion"_s, u"-reverse"_s};
}

// Qt's own options ("-platform offscreen") are no usage error, also for the headless commands.
void TestCli::qtOptionsAreAccepted()
{
    QFETCH(QStringList, qtOptions);

    const Run version = runVersus(qtOptions + QStringList{u"--version"_s});
    QVERIFY2(version.finished, version.describe().constData());
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith(u"versus "_s), version.describe().constData());
    QCOMPARE(version.err, QString());

    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString out = work.filePath(u"qt-options.png"_s);
    const Run exported = runVersus(qtOptions + QStringList{u"--export-chart"_s, out});
    QVERIFY2(exported.finished, exported.describe().constData());
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.err, QString());
    QVERIFY(QFileInfo(out).isFile());

    const QString path = writeFile(m_dir, u"qt-options.json"_s, minimalDocument(2));
    const Run validate = runVersus(qtOptions + QStringList{u"--validate"_s, path});
    QVERIFY2(validate.finished, validate.describe().constData());
    QCOMPARE(validate.exitCode, 0);
    QCOMPARE(validate.out, path + u": valid: 2 frameworks, 1 metric\n"_s);
    QCOMPARE(validate.err, QString());
}

void TestCli::exportChart_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << u"radar.png"_s << QByteArray("\x89PNG\r\n\x1a\n");
    QTest::newRow("PNG") << u"RADAR.PNG"_s << QByteArray("\x89PNG\r\n\x1a\n");
    QTest::newRow("svg") << u"radar.svg"_s << QByteArray("<?xml");
    QTest::newRow("pdf") << u"radar.pdf"_s << QByteArray("%PDF");
    QTest::newRow("Pdf") << u"radar.Pdf"_s << QByteArray("%PDF");
}

// With no display: the headless environment has no QT_QPA_PLATFORM and no DISPLAY.
void TestCli::exportChart()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, magic);
    QTemporaryDir work;
    QVERIFY(work.isValid());
    QTemporaryDir dataHome;

    const Run run = runVersus({u"--export-chart"_s, name}, work.path(),
                              environmentWithDataHome(dataHome.path()));
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, QString());
    QCOMPARE(entries(work.path()), QStringList{name});
    const QByteArray bytes = readAll(work.filePath(name));
    QVERIFY(bytes.startsWith(magic));
    if (name.endsWith(u".png"_s, Qt::CaseInsensitive)) {
        QCOMPARE(QImage::fromData(bytes, "png").size(), QSize(1200, 1200));
    } else if (name.endsWith(u".svg"_s)) {
        // The bundled data, its compare list: Caffe and Theano.
        for (const char *text : {">Caffe vs. Theano<", ">Caffe<", ">Theano<", ">Performance<",
                                 ">Scalability<", ">Ease of Use<", ">Ecosystem<"})
            QVERIFY2(bytes.contains(text), text);
    }
}

void TestCli::exportChartSize()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString out = work.filePath(u"wide.png"_s);
    const Run run = runVersus({u"--export-chart"_s, out, u"--size"_s, u"800x450"_s});
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QCOMPARE(QImage(out).size(), QSize(800, 450));

    const QString pdf = work.filePath(u"wide.pdf"_s);
    const Run pdfRun = runVersus({u"--size=1200x600"_s, u"--export-chart"_s, pdf});
    QCOMPARE(pdfRun.exitCode, 0);
    const QByteArray bytes = readAll(pdf);
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY2(bytes.contains("/MediaBox [0 0 900"),
             bytes.mid(bytes.indexOf("/MediaBox"), 50).constData());
}

// A cron job or a container has no XDG_RUNTIME_DIR: the export needs none, and says nothing
// about it.
void TestCli::exportChartWithoutRuntimeDir()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    QProcessEnvironment env = RunVersus::headlessEnvironment();
    env.remove(u"XDG_RUNTIME_DIR"_s);
    const QString out = work.filePath(u"no-runtime.png"_s);
    const Run run = runVersus({u"--export-chart"_s, out}, {}, env);
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QVERIFY(readAll(out).startsWith("\x89PNG"));
    // Other messages still reach stderr: a usage error is reported as before.
    const Run bad = runVersus({u"--export-chart"_s, out, u"--size"_s, u"0x0"_s}, {}, env);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(!bad.err.isEmpty(), bad.describe().constData());
    QVERIFY(!bad.err.contains(u"XDG_RUNTIME_DIR"_s));
}

void TestCli::exportChartLayout()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    // Caffe's blue and Theano's vermilion: side by side in a grid, one over the other overlaid.
    const QColor caffe(u"#0072B2"_s);
    const QColor theano(u"#D55E00"_s);
    const auto near = [](const QImage &image, const QColor &colour) {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor p = image.pixelColor(x, y);
                count += qAbs(p.red() - colour.red()) <= 11 &&
                         qAbs(p.green() - colour.green()) <= 11 &&
                         qAbs(p.blue() - colour.blue()) <= 11;
            }
        return count;
    };
    const QString grid = work.filePath(u"grid.png"_s);
    const Run run = runVersus(
        {u"--export-chart"_s, grid, u"--layout"_s, u"GRID"_s, u"--size"_s, u"1000x500"_s});
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QImage image(grid);
    const QImage left = image.copy(0, 0, 500, 500);
    const QImage right = image.copy(500, 0, 500, 500);
    QVERIFY(near(left, caffe) > 200);
    QCOMPARE(near(left, theano), 0);
    QVERIFY(near(right, theano) > 200);
    QCOMPARE(near(right, caffe), 0);

    const QString overlay = work.filePath(u"overlay.png"_s);
    QCOMPARE(
        runVersus({u"--export-chart"_s, overlay, u"--layout=overlay"_s, u"--size"_s, u"1000x500"_s})
            .exitCode,
        0);
    // Overlaid, both polygons are in the middle of the picture.
    const QImage middle = QImage(overlay).copy(250, 0, 500, 500);
    QVERIFY(near(middle, caffe) > 200);
    QVERIFY(near(middle, theano) > 200);
}

void TestCli::exportChartFrameworks_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("plotted");
    QTest::addColumn<QStringList>("notPlotted");

    // three-frameworks.json compares Alpha and Gamma.
    QTest::newRow("the data's compare list")
        << QStringList() << QStringList{u"Alpha"_s, u"Gamma"_s} << QStringList{u"Beta"_s};
    QTest::newRow("one chosen") << QStringList{u"--frameworks"_s, u"beta"_s}
                                << QStringList{u"Beta"_s} << QStringList{u"Alpha"_s, u"Gamma"_s};
    QTest::newRow("two chosen, with a space")
        << QStringList{u"--frameworks"_s, u"gamma, beta"_s} << QStringList{u"Beta"_s, u"Gamma"_s}
        << QStringList{u"Alpha"_s};
    QTest::newRow("all three") << QStringList{u"--frameworks=alpha,beta,gamma"_s}
                               << QStringList{u"Alpha"_s, u"Beta"_s, u"Gamma"_s} << QStringList();
}

void TestCli::exportChartFrameworks()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, plotted);
    QFETCH(QStringList, notPlotted);
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString out = work.filePath(u"chart.svg"_s);
    const QString data = QStringLiteral(VERSUS_TEST_DATA_DIR "/valid/three-frameworks.json");

    const Run run = runVersus(QStringList{u"--export-chart"_s, out, u"--data"_s, data} + options);
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QByteArray svg = readAll(out);
    QVERIFY(svg.contains(">Three frameworks<"));
    for (const QString &name : plotted)
        QVERIFY2(svg.contains(QByteArray('>' + name.toUtf8() + '<')), qPrintable(name));
    for (const QString &name : notPlotted)
        QVERIFY2(!svg.contains(QByteArray('>' + name.toUtf8() + '<')), qPrintable(name));
}

// Without --data, the user's saved data as the window would show it.
void TestCli::exportChartUsesSavedData()
{
    QTemporaryDir work;
    QTemporaryDir dataHome;
    QVERIFY(work.isValid() && dataHome.isValid());
    const QString folder = dataHome.filePath(u"versus/versus"_s);
    QVERIFY(QDir().mkpath(folder));
    const QByteArray saved =
        readAll(QStringLiteral(VERSUS_TEST_DATA_DIR "/valid/three-frameworks.json"));
    writeFile(dataHome, u"versus/versus/frameworks.json"_s, saved);

    const QString out = work.filePath(u"chart.svg"_s);
    const Run run =
        runVersus({u"--export-chart"_s, out}, {}, environmentWithDataHome(dataHome.path()));
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QByteArray svg = readAll(out);
    QVERIFY(svg.contains(">Three frameworks<"));
    QVERIFY(svg.contains(">Alpha<"));
    QVERIFY(!svg.contains(">Caffe<"));
    QCOMPARE(entries(folder), QStringList{u"frameworks.json"_s});
}

// A saved file that cannot be read: the bundled data is drawn, as in the window, but the file
// stays where it is, unlike in the window: a command run by a script moves no file.
void TestCli::exportChartLeavesBadSavedDataAlone()
{
    QTemporaryDir work;
    QTemporaryDir dataHome;
    QVERIFY(work.isValid() && dataHome.isValid());
    const QString folder = dataHome.filePath(u"versus/versus"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString saved = writeFile(dataHome, u"versus/versus/frameworks.json"_s, scoreOutOfRange);

    const QString out = work.filePath(u"chart.svg"_s);
    const Run run =
        runVersus({u"--export-chart"_s, out}, {}, environmentWithDataHome(dataHome.path()));
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QString());
    const QStringList errorLines = lines(run.err);
    QCOMPARE(errorLines.size(), 1);
    QVERIFY2(errorLines.first().contains(saved), run.describe().constData());
    QVERIFY2(errorLines.first().contains(u"bundled"_s), run.describe().constData());
    QVERIFY(readAll(out).contains(">Caffe vs. Theano<"));
    QCOMPARE(entries(folder), QStringList{u"frameworks.json"_s});
    QCOMPARE(readAll(saved), scoreOutOfRange);
}

void TestCli::exportChartInvalidData_data()
{
    QTest::addColumn<QByteArray>("contents"); // empty: the file does not exist
    QTest::addColumn<QString>("firstLine");   // how the first error line starts, after FILE:

    QTest::newRow("score out of range")
        << scoreOutOfRange << u"7:60: /frameworks/0/ratings/m/score: "_s;
    QTest::newRow("two bad scores") << twoBadScores << u"7:60: /frameworks/0/ratings/m/score: "_s;
    QTest::newRow("syntax error") << QByteArray("{\n  \"schemaVersion\": 1,\n}\n") << u"3:1: "_s;
    QTest::newRow("missing file") << QByteArray() << u" "_s;
}

void TestCli::exportChartInvalidData()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, firstLine);
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString data = contents.isEmpty() ? m_dir.filePath(u"no-such-data.json"_s)
                                            : writeFile(m_dir, u"bad-data.json"_s, contents);

    for (const QString &name : {u"chart.png"_s, u"chart.svg"_s, u"chart.pdf"_s}) {
        const Run run = runVersus({u"--export-chart"_s, name, u"--data"_s, data}, work.path());
        QVERIFY2(run.finished, run.describe().constData());
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        const QStringList errorLines = lines(run.err);
        QVERIFY2(!errorLines.isEmpty(), run.describe().constData());
        QVERIFY2(errorLines.first().startsWith(data + u':' + firstLine),
                 run.describe().constData());
        if (contents == twoBadScores) {
            QCOMPARE(errorLines.size(), 2);
            QVERIFY(placedError.match(errorLines.at(1)).hasMatch());
        }
        QCOMPARE(entries(work.path()), QStringList());
    }
}

void TestCli::exportChartUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");

    const QString png = u"chart.png"_s;
    const QString ex = u"--export-chart"_s;
    QTest::newRow("unknown framework")
        << QStringList{ex, png, u"--frameworks"_s, u"caffe,paddle"_s}
        << QStringList{
               u"\"paddle\""_s,
               u"caffe, theano, tensorflow, pytorch, keras, mxnet, cntk, torch7, chainer, jax, "
               u"paddlepaddle, mindspore, mlx, burn"_s};
    QTest::newRow("two unknown frameworks")
        << QStringList{ex, png, u"--frameworks"_s, u"paddle,flux"_s}
        << QStringList{
               u"\"paddle\", \"flux\""_s,
               u"caffe, theano, tensorflow, pytorch, keras, mxnet, cntk, torch7, chainer, jax, "
               u"paddlepaddle, mindspore, mlx, burn"_s};
    QTest::newRow("unknown framework, svg")
        << QStringList{ex, u"chart.svg"_s, u"--frameworks"_s, u"Caffe"_s}
        << QStringList{u"\"Caffe\""_s, u"caffe, theano"_s};
    QTest::newRow("empty framework id")
        << QStringList{ex, png, u"--frameworks"_s, u"caffe,,theano"_s} << QStringList{u"empty"_s};
    QTest::newRow("no framework id")
        << QStringList{ex, png, u"--frameworks="_s} << QStringList{u"empty"_s};
    for (const QString &size : {u"0x100"_s, u"100x0"_s, u"-5x100"_s, u"100x-5"_s, u"16385x100"_s,
                                u"100x16385"_s, u"99999x99999"_s, u"abc"_s, u"100"_s, u"100x"_s,
                                u"x100"_s, u"100x100x3"_s, u"1.5x100"_s, u" 100x100"_s, u""_s}) {
        QTest::addRow("size \"%s\"", qPrintable(size))
            << QStringList{ex, png, u"--size"_s, size} << QStringList{u"--size"_s, u"16384"_s};
    }
    QTest::newRow("bad layout") << QStringList{ex, png, u"--layout"_s, u"stacked"_s}
                                << QStringList{u"--layout"_s, u"grid"_s};
    QTest::newRow("unknown extension")
        << QStringList{ex, u"chart.gif"_s} << QStringList{u"chart.gif"_s, u".png"_s};
    QTest::newRow("no extension") << QStringList{ex, u"chart"_s} << QStringList{u".svg"_s};
    QTest::newRow("missing OUT") << QStringList{ex} << QStringList{u"export-chart"_s};
    QTest::newRow("empty OUT") << QStringList{ex, u""_s} << QStringList{u"export-chart"_s};
    QTest::newRow("OUT and FILE") << QStringList{ex, png, u"data.json"_s}
                                  << QStringList{u"data.json"_s, u"--data"_s};
    QTest::newRow("with --validate")
        << QStringList{ex, png, u"--validate"_s, u"data.json"_s} << QStringList{u"--validate"_s};
    QTest::newRow("--size twice") << QStringList{ex,         png,         u"--size"_s,
                                                 u"10x10"_s, u"--size"_s, u"20x20"_s}
                                  << QStringList{u"--size"_s};
    QTest::newRow("--export-chart twice")
        << QStringList{ex, png, ex, u"other.png"_s} << QStringList{u"--export-chart"_s};
    QTest::newRow("--frameworks alone") << QStringList{u"--frameworks"_s, u"caffe"_s}
                                        << QStringList{u"--frameworks"_s, u"--export-chart"_s};
    QTest::newRow("--size alone") << QStringList{u"--size"_s, u"100x100"_s}
                                  << QStringList{u"--size"_s, u"--export-chart"_s};
    QTest::newRow("--data alone") << QStringList{u"--data"_s, u"data.json"_s}
                                  << QStringList{u"--data"_s, u"--export-chart"_s};
    QTest::newRow("--data with --validate")
        << QStringList{u"--validate"_s, u"a.json"_s, u"--data"_s, u"b.json"_s}
        << QStringList{u"--data"_s};
}

void TestCli::exportChartUsageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    QTemporaryDir work;
    QVERIFY(work.isValid());

    const Run run = runVersus(arguments, work.path());
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    const QStringList errorLines = lines(run.err);
    QVERIFY2(errorLines.size() == 1, run.describe().constData());
    for (const QString &mention : mentions)
        QVERIFY2(errorLines.first().contains(mention),
                 qPrintable(u"\""_s + mention + u"\" is not in: "_s + errorLines.first()));
    QCOMPARE(entries(work.path()), QStringList());
}

void TestCli::exportChartWriteError_data()
{
    QTest::addColumn<QString>("out"); // inside the work folder, which holds a file and a folder
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing folder") << u"missing/chart.png"_s << u"No such file"_s;
    QTest::newRow("missing folder, svg") << u"missing/chart.svg"_s << u"No such file"_s;
    QTest::newRow("missing folder, pdf") << u"missing/chart.pdf"_s << u"No such file"_s;
    QTest::newRow("a file as a folder") << u"file.txt/chart.png"_s << u"directory"_s;
    QTest::newRow("OUT is a folder") << u"folder.png"_s << u"directory"_s;
}

void TestCli::exportChartWriteError()
{
    QFETCH(QString, out);
    QFETCH(QString, reason);
    QTemporaryDir work;
    QVERIFY(work.isValid());
    writeFile(work, u"file.txt"_s, "a file");
    QVERIFY(QDir(work.path()).mkdir(u"folder.png"_s));
    const QStringList before = entries(work.path());

    const QString path = work.filePath(out);
    const Run run = runVersus({u"--export-chart"_s, path});
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.out, QString());
    const QStringList errorLines = lines(run.err);
    QVERIFY2(errorLines.size() == 1, run.describe().constData());
    QVERIFY2(errorLines.first().contains(path), run.describe().constData());
    QVERIFY2(errorLines.first().contains(reason, Qt::CaseInsensitive), run.describe().constData());
    QCOMPARE(entries(work.path()), before);
    QCOMPARE(entries(work.filePath(u"folder.png"_s)), QStringList());
    QCOMPARE(readAll(work.filePath(u"file.txt"_s)), QByteArray("a file"));
}

void TestCli::exportTable_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("expected"); // a line of the bundled table in that format
    // Caffe and Theano come first, then the other bundled frameworks (TensorFlow's performance
    // is High too).
    QTest::newRow("csv") << u"table.csv"_s
                         << QByteArray("\r\nPerformance,High,4,Moderate,3,High,4,");
    QTest::newRow("md") << u"table.md"_s
                        << QByteArray("| Performance | High (4/5) | Moderate (3/5) | High (4/5) |");
    QTest::newRow("html") << u"table.HTML"_s << QByteArray("<th scope=\"row\">Performance</th>");
    QTest::newRow("json") << u"table.json"_s
                          << QByteArray("{\"framework\": \"caffe\", \"label\": \"High\", "
                                        "\"score\": 4}");
}

// A table needs no display at all: the headless environment has none.
void TestCli::exportTable()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, expected);
    QTemporaryDir work;
    QVERIFY(work.isValid());
    QTemporaryDir dataHome;

    const Run run = runVersus({u"--export-table"_s, name}, work.path(),
                              environmentWithDataHome(dataHome.path()));
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, QString());
    QCOMPARE(entries(work.path()), QStringList{name});
    const QByteArray bytes = readAll(work.filePath(name));
    QVERIFY2(bytes.contains(expected), bytes.left(400).constData());
    // The seed's eight labels, whatever the format.
    for (const char *label : {"High", "Moderate", "Extensive", "Growing"})
        QVERIFY(bytes.contains(label));
    // Every bundled framework.
    for (const char *framework : {"Caffe", "Theano", "TensorFlow", "PyTorch", "Keras", "MXNet",
                                  "CNTK", "Torch7", "Chainer", "JAX"})
        QVERIFY2(bytes.contains(framework), framework);
}

void TestCli::exportTableFromDataFile()
{
    QTemporaryDir work;
    const Run run = runVersus({u"--export-table"_s, u"t.csv"_s, u"--data"_s,
                               QStringLiteral(VERSUS_TEST_DATA_DIR "/valid/three-frameworks.json")},
                              work.path());
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    const QByteArray csv = readAll(work.filePath(u"t.csv"_s));
    QVERIFY2(csv.startsWith("Metric,Alpha,Alpha score,Beta,Beta score,Gamma,Gamma score\r\n"),
             csv.left(200).constData());
}

void TestCli::exportTableInvalidData()
{
    QTemporaryDir work;
    const QString bad = writeFile(work, u"bad.json"_s, scoreOutOfRange);
    const Run run = runVersus({u"--export-table"_s, u"t.md"_s, u"--data"_s, bad}, work.path());
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY(placedError.match(lines(run.err).value(0)).hasMatch());
    QCOMPARE(entries(work.path()), QStringList{u"bad.json"_s});
}

void TestCli::exportTableUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mention");
    const QString ex = u"--export-table"_s;
    QTest::newRow("unknown extension") << QStringList{ex, u"t.xlsx"_s} << u".csv"_s;
    QTest::newRow("no extension") << QStringList{ex, u"table"_s} << u".json"_s;
    QTest::newRow("missing OUT") << QStringList{ex} << u"export-table"_s;
    QTest::newRow("with FILE") << QStringList{ex, u"t.csv"_s, u"d.json"_s} << u"--data"_s;
    QTest::newRow("with --export-chart")
        << QStringList{ex, u"t.csv"_s, u"--export-chart"_s, u"c.png"_s} << u"--export-chart"_s;
    QTest::newRow("with --size") << QStringList{ex, u"t.csv"_s, u"--size"_s, u"10x10"_s}
                                 << u"--size"_s;
    QTest::newRow("with --frameworks")
        << QStringList{ex, u"t.csv"_s, u"--frameworks"_s, u"caffe"_s} << u"--frameworks"_s;
}

void TestCli::exportTableUsageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mention);
    QTemporaryDir work;
    const Run run = runVersus(arguments, work.path());
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    const QStringList errorLines = lines(run.err);
    QVERIFY2(errorLines.size() == 1 && errorLines.first().contains(mention),
             run.describe().constData());
    QCOMPARE(entries(work.path()), QStringList());
}

void TestCli::exportTableWriteError_data()
{
    QTest::addColumn<QString>("out");
    QTest::newRow("missing folder") << u"missing/t.csv"_s;
    QTest::newRow("OUT is a folder") << u"folder.csv"_s;
}

void TestCli::exportTableWriteError()
{
    QFETCH(QString, out);
    QTemporaryDir work;
    QVERIFY(QDir(work.path()).mkdir(u"folder.csv"_s));
    const QString path = work.filePath(out);
    const Run run = runVersus({u"--export-table"_s, path});
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.out, QString());
    QVERIFY2(lines(run.err).size() == 1 && run.err.contains(path), run.describe().constData());
    QCOMPARE(entries(work.path()), QStringList{u"folder.csv"_s});
    QCOMPARE(entries(work.filePath(u"folder.csv"_s)), QStringList());
}

// VERSUS_QUIT_AFTER_FIRST_PAINT=1 opens the window and ends the program once it is drawn, so
// that start-up can be timed from outside (docs/performance.md); without it the window
// would stay open until the test's timeout.
void TestCli::quitAfterFirstPaint()
{
    const QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = environmentWithDataHome(home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"VERSUS_QUIT_AFTER_FIRST_PAINT"_s, u"1"_s);
    const Run run = runVersus({}, home.path(), env);
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
}

// Export, import, export: the same bytes, through the program as a script would run it.
void TestCli::importTableRoundTrip()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(u"data.json"_s);
    // The bundled data: every fact, scale and rating the window ships with.
    QVERIFY(
        QFile::copy(QStringLiteral(VERSUS_TEST_DATA_DIR "/../../resources/frameworks.json"), data));
    const Run first =
        runVersus({u"--export-table"_s, u"first.csv"_s, u"--data"_s, data}, dir.path());
    QVERIFY2(first.finished && first.exitCode == 0, first.describe().constData());
    const Run import =
        runVersus({u"--import-table"_s, u"first.csv"_s, u"imported.json"_s}, dir.path());
    QVERIFY2(import.finished && import.exitCode == 0 && import.err.isEmpty(),
             import.describe().constData());
    const Run valid = runVersus({u"--validate"_s, u"imported.json"_s}, dir.path());
    QVERIFY2(valid.finished && valid.exitCode == 0, valid.describe().constData());
    const Run second = runVersus(
        {u"--export-table"_s, u"second.csv"_s, u"--data"_s, u"imported.json"_s}, dir.path());
    QVERIFY2(second.finished && second.exitCode == 0, second.describe().constData());
    const auto bytes = [&](const QString &name) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QVERIFY(!bytes(u"first.csv"_s).isEmpty());
    QCOMPARE(bytes(u"second.csv"_s), bytes(u"first.csv"_s));
}

// Refused at its place, exit 1, and OUT neither written nor replaced.
void TestCli::importTableMalformed()
{
    QTemporaryDir dir;
    writeFile(dir, u"sheet.csv"_s, "Name;Speed\r\nA;3\r\n\"B;4\r\n");
    const Run run = runVersus({u"--import-table"_s, u"sheet.csv"_s, u"out.json"_s}, dir.path());
    QVERIFY2(run.finished && run.exitCode == 1, run.describe().constData());
    QCOMPARE(run.err, u"sheet.csv:3:1: the quote that starts this field is never closed\n"_s);
    QVERIFY(!QFile::exists(dir.filePath(u"out.json"_s)));

    const QString kept = writeFile(dir, u"kept.json"_s, "precious");
    const Run again = runVersus({u"--import-table"_s, u"sheet.csv"_s, u"kept.json"_s}, dir.path());
    QCOMPARE(again.exitCode, 1);
    QFile file(kept);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("precious"));
}

void TestCli::importTableUsageError()
{
    QTemporaryDir dir;
    writeFile(dir, u"sheet.csv"_s, "Name,Speed\nA,3\n");
    const Run noOut = runVersus({u"--import-table"_s, u"sheet.csv"_s}, dir.path());
    QCOMPARE(noOut.exitCode, 2);
    QVERIFY2(noOut.err.contains(u"needs the data file to write"_s), noOut.describe().constData());
    const Run twoOuts =
        runVersus({u"--import-table"_s, u"sheet.csv"_s, u"a.json"_s, u"b.json"_s}, dir.path());
    QCOMPARE(twoOuts.exitCode, 2);
    const Run both = runVersus(
        {u"--import-table"_s, u"sheet.csv"_s, u"a.json"_s, u"--export-table"_s, u"t.csv"_s},
        dir.path());
    QCOMPARE(both.exitCode, 2);
    QVERIFY(!QFile::exists(dir.filePath(u"a.json"_s)));
}

QTEST_GUILESS_MAIN(TestCli)

#include "tst_cli.moc"
