// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataReader.h"
#include "DataWriter.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QString testData(const QString &relative)
{
    return QStringLiteral(VERSUS_TEST_DATA_DIR "/") + relative;
}

// Reads `bytes`, failing the calling test with the reader's messages when they are invalid.
#define READ_OK(bytes, target)                                                                     \
    do {                                                                                           \
        const ReadResult read_ = DataReader::read((bytes), u"written.json"_s);                     \
        QVERIFY2(read_.ok(),                                                                       \
                 qPrintable(formatErrors(read_.errors) + u'\n' + QString::fromUtf8(bytes)));       \
        (target) = read_.data;                                                                     \
    } while (false)

} // namespace

// Declared before the JSON fixtures: moc 6.4 does not know raw string literals and reads them as
// ordinary tokens, so a URL's "//" or a backslash-quote inside one can hide what follows from it.
class TestDataWriter : public QObject
{
    Q_OBJECT

private slots:
    // Layout
    void bundledIsByteIdentical();
    void layout();
    void ratingsFollowMetricOrder();
    void escapes_data();
    void escapes();
    void numbers_data();
    void numbers();
    void compareMissingOrEmpty();

    // Round trips
    void roundTrip_data();
    void roundTrip();
    void unknownKeysComeBack();
    void nothingDroppedSilently();

    // Files
    void writeFileSucceeds();
    void writeFileReplaces();
    void writeFileToDirectory();
    void writeFileTooLarge();
    void writeFileToMissingFolder();
    void writeFileReadOnlyFolder();
    void writeFileDiskFull_data();
    void writeFileDiskFull();
};

namespace {

// Unknown keys at every level, with every JSON type and strings that need escapes.
const QByteArray unknownKeysDocument = R"json({
  "zz-last": "after everything",
  "schemaVersion": 1,
  "x-root": {"nested": [1, 2, {"deep": [true, false, null]}], "empty": {}, "none": []},
  "title": "Unknown keys",
  "metrics": [
    {
      "x-unit": "ms \u0022quoted\u0022 back\\slash /slash",
      "id": "speed", "name": "Speed", "levels": ["Low", "High"],
      "x-numbers": [1.5, -0.25, 1e21, 0, -7, 4.0, 9007199254740993, 0.1, 1e-7, 123456.789]
    }
  ],
  "frameworks": [
    {
      "id": "alpha", "name": "Alpha",
      "x-text": "line\nbreak\ttab\r\b\f\u0001\u001f\u007f end",
      "x-unicode": "Université de Montréal – 深度学习 🚀",
      "x-flags": {"yes": true, "no": false, "nothing": null},
      "ratings": {
        "speed": {"x-by": {"who": ["a", "b"]}, "score": 2, "note": "Fast.", "x-confidence": 0.5}
      },
      "sources": [
        {"title": "Home", "url": "https://example.org/a/b", "accessed": "2024-01-01",
         "x-pages": [1, 2.5, "three", [], {}]}
      ]
    }
  ]
}
)json";

// A data set built in code: the smallest of each kind of member, and empty containers.
DataSet tinyDataSet()
{
    DataSet data;
    data.title = u"Tiny"_s;
    data.checked = QDate(2026, 12, 7);
    data.compare = QStringList();
    Metric speed;
    speed.id = u"speed"_s;
    speed.name = u"Speed"_s;
    speed.levels = QStringList{u"Low"_s, u"High"_s};
    data.metrics << speed;
    Framework alpha;
    alpha.id = u"alpha"_s;
    alpha.name = u"Alpha"_s;
    alpha.firstRelease = 2015;
    alpha.lastRelease = 2022;
    alpha.color = QColor(0x0a, 0xbc, 0xde);
    alpha.ratings.insert(u"speed"_s, Rating{2, QString(), {}, QJsonObject()});
    alpha.sources << Source{u"Home"_s, QString(), QJsonObject()};
    data.frameworks << alpha;
    Framework beta;
    beta.id = u"beta"_s;
    beta.name = u"Beta"_s;
    data.frameworks << beta;
    data.extra =
        QJsonObject{{u"x-empty-object"_s, QJsonObject()}, {u"x-empty-list"_s, QJsonArray()}};
    return data;
}

