// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <memory>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

const QString bundledPath = u":/frameworks.json"_s;

QString testData(const QString &relative)
{
    return QStringLiteral(VERSUS_TEST_DATA_DIR "/") + relative;
}

// Every string value anywhere inside `value`.
void collectStrings(const QJsonValue &value, QStringList &out)
{
    if (value.isString()) {
        out << value.toString();
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectStrings(item, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            collectStrings(it.value(), out);
    }
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// The smallest document the reader accepts; the accepted-input tests vary it.
const QByteArray minimalDocument = R"json({
  "schemaVersion": 1,
  "metrics": [
    {"id": "speed", "name": "Speed", "levels": ["Low", "Mid", "High", "Higher", "Top"]}
  ],
  "frameworks": [
    {"id": "alpha", "name": "Alpha", "ratings": {"speed": {"score": 4, "note": "Fast."}}}
  ]
}
)json";

} // namespace

class TestDataReader : public QObject
{
    Q_OBJECT

private slots:
    void manyErrorsAreCapped();
    // The bundled data set
    void bundledLoads();
    void bundledLevels_data();
    void bundledLevels();
    void seedRatings_data();
    void seedRatings();
    void bundledFacts();

    // Files under tests/data
    void validTestFile();
    void invalidTestFile();

    // Rejected documents: one error each, at the right place
    void rejected_data();
    void rejected();
    void errorFormat();
    void reportsEveryViolation();
    void metricsAfterFrameworks_data();
    void metricsAfterFrameworks();

    // Accepted documents
    void minimalDocumentIsValid();
    void stringsAtEveryPlace();
    void escapesBeforeMetricsReadAhead();
    void wholeNumberWithFraction();
    void byteOrderMark();
    void zeroFrameworks();
    void unknownKeysKept();
    void notRated();
    void compareMissing();
    void compareEmpty();
    void releaseYears();
    void checkedDate();
    void checkedDateRejected_data();
    void checkedDateRejected();

    // Refused before parsing: `FILE: message`
    void refusedBytes_data();
    void refusedBytes();
    void refusedDirectory();
    void refusedMissingFile();
    void refusedLargeFile();
    void acceptedAtSizeLimit();
    void refusedFifo();
};

// ---------------------------------------------------------------------------------------------
// The bundled data set

void TestDataReader::bundledLoads()
{
    const ReadResult result = DataReader::readFile(bundledPath);
    QVERIFY2(result.ok(), qPrintable(formatErrors(result.errors)));
    QVERIFY(result.errors.isEmpty());
    const DataSet &data = result.data;
    QCOMPARE(data.title, u"Deep-learning frameworks"_s);
    QStringList ids;
    for (const Framework &framework : data.frameworks)
        ids << framework.id;
    QCOMPARE(ids, QStringList({u"caffe"_s, u"theano"_s, u"tensorflow"_s, u"pytorch"_s, u"keras"_s,
                               u"mxnet"_s, u"cntk"_s, u"torch7"_s, u"chainer"_s, u"jax"_s,
                               u"paddlepaddle"_s, u"mindspore"_s, u"mlx"_s, u"burn"_s}));
    QCOMPARE(data.frameworks.at(0).name, u"Caffe"_s);
    QCOMPARE(data.frameworks.at(1).name, u"Theano"_s);
    QCOMPARE(data.metrics.size(), 4);
    QStringList metricIds;
    for (const Metric &metric : data.metrics)
        metricIds << metric.id;
    QCOMPARE(metricIds,
             QStringList({u"performance"_s, u"scalability"_s, u"ease_of_use"_s, u"ecosystem"_s}));
    QVERIFY(data.compare);
    QCOMPARE(*data.compare, QStringList({u"caffe"_s, u"theano"_s}));
    QCOMPARE(data.initialComparison(), QStringList({u"caffe"_s, u"theano"_s}));
}

void TestDataReader::bundledLevels_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("levels");

    const QStringList quality{u"Very low"_s, u"Low"_s, u"Moderate"_s, u"High"_s, u"Very high"_s};
    QTest::newRow("performance") << u"performance"_s << u"Performance"_s << quality;
    QTest::newRow("scalability") << u"scalability"_s << u"Scalability"_s << quality;
    QTest::newRow("ease_of_use") << u"ease_of_use"_s << u"Ease of Use"_s << quality;
    QTest::newRow("ecosystem") << u"ecosystem"_s << u"Ecosystem"_s
                               << QStringList{u"Minimal"_s, u"Limited"_s, u"Growing"_s,
                                              u"Established"_s, u"Extensive"_s};
}

void TestDataReader::bundledLevels()
{
    QFETCH(QString, metric);
    QFETCH(QString, name);
    QFETCH(QStringList, levels);

    const ReadResult result = DataReader::readFile(bundledPath);
    QVERIFY2(result.ok(), qPrintable(formatErrors(result.errors)));
    const int index = result.data.metricIndex(metric);
    QVERIFY(index >= 0);
    const Metric &m = result.data.metrics.at(index);
    QCOMPARE(m.name, name);
    QCOMPARE(m.levels, levels);
    QVERIFY(!m.description.trimmed().isEmpty());
}

void TestDataReader::seedRatings_data()
{
    QTest::addColumn<QString>("framework");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<int>("score");
    QTest::addColumn<QString>("label");

    QTest::newRow("caffe performance") << u"caffe"_s << u"performance"_s << 4 << u"High"_s;
    QTest::newRow("caffe scalability") << u"caffe"_s << u"scalability"_s << 3 << u"Moderate"_s;
    QTest::newRow("caffe ease_of_use") << u"caffe"_s << u"ease_of_use"_s << 3 << u"Moderate"_s;
    QTest::newRow("caffe ecosystem") << u"caffe"_s << u"ecosystem"_s << 5 << u"Extensive"_s;
    QTest::newRow("theano performance") << u"theano"_s << u"performance"_s << 3 << u"Moderate"_s;
    QTest::newRow("theano scalability") << u"theano"_s << u"scalability"_s << 4 << u"High"_s;
    QTest::newRow("theano ease_of_use") << u"theano"_s << u"ease_of_use"_s << 4 << u"High"_s;
    QTest::newRow("theano ecosystem") << u"theano"_s << u"ecosystem"_s << 3 << u"Growing"_s;
}

void TestDataReader::seedRatings()
{
    QFETCH(QString, framework);
    QFETCH(QString, metric);
    QFETCH(int, score);
    QFETCH(QString, label);

    const ReadResult result = DataReader::readFile(bundledPath);
    QVERIFY2(result.ok(), qPrintable(formatErrors(result.errors)));
    const int f = result.data.frameworkIndex(framework);
    const int m = result.data.metricIndex(metric);
    QVERIFY(f >= 0);
    QVERIFY(m >= 0);
    const Rating *rating = result.data.frameworks.at(f).rating(metric);
    QVERIFY(rating);
    QCOMPARE(rating->score, score);
    QCOMPARE(result.data.metrics.at(m).levelLabel(rating->score), label);
}

