// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's one pass over many texts: every file the tests and the fuzzer have, generated data
// sets, and thousands of damaged copies of real files. Each must come out as ReadCheck (shared
// with the fuzzer) requires: valid data that the writer writes back the same, or errors that each
// name a place inside the text. (Until the one reader, the same files checked that a fast path
// agreed with QJsonDocument; what they assert about the outcome is kept here.)
#include "DataGenerator.h"
#include "DataReader.h"
#include "DataWriter.h"
#include "ReadCheck.h"
#include "TestData.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

enum class Outcome
{
    Valid,
    Invalid
};

// What is wrong with reading `bytes` (ReadCheck), or an empty string; `outcome` says which way.
QString check(const QByteArray &bytes, Outcome *outcome = nullptr)
{
    const QString problem = ReadCheck::check(bytes);
    if (outcome)
        *outcome =
            DataReader::read(bytes, u"input.json"_s).ok() ? Outcome::Valid : Outcome::Invalid;
    return problem;
}

QStringList jsonFiles(const QString &folder)
{
    QStringList paths;
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(u".tsv"_s))
            paths << path;
    }
    paths.sort();
    return paths;
}

// Bytes put in place of others by the mutation tests: JSON's structure, digits and signs of
// numbers, the first bytes of literals, control characters, UTF-8 lead and continuation bytes,
// and the first byte of a byte-order mark.
// (Sized from the array: the 32 bytes include a NUL, so strlen() would stop early.)
constexpr char ReplacementBytes[] =
    "\"\\{}[],:09-.eE +tfnu/x\x00\x01\x1f\x7f\x80\xbf\xc3\xef\xf4\xff";
const QByteArray Replacements(ReplacementBytes, sizeof ReplacementBytes - 1);

} // namespace

class TestReaderPass : public QObject
{
    Q_OBJECT

private slots:
    void files_data();
    void files();
    void generated_data();
    void generated();
    void mutations_data();
    void mutations();

    void ratingKeysShareTheMetricIds();
    void frameworksBeforeMetrics();
    void longIntegers_data();
    void longIntegers();
};

void TestReaderPass::files_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("valid");
    const QString data = QStringLiteral(VERSUS_TEST_DATA_DIR);
    for (const QString &path : jsonFiles(data + u"/valid"_s))
        QTest::addRow("valid/%s", qPrintable(QFileInfo(path).fileName())) << path << true;
    for (const QString &path : jsonFiles(data + u"/invalid"_s))
        QTest::addRow("invalid/%s", qPrintable(QFileInfo(path).fileName())) << path << false;
    QTest::newRow("bundled") << u":/frameworks.json"_s << true;
}

void TestReaderPass::files()
{
    QFETCH(QString, path);
    QFETCH(bool, valid);
    const QByteArray bytes = TestData::contents(path);
    QVERIFY(!bytes.isEmpty() || QFileInfo(path).size() == 0);
    Outcome outcome{};
    const QString problem = check(bytes, &outcome);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(outcome, valid ? Outcome::Valid : Outcome::Invalid);
}

void TestReaderPass::generated_data()
{
    QTest::addColumn<int>("frameworks");
    QTest::addColumn<int>("metrics");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("notes");
    for (const quint32 seed : {1u, 7u, 20240501u}) {
        for (const auto &[frameworks, metrics] :
             {std::pair{1, 1}, std::pair{12, 4}, std::pair{300, 20}, std::pair{50, 64}}) {
            for (const bool notes : {true, false})
                QTest::addRow("%dx%d seed %u%s", frameworks, metrics, seed, notes ? " notes" : "")
                    << frameworks << metrics << seed << notes;
        }
    }
}

void TestReaderPass::generated()
{
    QFETCH(int, frameworks);
    QFETCH(int, metrics);
    QFETCH(quint32, seed);
    QFETCH(bool, notes);
    const DataSet data = generateDataSet(frameworks, metrics, qMin(frameworks, 10), seed, notes);
    const QByteArray indented = DataWriter::toJson(data);
    // Compact, as the 10,000-framework file of the benchmarks is written.
    const QByteArray compact = QJsonDocument::fromJson(indented).toJson(QJsonDocument::Compact);
    for (const QByteArray &bytes : {indented, compact}) {
        Outcome outcome{};
        const QString problem = check(bytes, &outcome);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(outcome, Outcome::Valid);
        QVERIFY(DataReader::read(bytes, {}).data == data);
    }
}

void TestReaderPass::mutations_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("stride");
    // Each mutant is read twice and takes about a millisecond in a Debug build: the bundled
    // file (40 KB) is damaged at every 23rd byte, weights.json (4 KB) at every 5th, the small
    // files at every byte.
    QTest::newRow("bundled") << u":/frameworks.json"_s << 23;
    const QString valid = QStringLiteral(VERSUS_TEST_DATA_DIR "/valid/");
    QTest::newRow("weights.json") << valid + u"weights.json"_s << 5;
    for (const char *name : {"unknown-keys.json", "ids-and-escapes.json", "release-years.json",
                             "ten-levels.json", "byte-order-mark.json"})
        QTest::newRow(name) << valid + QLatin1StringView(name) << 1;
}

