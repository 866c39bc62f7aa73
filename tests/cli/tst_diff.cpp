// SPDX-License-Identifier: GPL-3.0-or-later
// `versus --diff OLD NEW`: what it prints in each format, and every exit status.
#include "RunVersus.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace RunVersus;

namespace {

const QByteArray Old = R"({"schemaVersion": 1, "title": "Team",
 "metrics": [{"id": "speed", "name": "Speed", "levels": ["Low", "Medium", "High"]},
             {"id": "docs", "name": "Docs", "levels": ["Poor", "Good"]}],
 "frameworks": [
  {"id": "alpha", "name": "Alpha", "license": "MIT",
   "ratings": {"speed": {"score": 2, "note": "ok"}, "docs": {"score": 1}}},
  {"id": "beta", "name": "Beta", "ratings": {"speed": {"score": 3}}}]}
)";

// Alpha's Speed up, its Docs gone with the metric, Ease added; Beta removed, Gamma added (with
// a name that would be HTML); Alpha's licence and Speed note changed (a note that would be a
// Markdown column and emphasis).
const QByteArray New = R"({"schemaVersion": 1, "title": "Team",
 "metrics": [{"id": "speed", "name": "Speed", "levels": ["Low", "Medium", "High"]},
             {"id": "ease", "name": "Ease", "levels": ["Hard", "Easy"]}],
 "frameworks": [
  {"id": "alpha", "name": "Alpha", "license": "Apache-2.0",
   "ratings": {"speed": {"score": 3, "note": "fast | *bold*"}, "ease": {"score": 2}}},
  {"id": "gamma", "name": "Gamma <b>", "ratings": {"speed": {"score": 1}}}]}
)";

} // namespace

class TestDiff : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void text();
    void markdown();
    void json();
    void identical_data();
    void identical();
    void invalidData();
    void usageError_data();
    void usageError();
    void cannotWrite();

private:
    QString write(const QString &name, const QByteArray &bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDiff::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestDiff::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestDiff::text()
{
    const Run run = runVersus({u"--diff"_s, write(u"old.json"_s, Old), write(u"new.json"_s, New)});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, u"Frameworks added:\n"
                      "  Gamma <b> (gamma)\n"
                      "Frameworks removed:\n"
                      "  Beta (beta)\n"
                      "Metrics added:\n"
                      "  Ease (ease)\n"
                      "Metrics removed:\n"
                      "  Docs (docs)\n"
                      "Ratings:\n"
                      "  Alpha (alpha) — Speed: Medium (2) → High (3)\n"
                      "  Alpha (alpha) — Ease: not rated → Easy (2)\n"
                      "  Alpha (alpha) — Docs: Poor (1) → not rated\n"
                      "  Gamma <b> (gamma) — Speed: not rated → Low (1)\n"
                      "  Beta (beta) — Speed: High (3) → not rated\n"
                      "Facts:\n"
                      "  Alpha (alpha) license: MIT → Apache-2.0\n"
                      "Notes:\n"
                      "  Alpha (alpha) — Speed:\n"
                      "    old: ok\n"
                      "    new: fast | *bold*\n"_s);
}

void TestDiff::markdown()
{
    const Run run = runVersus({u"--diff"_s, write(u"old.json"_s, Old), write(u"new.json"_s, New),
                               u"--format"_s, u"md"_s});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.out, u"### Frameworks\n\n"
                      "| Change | Framework |\n"
                      "|---|---|\n"
                      "| added | Gamma \\<b\\> (`gamma`) |\n"
                      "| removed | Beta (`beta`) |\n"
                      "\n### Metrics\n\n"
                      "| Change | Metric | Old levels | New levels |\n"
                      "|---|---|---|---|\n"
                      "| added | Ease (`ease`) | | |\n"
                      "| removed | Docs (`docs`) | | |\n"
                      "\n### Ratings\n\n"
                      "| Framework | Metric | Old | New | |\n"
                      "|---|---|---|---|---|\n"
                      "| Alpha (`alpha`) | Speed | Medium (2) | High (3) | ▲ |\n"
                      "| Alpha (`alpha`) | Ease | not rated | Easy (2) | added |\n"
                      "| Alpha (`alpha`) | Docs | Poor (1) | not rated | removed |\n"
                      "| Gamma \\<b\\> (`gamma`) | Speed | not rated | Low (1) | added |\n"
                      "| Beta (`beta`) | Speed | High (3) | not rated | removed |\n"
                      "\n### Facts\n\n"
                      "| Of | Fact | Old | New |\n"
                      "|---|---|---|---|\n"
                      "| Alpha (`alpha`) | `license` | MIT | Apache-2.0 |\n"
                      "\n### Notes\n\n"
                      "| Framework | Metric | Old | New |\n"
                      "|---|---|---|---|\n"
                      "| Alpha (`alpha`) | Speed | ok | fast \\| \\*bold\\* |\n"_s);
}