void TestDataReader::bundledFacts()
{
    const ReadResult result = DataReader::readFile(bundledPath);
    QVERIFY2(result.ok(), qPrintable(formatErrors(result.errors)));
    const DataSet &data = result.data;
    const Framework &caffe = data.frameworks.at(data.frameworkIndex(u"caffe"_s));
    const Framework &theano = data.frameworks.at(data.frameworkIndex(u"theano"_s));

    QVERIFY2(theano.developer.contains(u"Montréal"_s), qPrintable(theano.developer));
    QVERIFY2(!theano.developer.contains(u"Google"_s, Qt::CaseInsensitive),
             qPrintable(theano.developer));
    QVERIFY2(caffe.developer.contains(u"BVLC"_s), qPrintable(caffe.developer));

    // The seed article wrongly credits Theano to Google: no text of the file may repeat that.
    // Every string of Theano's entry is checked, and every string elsewhere naming both.
    QFile file(bundledPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!root.isEmpty());
    QStringList theanoTexts;
    QStringList allTexts;
    collectStrings(root, allTexts);
    for (const QJsonValue &framework : root.value("frameworks"_L1).toArray()) {
        if (framework.toObject().value("id"_L1).toString() == "theano"_L1)
            collectStrings(framework, theanoTexts);
    }
    QVERIFY(theanoTexts.size() > 10);
    for (const QString &text : std::as_const(theanoTexts))
        QVERIFY2(!text.contains(u"Google"_s, Qt::CaseInsensitive), qPrintable(text));
    for (const QString &text : std::as_const(allTexts))
        QVERIFY2(!(text.contains(u"Google"_s, Qt::CaseInsensitive) &&
                   text.contains(u"Theano"_s, Qt::CaseInsensitive)),
                 qPrintable(text));

    for (const Framework &framework : data.frameworks) {
        bool httpsSource = false;
        for (const Source &source : framework.sources) {
            QVERIFY2(!source.title.trimmed().isEmpty(), qPrintable(framework.id));
            const QUrl url(source.url, QUrl::StrictMode);
            if (url.isValid() && url.scheme() == "https"_L1 && !url.host().isEmpty())
                httpsSource = true;
        }
        QVERIFY2(httpsSource, qPrintable(framework.id));
        QCOMPARE(framework.ratings.size(), data.metrics.size());
        for (auto it = framework.ratings.constBegin(); it != framework.ratings.constEnd(); ++it)
            QVERIFY2(!it.value().note.trimmed().isEmpty(),
                     qPrintable(QString(framework.id + u'/' + it.key())));
    }
}

// ---------------------------------------------------------------------------------------------
// Files under tests/data

void TestDataReader::validTestFile()
{
    const ReadResult result = DataReader::readFile(testData(u"valid/three-frameworks.json"_s));
    QVERIFY2(result.ok(), qPrintable(formatErrors(result.errors)));
    const DataSet &data = result.data;
    QCOMPARE(data.title, u"Three frameworks"_s);
    QCOMPARE(data.frameworks.size(), 3);
    QCOMPARE(data.frameworks.at(0).id, u"alpha"_s);
    QCOMPARE(data.frameworks.at(1).id, u"beta"_s);
    QCOMPARE(data.frameworks.at(2).id, u"gamma"_s);
    QCOMPARE(data.frameworks.at(0).name, u"Alpha"_s);
    QCOMPARE(data.frameworks.at(1).name, u"Beta"_s);
    QCOMPARE(data.frameworks.at(2).name, u"Gamma"_s);
    QVERIFY(data.compare);
    QCOMPARE(*data.compare, QStringList({u"alpha"_s, u"gamma"_s}));
    QCOMPARE(data.metrics.size(), 4);

    // The same metrics as the bundled file.
    const ReadResult bundled = DataReader::readFile(bundledPath);
    QVERIFY(bundled.ok());
    for (qsizetype i = 0; i < data.metrics.size(); ++i) {
        QCOMPARE(data.metrics.at(i).id, bundled.data.metrics.at(i).id);
        QCOMPARE(data.metrics.at(i).levels, bundled.data.metrics.at(i).levels);
    }

    // One cell is not rated: Beta's Ecosystem.
    int unrated = 0;
    for (const Framework &framework : data.frameworks)
        for (const Metric &metric : data.metrics)
            if (!framework.rating(metric.id))
                ++unrated;
    QCOMPARE(unrated, 1);
    QCOMPARE(data.frameworks.at(1).rating(u"ecosystem"_s), nullptr);
    QCOMPARE(data.frameworks.at(0).rating(u"performance"_s)->score, 5);

    // One unknown key, kept.
    QCOMPARE(data.extra.keys(), QStringList({u"x-origin"_s}));
}

void TestDataReader::invalidTestFile()
{
    const QString path = testData(u"invalid/score-out-of-range.json"_s);
    const ReadResult result = DataReader::readFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.errors.size() == 1, qPrintable(formatErrors(result.errors)));
    const DataError &error = result.errors.first();
    QCOMPARE(error.file, path);
    QCOMPARE(error.line, 21);
    QCOMPARE(error.column, 35);
    QCOMPARE(error.pointer, u"/frameworks/0/ratings/performance/score"_s);
    QCOMPARE(error.message, u"score 7 is outside the 5 levels of metric 'performance' (1 to 5)"_s);
    QCOMPARE(error.toString(),
             QString(path + u":21:35: /frameworks/0/ratings/performance/score: score 7 is "
                            u"outside the 5 levels of metric 'performance' (1 to 5)"_s));
    QCOMPARE(result.data, DataSet());

    // The name shown in errors can differ from the path.
    const ReadResult named = DataReader::readFile(path, u"shown.json"_s);
    QCOMPARE(named.errors.size(), 1);
    QCOMPARE(named.errors.first().file, u"shown.json"_s);
}

// ---------------------------------------------------------------------------------------------
// Rejected documents

