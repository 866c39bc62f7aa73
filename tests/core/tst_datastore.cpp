// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataReader.h"
#include "DataStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

QString testData(const QString &relative)
{
    return QStringLiteral(VERSUS_TEST_DATA_DIR "/") + relative;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QString userFolder()
{
    return QFileInfo(DataStore::userDataPath()).absolutePath();
}

// The files an invalid user file was moved to, oldest name first.
QStringList movedAside()
{
    QStringList names =
        QDir(userFolder())
            .entryList({u"frameworks.json.invalid-*"_s}, QDir::Files | QDir::Hidden, QDir::Name);
    for (QString &name : names)
        name = userFolder() + u'/' + name;
    return names;
}

} // namespace

class TestDataStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void paths();
    void noUserFile();
    void validUserFile();
    void invalidUserFile_data();
    void invalidUserFile();
    void toldOnlyOnce();
    void invalidFilesInTheSameSecond();
    void readingOnlyLeavesTheFilesAlone();
};

void TestDataStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Test mode keeps the person's own folders out of reach: init() deletes this one.
    QVERIFY2(userFolder().contains(u"/.qttest/"_s), qPrintable(userFolder()));
}

void TestDataStore::init()
{
    QDir folder(userFolder());
    QVERIFY(userFolder().contains(u"/.qttest/"_s));
    QVERIFY(folder.removeRecursively());
    QVERIFY(!QFileInfo::exists(userFolder()));
}

void TestDataStore::cleanupTestCase()
{
    if (userFolder().contains(u"/.qttest/"_s))
        QDir(userFolder()).removeRecursively();
}

void TestDataStore::paths()
{
    QCOMPARE(DataStore::bundledPath(), u":/frameworks.json"_s);
    QCOMPARE(DataStore::userDataPath(),
             QString(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                     u"/frameworks.json"_s));
}

void TestDataStore::noUserFile()
{
    const DataStore::Loaded loaded = DataStore::loadStartupData();
    QCOMPARE(loaded.path, u":/frameworks.json"_s);
    QVERIFY(loaded.bundled);
    QCOMPARE(loaded.problem, QString());
    QVERIFY(loaded.errors.isEmpty());
    QCOMPARE(loaded.data.title, u"Deep-learning frameworks"_s);
    QCOMPARE(loaded.data.frameworks.size(), 14);
    QCOMPARE(loaded.data.metrics.size(), 4);
    QCOMPARE(loaded.data, DataReader::readFile(u":/frameworks.json"_s).data);

    const DataStore::Loaded bundled = DataStore::loadBundled();
    QCOMPARE(bundled.path, u":/frameworks.json"_s);
    QVERIFY(bundled.bundled);
    QCOMPARE(bundled.data, loaded.data);
}

void TestDataStore::validUserFile()
{
    const QByteArray bytes = readAll(testData(u"valid/three-frameworks.json"_s));
    QVERIFY(!bytes.isEmpty());
    QVERIFY(QDir().mkpath(userFolder()));
    QVERIFY(writeFile(DataStore::userDataPath(), bytes));

    const DataStore::Loaded loaded = DataStore::loadStartupData();
    QCOMPARE(loaded.path, DataStore::userDataPath());
    QVERIFY(!loaded.bundled);
    QCOMPARE(loaded.problem, QString());
    QVERIFY(loaded.errors.isEmpty());
    QCOMPARE(loaded.data.title, u"Three frameworks"_s);
    QCOMPARE(loaded.data.frameworks.size(), 3);
    QCOMPARE(loaded.data.frameworks.at(0).id, u"alpha"_s);
    QVERIFY(loaded.data.compare);
    QCOMPARE(*loaded.data.compare, QStringList({u"alpha"_s, u"gamma"_s}));

    // Reading leaves the file where and as it was.
    QCOMPARE(readAll(DataStore::userDataPath()), bytes);
    QVERIFY(movedAside().isEmpty());
}

void TestDataStore::invalidUserFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("pointer");

    QTest::newRow("score out of range") << readAll(testData(u"invalid/score-out-of-range.json"_s))
                                        << u"/frameworks/0/ratings/performance/score"_s;
    QTest::newRow("not JSON") << QByteArray("{\n  \"schemaVersion\": 1,\n") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE{\0}\0", 6) << QString();
    QTest::newRow("schema version 2") << QByteArray(R"json({
  "schemaVersion": 2,
  "metrics": [{"id": "speed", "name": "Speed", "levels": ["Low", "High"]}],
  "frameworks": []
}
)json") << u"/schemaVersion"_s;
}

