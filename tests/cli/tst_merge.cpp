// SPDX-License-Identifier: GPL-3.0-or-later
// `versus --merge OUT FILE FILE...`: the merged file it writes, and every exit status; on any
// error nothing is written and a file already at OUT is left as it was.
#include "RunVersus.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace RunVersus;

namespace {

// One metric of five levels and one of `easeLevels`; the frameworks array follows "raterLine".
QByteArray data(const QByteArray &raterLine, const QByteArray &frameworks, int easeLevels = 5)
{
    QByteArray levels;
    for (int i = 1; i <= easeLevels; ++i)
        levels += (i > 1 ? ", \"" : "\"") + QByteArray::number(i) + '"';
    return R"({"schemaVersion": 1, "title": "Team",
)" + raterLine +
           R"(
 "metrics": [
  {"id": "speed", "name": "Speed", "levels": ["1", "2", "3", "4", "5"]},
  {"id": "ease", "name": "Ease", "levels": [)" +
           levels + R"(]}],
 "frameworks": )" +
           frameworks + "}\n";
}

const QByteArray Ann = data(R"("rater": "Ann",)", R"([
  {"id": "alpha", "name": "Alpha", "ratings": {"speed": {"score": 2, "note": "slow"},
   "ease": {"score": 1}}},
  {"id": "beta", "name": "Beta", "ratings": {"speed": {"score": 4}}}])");
const QByteArray Bob = data("", R"([
  {"id": "alpha", "name": "Alpha", "ratings": {"speed": {"score": 3}, "ease": {"score": 2}}}])");
const QByteArray Cy = data(R"("rater": "Cy",)", R"([
  {"id": "alpha", "name": "Alpha", "ratings": {"speed": {"score": 5, "note": "fast"}}},
  {"id": "beta", "name": "Beta", "ratings": {"speed": {"score": 3}}}])");

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject ratingOf(const QJsonObject &root, int framework, const QString &metric)
{
    return root[u"frameworks"_s][framework][u"ratings"_s][metric].toObject();
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void threeRaters();
    void fileMergedWithItself();
    void mismatchedScaleWritesNothing();
    void invalidFileWritesNothing();
    void usageErrors_data();
    void usageErrors();
    void refusesToOverwriteAnInput();
    void cannotWrite();
    void tooLargeIsRefused();
    void helpNamesIt();

private:
    QString write(const QString &name, const QByteArray &bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestMerge::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestMerge::threeRaters()
{
    const QString out = m_dir->filePath(u"team.json"_s);
    const Run run = runVersus({u"--merge"_s, out, write(u"ann.json"_s, Ann),
                               write(u"bob.json"_s, Bob), write(u"cy.json"_s, Cy)});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, out + u": merged 3 raters: 2 frameworks, 2 metrics\n"_s);
    const QJsonObject root = readJson(out);
    QCOMPARE(root[u"raters"_s].toArray(), (QJsonArray{u"Ann"_s, u"bob"_s, u"Cy"_s}));
    // alpha's speed: 2, 3, 5 -> 3, from 2 to 5, two notes.
    const QJsonObject speed = ratingOf(root, 0, u"speed"_s);
    QCOMPARE(speed[u"score"_s].toInt(), 3);
    QCOMPARE(speed[u"range"_s].toArray(), (QJsonArray{2, 5}));
    QCOMPARE(speed[u"note"_s].toString(), u"Ann: slow\nCy: fast"_s);
    QCOMPARE(speed[u"votes"_s].toArray(), (QJsonArray{2, 3, 5}));
    // alpha's ease: Ann 1, bob 2, Cy left it out: 1.5 rounds up to 2.
    QCOMPARE(ratingOf(root, 0, u"ease"_s)[u"score"_s].toInt(), 2);
    QCOMPARE(ratingOf(root, 0, u"ease"_s)[u"range"_s].toArray(), (QJsonArray{1, 2}));
    QCOMPARE(ratingOf(root, 0, u"ease"_s)[u"votes"_s].toArray(), (QJsonArray{1, 2, QJsonValue()}));
    // beta, which bob's file lacks: Ann 4, Cy 3 -> 3.5 -> 4; its ease rated by nobody.
    QCOMPARE(ratingOf(root, 1, u"speed"_s)[u"score"_s].toInt(), 4);
    QVERIFY(!root[u"frameworks"_s][1][u"ratings"_s].toObject().contains(u"ease"_s));
    // What was written is a valid data file.
    const Run check = runVersus({u"--validate"_s, out});
    QVERIFY2(check.exitCode == 0, check.describe().constData());
}

void TestMerge::fileMergedWithItself()
{
    const QString ann = write(u"ann.json"_s, Ann);
    const QString out = m_dir->filePath(u"team.json"_s);
    const Run run = runVersus({u"--merge"_s, out, ann, ann});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    const QJsonObject root = readJson(out);
    QCOMPARE(root[u"raters"_s].toArray(), (QJsonArray{u"Ann"_s, u"Ann (2)"_s}));
    QCOMPARE(ratingOf(root, 0, u"speed"_s)[u"score"_s].toInt(), 2);
    QVERIFY(!ratingOf(root, 0, u"speed"_s).contains(u"range"_s));
    QCOMPARE(ratingOf(root, 0, u"speed"_s)[u"note"_s].toString(), u"Ann: slow\nAnn (2): slow"_s);
}

void TestMerge::mismatchedScaleWritesNothing()
{
    const QString out = write(u"team.json"_s, "kept\n");
    const QString bob = write(u"bob.json"_s, data("", "[]", 4));
    const Run run = runVersus({u"--merge"_s, out, write(u"ann.json"_s, Ann), bob});
    QVERIFY2(run.finished && run.exitCode == 1, run.describe().constData());
    QCOMPARE(run.out, QString());
    // Placed at the levels of bob's Ease: the fifth line, column 44.
    QCOMPARE(run.err, bob + u":5:44: /metrics/1/levels: metric 'ease' has 4 levels, but 5 in "
                            u"ann.json\n"_s);
    QFile kept(out);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("kept\n"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 3); // no temporary file left
}

void TestMerge::invalidFileWritesNothing()
{
    const QString out = m_dir->filePath(u"team.json"_s);
    QByteArray broken = Bob;
    broken.replace(R"("score": 3)", R"("score": 9)");
    const QString bob = write(u"bob.json"_s, broken);
    const Run run = runVersus({u"--merge"_s, out, write(u"ann.json"_s, Ann), bob});
    QVERIFY2(run.finished && run.exitCode == 1, run.describe().constData());
    QCOMPARE(run.err, bob + u":7:67: /frameworks/0/ratings/speed/score: score 9 is outside the 5 "
                            u"levels of metric 'speed' (1 to 5)\n"_s);
    QVERIFY(!QFile::exists(out));
}

void TestMerge::usageErrors_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("one file") << QStringList{} << u"needs two or more files"_s;
    QTest::newRow("with --rank") << QStringList{u"--rank"_s} << u"--merge and --rank cannot"_s;
    QTest::newRow("with --validate")
        << QStringList{u"--validate"_s, u"x.json"_s} << u"--merge and --validate cannot"_s;
    QTest::newRow("twice") << QStringList{u"--merge"_s, u"other.json"_s}
                           << u"--merge is given more than once"_s;
}