void TestDataReader::rejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("schemaVersion 2")
        << QByteArray(R"json({
  "schemaVersion": 2,
  "metrics": [
    {"id": "speed", "name": "Speed", "levels": ["Low", "Mid", "High", "Higher", "Top"]}
  ],
  "frameworks": []
}
)json") << u"/schemaVersion"_s
        << 2 << 20 << u"schema version 2 is not supported; this version of Versus reads 1"_s;

    QTest::newRow("schemaVersion 2 after BOM") << QByteArray("\xEF\xBB\xBF"
                                                             R"json({
  "schemaVersion": 2,
  "metrics": [
    {"id": "speed", "name": "Speed", "levels": ["Low", "Mid", "High", "Higher", "Top"]}
  ],
  "frameworks": []
}
)json") << u"/schemaVersion"_s << 2 << 20 << u"schema version 2 is not supported"_s;

    QTest::newRow("schemaVersion missing") << QByteArray(R"json({
  "title": "No version",
  "metrics": [
    {"id": "speed", "name": "Speed", "levels": ["Low", "Mid", "High", "Higher", "Top"]}
  ],
  "frameworks": []
}
)json") << QString() << 1 << 1 << u"required member \"schemaVersion\" is missing"_s;

    // The root object starts on line 2 here: a missing member is reported at its object.
    QTest::newRow("metrics missing") << QByteArray(R"json(
  {
  "schemaVersion": 1,
  "frameworks": []
}
)json") << QString() << 2 << 3 << u"required member \"metrics\" is missing"_s;

    QTest::newRow("metrics empty") << QByteArray(R"json({
  "schemaVersion": 1,
  "metrics": [],
  "frameworks": []
}
)json") << u"/metrics"_s << 3 << 14 << u"there must be 1 to 64 metrics, found 0"_s;

    QTest::newRow("metrics not an array") << QByteArray(R"json({
  "schemaVersion": 1,
  "metrics": {"id": "speed", "name": "Speed", "levels": ["Low", "High"]},
  "frameworks": []
}
)json") << u"/metrics"_s << 3 << 14 << u"expected an array, found an object"_s;

    QTest::newRow("bad id") << QByteArray(R"json({
  "schemaVersion": 1,
  "metrics": [
    {"id": "Bad Id", "name": "Speed", "levels": ["Low", "High"]}
  ],
  "frameworks": []
}
)json") << u"/metrics/0/id"_s
                            << 4 << 12 << u"id \"Bad Id\" must be lower-case"_s;

    QTest::newRow("duplicate metric id") << QByteArray(R"json({
  "schemaVersion": 1,
  "metrics": [
    {"id": "speed", "name": "Speed", "levels": ["Low", "High"]},
    {"id": "speed", "name": "Speed again", "levels": ["Low", "High"]}
  ],
  "frameworks": []
}
)json") << u"/metrics/1/id"_s << 5 << 12 << u"id \"speed\" is used twice"_s;

    QTest::newRow("empty name") << QByteArray(R"json({
  "schemaVersion": 1,
  "metrics": [
    {"id": "speed", "name": "", "levels": ["Low", "High"]}
  ],
  "frameworks": []
}
)json") << u"/metrics/0/name"_s << 4
                                << 29 << u"\"name\" must not be empty"_s;

    QTest::newRow("blank name") << QByteArray(R"json({
  "schemaVersion": 1,
  "metrics": [
    {"id": "speed", "name": "   ", "levels": ["Low", "High"]}
  ],
  "frameworks": []
}
)json") << u"/metrics/0/name"_s << 4
                                << 29 << u"\"name\" must not be empty"_s;

    QTest::newRow("one level") << QByteArray(R"json({
  "schemaVersion": 1,
  "metrics": [
    {"id": "speed", "name": "Speed", "levels": ["Only"]}
  ],
  "frameworks": []
}
)json") << u"/metrics/0/levels"_s
                               << 4 << 48 << u"a metric has 2 to 10 levels, found 1"_s;

    QTest::newRow("eleven levels") << QByteArray(R"json({
  "schemaVersion": 1,
  "metrics": [
    {"id": "speed", "name": "Speed", "levels": ["1", "2", "3", "4", "5", "6", "7", "8", "9",
                                                "10", "11"]}
  ],
  "frameworks": []
}
)json") << u"/metrics/0/levels"_s << 4
                                   << 48 << u"a metric has 2 to 10 levels, found 11"_s;

    QTest::newRow("empty level label") << QByteArray(R"json({
  "schemaVersion": 1,
  "metrics": [
    {"id": "speed", "name": "Speed", "levels": ["Low", "", "High"]}
  ],
  "frameworks": []
}
)json") << u"/metrics/0/levels/1"_s << 4
                                       << 56 << u"must not be empty"_s;

    // A score on line 11, column 28 of the same layout, in five variants.
    const auto withScore = [](const char *score) -> QByteArray {
        return QByteArray(R"json({
  "schemaVersion": 1,
  "metrics": [
    {"id": "speed", "name": "Speed", "levels": ["Low", "Mid", "High", "Higher", "Top"]}
  ],
  "frameworks": [
    {
      "id": "alpha",
      "name": "Alpha",
      "ratings": {
        "speed": {"score": )json") +
               score + R"json(, "note": "A note."}
      }
    }
  ]
}
)json";
    };
    const QString scorePointer = u"/frameworks/0/ratings/speed/score"_s;
    QTest::newRow("score 4.5") << withScore("4.5") << scorePointer << 11 << 28
                               << u"score 4.5 is not a whole number"_s;
    QTest::newRow("score \"4\"") << withScore("\"4\"") << scorePointer << 11 << 28
                                 << u"expected a whole number, found a string"_s;
    QTest::newRow("score 0") << withScore("0") << scorePointer << 11 << 28
                             << u"score 0 is outside the 5 levels of metric 'speed' (1 to 5)"_s;
    QTest::newRow("score 6") << withScore("6") << scorePointer << 11 << 28
                             << u"score 6 is outside the 5 levels of metric 'speed' (1 to 5)"_s;
    QTest::newRow("score null") << withScore("null") << scorePointer << 11 << 28
                                << u"expected a whole number, found null"_s;
    QTest::newRow("score NaN") << withScore("NaN") << QString() << 11 << 28 << u"not valid JSON"_s;

    QTest::newRow("unknown metric") << QByteArray(R"json({
  "schemaVersion": 1,
  "metrics": [
    {"id": "speed", "name": "Speed", "levels": ["Low", "Mid", "High", "Higher", "Top"]}
  ],
  "frameworks": [
    {
      "id": "alpha",
      "name": "Alpha",
      "ratings": {
        "speedy": {"score": 4, "note": "A note."}
      }
    }
  ]
}
)json") << u"/frameworks/0/ratings/speedy"_s
                                    << 11 << 19 << u"\"speedy\" is not the id of a metric"_s;

    QTest::newRow("color blue") << QByteArray(R"json({
  "schemaVersion": 1,
  "metrics": [
    {"id": "speed", "name": "Speed", "levels": ["Low", "Mid", "High", "Higher", "Top"]}
  ],
  "frameworks": [
    {
      "id": "alpha",
      "name": "Alpha",
      "color": "blue"
    }
  ]
}
)json") << u"/frameworks/0/color"_s
                                << 10 << 16 << u"colour \"blue\" is not of the form #RRGGBB"_s;

    QTest::newRow("lastRelease 2019.5") << QByteArray(R"json({
  "schemaVersion": 1,
  "metrics": [
    {"id": "speed", "name": "Speed", "levels": ["Low", "Mid", "High", "Higher", "Top"]}
  ],
  "frameworks": [
    {
      "id": "alpha",
      "name": "Alpha",
      "firstRelease": 2015,
      "lastRelease": 2019.5
    }
  ]
}
)json") << u"/frameworks/0/lastRelease"_s
                                        << 11 << 22 << u"expected a year, found a number"_s;

    QTest::newRow("compare unknown id") << QByteArray(R"json({
  "schemaVersion": 1,
  "compare": ["alpha", "zeta"],
  "metrics": [
    {"id": "speed", "name": "Speed", "levels": ["Low", "Mid", "High", "Higher", "Top"]}
  ],
  "frameworks": [
    {"id": "alpha", "name": "Alpha"}
  ]
}
)json") << u"/compare/1"_s << 3 << 24 << u"\"zeta\" is not the id of a framework"_s;

    QTest::newRow("duplicate key") << QByteArray(R"json({
  "schemaVersion": 1,
  "metrics": [
    {"id": "speed", "name": "Speed", "levels": ["Low", "Mid", "High", "Higher", "Top"]}
  ],
  "frameworks": [
    {
      "id": "alpha",
      "name": "Alpha",
      "name": "Alpha again"
    }
  ]
}
)json") << u"/frameworks/0/name"_s << 10
                                   << 15 << u"the key \"name\" occurs twice in the same object"_s;

    QTest::newRow("frameworks not an array") << QByteArray(R"json({
  "schemaVersion": 1,
  "metrics": [
    {"id": "speed", "name": "Speed", "levels": ["Low", "Mid", "High", "Higher", "Top"]}
  ],
  "frameworks": {"alpha": {"name": "Alpha"}}
}
)json") << u"/frameworks"_s << 6 << 17 << u"expected an array, found an object"_s;

    QTest::newRow("root is an array") << QByteArray(R"json([
  {"schemaVersion": 1, "metrics": [], "frameworks": []}
]
)json") << QString() << 1 << 1 << u"expected a JSON object at the top, found an array"_s;

    QTest::newRow("root is an array on line 3") << QByteArray("\n\n  []\n") << QString() << 3 << 3
                                                << u"expected a JSON object at the top"_s;

    // Qt 6 refuses a value other than an object or array at the top while parsing; the error
    // points at its first character.
    QTest::newRow("root is a number") << QByteArray("42\n") << QString() << 1 << 1
                                      << u"expected a JSON object at the top, found a number"_s;

    // Qt reports this error just past the character that it stumbled on; the reader moves it
    // back onto that character: here the '}' that follows the trailing comma.
    QTest::newRow("trailing comma") << QByteArray(R"json({
  "schemaVersion": 1,
  "metrics": [
    {"id": "speed", "name": "Speed", "levels": ["Low", "Mid", "High", "Higher", "Top"]}
  ],
  "frameworks": [],
}
)json") << QString() << 7 << 1 << u"not valid JSON: a comma before \"}\" has nothing after it"_s;

    // An unterminated string is reported at the end of the text.
    QTest::newRow("unterminated") << QByteArray("{\n  \"schemaVersion\": 1,\n  \"title\": \"x")
                                  << QString() << 3 << 14 << u"not valid JSON"_s;

    // Columns count characters: "é" is one.
    QTest::newRow("NaN after é") << QByteArray(R"json({"title": "Théano", "x": NaN})json")
                                 << QString() << 1 << 26
                                 << u"not valid JSON: NaN is not a number JSON can hold"_s;
    QTest::newRow("NaN after BOM") << QByteArray("\xEF\xBB\xBF{\"x\": NaN}") << QString() << 1 << 7
                                   << u"not valid JSON: NaN is not a number JSON can hold"_s;
    QTest::newRow("Infinity") << QByteArray("{\n  \"x\": Infinity\n}") << QString() << 2 << 8
                              << u"not valid JSON"_s;
    // Qt reports it after its last digit; the reader at its first.
    QTest::newRow("number too large") << QByteArray("{\n  \"x\": 1e400\n}") << QString() << 2 << 8
                                      << u"not valid JSON: 1e400 is not a number JSON can hold"_s;

    QTest::newRow("missing colon") << QByteArray("{\n  \"title\" \"x\"\n}") << QString() << 2 << 11
                                   << u"not valid JSON: expected \":\" after a member's name"_s;
    // A line break inside a string lets the string run on; the fault is the line break.
    QTest::newRow("line break in a string")
        << QByteArray("{\n  \"title\": \"Caffe,\n  \"schemaVersion\": 1\n}") << QString() << 2 << 19
        << u"not valid JSON: a line break inside a string must be written as \\n"_s;
    QTest::newRow("bare word")
        << QByteArray("{\n  \"title\": caffe\n}") << QString() << 2 << 12
        << u"not valid JSON: caffe is not a JSON value (is a string missing its double quotes?)"_s;
    QTest::newRow("comment") << QByteArray(R"json({
  // Versus data
  "schemaVersion": 1,
  "metrics": [
    {"id": "speed", "name": "Speed", "levels": ["Low", "Mid", "High", "Higher", "Top"]}
  ],
  "frameworks": []
}
)json") << QString() << 2 << 3
                             << u"not valid JSON"_s;

    QTest::newRow("block comment") << QByteArray("{\n  \"schemaVersion\": 1 /* one */\n}")
                                   << QString() << 2 << 22 << u"not valid JSON"_s;
}