const QByteArray tinyJson = R"json({
  "schemaVersion": 1,
  "title": "Tiny",
  "checked": "2026-12-07",
  "compare": [],
  "metrics": [
    {
      "id": "speed",
      "name": "Speed",
      "levels": [
        "Low",
        "High"
      ]
    }
  ],
  "frameworks": [
    {
      "id": "alpha",
      "name": "Alpha",
      "firstRelease": 2015,
      "lastRelease": 2022,
      "color": "#0ABCDE",
      "ratings": {
        "speed": {
          "score": 2
        }
      },
      "sources": [
        {
          "title": "Home"
        }
      ]
    },
    {
      "id": "beta",
      "name": "Beta"
    }
  ],
  "x-empty-list": [],
  "x-empty-object": {}
}
)json";

} // namespace

// ---------------------------------------------------------------------------------------------
// Layout

void TestDataWriter::bundledIsByteIdentical()
{
    const QByteArray bundled = TestData::contents(u":/frameworks.json"_s);
    QVERIFY(!bundled.isEmpty());
    DataSet data;
    READ_OK(bundled, data);
    const QByteArray written = DataWriter::toJson(data);
    if (written != bundled) {
        // Name the first line that differs rather than dumping two 15 kB texts.
        const QList<QByteArray> a = written.split('\n');
        const QList<QByteArray> b = bundled.split('\n');
        for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i)
            QVERIFY2(a.at(i) == b.at(i), qPrintable(u"line %1:\nwritten: %2\nbundled: %3"_s.arg(
                                             QString::number(i + 1), QString::fromUtf8(a.at(i)),
                                             QString::fromUtf8(b.at(i)))));
        QCOMPARE(a.size(), b.size());
    }
    QCOMPARE(written, bundled);
}

void TestDataWriter::layout()
{
    const QByteArray written = DataWriter::toJson(tinyDataSet());
    QCOMPARE(written, tinyJson);
    DataSet read;
    READ_OK(written, read);
    QCOMPARE(read, tinyDataSet());
}

void TestDataWriter::ratingsFollowMetricOrder()
{
    // Metrics in reverse alphabetical order; a QHash has no order of its own at all.
    DataSet data;
    for (const QString &id : {u"zeta"_s, u"mu"_s, u"alpha"_s}) {
        Metric metric;
        metric.id = id;
        metric.name = id.toUpper();
        metric.levels = QStringList{u"Low"_s, u"High"_s};
        data.metrics << metric;
    }
    Framework framework;
    framework.id = u"f"_s;
    framework.name = u"F"_s;
    framework.ratings.insert(u"alpha"_s, Rating{1, u"a"_s, {}, {}});
    framework.ratings.insert(u"zeta"_s, Rating{2, u"z"_s, {}, {}});
    framework.ratings.insert(u"mu"_s, Rating{1, u"m"_s, {}, {}});
    data.frameworks << framework;

    const QByteArray written = DataWriter::toJson(data);
    const qsizetype ratings = written.indexOf("\"ratings\": {");
    QVERIFY(ratings > 0);
    const qsizetype zeta = written.indexOf("\"zeta\": {", ratings);
    const qsizetype mu = written.indexOf("\"mu\": {", ratings);
    const qsizetype alpha = written.indexOf("\"alpha\": {", ratings);
    QVERIFY2(zeta > ratings && mu > zeta && alpha > mu, written.constData());
    DataSet read;
    READ_OK(written, read);
    QCOMPARE(read, data);
}

