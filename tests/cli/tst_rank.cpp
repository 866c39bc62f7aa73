// SPDX-License-Identifier: GPL-3.0-or-later
// `versus --rank`: what it prints in each format, and every exit status.
#include "RunVersus.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace RunVersus;

namespace {

// Alpha: Speed 4, Ease 3 ranged 1..4; Beta: Speed 3, Ease 4; Gamma 1, 1. With weights 1, 1
// Alpha and Beta tie at 7.0 (ranks 1, 1) and Gamma is third (rank 3). Alpha's Ease drawn
// 1..4 puts it first at 4, level at 3: P(first) 1/4 + 1/8 = 0.375, Beta 0.625 (exact: four
// combinations).
QByteArray data(const QByteArray &alphaEase = R"("ease": {"score": 3, "range": [1, 4]})")
{
    return R"({"schemaVersion": 1, "title": "t", "metrics": [
  {"id": "speed", "name": "Speed", "levels": ["1", "2", "3", "4", "5"]},
  {"id": "ease", "name": "Ease", "levels": ["1", "2", "3", "4", "5"]}],
 "frameworks": [
  {"id": "alpha", "name": "Alpha", "ratings": {"speed": {"score": 4},
)" + alphaEase +
           R"(}},
  {"id": "beta", "name": "Beta", "ratings": {"speed": {"score": 3}, "ease": {"score": 4}}},
  {"id": "gamma", "name": "Gamma", "ratings": {"speed": {"score": 1}, "ease": {"score": 1}}}]}
)";
}

} // namespace

class TestRank : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void text();
    void textWithoutRanges();
    void csv();
    void json();
    void weightsGiven();
    void invalidData_data();
    void invalidData();
    void usageError_data();
    void usageError();
    void cannotWrite();

private:
    QString write(const QByteArray &bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRank::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestRank::write(const QByteArray &bytes)
{
    const QString path = m_dir->filePath(u"data.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestRank::text()
{
    const Run run = runVersus({u"--rank"_s, u"--data"_s, write(data())});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.err, QString());
    const QStringList lines = run.out.split(u'\n');
    QCOMPARE(lines.at(0), u"rank  score  P(first)  P(top 3)  name (id)"_s);
    QCOMPARE(lines.at(1), u"1     7.0      37.5 %   100.0 %  Alpha (alpha)"_s);
    QCOMPARE(lines.at(2), u"1     7.0      62.5 %   100.0 %  Beta (beta)"_s);
    QCOMPARE(lines.at(3), u"3     2.0       0.0 %   100.0 %  Gamma (gamma)"_s);
    QCOMPARE(lines.at(5), u"Alpha and Beta tie; Speed weight 2 or more puts Alpha first."_s);
    QVERIFY(run.out.contains(u"Chances exact, over 4 combinations of the ranges."_s));
}

// Without a range there is one combination: the line says so instead of "over 1 combinations".
void TestRank::textWithoutRanges()
{
    const Run run = runVersus({u"--rank"_s, u"--data"_s, write(data(R"("ease": {"score": 3})"))});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.out.contains(u"Chances exact: no rating that counts has a range.\n"_s),
             qPrintable(run.out));
    QVERIFY(!run.out.contains(u"combinations"_s));
}

void TestRank::csv()
{
    const Run run = runVersus({u"--rank"_s, u"--data"_s, write(data()), u"--format"_s, u"csv"_s});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.out, u"rank,id,name,score,partial,pFirst,pTop3\n"
                      u"1,alpha,Alpha,7.0,false,0.375,1\n"
                      u"1,beta,Beta,7.0,false,0.625,1\n"
                      u"3,gamma,Gamma,2.0,false,0,1\n"_s);
}

void TestRank::json()
{
    const Run run = runVersus({u"--rank"_s, u"--data"_s, write(data()), u"--format"_s, u"json"_s});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(root.value(u"weights"_s).toObject(), (QJsonObject{{u"speed"_s, 1}, {u"ease"_s, 1}}));
    const QJsonArray frameworks = root.value(u"frameworks"_s).toArray();
    QCOMPARE(frameworks.size(), 3);
    const QJsonObject alpha = frameworks.at(0).toObject();
    QCOMPARE(alpha.value(u"id"_s).toString(), u"alpha"_s);
    QCOMPARE(alpha.value(u"name"_s).toString(), u"Alpha"_s);
    QCOMPARE(alpha.value(u"score"_s).toDouble(), 7.0);
    QCOMPARE(alpha.value(u"rank"_s).toInt(), 1);
    QCOMPARE(alpha.value(u"partial"_s).toBool(), false);
    QCOMPARE(alpha.value(u"pFirst"_s).toDouble(), 0.375);
    QCOMPARE(alpha.value(u"pTop3"_s).toDouble(), 1.0);
    QCOMPARE(frameworks.at(1).toObject().value(u"rank"_s).toInt(), 1);
    QCOMPARE(frameworks.at(2).toObject().value(u"rank"_s).toInt(), 3);
    const QJsonArray sensitivity = root.value(u"sensitivity"_s).toArray();
    QCOMPARE(sensitivity.size(), 2);
    const QJsonObject speed = sensitivity.at(0).toObject();
    QCOMPARE(speed.value(u"metric"_s).toString(), u"speed"_s);
    QCOMPARE(speed.value(u"weightChange"_s).toObject().value(u"to"_s).toInt(), 2);
    QCOMPARE(speed.value(u"weightChange"_s).toObject().value(u"leaders"_s).toArray(),
             QJsonArray{u"alpha"_s});
}