void TestDataReader::rejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, pointer);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const ReadResult result = DataReader::read(json, u"broken.json"_s);
    QVERIFY(!result.ok());
    QVERIFY2(result.errors.size() == 1, qPrintable(formatErrors(result.errors)));
    const DataError &error = result.errors.first();
    QCOMPARE(error.file, u"broken.json"_s);
    QCOMPARE(error.pointer, pointer);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(result.data, DataSet());
}

void TestDataReader::errorFormat()
{
    const QByteArray json = R"json({
  "schemaVersion": 2,
  "metrics": [
    {"id": "speed", "name": "Speed", "levels": ["Low", "High"]}
  ],
  "frameworks": []
}
)json";
    const ReadResult result = DataReader::read(json, u"data/broken.json"_s);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().toString(),
             u"data/broken.json:2:20: /schemaVersion: schema version 2 is not supported; "
             u"this version of Versus reads 1"_s);

    // No pointer: FILE:LINE:COLUMN: message.
    const ReadResult array = DataReader::read("[]", u"array.json"_s);
    QCOMPARE(array.errors.size(), 1);
    QCOMPARE(array.errors.first().toString(),
             u"array.json:1:1: expected a JSON object at the top, found an array"_s);

    // No place: FILE: message.
    const ReadResult empty = DataReader::read(QByteArray(), u"empty.json"_s);
    QCOMPARE(empty.errors.size(), 1);
    QCOMPARE(empty.errors.first().toString(), u"empty.json: is empty"_s);

    QCOMPARE(formatErrors(result.errors + empty.errors),
             QString(result.errors.first().toString() + u'\n' + u"empty.json: is empty"_s));
}