void TestReaderPass::mutations()
{
    QFETCH(QString, path);
    QFETCH(int, stride);
    const QByteArray original = TestData::contents(path);
    QVERIFY(!original.isEmpty());
    qsizetype valid = 0, invalid = 0;
    const auto checkOne = [&](const QByteArray &bytes, const char *what, qsizetype at) {
        Outcome outcome{};
        const QString problem = check(bytes, &outcome);
        if (!problem.isEmpty())
            return u"%1 at byte %2: %3"_s.arg(QLatin1StringView(what)).arg(at).arg(problem);
        ++(outcome == Outcome::Valid ? valid : invalid);
        return QString();
    };
    // Deterministic: each position is deleted, and replaced by two of the bytes above chosen
    // by its position, so that along a file every replacement meets every kind of place.
    for (qsizetype i = 0; i < original.size(); i += stride) {
        const QString deleted = checkOne(QByteArray(original).remove(i, 1), "deleted", i);
        QVERIFY2(deleted.isEmpty(), qPrintable(deleted));
        for (qsizetype r = 0; r < 2; ++r) {
            QByteArray changed = original;
            changed[i] = Replacements.at((i / stride * 2 + r) % Replacements.size());
            if (changed == original)
                continue;
            const QString problem = checkOne(changed, "replaced", i);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
    qInfo("%lld mutants valid, %lld invalid", qlonglong(valid), qlonglong(invalid));
    // Both ways were taken: many changes (inside a text) leave a valid file.
    QVERIFY(valid > 0);
    QVERIFY(invalid > 0);
}

// The 200,000 rating keys of 10,000 frameworks are one string per metric, not one each.
void TestReaderPass::ratingKeysShareTheMetricIds()
{
    const DataSet data = generateDataSet(20, 5, 3, 1);
    const std::optional<DataSet> read = DataReader::read(DataWriter::toJson(data), {}).data;
    QVERIFY(*read == data);
    qsizetype keys = 0;
    for (const Framework &framework : read->frameworks) {
        for (auto it = framework.ratings.cbegin(); it != framework.ratings.cend(); ++it) {
            const Metric &metric = read->metrics.at(read->metricIndex(it.key()));
            QCOMPARE(it.key().constData(), metric.id.constData());
            ++keys;
        }
        // Repeated short texts share one copy as well.
        QCOMPARE(framework.license.constData(), read->frameworks.at(0).license.constData());
    }
    QVERIFY(keys > 50);
}

// QJsonDocument writes keys sorted, "frameworks" before "metrics" (the 10,000-framework file of
// the benchmarks is written so): the ratings are then read once the metrics are known.
void TestReaderPass::frameworksBeforeMetrics()
{
    const QByteArray bytes = R"({"schemaVersion": 1,
        "frameworks": [{"id": "f", "name": "F", "ratings": {"m": {"score": 2}}}],
        "metrics": [{"id": "m", "name": "M", "levels": ["a", "b"]}], "compare": ["f"]})";
    const ReadResult read = DataReader::read(bytes, u"late-metrics.json"_s);
    QVERIFY(read.ok());
    QCOMPARE(read.data.frameworks.at(0).ratings.value(u"m"_s).score, 2);
    QCOMPARE(read.data.compare, QStringList{u"f"_s});
    const QString problem = check(bytes);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // A rating of a metric that is not there is still an error, found by the thorough reader.
    QByteArray unknown = bytes;
    unknown.replace(R"("m": {"score")", R"("x": {"score")");

    const ReadResult result = DataReader::read(unknown, u"late-metrics.json"_s);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.at(0).pointer, u"/frameworks/0/ratings/x"_s);
}

// Found by the fuzzer (fuzz/regressions/long-integers.json): a number of ten digits overflowed
// an int (undefined behaviour) where a score, a year or a weight was read. Any whole number that
// fits an int is a year; beyond, it is "expected a year", never a wrapped-around number.
void TestReaderPass::longIntegers_data()
{
    QTest::addColumn<QByteArray>("year");
    QTest::addColumn<bool>("valid");
    QTest::newRow("nine digits") << QByteArray("999999999") << true;
    QTest::newRow("negative") << QByteArray("-999999999") << true;
    QTest::newRow("ten digits") << QByteArray("2147483647") << true;
    QTest::newRow("int overflow") << QByteArray("2147483648") << false;
    QTest::newRow("double exactness") << QByteArray("9007199254740993") << false;
    QTest::newRow("twenty digits") << QByteArray("99999999999999999999") << false;
    QTest::newRow("minus zero") << QByteArray("-0") << true;
    QTest::newRow("leading zero") << QByteArray("02015") << false;
}

void TestReaderPass::longIntegers()
{
    QFETCH(QByteArray, year);
    QFETCH(bool, valid);
    const QByteArray bytes = R"({"schemaVersion": 1, "metrics": [{"id": "m", "name": "M",
        "levels": ["a", "b"]}], "frameworks": [{"id": "f", "name": "F", "firstRelease": )" +
                             year + "}]}";
    const ReadResult result = DataReader::read(bytes, u"years.json"_s);
    QCOMPARE(result.ok(), valid);
    if (valid)
        QCOMPARE(*result.data.frameworks.at(0).firstRelease, year.toInt());
    const QString problem = check(bytes);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestReaderPass)
#include "tst_readerpass.moc"