void TestDataWriter::escapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("plain") << u"Caffe vs. Theano"_s << QByteArray(R"("Caffe vs. Theano")");
    QTest::newRow("quote") << u"say \"hi\""_s << QByteArray("\"say \\\"hi\\\"\"");
    QTest::newRow("backslash") << u"C:\\dir\\"_s << QByteArray("\"C:\\\\dir\\\\\"");
    QTest::newRow("slash not escaped") << u"a/b</c>"_s << QByteArray(R"("a/b</c>")");
    QTest::newRow("short escapes") << u"1\n2\t3\r4\b5\f6"_s << QByteArray(R"("1\n2\t3\r4\b5\f6")");
    QTest::newRow("other controls") << QString(u"\x01|\x1f|\0|"_s + QChar(0x7f))
                                    << QByteArray("\"\\u0001|\\u001F|\\u0000|\x7f\"");
    QTest::newRow("non-ASCII as UTF-8") << u"Montréal – 深度学习"_s
                                        << QByteArray("\"Montr\xc3\xa9"
                                                      "al \xe2\x80\x93 "
                                                      "\xe6\xb7\xb1\xe5\xba\xa6\xe5\xad\xa6\xe4"
                                                      "\xb9\xa0\"");
    QTest::newRow("surrogate pair as UTF-8") << u"🚀"_s << QByteArray("\"\xf0\x9f\x9a\x80\"");
    QTest::newRow("line separator as UTF-8")
        << QString(QChar(0x2028)) << QByteArray("\"\xe2\x80\xa8\"");
    // Half a surrogate pair has no UTF-8 form (it would turn into U+FFFD): escaped, it survives.
    QTest::newRow("lone surrogate")
        << QString(u"a"_s + QChar(0xD800) + u"b"_s) << QByteArray(R"("a\uD800b")");
    QTest::newRow("empty inside a list") << QString() << QByteArray(R"("")");
}

void TestDataWriter::escapes()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, json);

    // Once as a known member and once in a list, where even an empty string is written.
    DataSet data = tinyDataSet();
    data.frameworks[0].apis = QStringList{text};
    if (!text.isEmpty())
        data.frameworks[0].summary = text;
    const QByteArray written = DataWriter::toJson(data);
    QVERIFY2(written.contains(QByteArray("      \"apis\": [\n        " + json + "\n      ],\n")),
             written.constData());
    if (!text.isEmpty())
        QVERIFY2(written.contains(QByteArray("      \"summary\": " + json + ",\n")),
                 written.constData());

    DataSet read;
    READ_OK(written, read);
    QCOMPARE(read.frameworks.at(0).apis, QStringList{text});
    QCOMPARE(read, data);
}

void TestDataWriter::numbers_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("zero") << QJsonValue(0.0) << QByteArray("0");
    QTest::newRow("negative zero") << QJsonValue(-0.0) << QByteArray("0");
    QTest::newRow("whole double") << QJsonValue(4.0) << QByteArray("4");
    QTest::newRow("negative whole") << QJsonValue(-7.0) << QByteArray("-7");
    QTest::newRow("integer") << QJsonValue(qint64(2024)) << QByteArray("2024");
    QTest::newRow("1.5") << QJsonValue(1.5) << QByteArray("1.5");
    QTest::newRow("-0.25") << QJsonValue(-0.25) << QByteArray("-0.25");
    QTest::newRow("0.1") << QJsonValue(0.1) << QByteArray("0.1");
    QTest::newRow("1/3") << QJsonValue(1.0 / 3) << QByteArray("0.3333333333333333");
    QTest::newRow("2^53") << QJsonValue(9007199254740992.0) << QByteArray("9007199254740992");
    QTest::newRow("-2^53") << QJsonValue(-9007199254740992.0) << QByteArray("-9007199254740992");
    // Qt keeps a whole double that fits 64 bits as an integer: written exactly, not as 9.0e+15.
    QTest::newRow("2^53 + 2 as double")
        << QJsonValue(9007199254740994.0) << QByteArray("9007199254740994");
    QTest::newRow("2^53 + 1 as integer")
        << QJsonValue(qint64(9007199254740993)) << QByteArray("9007199254740993");
    QTest::newRow("1e21") << QJsonValue(1e21) << QByteArray("1e+21");
    QTest::newRow("1e-7") << QJsonValue(1e-7) << QByteArray("1e-07");
    QTest::newRow("true") << QJsonValue(true) << QByteArray("true");
    QTest::newRow("false") << QJsonValue(false) << QByteArray("false");
    QTest::newRow("null") << QJsonValue() << QByteArray("null");
}