void TestDataReader::reportsEveryViolation()
{
    const QByteArray json = R"json({
  "schemaVersion": 1,
  "compare": ["nobody"],
  "metrics": [
    {"id": "speed", "name": "Speed", "levels": ["Low", "High"]},
    {"id": "Size", "name": "", "levels": ["Small", "Large"]}
  ],
  "frameworks": [
    {"id": "alpha", "name": "Alpha", "color": "red",
     "ratings": {"speed": {"score": 9}}},
    {"id": "alpha", "name": "Alpha", "name": "Alpha"}
  ]
}
)json";
    const ReadResult result = DataReader::read(json, u"many.json"_s);
    QVERIFY(!result.ok());
    QStringList pointers;
    QStringList places;
    for (const DataError &error : result.errors) {
        pointers << error.pointer;
        places << QString::number(error.line) + u':' + QString::number(error.column);
        QCOMPARE(error.file, u"many.json"_s);
    }
    QCOMPARE(pointers,
             QStringList({u"/frameworks/1/name"_s, u"/metrics/1/id"_s, u"/metrics/1/name"_s,
                          u"/frameworks/0/color"_s, u"/frameworks/0/ratings/speed/score"_s,
                          u"/frameworks/1/id"_s, u"/compare/0"_s}));
    QCOMPARE(places, QStringList({u"11:46"_s, u"6:12"_s, u"6:28"_s, u"9:47"_s, u"10:37"_s,
                                  u"11:12"_s, u"3:15"_s}));
    QCOMPARE(result.data, DataSet());
}

// Frameworks before metrics (as QJsonDocument writes the keys, sorted): the reader looks ahead
// for the metrics and reads them first, so that each rating is checked as it is read. Whatever
// that look ahead meets, the errors must be those of the text read in order: a syntax fault at
// its place, duplicate keys in the order of the text, the first of two "metrics".
void TestDataReader::metricsAfterFrameworks_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("errors");

    const QByteArray head = R"({"schemaVersion": 1, "frameworks": [)";
    const QByteArray alpha =
        R"({"id": "alpha", "name": "Alpha", "ratings": {"speed": {"score": 2}}})";
    const QByteArray metrics =
        R"("metrics": [{"id": "speed", "name": "Speed", "levels": ["L", "H"]}])";

    QTest::newRow("valid") << QByteArray(head + alpha + "], " + metrics + "}") << QStringList();
    QTest::newRow("score checked")
        << QByteArray(head + QByteArray(alpha).replace("2}", "3}") + "], " + metrics + "}")
        << QStringList{u"f:1:101: /frameworks/0/ratings/speed/score: score 3 is outside the 2 "
                       u"levels of metric 'speed' (1 to 2)"_s};
    QTest::newRow("unknown metric")
        << QByteArray(head + QByteArray(alpha).replace("\"speed\": {", "\"size\": {") + "], " +
                      metrics + "}")
        << QStringList{u"f:1:90: /frameworks/0/ratings/size: \"size\" is not the id of a metric"_s};
    QTest::newRow("syntax fault in the frameworks")
        << QByteArray(head + QByteArray(alpha).replace("\"name\"", "\"name\" ") + "}" + "], " +
                      metrics + "}")
        << QStringList{u"f:1:106: not valid JSON: expected \",\" or \"]\" after an element (is a "
                       u"comma missing?)"_s};
    QTest::newRow("syntax fault in the metrics")
        << QByteArray(head + QByteArray(alpha).replace("3}", "4}") + "], " +
                      QByteArray(metrics).replace("\"L\", ", "\"L\" ") + "}")
        << QStringList{u"f:1:168: not valid JSON: expected \",\" or \"]\" after an element (is a "
                       u"comma missing?)"_s};
    QTest::newRow("a string holds the key")
        << QByteArray(head + R"({"id": "b", "name": "\"metrics\": [", "x": {"metrics": []}})" +
                      ", " + alpha + "], " + metrics + "}")
        << QStringList();
    QTest::newRow("escaped key") << QByteArray(
                                        head + alpha + "], " +
                                        QByteArray(metrics).replace("metrics", "m\\u0065trics") +
                                        "}")
                                 << QStringList();
    QTest::newRow("duplicates in the order of the text")
        << QByteArray(head + QByteArray(alpha).replace("\"name\"", "\"id\": \"a\", \"name\"") +
                      "], " + QByteArray(metrics).replace("\"name\"", "\"id\": \"b\", \"name\"") +
                      ", \"title\": \"T\", \"title\": \"U\"}")
        << QStringList{u"f:1:59: /frameworks/0/id: the key \"id\" occurs twice in the same "
                       u"object"_s,
                       u"f:1:153: /metrics/0/id: the key \"id\" occurs twice in the same object"_s,
                       u"f:1:222: /title: the key \"title\" occurs twice in the same object"_s};
    // Not read ahead: the frameworks are passed over, then read once the metrics are known;
    // their duplicate keys are counted once (before, also "1 more problems not listed").
    QTest::newRow("escaped key, duplicate in the frameworks")
        << QByteArray(head + QByteArray(alpha).replace("\"name\"", "\"id\": \"a\", \"name\"") +
                      "], " + QByteArray(metrics).replace("metrics", "m\\u0065trics") + "}")
        << QStringList{u"f:1:59: /frameworks/0/id: the key \"id\" occurs twice in the same "
                       u"object"_s};
    QTest::newRow("two metrics")
        << QByteArray(head + alpha + "], " + metrics + ", \"metrics\": []}")
        << QStringList{u"f:1:188: /metrics: the key \"metrics\" occurs twice in the same object"_s};
    QTest::newRow("metrics missing")
        << QByteArray(head + alpha + "]}")
        << QStringList{u"f:1:1: required member \"metrics\" is missing"_s};
}

void TestDataReader::metricsAfterFrameworks()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, errors);

    const ReadResult result = DataReader::read(json, u"f"_s);
    QStringList found;
    for (const DataError &error : result.errors)
        found << error.toString();
    QCOMPARE(found, errors);
    if (errors.isEmpty())
        QCOMPARE(result.data.frameworks.last().rating(u"speed"_s)->score, 2);
}

