// SPDX-License-Identifier: GPL-3.0-or-later
// `versus --export-report OUT` run as a script would: exit codes as the other exports
// (DESIGN.md, "Command line"), no display, and no file, not half of one, when it fails.
#include "RunVersus.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using RunVersus::Run;
using RunVersus::runVersus;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write the fixture %s", qPrintable(path));
    return path;
}

// The URL's slashes are JSON escapes ("\/"): moc reads "//" in a raw string as a comment.
const QByteArray TwoFrameworks = R"({
  "schemaVersion": 1,
  "title": "Two of them",
  "metrics": [
    { "id": "speed", "name": "Speed", "levels": ["Slow", "Medium", "Fast"] }
  ],
  "frameworks": [
    { "id": "a", "name": "Alpha", "ratings": { "speed": { "score": 3, "note": "Quick on GPUs" } },
      "sources": [ { "title": "Alpha docs", "url": "https:\/\/alpha.example\/docs" } ] },
    { "id": "b", "name": "Beta", "ratings": { "speed": { "score": 1, "note": "Slow start" } } }
  ]
}
)";

} // namespace

class TestReportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpNamesIt();
    void writes_data();
    void writes();
    void frameworksAndLayout();
    void usageError_data();
    void usageError();
    void invalidData();
    void writeError_data();
    void writeError();

private:
    QTemporaryDir m_dir;
};

void TestReportCommand::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(VERSUS_BINARY)).isExecutable(),
             "the versus binary is not built: " VERSUS_BINARY);
}

void TestReportCommand::helpNamesIt()
{
    const Run run = runVersus({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"--export-report <OUT>"_s), run.describe().constData());
    QVERIFY(run.out.simplified().contains(u".html or .pdf"_s)); // the help wraps its lines
    QVERIFY(
        QString::fromUtf8(readAll(QStringLiteral(VERSUS_MAN_PAGE))).contains(u"export\\-report"_s));
}

void TestReportCommand::writes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("html") << u"report.html"_s << QByteArray("<!DOCTYPE html>\n<html lang=\"en\">");
    QTest::newRow("htm, upper case") << u"REPORT.HTM"_s << QByteArray("<!DOCTYPE html>");
    QTest::newRow("pdf") << u"report.pdf"_s << QByteArray("%PDF-");
}

// The bundled data (no saved data in the test's home), without a display.
void TestReportCommand::writes()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, magic);
    QTemporaryDir work;
    const Run run = runVersus({u"--export-report"_s, name}, work.path());
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, QString());
    QCOMPARE(entries(work.path()), QStringList{name});
    const QByteArray bytes = readAll(work.filePath(name));
    QVERIFY(bytes.startsWith(magic));
    if (name.endsWith(u"html"_s))
        QVERIFY(bytes.contains("from the bundled data."));
}