void TestDataWriter::numbers()
{
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, json);

    DataSet data = tinyDataSet();
    data.extra.insert(u"x-value"_s, value);
    const QByteArray written = DataWriter::toJson(data);
    QVERIFY2(written.contains(QByteArray("\n  \"x-value\": " + json + "\n}\n")),
             written.constData());

    DataSet read;
    READ_OK(written, read);
    const QJsonValue back = read.extra.value(u"x-value"_s);
    QCOMPARE(back, value);
    QCOMPARE(back.toDouble(), value.toDouble());
    if (value.isDouble())
        QCOMPARE(back.toInteger(-1), value.toInteger(-1));
}

void TestDataWriter::compareMissingOrEmpty()
{
    DataSet data = tinyDataSet();

    data.compare = std::nullopt;
    const QByteArray missing = DataWriter::toJson(data);
    QVERIFY2(!missing.contains("\"compare\""), missing.constData());
    DataSet read;
    READ_OK(missing, read);
    QVERIFY(!read.compare.has_value());
    QCOMPARE(read.initialComparison(), QStringList({u"alpha"_s, u"beta"_s}));
    QCOMPARE(read, data);

    data.compare = QStringList();
    const QByteArray empty = DataWriter::toJson(data);
    QVERIFY2(empty.contains("\n  \"compare\": [],\n"), empty.constData());
    READ_OK(empty, read);
    QVERIFY(read.compare.has_value());
    QVERIFY(read.initialComparison().isEmpty());
    QCOMPARE(read, data);

    data.compare = QStringList{u"beta"_s};
    const QByteArray one = DataWriter::toJson(data);
    QVERIFY2(one.contains("\n  \"compare\": [\n    \"beta\"\n  ],\n"), one.constData());
    READ_OK(one, read);
    QCOMPARE(read.initialComparison(), QStringList{u"beta"_s});
    QCOMPARE(read, data);
}

// ---------------------------------------------------------------------------------------------
// Round trips

void TestDataWriter::roundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("bundled") << TestData::contents(u":/frameworks.json"_s);
    QTest::newRow("three-frameworks")
        << TestData::contents(testData(u"valid/three-frameworks.json"_s));
    QTest::newRow("unknown keys") << unknownKeysDocument;
    QTest::newRow("tiny") << tinyJson;
    QTest::newRow("release-years") << TestData::contents(testData(u"valid/release-years.json"_s));
}

void TestDataWriter::roundTrip()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!bytes.isEmpty());

    DataSet original;
    READ_OK(bytes, original);
    const QByteArray first = DataWriter::toJson(original);
    // Stable: the same data gives the same bytes, also from a copy and after a read.
    QCOMPARE(DataWriter::toJson(original), first);
    const DataSet copy = original;
    QCOMPARE(DataWriter::toJson(copy), first);

    DataSet read;
    READ_OK(first, read);
    QCOMPARE(read, original);
    QCOMPARE(DataWriter::toJson(read), first);
    QVERIFY(first.endsWith("\n}\n"));
    QVERIFY(!first.contains(" \n"));
    QVERIFY(!first.contains('\t'));
}