// ---------------------------------------------------------------------------------------------
// Accepted documents

void TestDataReader::minimalDocumentIsValid()
{
    const ReadResult result = DataReader::read(minimalDocument, u"minimal.json"_s);
    QVERIFY2(result.ok(), qPrintable(formatErrors(result.errors)));
    QCOMPARE(result.data.title, QString());
    QCOMPARE(result.data.metrics.size(), 1);
    QCOMPARE(result.data.frameworks.size(), 1);
    QVERIFY(!result.data.compare.has_value());
    QCOMPARE(result.data.initialComparison(), QStringList({u"alpha"_s}));
    const Rating *rating = result.data.frameworks.first().rating(u"speed"_s);
    QVERIFY(rating);
    QCOMPARE(rating->score, 4);
    QCOMPARE(rating->note, u"Fast."_s);
    QCOMPARE(result.data.metrics.first().levelLabel(4), u"Higher"_s);
    QVERIFY(!result.data.frameworks.first().color.isValid());
    QVERIFY(!result.data.frameworks.first().firstRelease.has_value());
    QVERIFY(!result.data.frameworks.first().lastRelease.has_value());
}

// Strings are scanned several bytes at a time: an escape, a multi-byte character or a control
// character is found wherever it falls in such a run.
void TestDataReader::stringsAtEveryPlace()
{
    const QByteArray line = R"json(    {"id": "speed", "name": "Speed", "levels")json";
    const int nameColumn = int(line.indexOf("\"Speed\"")) + 2; // its first character
    QVERIFY(minimalDocument.contains(line));
    const int lineNumber =
        int(minimalDocument.first(minimalDocument.indexOf(line)).count('\n')) + 1;
    for (int at = 0; at < 24; ++at) {
        const QByteArray before(at, 'x');
        const auto read = [&](const QByteArray &special) {
            QByteArray json = minimalDocument;
            json.replace("\"Speed\"", QByteArray("\"" + before + special + "yz\""));
            return DataReader::read(json, u"strings.json"_s);
        };
        ReadResult result = read("\\\"");
        QVERIFY2(result.ok(), qPrintable(formatErrors(result.errors)));
        QCOMPARE(result.data.metrics.first().name, QString::fromLatin1(before) + u"\"yz"_s);
        result = read("\xC3\xA9");
        QVERIFY2(result.ok(), qPrintable(formatErrors(result.errors)));
        QCOMPARE(result.data.metrics.first().name, QString::fromLatin1(before) + u"\u00E9yz"_s);
        result = read("\x01");
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().line, lineNumber);
        QCOMPARE(result.errors.first().column, nameColumn + at);
    }
}

// The metrics after the frameworks are found ahead by counting brackets and quotes, a block of
// bytes at a time where no backslash is: escaped quotes and brackets in strings, anywhere in a
// block, do not mislead it.
void TestDataReader::escapesBeforeMetricsReadAhead()
{
    QByteArray frameworks;
    QStringList names;
    for (int i = 0; i < 40; ++i) {
        const QByteArray name = QByteArray(i % 17, 'n') + (i % 2 ? "\\\"}]" : "\\\\{[\\\"");
        names << (QString(i % 17, u'n') + (i % 2 ? u"\"}]"_s : u"\\{[\""_s));
        frameworks += QByteArray(i ? "," : "") + "{\"id\": \"f" + QByteArray::number(i) +
                      "\", \"name\": \"" + name +
                      "\", \"ratings\": {\"speed\": {\"score\": " + QByteArray::number(1 + i % 5) +
                      "}}}";
    }
    const QByteArray json = "{\"frameworks\": [" + frameworks +
                            "], \"metrics\": [{\"id\": \"speed\", \"name\": \"Speed\", "
                            "\"levels\": [\"1\", \"2\", \"3\", \"4\", \"5\"]}], "
                            "\"schemaVersion\": 1}";
    const ReadResult result = DataReader::read(json, u"ahead.json"_s);
    QVERIFY2(result.ok(), qPrintable(formatErrors(result.errors)));
    QCOMPARE(result.data.frameworks.size(), 40);
    for (int i = 0; i < 40; ++i) {
        QCOMPARE(result.data.frameworks.at(i).name, names.at(i));
        QCOMPARE(result.data.frameworks.at(i).rating(u"speed"_s)->score, 1 + i % 5);
    }
}

void TestDataReader::wholeNumberWithFraction()
{
    QByteArray json = minimalDocument;
    QVERIFY(json.contains("\"score\": 4,"));
    json.replace("\"score\": 4,", "\"score\": 4.0,");
    const ReadResult result = DataReader::read(json, u"four.json"_s);
    QVERIFY2(result.ok(), qPrintable(formatErrors(result.errors)));
    QCOMPARE(result.data.frameworks.first().rating(u"speed"_s)->score, 4);
}

void TestDataReader::byteOrderMark()
{
    const ReadResult plain = DataReader::read(minimalDocument, u"plain.json"_s);
    const ReadResult bom = DataReader::read("\xEF\xBB\xBF" + minimalDocument, u"bom.json"_s);
    QVERIFY2(bom.ok(), qPrintable(formatErrors(bom.errors)));
    QCOMPARE(bom.data, plain.data);

    // Also through a file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"bom.json"_s);
    QVERIFY(writeFile(path, "\xEF\xBB\xBF" + minimalDocument));
    const ReadResult fromFile = DataReader::readFile(path);
    QVERIFY2(fromFile.ok(), qPrintable(formatErrors(fromFile.errors)));
    QCOMPARE(fromFile.data, plain.data);
}

void TestDataReader::zeroFrameworks()
{
    const QByteArray json = R"json({
  "schemaVersion": 1,
  "title": "Nothing yet",
  "metrics": [
    {"id": "speed", "name": "Speed", "levels": ["Low", "High"]}
  ],
  "frameworks": []
}
)json";
    const ReadResult result = DataReader::read(json, u"empty-list.json"_s);
    QVERIFY2(result.ok(), qPrintable(formatErrors(result.errors)));
    QCOMPARE(result.data.title, u"Nothing yet"_s);
    QCOMPARE(result.data.metrics.size(), 1);
    QVERIFY(result.data.frameworks.isEmpty());
    QVERIFY(result.data.initialComparison().isEmpty());
}