void TestReportCommand::frameworksAndLayout()
{
    QTemporaryDir work;
    const QString data = writeFile(work, u"two.json"_s, TwoFrameworks);
    const QString out = work.filePath(u"beta.html"_s);
    Run run = runVersus({u"--export-report"_s, out, u"--data"_s, data, u"--frameworks"_s, u"b"_s,
                         u"--layout"_s, u"GRID"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QByteArray html = readAll(out);
    QVERIFY(html.contains("<h1>Two of them</h1>"));
    QVERIFY(html.contains("from two.json."));
    QVERIFY(html.contains("Slow start"));
    QVERIFY(!html.contains("Quick on GPUs")); // Alpha is not asked for
    // The data's compare list (none: every framework) when no --frameworks.
    run = runVersus({u"--export-report"_s, out, u"--data"_s, data});
    QCOMPARE(run.exitCode, 0);
    html = readAll(out);
    QVERIFY(html.contains("Quick on GPUs"));
    QVERIFY(html.contains("<a href=\"https://alpha.example/docs\""));

    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        return;
    const QString pdf = work.filePath(u"two.pdf"_s);
    run = runVersus({u"--export-report"_s, pdf, u"--data"_s, data, u"--layout=overlay"_s});
    QCOMPARE(run.exitCode, 0);
    QProcess text;
    text.start(u"pdftotext"_s, {u"-raw"_s, pdf, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    const QString said = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    for (const QString &expected : {u"Two of them"_s, u"Alpha"_s, u"Beta"_s, u"Quick on GPUs"_s,
                                    u"Slow start"_s, u"Alpha docs"_s, u"Page 1 of"_s})
        QVERIFY2(said.contains(expected), qPrintable(expected + u" not in: "_s + said));
}

void TestReportCommand::usageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    const QString ex = u"--export-report"_s;
    const QString html = u"report.html"_s;
    QTest::newRow("unknown extension")
        << QStringList{ex, u"report.txt"_s} << QStringList{u"report.txt"_s, u".html or .pdf"_s};
    QTest::newRow("svg") << QStringList{ex, u"report.svg"_s} << QStringList{u".pdf"_s};
    QTest::newRow("missing OUT") << QStringList{ex} << QStringList{u"export-report"_s};
    QTest::newRow("empty OUT") << QStringList{ex, u""_s} << QStringList{u"export-report"_s};
    QTest::newRow("bad layout") << QStringList{ex, html, u"--layout"_s, u"stacked"_s}
                                << QStringList{u"--layout"_s, u"overlay"_s, u"grid"_s};
    QTest::newRow("unknown framework")
        << QStringList{ex, html, u"--frameworks"_s, u"caffe,paddle"_s}
        << QStringList{u"\"paddle\""_s, u"caffe, theano"_s};
    QTest::newRow("empty framework id")
        << QStringList{ex, html, u"--frameworks"_s, u"caffe,,theano"_s} << QStringList{u"empty"_s};
    QTest::newRow("with --size") << QStringList{ex, html, u"--size"_s, u"100x100"_s}
                                 << QStringList{u"--size"_s};
    QTest::newRow("with --export-chart") << QStringList{ex, html, u"--export-chart"_s, u"c.png"_s}
                                         << QStringList{u"--export-chart"_s};
    QTest::newRow("with --export-table") << QStringList{ex, html, u"--export-table"_s, u"t.csv"_s}
                                         << QStringList{u"--export-table"_s};
    QTest::newRow("OUT and FILE") << QStringList{ex, html, u"data.json"_s}
                                  << QStringList{u"data.json"_s, u"--data"_s};
    QTest::newRow("twice") << QStringList{ex, html, ex, u"other.pdf"_s}
                           << QStringList{u"--export-report"_s};
}

void TestReportCommand::usageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    QTemporaryDir work;
    const Run run = runVersus(arguments, work.path());
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    const QStringList errorLines = run.err.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(errorLines.size() == 1, run.describe().constData());
    for (const QString &mention : mentions)
        QVERIFY2(errorLines.first().contains(mention),
                 qPrintable(u"\""_s + mention + u"\" is not in: "_s + errorLines.first()));
    QCOMPARE(entries(work.path()), QStringList());
}

// Invalid data: exit 1, the error placed, and a report that was there left as it was.
void TestReportCommand::invalidData()
{
    QTemporaryDir work;
    const QString data = writeFile(work, u"bad.json"_s, "{\n  \"schemaVersion\": 1,\n}\n");
    const QString kept = writeFile(work, u"kept.pdf"_s, "an older report");
    for (const QString &name : {u"new.html"_s, u"new.pdf"_s, u"kept.pdf"_s}) {
        const Run run = runVersus({u"--export-report"_s, name, u"--data"_s, data}, work.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(data + u":3:1: "_s), run.describe().constData());
        QCOMPARE(entries(work.path()), (QStringList{u"bad.json"_s, u"kept.pdf"_s}));
        QCOMPARE(readAll(kept), QByteArray("an older report"));
    }
}

void TestReportCommand::writeError_data()
{
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing folder, html") << u"missing/report.html"_s << u"No such file"_s;
    QTest::newRow("missing folder, pdf") << u"missing/report.pdf"_s << u"No such file"_s;
    QTest::newRow("a file as a folder") << u"file.txt/report.pdf"_s << u"directory"_s;
    QTest::newRow("OUT is a folder") << u"folder.html"_s << u"directory"_s;
}

void TestReportCommand::writeError()
{
    QFETCH(QString, out);
    QFETCH(QString, reason);
    QTemporaryDir work;
    writeFile(work, u"file.txt"_s, "a file");
    QVERIFY(QDir(work.path()).mkdir(u"folder.html"_s));
    const QStringList before = entries(work.path());
    const QString path = work.filePath(out);
    const Run run = runVersus({u"--export-report"_s, path});
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.out, QString());
    const QStringList errorLines = run.err.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(errorLines.size() == 1, run.describe().constData());
    QVERIFY2(errorLines.first().contains(path), run.describe().constData());
    QVERIFY2(errorLines.first().contains(reason, Qt::CaseInsensitive), run.describe().constData());
    QCOMPARE(entries(work.path()), before);
    QCOMPARE(entries(work.filePath(u"folder.html"_s)), QStringList());
}

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
