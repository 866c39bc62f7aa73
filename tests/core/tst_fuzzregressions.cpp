// SPDX-License-Identifier: GPL-3.0-or-later
// What the fuzzer (fuzz/fuzz_datareader.cpp) found, kept: every input in fuzz/regressions goes
// through the same checks as in the fuzzer, and each fault it led to has a test of its own
// below, written out so that it reads as what went wrong.
#include "DataReader.h"
#include "DataWriter.h"
#include "JsonLocator.h"
#include "ReadCheck.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void regressions_data();
    void regressions();

    void manyDuplicateKeys();
    void manyFaultsAfterManyDuplicates();
    void duplicatesDeepDown();
};

void TestFuzzRegressions::regressions_data()
{
    QTest::addColumn<QString>("path");
    const QDir folder(QStringLiteral(VERSUS_FUZZ_REGRESSIONS_DIR));
    QVERIFY2(folder.exists(), qPrintable(folder.path()));
    // Hidden files (.gitkeep) are not inputs.
    QDirIterator it(folder.path(), QDir::Files | QDir::NoDotAndDotDot);
    QStringList paths;
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    for (const QString &path : std::as_const(paths))
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    // QTest runs a data-driven test without rows as one that asks for data it lacks.
    if (paths.isEmpty())
        QTest::newRow("none") << QString();
}

void TestFuzzRegressions::regressions()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("fuzz/regressions holds no inputs");
    const QByteArray bytes = fileContents(path);
    const QString problem = ReadCheck::check(bytes);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Reading the file gives what reading its bytes gave.
    const ReadResult fromFile = DataReader::readFile(path, u"input.json"_s);
    const ReadResult fromBytes = DataReader::read(bytes, u"input.json"_s);
    QCOMPARE(fromFile.ok(), fromBytes.ok());
    QCOMPARE(formatErrors(fromFile.errors, 1000), formatErrors(fromBytes.errors, 1000));
    QVERIFY(fromFile.data == fromBytes.data);
}

// Every duplicate key used to be located, each by scanning the text from its start: 10,000 of
// them in 60 KB took 16 s under the sanitizers, and a 16 MiB file would have taken days. At
// most 100 are listed now, the rest counted, and none is located by scanning from the start.
void TestFuzzRegressions::manyDuplicateKeys()
{
    constexpr int Count = 100000;
    QByteArray bytes = "{";
    for (int i = 0; i < Count; ++i)
        bytes += i == 0 ? "\"a\": 0" : ",\n\"a\": 0";
    bytes += "}";
    const ReadResult read = DataReader::read(bytes, u"dups.json"_s);
    QCOMPARE(read.errors.size(), 101);
    QCOMPARE(read.errors.at(0).toString(),
             u"dups.json:2:6: /a: the key \"a\" occurs twice in the same object"_s);
    QCOMPARE(read.errors.at(99).line, 101);
    // 99,999 duplicates and three missing members (schemaVersion, metrics, frameworks).
    QCOMPARE(read.errors.at(100).toString(), u"dups.json: 99902 more problems not listed"_s);
}

// With more than 100 duplicates the limit on listed errors was never met (it was checked for
// equality after the duplicates had passed it), and every fault of the data was located.
void TestFuzzRegressions::manyFaultsAfterManyDuplicates()
{
    QByteArray bytes = "{\"schemaVersion\": 1, \"metrics\": [{\"id\": \"m\", \"name\": \"M\", "
                       "\"levels\": [\"a\", \"b\"]}],\n";
    for (int i = 0; i < 150; ++i)
        bytes += "\"x\": {\"a\": 1, \"a\": 2},\n";
    bytes += "\"frameworks\": [";
    for (int i = 0; i < 3000; ++i)
        bytes += i == 0 ? "{\"id\": \"BAD\"}" : ",\n{\"id\": \"BAD\"}";
    bytes += "]}";
    const ReadResult read = DataReader::read(bytes, u"faults.json"_s);
    QCOMPARE(read.errors.size(), 101);
    // 149 duplicate "x", one "a" in the last "x" (the others are dropped with their object by
    // the parser, but the text holds them: 150), and per framework a bad id and no name.
    QCOMPARE(read.errors.at(100).message,
             u"%1 more problems not listed"_s.arg(149 + 150 + 6000 - 100));
}

// Finding duplicates walked each container once for itself and once more for every container
// around it; now it is one pass, which must still find a duplicate at any depth.
void TestFuzzRegressions::duplicatesDeepDown()
{
    constexpr int Depth = 500;
    QByteArray inner = "[";
    for (int i = 0; i < 20000; ++i)
        inner += "0,";
    inner += "{\"k\": 1, \"k\": 2}]";
    const QByteArray bytes = "{\"x\": " + QByteArray(Depth, '[') + inner + QByteArray(Depth, ']') +
                             ", \"x\": 1, \"schemaVersion\": 1}";
    JsonLocator locator(bytes);
    qsizetype total = 0;
    const QList<JsonLocator::Duplicate> found = locator.duplicateKeys(10, &total);
    QCOMPARE(total, 2);
    QCOMPARE(found.size(), 2);
    QString pointer = u"/x"_s;
    for (int i = 0; i < Depth; ++i)
        pointer += u"/0"_s;
    QCOMPARE(found.at(0).pointer, pointer + u"/20000/k"_s);
    QCOMPARE(found.at(1).pointer, u"/x"_s);
    QCOMPARE(locator.position(found.at(1).offset).column, bytes.indexOf(", \"x\": 1") + 8);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