void TestDataReader::unknownKeysKept()
{
    const QByteArray json = R"json({
  "schemaVersion": 1,
  "x-root": {"nested": [1, 2]},
  "metrics": [
    {"id": "speed", "name": "Speed", "levels": ["Low", "High"], "x-unit": "ms"}
  ],
  "frameworks": [
    {
      "id": "alpha",
      "name": "Alpha",
      "x-tags": ["a", "b"],
      "ratings": {"speed": {"score": 2, "note": "Fast.", "x-confidence": 0.5}},
      "sources": [{"title": "Home", "url": "https://example.org/", "accessed": "2024-01-01"}]
    }
  ]
}
)json";
    const ReadResult result = DataReader::read(json, u"extra.json"_s);
    QVERIFY2(result.ok(), qPrintable(formatErrors(result.errors)));
    const DataSet &data = result.data;

    QCOMPARE(data.extra,
             QJsonObject({{u"x-root"_s, QJsonObject({{u"nested"_s, QJsonArray({1, 2})}})}}));
    QCOMPARE(data.metrics.first().extra, QJsonObject({{u"x-unit"_s, u"ms"_s}}));
    QCOMPARE(data.metrics.first().name, u"Speed"_s);

    const Framework &alpha = data.frameworks.first();
    QCOMPARE(alpha.extra, QJsonObject({{u"x-tags"_s, QJsonArray({u"a"_s, u"b"_s})}}));
    QCOMPARE(alpha.name, u"Alpha"_s);

    const Rating *rating = alpha.rating(u"speed"_s);
    QVERIFY(rating);
    QCOMPARE(rating->score, 2);
    QCOMPARE(rating->note, u"Fast."_s);
    QCOMPARE(rating->extra, QJsonObject({{u"x-confidence"_s, 0.5}}));

    QCOMPARE(alpha.sources.size(), 1);
    QCOMPARE(alpha.sources.first().title, u"Home"_s);
    QCOMPARE(alpha.sources.first().url, u"https://example.org/"_s);
    QCOMPARE(alpha.sources.first().extra, QJsonObject({{u"accessed"_s, u"2024-01-01"_s}}));
}

void TestDataReader::notRated()
{
    const QByteArray json = R"json({
  "schemaVersion": 1,
  "metrics": [
    {"id": "speed", "name": "Speed", "levels": ["Low", "High"]},
    {"id": "size", "name": "Size", "levels": ["Small", "Large"]}
  ],
  "frameworks": [
    {"id": "alpha", "name": "Alpha", "ratings": {"speed": {"score": 1}}},
    {"id": "beta", "name": "Beta"}
  ]
}
)json";
    const ReadResult result = DataReader::read(json, u"unrated.json"_s);
    QVERIFY2(result.ok(), qPrintable(formatErrors(result.errors)));
    const Framework &alpha = result.data.frameworks.at(0);
    const Framework &beta = result.data.frameworks.at(1);
    QVERIFY(alpha.rating(u"speed"_s));
    QCOMPARE(alpha.rating(u"speed"_s)->score, 1);
    QCOMPARE(alpha.rating(u"speed"_s)->note, QString());
    QCOMPARE(alpha.rating(u"size"_s), nullptr);
    QCOMPARE(alpha.ratings.size(), 1);
    QCOMPARE(beta.rating(u"speed"_s), nullptr);
    QCOMPARE(beta.rating(u"size"_s), nullptr);
    QVERIFY(beta.ratings.isEmpty());
}

void TestDataReader::compareMissing()
{
    // Two frameworks, so that "all" and "the first" differ.
    QByteArray json = minimalDocument;
    json.replace("\n  ]\n}", ",\n    {\"id\": \"beta\", \"name\": \"Beta\"}\n  ]\n}");
    const ReadResult result = DataReader::read(json, u"missing.json"_s);
    QVERIFY2(result.ok(), qPrintable(formatErrors(result.errors)));
    QCOMPARE(result.data.frameworks.size(), 2);
    QVERIFY(!result.data.compare.has_value());
    QCOMPARE(result.data.initialComparison(), QStringList({u"alpha"_s, u"beta"_s}));
}

void TestDataReader::releaseYears()
{
    const ReadResult result = DataReader::readFile(testData(u"valid/release-years.json"_s));
    QVERIFY2(result.ok(), qPrintable(formatErrors(result.errors)));
    const Framework &alpha = result.data.frameworks.at(0);
    QCOMPARE(alpha.firstRelease, std::optional<int>(2015));
    QCOMPARE(alpha.lastRelease, std::optional<int>(2022));
    // A last release without a first, written as a whole number with a fraction part.
    const Framework &beta = result.data.frameworks.at(1);
    QVERIFY(!beta.firstRelease.has_value());
    QCOMPARE(beta.lastRelease, std::optional<int>(2026));
    // Read as a member Versus knows, not kept aside as an unknown key.
    QVERIFY(!alpha.extra.contains("lastRelease"_L1));
}

void TestDataReader::checkedDate()
{
    QByteArray json = minimalDocument;
    json.replace("\"schemaVersion\": 1,\n",
                 "\"schemaVersion\": 1,\n  \"checked\": \"2026-12-07\",\n");
    const ReadResult result = DataReader::read(json, u"checked.json"_s);
    QVERIFY2(result.ok(), qPrintable(formatErrors(result.errors)));
    QCOMPARE(result.data.checked, QDate(2026, 12, 7));
    QVERIFY(!result.data.extra.contains("checked"_L1));
    QVERIFY(DataReader::read(minimalDocument, u"minimal.json"_s).data.checked.isNull());
}

void TestDataReader::checkedDateRejected_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("number") << QByteArray("20261207");
    QTest::newRow("no leading zeros") << QByteArray("\"2026-12-7\"");
    QTest::newRow("slashes") << QByteArray("\"2026/12/07\"");
    QTest::newRow("with a time") << QByteArray("\"2026-12-07T10:00\"");
    QTest::newRow("no such day") << QByteArray("\"2026-02-30\"");
    QTest::newRow("empty") << QByteArray("\"\"");
}

void TestDataReader::checkedDateRejected()
{
    QFETCH(QByteArray, value);
    QByteArray json = minimalDocument;
    const QByteArray member = QByteArray("\"schemaVersion\": 1,\n  \"checked\": ") + value + ",\n";
    json.replace("\"schemaVersion\": 1,\n", member);
    const ReadResult result = DataReader::read(json, u"checked.json"_s);
    QVERIFY(!result.ok());
    QVERIFY2(result.errors.size() == 1, qPrintable(formatErrors(result.errors)));
    QCOMPARE(result.errors.first().pointer, u"/checked"_s);
    QCOMPARE(result.errors.first().line, 3);
    QVERIFY2(result.errors.first().message.contains(u"YYYY-MM-DD"_s),
             qPrintable(result.errors.first().message));
}

