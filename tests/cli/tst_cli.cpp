// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built `versus` as a person or a script would, and checks the exit status and what
// it prints against the "Command line" section of DESIGN.md.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int TimeoutMs = 30000;

// What one run of the program did.
struct Run
{
    bool finished = false;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QString out;
    QString err;

    // For failure messages: everything there is to know about the run.
    QByteArray describe() const
    {
        return (u"exit %1 (%2)\n--- stdout ---\n%3\n--- stderr ---\n%4"_s)
            .arg(exitCode)
            .arg(exitStatus == QProcess::NormalExit ? u"normal exit"_s : u"crashed"_s, out, err)
            .toUtf8();
    }
};

// The environment of a headless command: no display of any kind, so that a command that
// needed one would fail instead of quietly using the offscreen platform ctest sets.
QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    return env;
}

Run runVersus(const QStringList &arguments, const QString &workingDirectory = {})
{
    QProcess process;
    process.setProgram(QStringLiteral(VERSUS_BINARY));
    process.setArguments(arguments);
    process.setProcessEnvironment(headlessEnvironment());
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start();

    Run run;
    run.finished = process.waitForFinished(TimeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(TimeoutMs);
    }
    run.exitStatus = process.exitStatus();
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

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
    if (!QFileInfo::exists(path))
        QSKIP(qPrintable(u"the shared fixture "_s + path + u" does not exist"_s));

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

    const QString path = writeFile(m_dir, u"qt-options.json"_s, minimalDocument(2));
    const Run validate = runVersus(qtOptions + QStringList{u"--validate"_s, path});
    QVERIFY2(validate.finished, validate.describe().constData());
    QCOMPARE(validate.exitCode, 0);
    QCOMPARE(validate.out, path + u": valid: 2 frameworks, 1 metric\n"_s);
    QCOMPARE(validate.err, QString());
}

QTEST_GUILESS_MAIN(TestCli)

#include "tst_cli.moc"