void TestDiff::json()
{
    const Run run = runVersus({u"--diff"_s, write(u"old.json"_s, Old), write(u"new.json"_s, New),
                               u"--format"_s, u"json"_s});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonDocument expected = QJsonDocument::fromJson(R"({
 "frameworks": {"added": ["gamma"], "removed": ["beta"]},
 "metrics": {"added": ["ease"], "removed": ["docs"], "rescaled": []},
 "ratings": [
  {"framework": "alpha", "metric": "speed", "old": 2, "new": 3},
  {"framework": "alpha", "metric": "ease", "old": null, "new": 2},
  {"framework": "alpha", "metric": "docs", "old": 1, "new": null},
  {"framework": "gamma", "metric": "speed", "old": null, "new": 1},
  {"framework": "beta", "metric": "speed", "old": 3, "new": null}],
 "facts": [{"framework": "alpha", "key": "license", "old": "MIT", "new": "Apache-2.0"}],
 "notes": [{"framework": "alpha", "metric": "speed", "old": "ok", "new": "fast | *bold*"}]})");
    QVERIFY(!expected.isNull());
    QCOMPARE(document, expected);
}

void TestDiff::identical_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("out");
    QTest::newRow("text") << u"text"_s << u"No changes.\n"_s;
    QTest::newRow("md") << u"md"_s << u"No changes.\n"_s;
    QTest::newRow("json") << u"json"_s
                          << u"{\"facts\":[],\"frameworks\":{\"added\":[],\"removed\":[]},"
                             "\"metrics\":{\"added\":[],\"removed\":[],\"rescaled\":[]},"
                             "\"notes\":[],\"ratings\":[]}"_s;
}

void TestDiff::identical()
{
    QFETCH(QString, format);
    QFETCH(QString, out);
    const QString path = write(u"same.json"_s, Old);
    const Run run = runVersus({u"--diff"_s, path, path, u"--format"_s, format});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.err, QString());
    if (format == u"json"_s)
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).toJson(QJsonDocument::Compact),
                 out.toUtf8());
    else
        QCOMPARE(run.out, out);
}

void TestDiff::invalidData()
{
    // Both files are reported, each error placed; nothing on stdout; exit 1.
    QByteArray badNew = New;
    badNew.replace(R"("speed": {"score": 1})", R"("speed": {"score": 4})");
    const QString oldPath = write(u"old.json"_s, "{\"schemaVersion\": 1,\n  \"metrics\": 3}");
    const QString newPath = write(u"new.json"_s, badNew);
    const Run run = runVersus({u"--diff"_s, oldPath, newPath});
    QVERIFY2(run.finished && run.exitCode == 1, run.describe().constData());
    QCOMPARE(run.out, QString());
    const QStringList lines = run.err.trimmed().split(u'\n');
    QVERIFY2(lines.size() >= 2, run.describe().constData());
    QVERIFY2(lines.first().startsWith(oldPath + u":2:14: /metrics: "_s), qPrintable(run.err));
    QVERIFY2(lines.last().startsWith(newPath + u":7:71: /frameworks/1/ratings/speed/score: "_s),
             qPrintable(run.err));

    // A file that is not there: "FILE: message", exit 1.
    const QString missing = m_dir->filePath(u"missing.json"_s);
    const Run absent = runVersus({u"--diff"_s, missing, newPath});
    QCOMPARE(absent.exitCode, 1);
    QVERIFY2(absent.err.startsWith(missing + u": "_s), qPrintable(absent.err));
}

void TestDiff::usageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("err");
    QTest::newRow("no new file") << QStringList{u"--diff"_s, u"OLD"_s}
                                 << u"versus: --diff OLD NEW needs the two data files to compare, "
                                    "e.g. versus --diff old.json new.json\n"_s;
    QTest::newRow("three files") << QStringList{u"--diff"_s, u"A"_s, u"B"_s, u"C"_s}
                                 << u"versus: --diff compares two files; unexpected \"C\"\n"_s;
    QTest::newRow("bad format") << QStringList{u"--diff"_s, u"A"_s, u"B"_s, u"--format"_s, u"csv"_s}
                                << u"versus: bad --format \"csv\" for --diff: give text, md or "
                                   "json\n"_s;
    QTest::newRow("with rank") << QStringList{u"--diff"_s, u"A"_s, u"B"_s, u"--rank"_s}
                               << u"versus: --diff and --rank cannot be used together\n"_s;
    QTest::newRow("with data") << QStringList{u"--diff"_s, u"A"_s, u"B"_s, u"--data"_s, u"X"_s}
                               << u"versus: --diff and --data cannot be used together\n"_s;
    QTest::newRow("format alone") << QStringList{u"--format"_s, u"md"_s}
                                  << u"versus: --format is only for --rank and --diff\n"_s;
    QTest::newRow("twice") << QStringList{u"--diff"_s, u"A"_s, u"--diff"_s, u"B"_s}
                           << u"versus: --diff is given more than once\n"_s;
}

void TestDiff::usageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, err);
    const Run run = runVersus(arguments);
    QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
    QCOMPARE(run.err, err);
    QCOMPARE(run.out, QString());
}

void TestDiff::cannotWrite()
{
    // Standard output on a full disk: exit status 3 and a message.
    QProcess process;
    process.setProgram(QStringLiteral(VERSUS_BINARY));
    process.setArguments({u"--diff"_s, write(u"old.json"_s, Old), write(u"new.json"_s, New)});
    process.setProcessEnvironment(headlessEnvironment());
    process.setStandardOutputFile(u"/dev/full"_s);
    process.start();
    QVERIFY(process.waitForFinished(TimeoutMs));
    QCOMPARE(process.exitCode(), 3);
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()),
             u"versus: could not write the differences to standard output\n"_s);
}

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