void TestDataReader::compareEmpty()
{
    QByteArray json = minimalDocument;
    json.replace("\n  ]\n}", ",\n    {\"id\": \"beta\", \"name\": \"Beta\"}\n  ]\n}");
    QVERIFY(json.contains("\"schemaVersion\": 1,\n"));
    json.replace("\"schemaVersion\": 1,\n", "\"schemaVersion\": 1,\n  \"compare\": [],\n");
    const ReadResult result = DataReader::read(json, u"empty.json"_s);
    QVERIFY2(result.ok(), qPrintable(formatErrors(result.errors)));
    QCOMPARE(result.data.frameworks.size(), 2);
    // "Compare none" is a choice of its own, not "compare all".
    QVERIFY(result.data.compare.has_value());
    QVERIFY(result.data.compare->isEmpty());
    QVERIFY(result.data.initialComparison().isEmpty());
    QVERIFY(result.data.extra.isEmpty());

    const ReadResult missing = DataReader::read(minimalDocument, u"missing.json"_s);
    QVERIFY(missing.ok());
    QVERIFY(result.data != missing.data);
}

// ---------------------------------------------------------------------------------------------
// Refused before parsing

void TestDataReader::refusedBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << u"is empty"_s;
    QTest::newRow("whitespace only") << QByteArray(" \n\t\r\n") << u"is empty"_s;
    QTest::newRow("UTF-16 LE BOM")
        << QByteArray("\xFF\xFE{\0}\0", 6) << u"is UTF-16; data files must be UTF-8"_s;
    QTest::newRow("UTF-16 BE BOM")
        << QByteArray("\xFE\xFF\0{\0}", 6) << u"is UTF-16; data files must be UTF-8"_s;
}

void TestDataReader::refusedBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);

    const ReadResult result = DataReader::read(bytes, u"bytes.json"_s);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().line, 0);
    QCOMPARE(result.errors.first().column, 0);
    QCOMPARE(result.errors.first().pointer, QString());
    QCOMPARE(result.errors.first().toString(), QString(u"bytes.json: "_s + message));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"refused.json"_s);
    QVERIFY(writeFile(path, bytes));
    const ReadResult fromFile = DataReader::readFile(path);
    QCOMPARE(fromFile.errors.size(), 1);
    QCOMPARE(fromFile.errors.first().line, 0);
    QCOMPARE(fromFile.errors.first().toString(), QString(path + u": "_s + message));
}

void TestDataReader::refusedDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ReadResult result = DataReader::readFile(dir.path());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().line, 0);
    QCOMPARE(result.errors.first().toString(),
             QString(dir.path() + u": is a directory, not a data file"_s));
}

void TestDataReader::refusedMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"missing.json"_s);
    const ReadResult result = DataReader::readFile(path);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().line, 0);
    QCOMPARE(result.errors.first().toString(), QString(path + u": no such file"_s));

    const ReadResult named = DataReader::readFile(path, u"missing.json"_s);
    QCOMPARE(named.errors.first().toString(), u"missing.json: no such file"_s);
}

void TestDataReader::refusedLargeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // A valid document padded with whitespace: refused for its size alone.
    QFile bundled(bundledPath);
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    const QByteArray document = bundled.readAll();
    QVERIFY(DataReader::read(document, u"bundled"_s).ok());

    const struct
    {
        qint64 size;
        QString message;
    } cases[] = {
        {DataReader::MaxFileSize + 1, u"is 16.0 MiB; data files are limited to 16 MiB"_s},
        {17 * 1024 * 1024, u"is 17.0 MiB; data files are limited to 16 MiB"_s},
    };
    for (const auto &c : cases) {
        const QString path = dir.filePath(u"large.json"_s);
        QVERIFY(writeFile(path, document + QByteArray(c.size - document.size(), ' ')));
        QCOMPARE(QFileInfo(path).size(), c.size);
        const ReadResult result = DataReader::readFile(path, u"large.json"_s);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().line, 0);
        QCOMPARE(result.errors.first().pointer, QString());
        QCOMPARE(result.errors.first().toString(), QString(u"large.json: "_s + c.message));
    }

    // In memory, too.
    const ReadResult inMemory =
        DataReader::read(document + QByteArray(DataReader::MaxFileSize + 1 - document.size(), ' '),
                         u"memory.json"_s);
    QCOMPARE(inMemory.errors.size(), 1);
    QCOMPARE(inMemory.errors.first().toString(), u"memory.json: is larger than 16 MiB"_s);
}

void TestDataReader::acceptedAtSizeLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile bundled(bundledPath);
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    const QByteArray document = bundled.readAll();
    const QString path = dir.filePath(u"limit.json"_s);
    QVERIFY(
        writeFile(path, document + QByteArray(DataReader::MaxFileSize - document.size(), '\n')));
    QCOMPARE(QFileInfo(path).size(), DataReader::MaxFileSize);
    const ReadResult result = DataReader::readFile(path);
    QVERIFY2(result.ok(), qPrintable(formatErrors(result.errors)));
    QCOMPARE(result.data, DataReader::readFile(bundledPath).data);
    QCOMPARE(result.data.frameworks.size(), 14);
}

void TestDataReader::refusedFifo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"fifo.json"_s);
    const QByteArray nativePath = QFile::encodeName(path);
    QVERIFY(::mkfifo(nativePath.constData(), 0600) == 0);

    // Read in a thread: opening a FIFO with no writer blocks, which must not happen. Should it
    // block anyway, a writer is attached so that the thread ends and the test fails cleanly.
    ReadResult result;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QThread> thread(
        QThread::create([&result, path] { result = DataReader::readFile(path); }));
    thread->start();
    if (!thread->wait(5000)) {
        const int fd = ::open(nativePath.constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
        QVERIFY(thread->wait(5000));
        QFAIL("reading a FIFO blocked");
    }
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().line, 0);
    QCOMPARE(result.errors.first().toString(), QString(path + u": is not a regular file"_s));
}

void TestDataReader::manyErrorsAreCapped()
{
    // 300 faults: the first 100 are placed, the rest counted in one line without a place.
    QByteArray json = R"({"schemaVersion": 1, "metrics": [{"id": "m", "name": "M",
        "levels": ["a", "b"]}], "frameworks": [)";
    for (int i = 0; i < 300; ++i)
        json += (i ? ",\n" : "\n") +
                u"{\"id\": \"f%1\", \"name\": \"F\", \"color\": \"red\"}"_s.arg(i).toUtf8();
    json += "]}";
    const ReadResult result = DataReader::read(json, u"many.json"_s);
    QCOMPARE(result.errors.size(), 101);
    QCOMPARE(result.errors.at(99).pointer, u"/frameworks/99/color"_s);
    QCOMPARE(result.errors.at(99).line, 102); // two lines of header, then one per framework
    QCOMPARE(result.errors.last().line, 0);
    QCOMPARE(result.errors.last().message, u"200 more problems not listed"_s);
}

QTEST_GUILESS_MAIN(TestDataReader)
#include "tst_datareader.moc"