void TestDataStore::invalidUserFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, pointer);

    const QString userPath = DataStore::userDataPath();
    QVERIFY(QDir().mkpath(userFolder()));
    QVERIFY(writeFile(userPath, bytes));

    const DataStore::Loaded loaded = DataStore::loadStartupData();

    // The bundled data is shown...
    QVERIFY(loaded.bundled);
    QCOMPARE(loaded.path, u":/frameworks.json"_s);
    QCOMPARE(loaded.data, DataStore::loadBundled().data);
    QCOMPARE(loaded.data.frameworks.size(), 14);

    // ...with the reasons, naming the user's file...
    QVERIFY(!loaded.errors.isEmpty());
    QCOMPARE(loaded.errors.first().file, userPath);
    QCOMPARE(loaded.errors.first().pointer, pointer);

    // ...which was moved aside intact, never overwritten, and the person is told where.
    QVERIFY(!QFileInfo::exists(userPath));
    const QStringList aside = movedAside();
    QCOMPARE(aside.size(), 1);
    QVERIFY2(QFileInfo(aside.first()).fileName().startsWith(u"frameworks.json.invalid-"_s),
             qPrintable(aside.first()));
    QCOMPARE(QFileInfo(aside.first()).absolutePath(), userFolder());
    QCOMPARE(readAll(aside.first()), bytes);
    QVERIFY(!loaded.problem.isEmpty());
    QVERIFY2(loaded.problem.contains(QDir::toNativeSeparators(aside.first())),
             qPrintable(loaded.problem));
}

void TestDataStore::toldOnlyOnce()
{
    QVERIFY(QDir().mkpath(userFolder()));
    QVERIFY(writeFile(DataStore::userDataPath(), "not json"));
    const DataStore::Loaded first = DataStore::loadStartupData();
    QVERIFY(!first.problem.isEmpty());

    // Next start: the broken file is out of the way, so the bundled data comes without a word.
    const DataStore::Loaded second = DataStore::loadStartupData();
    QVERIFY(second.bundled);
    QCOMPARE(second.problem, QString());
    QVERIFY(second.errors.isEmpty());
    QCOMPARE(movedAside().size(), 1);
    QCOMPARE(readAll(movedAside().first()), QByteArray("not json"));
}

void TestDataStore::invalidFilesInTheSameSecond()
{
    QVERIFY(QDir().mkpath(userFolder()));
    const QString userPath = DataStore::userDataPath();
    const QList<QByteArray> contents{"first broken file", "second broken file",
                                     "third broken file"};

    // Start just after the clock ticks over to a new second so that all three files are moved
    // aside within the same second: their time stamps are alike.
    const qint64 start = QDateTime::currentMSecsSinceEpoch() / 1000;
    while (QDateTime::currentMSecsSinceEpoch() / 1000 == start)
        QThread::msleep(1);

    QStringList problems;
    for (const QByteArray &bytes : contents) {
        QVERIFY(writeFile(userPath, bytes));
        const DataStore::Loaded loaded = DataStore::loadStartupData();
        QVERIFY(loaded.bundled);
        QVERIFY(!loaded.errors.isEmpty());
        QVERIFY2(!QFileInfo::exists(userPath), qPrintable(loaded.problem));
        problems << loaded.problem;
    }

    // Three files aside, each with its own content, and each named to the person.
    const QStringList aside = movedAside();
    QCOMPARE(aside.size(), 3);
    QSet<QByteArray> found;
    for (const QString &path : aside)
        found.insert(readAll(path));
    QCOMPARE(found, QSet<QByteArray>(contents.cbegin(), contents.cend()));
    // A name with a suffix contains the name without it: the longest one named is the one.
    QSet<QString> named;
    for (qsizetype i = 0; i < contents.size(); ++i) {
        QString longest;
        for (const QString &path : aside) {
            if (problems.at(i).contains(QDir::toNativeSeparators(path)) &&
                path.size() > longest.size())
                longest = path;
        }
        QVERIFY2(!longest.isEmpty(), qPrintable(problems.at(i)));
        QCOMPARE(readAll(longest), contents.at(i));
        named.insert(longest);
    }
    QCOMPARE(named.size(), 3);
}

// The headless commands read the same way but never move a file about.
void TestDataStore::readingOnlyLeavesTheFilesAlone()
{
    const DataStore::Loaded none = DataStore::readStartupData();
    QVERIFY(none.bundled);
    QCOMPARE(none.data, DataStore::loadBundled().data);

    QVERIFY(QDir().mkpath(userFolder()));
    const QString userPath = DataStore::userDataPath();
    const QByteArray valid = readAll(testData(u"valid/three-frameworks.json"_s));
    QVERIFY(writeFile(userPath, valid));
    const DataStore::Loaded user = DataStore::readStartupData();
    QVERIFY(!user.bundled);
    QCOMPARE(user.path, userPath);
    QCOMPARE(user.data.title, u"Three frameworks"_s);
    QVERIFY(user.errors.isEmpty());
    QCOMPARE(user.problem, QString());

    const QByteArray invalid = readAll(testData(u"invalid/score-out-of-range.json"_s));
    QVERIFY(writeFile(userPath, invalid));
    const DataStore::Loaded fallback = DataStore::readStartupData();
    QVERIFY(fallback.bundled);
    QCOMPARE(fallback.data, DataStore::loadBundled().data);
    QVERIFY(!fallback.errors.isEmpty());
    QCOMPARE(fallback.errors.first().file, userPath);
    QVERIFY2(fallback.problem.contains(QDir::toNativeSeparators(userPath)),
             qPrintable(fallback.problem));
    // Where it was, as it was.
    QCOMPARE(readAll(userPath), invalid);
    QVERIFY(movedAside().isEmpty());
}

QTEST_GUILESS_MAIN(TestDataStore)
#include "tst_datastore.moc"
