// SPDX-License-Identifier: GPL-3.0-or-later
// What the fuzzer (fuzz/fuzz_datareader.cpp) found, kept: every input in fuzz/regressions goes
// through the same checks as in the fuzzer, and each fault it led to has a test of its own
// below, written out so that it reads as what went wrong.
#include "DataReader.h"
#include "DataWriter.h"
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

const QByteArray Bom("\xEF\xBB\xBF");

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A valid data file with `metricExtra` added to its one metric and `title` as its title.
QByteArray dataFile(const QByteArray &title, const QByteArray &metricExtra)
{
    return "{\"schemaVersion\": 1, \"title\": \"" + title +
           "\",\n"
           " \"metrics\": [{\"id\": \"m\", \"name\": \"M\", \"levels\": [\"a\", \"b\"]" +
           metricExtra +
           "}],\n"
           " \"frameworks\": [{\"id\": \"f\", \"name\": \"F\", \"ratings\": {\"m\": {\"score\": "
           "2}}}]}\n";
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void regressions_data();
    void regressions();

    void byteOrderMarkStartingAString();
    void byteOrderMarkBeforeASyntaxError();
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

// Found by the fuzzer (fuzz/regressions/feff-key.json): Qt's JSON parser drops a U+FEFF at the
// start of a string without escapes, taking it for a byte-order mark. A key "<U+FEFF>" was
// listed as "" and looked up in vain: its value was written back as null. Values lost the
// character without a word.
void TestFuzzRegressions::byteOrderMarkStartingAString()
{
    const QByteArray bytes =
        dataFile(Bom + "Title", ", \"" + Bom + "\": \"kept\", \"" + Bom + "x\": [\"" + Bom + "\"]");
    const ReadResult read = DataReader::read(bytes, u"bom.json"_s);
    QVERIFY2(read.ok(), qPrintable(formatErrors(read.errors)));
    const QString feff(QChar(0xFEFF));
    QCOMPARE(read.data.title, feff + u"Title"_s);
    const QJsonObject extra = read.data.metrics.at(0).extra;
    QCOMPARE(extra.keys(), QStringList({feff, QString(feff + u'x')}));
    QCOMPARE(extra.value(feff).toString(), u"kept"_s);
    QCOMPARE(extra.value(QString(feff + u'x')).toArray().at(0).toString(), feff);

    // Written as an escape: visible, and read back whole.
    const QByteArray written = DataWriter::toJson(read.data);
    QVERIFY2(!written.contains(Bom), written.constData());
    QVERIFY2(written.contains("\"\\uFEFFTitle\""), written.constData());
    const ReadResult again = DataReader::read(written, u"written.json"_s);
    QVERIFY2(again.ok(), qPrintable(formatErrors(again.errors)));
    QVERIFY(again.data == read.data);

    // The locator reads keys as the parser now does: a duplicate among them is found.
    const QByteArray duplicate = dataFile("T", ", \"" + Bom + "k\": 1, \"" + Bom + "k\": 2");
    const ReadResult twice = DataReader::read(duplicate, u"twice.json"_s);
    QCOMPARE(twice.errors.size(), 1);
    QCOMPARE(twice.errors.at(0).pointer, QString(u"/metrics/0/"_s + feff + u'k'));
}

// The escape handed to the parser is longer than the character: errors after it must still be
// reported at the character where they are in the file.
void TestFuzzRegressions::byteOrderMarkBeforeASyntaxError()
{
    const auto place = [](const QByteArray &bytes) {
        const ReadResult read = DataReader::read(bytes, u"broken.json"_s);
        if (read.errors.size() != 1)
            return u"%1 errors"_s.arg(read.errors.size());
        return u"%1:%2"_s.arg(read.errors.at(0).line).arg(read.errors.at(0).column);
    };
    // The same text with an X in place of each U+FEFF: a character as well.
    const QByteArray withBoms = "{\"" + Bom + "a\": 1,\n \"" + Bom + "b\": \"" + Bom + "\" x}";
    QByteArray withXs = withBoms;
    withXs.replace(Bom, "X");
    QCOMPARE(place(withXs), u"2:12"_s);
    QCOMPARE(place(withBoms), u"2:12"_s);
    QCOMPARE(place(Bom + withBoms), u"2:12"_s); // and after a byte-order mark of the file
    // A fault inside the string that starts with U+FEFF.
    QCOMPARE(place("{\"" + Bom + "\x01\": 1}"), place("{\"X\x01\": 1}"));
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
    // The duplicates come first, in the order of the text; then the missing metrics and
    // frameworks.
    const ReadResult read = DataReader::read(bytes, u"deep.json"_s);
    QCOMPARE(read.errors.size(), 4);
    QString pointer = u"/x"_s;
    for (int i = 0; i < Depth; ++i)
        pointer += u"/0"_s;
    QCOMPARE(read.errors.at(0).pointer, pointer + u"/20000/k"_s);
    QCOMPARE(read.errors.at(1).pointer, u"/x"_s);
    QCOMPARE(read.errors.at(1).column, bytes.indexOf(", \"x\": 1") + 8);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