void TestMerge::usageErrors()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    const QString out = m_dir->filePath(u"team.json"_s);
    const Run run = runVersus(QStringList{u"--merge"_s, out, write(u"ann.json"_s, Ann)} + extra);
    QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
    QVERIFY2(run.err.contains(message), run.describe().constData());
    QCOMPARE(run.out, QString());
    QVERIFY(!QFile::exists(out));
}

void TestMerge::refusesToOverwriteAnInput()
{
    const QString ann = write(u"ann.json"_s, Ann);
    const QString bob = write(u"bob.json"_s, Bob);
    // Named another way, it is still bob's file.
    const QString sameBob = m_dir->path() + u"/./bob.json"_s;
    const Run run = runVersus({u"--merge"_s, sameBob, ann, bob});
    QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
    QCOMPARE(run.err, u"versus: --merge would write over \"%1\", one of the files it merges; "
                      u"name another file to write\n"_s.arg(bob));
    QFile kept(bob);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), Bob);
}

void TestMerge::cannotWrite()
{
    const QString out = m_dir->filePath(u"no-such-folder/team.json"_s);
    const Run run =
        runVersus({u"--merge"_s, out, write(u"ann.json"_s, Ann), write(u"bob.json"_s, Bob)});
    QVERIFY2(run.finished && run.exitCode == 3, run.describe().constData());
    QVERIFY2(run.err.startsWith(u"versus: could not write \"%1\": "_s.arg(out)),
             run.describe().constData());
    QCOMPARE(run.out, QString());
}

// Five copies of 10,000 frameworks × 10 metrics, each rating with a note of 60 characters, merge
// into five notes a rating, over 16 MiB: a file no reader would open again is not written.
void TestMerge::tooLargeIsRefused()
{
    QByteArray metrics, ratings;
    for (int m = 0; m < 10; ++m) {
        metrics += (m ? "," : "") + QByteArray(R"({"id": "m)") + QByteArray::number(m) +
                   R"(", "name": "M", "levels": ["a", "b"]})";
        ratings += (m ? "," : "") + QByteArray(R"("m)") + QByteArray::number(m) +
                   R"(": {"score": 1, "note": ")" + QByteArray(60, 'n') + R"("})";
    }
    QByteArray frameworks;
    for (int f = 0; f < 10000; ++f)
        frameworks += (f ? ",\n" : "") + QByteArray(R"({"id": "f)") + QByteArray::number(f) +
                      R"(", "name": "F", "ratings": {)" + ratings + "}}";
    const QString big = write(u"big.json"_s, R"({"schemaVersion": 1, "metrics": [)" + metrics +
                                                 R"(], "frameworks": [)" + frameworks + "]}");
    const QString out = m_dir->filePath(u"team.json"_s);
    const Run run = runVersus({u"--merge"_s, out, big, big, big, big, big});
    QVERIFY2(run.finished && run.exitCode == 3, run.describe().constData());
    QVERIFY2(run.err.contains(u"MiB; data files are limited to 16 MiB"_s),
             run.describe().constData());
    QVERIFY(!QFile::exists(out));
}

void TestMerge::helpNamesIt()
{
    const Run run = runVersus({u"--help"_s});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY(run.out.contains(u"--merge <OUT>"_s));
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