void TestDataWriter::unknownKeysComeBack()
{
    DataSet data;
    READ_OK(unknownKeysDocument, data);
    const QByteArray written = DataWriter::toJson(data);
    DataSet read;
    READ_OK(written, read);
    QCOMPARE(read, data);

    // The values themselves, not only "equal to what was read".
    QCOMPARE(read.extra.value(u"zz-last"_s).toString(), u"after everything"_s);
    QCOMPARE(
        read.extra.value(u"x-root"_s).toObject(),
        QJsonObject(
            {{u"nested"_s,
              QJsonArray(
                  {1, 2, QJsonObject({{u"deep"_s, QJsonArray({true, false, QJsonValue()})}})})},
             {u"empty"_s, QJsonObject()},
             {u"none"_s, QJsonArray()}}));
    const Metric &speed = read.metrics.at(0);
    QCOMPARE(speed.extra.value(u"x-unit"_s).toString(), u"ms \"quoted\" back\\slash /slash"_s);
    const QJsonArray numbers = speed.extra.value(u"x-numbers"_s).toArray();
    QCOMPARE(numbers.size(), 10);
    QCOMPARE(numbers.at(0).toDouble(), 1.5);
    QCOMPARE(numbers.at(1).toDouble(), -0.25);
    QCOMPARE(numbers.at(2).toDouble(), 1e21);
    QCOMPARE(numbers.at(5).toDouble(), 4.0);
    QCOMPARE(numbers.at(6).toInteger(), qint64(9007199254740993));
    QCOMPARE(numbers.at(7).toDouble(), 0.1);
    QCOMPARE(numbers.at(8).toDouble(), 1e-7);
    QCOMPARE(numbers.at(9).toDouble(), 123456.789);
    const Framework &alpha = read.frameworks.at(0);
    QCOMPARE(alpha.extra.value(u"x-text"_s).toString(),
             QString(u"line\nbreak\ttab\r\b\f\x01\x1f"_s + QChar(0x7f) + u" end"_s));
    QCOMPARE(alpha.extra.value(u"x-unicode"_s).toString(),
             u"Université de Montréal – 深度学习 🚀"_s);
    QCOMPARE(alpha.extra.value(u"x-flags"_s).toObject(),
             QJsonObject({{u"yes"_s, true}, {u"no"_s, false}, {u"nothing"_s, QJsonValue()}}));
    const Rating *rating = alpha.rating(u"speed"_s);
    QVERIFY(rating);
    QCOMPARE(rating->score, 2);
    QCOMPARE(rating->note, u"Fast."_s);
    QCOMPARE(rating->extra,
             QJsonObject({{u"x-confidence"_s, 0.5},
                          {u"x-by"_s, QJsonObject({{u"who"_s, QJsonArray({u"a"_s, u"b"_s})}})}}));
    QCOMPARE(alpha.sources.size(), 1);
    QCOMPARE(alpha.sources.at(0).url, u"https://example.org/a/b"_s);
    QCOMPARE(alpha.sources.at(0).extra,
             QJsonObject(
                 {{u"accessed"_s, u"2024-01-01"_s},
                  {u"x-pages"_s, QJsonArray({1, 2.5, u"three"_s, QJsonArray(), QJsonObject()})}}));

    // Where they are written: after the known keys, sorted, laid out like the rest.
    const QByteArray expectedTail = R"json(  ],
  "x-root": {
    "empty": {},
    "nested": [
      1,
      2,
      {
        "deep": [
          true,
          false,
          null
        ]
      }
    ],
    "none": []
  },
  "zz-last": "after everything"
}
)json";
    QVERIFY2(written.endsWith(expectedTail), written.constData());
    const QByteArray expectedRating = R"json(
        "speed": {
          "score": 2,
          "note": "Fast.",
          "x-by": {
            "who": [
              "a",
              "b"
            ]
          },
          "x-confidence": 0.5
        }
)json";
    QVERIFY2(written.contains(expectedRating), written.constData());
    QVERIFY2(written.contains(R"("x-text": "line\nbreak\ttab\r\b\f\u0001\u001F)"),
             written.constData());
    QVERIFY2(written.contains("\"x-unicode\": \"Universit\xc3\xa9 de Montr\xc3\xa9"
                              "al \xe2\x80\x93 \xe6\xb7\xb1"),
             written.constData());
    QVERIFY2(written.contains("\"x-unit\": \"ms \\\"quoted\\\" back\\\\slash /slash\""),
             written.constData());
    QVERIFY2(written.contains(R"json(
      "x-numbers": [
        1.5,
        -0.25,
        1e+21,
        0,
        -7,
        4,
        9007199254740993,
        0.1,
        1e-07,
        123456.789
      ],
)json"),
             written.constData());
}

