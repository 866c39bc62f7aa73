// SPDX-License-Identifier: GPL-3.0-or-later
// The format table (DataFormat) against what is made from it or kept beside it: the JSON Schema
// in resources/frameworks.schema.json must be the one the table makes, and docs/data-format.md
// must hold each object's table of members exactly as the table lists them. A member added to
// the table without the schema and the documentation fails here; the message shows what to
// write. (tests/data/check_schema.py then runs the schema over the corpus.)
#include "DataFormat.h"
#include "DataReader.h"
#include "DataWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Versus;
using namespace Versus::DataFormat;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// The table of members as docs/data-format.md shows it.
template <typename T> QString markdownTable(std::span<const Member<T>> members)
{
    QString out = u"| member | type | required | limits | meaning |\n|---|---|---|---|---|\n"_s;
    for (const Member<T> &member : members) {
        out += u"| `"_s + QString(member.key) + u"` | "_s + typeName(member.type) + u" | "_s +
               (member.required ? u"yes"_s : u"no"_s) + u" | "_s +
               limits(member.type, member.min, member.max) + u" | "_s +
               QString::fromUtf8(member.description) + u" |\n"_s;
    }
    return out;
}

template <typename T> QStringList keys(std::span<const Member<T>> members)
{
    QStringList list;
    for (const Member<T> &member : members)
        list << QString(member.key);
    return list;
}

} // namespace

class TestDataFormat : public QObject
{
    Q_OBJECT

private slots:
    void schemaFileIsTheTables();
    void documentationHasEveryTable_data();
    void documentationHasEveryTable();
    void writerFollowsTheTableOrder();
    void newMembersAreInTheTables();
};

void TestDataFormat::schemaFileIsTheTables()
{
    const QString path = QStringLiteral(VERSUS_SOURCE_DIR "/resources/frameworks.schema.json");
    const QJsonObject expected = jsonSchema();
    const QJsonDocument file = QJsonDocument::fromJson(contents(path));
    if (file.object() != expected) {
        // Written beside the build, to be copied over the file after a change of the table.
        QFile out(QStringLiteral("frameworks.schema.json"));
        if (out.open(QIODevice::WriteOnly))
            out.write(QJsonDocument(expected).toJson());
        QFAIL(qPrintable(u"%1 is not what the format table makes; the table's schema is in "
                         u"%2"_s.arg(path, QFileInfo(out).absoluteFilePath())));
    }
    QCOMPARE(file.object().value(u"$schema"_s).toString(),
             u"https://json-schema.org/draft/2020-12/schema"_s);
}

void TestDataFormat::documentationHasEveryTable_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("data set") << markdownTable(dataSet());
    QTest::newRow("metric") << markdownTable(metric());
    QTest::newRow("framework") << markdownTable(framework());
    QTest::newRow("rating") << markdownTable(rating());
    QTest::newRow("source") << markdownTable(source());
}

void TestDataFormat::documentationHasEveryTable()
{
    QFETCH(QString, table);
    const QString docs =
        QString::fromUtf8(contents(QStringLiteral(VERSUS_SOURCE_DIR "/docs/data-format.md")));
    QVERIFY2(docs.contains(table),
             qPrintable(u"docs/data-format.md lacks this table, as the format table has it:\n"_s +
                        table));
}

// The writer orders each object's members as the table lists them.
void TestDataFormat::writerFollowsTheTableOrder()
{
    const ReadResult bundled = DataReader::readFile(u":/frameworks.json"_s);
    QVERIFY(bundled.ok());
    DataSet data = bundled.data;
    data.checked = QDate(2026, 12, 7);
    data.frameworks[0].ratings[data.metrics[0].id].range = std::pair(2, 5);
    data.frameworks[0].ratings[data.metrics[0].id].note = u"why"_s;
    data.weights = QMap<QString, int>{{data.metrics[0].id, 2}};
    data.rater = u"Ann"_s;
    data.raters = QStringList{u"Ann"_s, u"Bob"_s};
    data.frameworks[0].ratings[data.metrics[0].id].votes = {3, std::nullopt};
    const QByteArray written = DataWriter::toJson(data);
    const auto order = [&](const QStringList &names, qsizetype from) {
        QList<qsizetype> places;
        for (const QString &name : names) {
            const qsizetype at = written.indexOf(u"\"%1\": "_s.arg(name).toUtf8(), from);
            if (at >= 0)
                places << at;
        }
        return places;
    };
    const QList<qsizetype> top = order(keys(dataSet()), 0);
    QCOMPARE(top.size(), dataSet().size());
    QVERIFY(std::is_sorted(top.cbegin(), top.cend()));
    const qsizetype firstFramework = written.indexOf("\"frameworks\": ");
    const qsizetype firstRating = written.indexOf("\"score\": ", firstFramework);
    const QList<qsizetype> rating = order(keys(DataFormat::rating()), firstRating - 1);
    QCOMPARE(rating.size(), 4);
    QVERIFY(std::is_sorted(rating.cbegin(), rating.cend()));
    QVERIFY(written.contains("\"range\": [2, 5]"));
    QVERIFY(written.contains("\"checked\": \"2026-12-07\""));
    // The votes on one line, a score or null for each of the raters.
    QVERIFY(written.contains(R"("votes": [3, null])"));
}

// The members added through the table: where they are, and that they are optional.
void TestDataFormat::newMembersAreInTheTables()
{
    const QStringList top = keys(dataSet());
    QCOMPARE(top.indexOf(u"checked"_s), top.indexOf(u"title"_s) + 1);
    const QStringList rating = keys(DataFormat::rating());
    QCOMPARE(rating, QStringList({u"score"_s, u"range"_s, u"note"_s, u"votes"_s}));
    QCOMPARE(top.indexOf(u"rater"_s), top.indexOf(u"checked"_s) + 1);
    QCOMPARE(top.indexOf(u"raters"_s), top.indexOf(u"rater"_s) + 1);
    QVERIFY(!DataFormat::rating()[3].required);
    QVERIFY(!jsonSchema()[u"$defs"_s].toObject().contains(u"vote"_s));
    QCOMPARE(
        jsonSchema()[u"$defs"_s][u"rating"_s][u"properties"_s][u"votes"_s][u"items"_s][u"type"_s]
            .toArray(),
        QJsonArray({u"integer"_s, u"null"_s}));
    QVERIFY(!DataFormat::rating()[1].required);
    QCOMPARE(
        jsonSchema()[u"$defs"_s][u"rating"_s][u"properties"_s][u"range"_s][u"maxItems"_s].toInt(),
        2);
}

QTEST_GUILESS_MAIN(TestDataFormat)
#include "tst_dataformat.moc"