void TestRank::weightsGiven()
{
    // Ease at 0: Speed alone, 4 against 3: Alpha first for sure, and ranked alone.
    const Run run = runVersus({u"--rank"_s, u"--data"_s, write(data()), u"--weights"_s, u"ease=0"_s,
                               u"--format"_s, u"csv"_s});
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.out.split(u'\n').at(1), u"1,alpha,Alpha,8.0,false,1,1"_s);
    QCOMPARE(run.out.split(u'\n').at(2), u"2,beta,Beta,6.0,false,0,1"_s);
}

void TestRank::invalidData_data()
{
    QTest::addColumn<QByteArray>("ease");
    QTest::addColumn<QString>("message");
    // Placed at the range's value, on the sixth line of data().
    const QString at = u":6:%1: /frameworks/0/ratings/ease/range: "_s;
    QTest::newRow("reversed") << QByteArray(R"("ease": {"score": 3, "range": [4, 1]})")
                              << at +
                                     u"the range [4, 1] is reversed: the lower level comes first"_s;
    QTest::newRow("outside the levels")
        << QByteArray(R"("ease": {"score": 3, "range": [1, 6]})")
        << at + u"the range [1, 6] is outside the 5 levels of metric 'ease' (1 to 5)"_s;
    QTest::newRow("excludes the score") << QByteArray(R"("ease": {"score": 3, "range": [4, 5]})")
                                        << at + u"the range [4, 5] does not include the score 3"_s;
    QTest::newRow("wrong type") << QByteArray(R"("ease": {"score": 3, "range": "1-4"})")
                                << at + u"expected an array of two whole numbers, found a string"_s;
    QTest::newRow("wrong length") << QByteArray(R"("ease": {"score": 3, "range": [1, 2, 4]})")
                                  << at + u"a range holds two levels, [LOW, HIGH], found 3"_s;
}

void TestRank::invalidData()
{
    QFETCH(QByteArray, ease);
    QFETCH(QString, message);
    const QString path = write(data(ease));
    const Run run = runVersus({u"--rank"_s, u"--data"_s, path});
    QVERIFY2(run.finished && run.exitCode == 1, run.describe().constData());
    QCOMPARE(run.out, QString());
    const int column = int(ease.indexOf("\"range\": ")) + 10;
    QVERIFY2(run.err.startsWith(path + message.arg(column)), run.describe().constData());
}

void TestRank::usageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown metric")
        << QStringList{u"--weights"_s, u"speed=2,size=1"_s}
        << u"versus: unknown metric id \"size\" in --weights; the ids are: speed, ease\n"_s;
    QTest::newRow("weight above 5") << QStringList{u"--weights"_s, u"speed=6"_s}
                                    << u"versus: bad --weights entry \"speed=6\""_s;
    QTest::newRow("weight not a number") << QStringList{u"--weights"_s, u"speed=high"_s}
                                         << u"versus: bad --weights entry \"speed=high\""_s;
    QTest::newRow("negative weight") << QStringList{u"--weights"_s, u"speed=-1"_s}
                                     << u"versus: bad --weights entry \"speed=-1\""_s;
    QTest::newRow("samples 0") << QStringList{u"--samples"_s, u"0"_s}
                               << u"versus: bad --samples \"0\""_s;
    QTest::newRow("format") << QStringList{u"--format"_s, u"xml"_s}
                            << u"versus: bad --format \"xml\": give text, csv or json\n"_s;
    QTest::newRow("a file") << QStringList{u"other.json"_s}
                            << u"versus: --rank takes its data from --data FILE"_s;
}

void TestRank::usageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = runVersus(QStringList{u"--rank"_s, u"--data"_s, write(data())} + arguments);
    QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(message), run.describe().constData());
    // The options of --rank are for it alone.
    const Run alone = runVersus({u"--weights"_s, u"speed=1"_s});
    QCOMPARE(alone.exitCode, 2);
    QCOMPARE(alone.err, u"versus: --weights is only for --rank\n"_s);
}

void TestRank::cannotWrite()
{
    // Standard output on a full disk: exit status 3 and a message, nothing half-said.
    QProcess process;
    process.setProgram(QStringLiteral(VERSUS_BINARY));
    process.setArguments({u"--rank"_s, u"--data"_s, write(data())});
    process.setProcessEnvironment(headlessEnvironment());
    process.setStandardOutputFile(u"/dev/full"_s);
    process.start();
    QVERIFY(process.waitForFinished(TimeoutMs));
    QCOMPARE(process.exitCode(), 3);
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()),
             u"versus: could not write the ranking to standard output\n"_s);
}

QTEST_GUILESS_MAIN(TestRank)
#include "tst_rank.moc"