void TestDataWriter::nothingDroppedSilently()
{
    // Data no file gives: the writer still loses nothing, and the reader names the problem.
    DataSet data = tinyDataSet();
    data.frameworks[0].ratings.insert(u"ghost"_s, Rating{1, u"Boo."_s, {}, {}});
    const QByteArray ghost = DataWriter::toJson(data);
    QVERIFY2(ghost.contains("\n        \"ghost\": {\n          \"score\": 1,"), ghost.constData());
    const ReadResult result = DataReader::read(ghost, u"ghost.json"_s);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.at(0).pointer, u"/frameworks/0/ratings/ghost"_s);

    // An unknown key named like a known one would be a duplicate key: the known one wins.
    data = tinyDataSet();
    data.metrics[0].extra.insert(u"name"_s, u"Shadow"_s);
    data.extra.insert(u"schemaVersion"_s, 2);
    data.frameworks[0].extra.insert(u"lastRelease"_s, 1999);
    const QByteArray shadowed = DataWriter::toJson(data);
    QCOMPARE(shadowed.count("\"name\": \"Speed\""), 1);
    QVERIFY(!shadowed.contains("Shadow"));
    QCOMPARE(shadowed.count("\"schemaVersion\""), 1);
    QCOMPARE(shadowed.count("\"lastRelease\""), 1);
    QVERIFY(DataReader::read(shadowed, u"shadowed.json"_s).ok());
}

// ---------------------------------------------------------------------------------------------
// Files

void TestDataWriter::writeFileSucceeds()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const DataSet data = TestData::bundled();
    const QString path = dir.filePath(u"saved.json"_s);
    const WriteResult result = DataWriter::writeFile(data, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.error, QString());
    QCOMPARE(TestData::contents(path), DataWriter::toJson(data));
    const ReadResult read = DataReader::readFile(path);
    QVERIFY2(read.ok(), qPrintable(formatErrors(read.errors)));
    QCOMPARE(read.data, data);
    // No temporary file left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"saved.json"_s});
}

void TestDataWriter::writeFileReplaces()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"saved.json"_s);
    QVERIFY(writeBytes(path, QByteArray(100000, 'x')));
    const DataSet data = tinyDataSet();
    const WriteResult result = DataWriter::writeFile(data, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(TestData::contents(path), tinyJson);
}

void TestDataWriter::writeFileToDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"folder.json"_s);
    QVERIFY(QDir().mkdir(path));
    const WriteResult result = DataWriter::writeFile(tinyDataSet(), path);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, QString(u"Could not save \""_s + QDir::toNativeSeparators(path) +
                                   u"\": it is a directory, not a file"_s));
    QVERIFY(QFileInfo(path).isDir());
    QVERIFY(QDir(path).isEmpty());
}

// Data that would make a file over 16 MiB, which no reader opens, is not written: what was saved
// before stays, and the person is told why (the window keeps the data and its changes).
void TestDataWriter::writeFileTooLarge()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"saved.json"_s);
    QVERIFY(writeBytes(path, tinyJson));
    DataSet data = tinyDataSet();
    data.frameworks[0].summary = QString(17 * 1024 * 1024, u'a');
    const WriteResult result = DataWriter::writeFile(data, path);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, u"Could not save \"%1\": the data would be 17.0 MiB; data files are "
                           u"limited to 16 MiB"_s.arg(QDir::toNativeSeparators(path)));
    QCOMPARE(TestData::contents(path), tinyJson);
    QCOMPARE(DataWriter::sizeProblem(16 * 1024 * 1024), QString());
}

void TestDataWriter::writeFileToMissingFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"missing/saved.json"_s);
    const WriteResult result = DataWriter::writeFile(tinyDataSet(), path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.startsWith(u"Could not save \""_s + path + u"\": "_s),
             qPrintable(result.error));
    QVERIFY2(result.error.size() > path.size() + 18, qPrintable(result.error)); // a reason
    QVERIFY(!QFileInfo::exists(path));
}

void TestDataWriter::writeFileReadOnlyFolder()
{
    if (::geteuid() == 0)
        QSKIP("root may write into a read-only folder");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"locked"_s);
    QVERIFY(QDir().mkdir(folder));
    const QString path = folder + u"/saved.json"_s;
    const QByteArray before = TestData::contents(testData(u"valid/three-frameworks.json"_s));
    QVERIFY(writeBytes(path, before));

    const QFile::Permissions readOnly = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                        QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(folder, readOnly));
    // Given back whatever happens, so that the temporary folder can be removed.
    const auto restore = qScopeGuard([&folder] {
        QFile::setPermissions(folder, QFile::permissions(folder) | QFile::WriteOwner);
    });

    const WriteResult result = DataWriter::writeFile(tinyDataSet(), path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.startsWith(u"Could not save \""_s + path + u"\": "_s),
             qPrintable(result.error));
    QVERIFY2(result.error.contains(u"Permission denied"_s, Qt::CaseInsensitive),
             qPrintable(result.error));
    QCOMPARE(TestData::contents(path), before);
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"saved.json"_s});
}

void TestDataWriter::writeFileDiskFull_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("padding");

    // The bundled data fits Qt's write buffer and fails when flushed; the padded data is larger
    // and fails in write() itself. Qt reports a write that stops short without a reason.
    QTest::newRow("nothing written") << 0 << 0;
    QTest::newRow("short at flush") << 4096 << 0;
    QTest::newRow("short in write") << 4096 << 100000;
}

void TestDataWriter::writeFileDiskFull()
{
    QFETCH(int, limit);
    QFETCH(int, padding);

    // A full disk, made reliable: a limit on the size of the files this process writes makes
    // writing fail (EFBIG) as a full disk would (ENOSPC), without filling a real disk, and it
    // binds root too. The signal the kernel sends then is ignored so that write() fails instead.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"saved.json"_s);
    const QByteArray before = tinyJson;
    QVERIFY(writeBytes(path, before));
    DataSet data = TestData::bundled();
    data.extra.insert(u"x-padding"_s, QString(padding, u'x'));
    const qsizetype size = DataWriter::toJson(data).size();
    QVERIFY(size > 8192 && size > padding);

    rlimit old{};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &old) == 0);
    rlimit limited = old;
    limited.rlim_cur = rlim_t(limit);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    QVERIFY(oldHandler != SIG_ERR);
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
    const WriteResult result = DataWriter::writeFile(data, path);
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &old) == 0);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(!result.ok);
    const QString prefix = u"Could not save \""_s + path + u"\": "_s;
    if (limit == 0)
        QCOMPARE(result.error, QString(prefix + u"File too large"_s));
    else
        QCOMPARE(result.error,
                 QString(prefix + u"not all of the data could be written; the disk may be full"_s));
    QCOMPARE(TestData::contents(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"saved.json"_s});
}

QTEST_GUILESS_MAIN(TestDataWriter)
#include "tst_datawriter.moc"
