// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonLocator.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

// A document with nesting, arrays, keys that need escaping in a pointer, an empty key, a
// duplicate key and a key written with a \u escape.
const QByteArray nested = R"json({
  "a": {"b": [10, {"c~d": 11, "e/f": 12, "g": [true, null]}]},
  "": "empty key",
  "m~1n": 13,
  "k": 14, "k": 15,
  "\u0068": "aitch",
  "e": [],
  "o": {},
  "x": "why"
}
)json";

} // namespace

class TestJsonLocator : public QObject
{
    Q_OBJECT

private slots:
    void position_data();
    void position();
    void offsetOf_data();
    void offsetOf();
    void duplicateKeys_data();
    void duplicateKeys();
    void duplicateOffset();
    void escapePointerToken_data();
    void escapePointerToken();
};

void TestJsonLocator::position_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const QByteArray lines = "{\n  \"a\": 1\n}";
    QTest::newRow("start") << QByteArray("{}") << qsizetype(0) << 1 << 1;
    QTest::newRow("second byte") << QByteArray("{}") << qsizetype(1) << 1 << 2;
    QTest::newRow("line 2") << lines << lines.indexOf('1') << 2 << 8;
    QTest::newRow("newline itself") << lines << lines.indexOf('1') + 1 << 2 << 9;
    QTest::newRow("line 3") << lines << lines.indexOf('}') << 3 << 1;
    QTest::newRow("empty lines") << QByteArray("\n\n\n  x") << qsizetype(5) << 4 << 3;

    // Columns count characters, not bytes.
    const QByteArray accent = "{\"é\": 1}"; // é is 2 bytes
    QTest::newRow("é is one column") << accent << accent.indexOf('1') << 1 << 7;
    QCOMPARE(accent.indexOf('1'), 7);
    const QByteArray cjk = "{\"日本\": 1}"; // 3 bytes each
    QTest::newRow("CJK") << cjk << cjk.indexOf('1') << 1 << 8;
    const QByteArray emoji = "{\"😀\": 1}"; // 4 bytes
    QTest::newRow("emoji is one column") << emoji << emoji.indexOf('1') << 1 << 7;
    const QByteArray secondLine = "{\"é\":\n \"ü\": 1}";
    QTest::newRow("é on line 2") << secondLine << secondLine.indexOf('1') << 2 << 7;

    // The byte-order mark is no column.
    const QByteArray bom = "\xEF\xBB\xBF{\"a\": 1}";
    QTest::newRow("BOM, first character") << bom << qsizetype(3) << 1 << 1;
    QTest::newRow("BOM, later character") << bom << bom.indexOf('1') << 1 << 7;
    QTest::newRow("BOM, line 2") << QByteArray("\xEF\xBB\xBF\n{}") << qsizetype(4) << 2 << 1;
    // A BOM-looking sequence elsewhere is a character like any other.
    const QByteArray inner = "{\"\xEF\xBB\xBF\": 1}";
    QTest::newRow("no BOM inside") << inner << inner.indexOf('1') << 1 << 7;

    const QByteArray crlf = "{\r\n\"a\": 1}";
    QTest::newRow("CRLF") << crlf << crlf.indexOf('1') << 2 << 6;

    QTest::newRow("past the end") << QByteArray("{}") << qsizetype(99) << 1 << 3;
    QTest::newRow("negative") << QByteArray("{}") << qsizetype(-5) << 1 << 1;
    QTest::newRow("empty text") << QByteArray() << qsizetype(0) << 1 << 1;
}

void TestJsonLocator::position()
{
    QFETCH(QByteArray, text);
    QFETCH(qsizetype, offset);
    QFETCH(int, line);
    QFETCH(int, column);

    const JsonLocator locator(text);
    const JsonLocator::Position pos = locator.position(offset);
    QCOMPARE(pos.line, line);
    QCOMPARE(pos.column, column);
}

void TestJsonLocator::offsetOf_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<qsizetype>("offset");

    QVERIFY(!QJsonDocument::fromJson(nested).isNull());
    // Each marker occurs once in the document: the expected offset is where it starts.
    const auto at = [](const QByteArray &text, const char *marker) {
        const qsizetype offset = text.indexOf(marker);
        if (offset < 0 || text.indexOf(marker, offset + 1) >= 0)
            qFatal("marker %s is not unique", marker);
        return offset;
    };

    QTest::newRow("root") << nested << QString() << qsizetype(0);
    QTest::newRow("/a") << nested << u"/a"_s << at(nested, "{\"b\"");
    QTest::newRow("/a/b") << nested << u"/a/b"_s << at(nested, "[10");
    QTest::newRow("/a/b/0") << nested << u"/a/b/0"_s << at(nested, "10,");
    QTest::newRow("/a/b/1") << nested << u"/a/b/1"_s << at(nested, "{\"c~d\"");
    QTest::newRow("~0 escape") << nested << u"/a/b/1/c~0d"_s << at(nested, "11,");
    QTest::newRow("~1 escape") << nested << u"/a/b/1/e~1f"_s << at(nested, "12,");
    QTest::newRow("/a/b/1/g") << nested << u"/a/b/1/g"_s << at(nested, "[true");
    QTest::newRow("/a/b/1/g/0") << nested << u"/a/b/1/g/0"_s << at(nested, "true");
    QTest::newRow("/a/b/1/g/1") << nested << u"/a/b/1/g/1"_s << at(nested, "null");
    QTest::newRow("empty key") << nested << u"/"_s << at(nested, "\"empty key\"");
    QTest::newRow("~01 is ~1, not /") << nested << u"/m~01n"_s << at(nested, "13");
    QTest::newRow("duplicate: the last one") << nested << u"/k"_s << at(nested, "15");
    QTest::newRow("\\u escaped key") << nested << u"/h"_s << at(nested, "\"aitch\"");
    QTest::newRow("/x") << nested << u"/x"_s << at(nested, "\"why\"");

    // What does not exist is reported at the deepest value that does.
    QTest::newRow("missing member") << nested << u"/a/b/1/zzz"_s << at(nested, "{\"c~d\"");
    QTest::newRow("missing member, deeper") << nested << u"/a/zzz/y"_s << at(nested, "{\"b\"");
    QTest::newRow("missing at the root") << nested << u"/nope"_s << qsizetype(0);
    QTest::newRow("unescaped ~1 does not match /") << nested << u"/e~1g"_s << qsizetype(0);
    QTest::newRow("index past the end") << nested << u"/a/b/2"_s << at(nested, "[10");
    QTest::newRow("index not a number") << nested << u"/a/b/x"_s << at(nested, "[10");
    QTest::newRow("into an empty array") << nested << u"/e/0"_s << at(nested, "[]");
    QTest::newRow("into an empty object") << nested << u"/o/p"_s << at(nested, "{}");
    QTest::newRow("into a string") << nested << u"/x/y"_s << at(nested, "\"why\"");

    // Offsets count bytes, the BOM included.
    const QByteArray bom = "\xEF\xBB\xBF{\"a\": 1}";
    QTest::newRow("BOM root") << bom << QString() << qsizetype(3);
    QTest::newRow("BOM member") << bom << u"/a"_s << qsizetype(9);

    const QByteArray spaced = "\n { \"a\" :\n\t[ 1 ,\r\n \"é\" , { \"b\" : 2 } ] }";
    QTest::newRow("whitespace root") << spaced << QString() << at(spaced, "{ \"a\"");
    QTest::newRow("whitespace /a/1") << spaced << u"/a/1"_s << at(spaced, "\"é\"");
    QTest::newRow("whitespace /a/2/b") << spaced << u"/a/2/b"_s << at(spaced, "2 }");

    // Strings holding brackets, quotes and backslashes are skipped whole.
    const QByteArray tricky = R"json({"s": "}]\"{[", "t": "\\", "u": ["]", "\"", 7]})json";
    QTest::newRow("tricky strings") << tricky << u"/u/2"_s << at(tricky, "7");
    QTest::newRow("tricky string value") << tricky << u"/t"_s << at(tricky, "\"\\\\\"");
}

void TestJsonLocator::offsetOf()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, pointer);
    QFETCH(qsizetype, offset);

    const JsonLocator locator(text);
    QCOMPARE(locator.offsetOf(pointer), offset);
}

void TestJsonLocator::duplicateKeys_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("pointers");
    QTest::addColumn<QStringList>("keys");

    QTest::newRow("none") << QByteArray(nested).replace("\"k\": 14, ", "") << QStringList()
                          << QStringList();
    QTest::newRow("clean document") << QByteArray(R"json({
  "schemaVersion": 1,
  "metrics": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
  "frameworks": [{"id": "x", "ratings": {"a": {"score": 1}, "b": {"score": 2}}}]
}
)json") << QStringList() << QStringList();
    QTest::newRow("same key in different objects")
        << QByteArray(R"json({"a": {"a": 1}, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}]})json")
        << QStringList() << QStringList();
    QTest::newRow("same key in a string")
        << QByteArray(R"json({"s": "{\"a\": 1, \"a\": 2}", "t": "]\\", "u": 1})json")
        << QStringList() << QStringList();

    QTest::newRow("top level") << QByteArray(R"json({"a": 1, "b": 2, "a": 3})json")
                               << QStringList{u"/a"_s} << QStringList{u"a"_s};
    QTest::newRow("three times") << QByteArray(R"json({"a": 1, "a": 2, "a": 3})json")
                                 << QStringList{u"/a"_s, u"/a"_s} << QStringList{u"a"_s, u"a"_s};
    QTest::newRow("nested object")
        << QByteArray(R"json({"o": {"p": {"x": 1, "y": 2, "x": 3}}})json")
        << QStringList{u"/o/p/x"_s} << QStringList{u"x"_s};
    QTest::newRow("inside an array")
        << QByteArray(R"json({"list": [{"k": 1}, {"k": 1, "k": 2}]})json")
        << QStringList{u"/list/1/k"_s} << QStringList{u"k"_s};
    QTest::newRow("arrays in arrays") << QByteArray(R"json([1, [true, {"a": 1, "a": 2}]])json")
                                      << QStringList{u"/1/1/a"_s} << QStringList{u"a"_s};
    QTest::newRow("realistic") << QByteArray(R"json({
  "frameworks": [
    {"id": "caffe"},
    {"id": "theano", "ratings": {"performance": {"score": 3, "score": 4}}}
  ]
}
)json") << QStringList{u"/frameworks/1/ratings/performance/score"_s}
                               << QStringList{u"score"_s};
    QTest::newRow("document order")
        << QByteArray(R"json({"a": {"x": 1, "x": 2}, "b": [{"y": 1, "y": 2}], "a": 3})json")
        << QStringList{u"/a/x"_s, u"/b/0/y"_s, u"/a"_s} << QStringList{u"x"_s, u"y"_s, u"a"_s};
    QTest::newRow("after a tricky string")
        << QByteArray(R"json({"s": "{\"u\": 1", "t": "\\", "u": 1, "u": 2})json")
        << QStringList{u"/u"_s} << QStringList{u"u"_s};

    // Escapes: the same key however it is written.
    QTest::newRow("\\u0061 is a") << QByteArray(R"json({"a": 1, "\u0061": 2})json")
                                  << QStringList{u"/a"_s} << QStringList{u"a"_s};
    QTest::newRow("a is \\u0061") << QByteArray(R"json({"\u0061": 1, "a": 2})json")
                                  << QStringList{u"/a"_s} << QStringList{u"a"_s};
    QTest::newRow("\\/ is /") << QByteArray(R"json({"a\/b": 1, "a/b": 2})json")
                              << QStringList{u"/a~1b"_s} << QStringList{u"a/b"_s};
    QTest::newRow("~ in pointer") << QByteArray(R"json({"a~b": 1, "a~b": 2})json")
                                  << QStringList{u"/a~0b"_s} << QStringList{u"a~b"_s};
    QTest::newRow("\\u00e9 is é") << QByteArray(R"json({"café": 1, "caf\u00E9": 2})json")
                                  << QStringList{u"/café"_s} << QStringList{u"café"_s};
    QTest::newRow("surrogate pair") << QByteArray(R"json({"😀": 1, "\ud83d\ude00": 2})json")
                                    << QStringList{u"/😀"_s} << QStringList{u"😀"_s};
    QTest::newRow("\\n in key") << QByteArray(R"json({"a\nb": 1, "a\u000ab": 2})json")
                                << QStringList{u"/a\nb"_s} << QStringList{u"a\nb"_s};
    // Past 32 keys an object's keys are kept in a hash: duplicates are found there too.
    QByteArray many = "{";
    for (int i = 0; i < 40; ++i)
        many += "\"key" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ", ";
    many += R"json("key35": 1, "k\u0065y2": 2, "key40": 3, "key5": 4})json";
    QTest::newRow("many keys") << many << QStringList{u"/key35"_s, u"/key2"_s, u"/key5"_s}
                               << QStringList{u"key35"_s, u"key2"_s, u"key5"_s};
    QTest::newRow("different escapes differ")
        << QByteArray(R"json({"a\tb": 1, "a\nb": 2, "atb": 3})json") << QStringList()
        << QStringList();
}

void TestJsonLocator::duplicateKeys()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, pointers);
    QFETCH(QStringList, keys);

    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);

    const JsonLocator locator(text);
    QStringList foundPointers;
    QStringList foundKeys;
    for (const JsonLocator::Duplicate &duplicate : locator.duplicateKeys()) {
        foundPointers << duplicate.pointer;
        foundKeys << duplicate.key;
        // Each duplicate's offset is where its pointer leads.
        QVERIFY(duplicate.offset > 0 && duplicate.offset < text.size());
    }
    QCOMPARE(foundPointers, pointers);
    QCOMPARE(foundKeys, keys);
}

void TestJsonLocator::duplicateOffset()
{
    const QByteArray text = "{\n  \"o\": {\n    \"x\": 1,\n    \"x\": [2]\n  },\n  \"o\": 3\n}";
    const JsonLocator locator(text);
    const QList<JsonLocator::Duplicate> duplicates = locator.duplicateKeys();
    QCOMPARE(duplicates.size(), 2);

    // The second occurrence's value, not its key.
    QCOMPARE(duplicates.at(0).pointer, u"/o/x"_s);
    QCOMPARE(duplicates.at(0).offset, text.indexOf("[2]"));
    QCOMPARE(locator.position(duplicates.at(0).offset).line, 4);
    QCOMPARE(locator.position(duplicates.at(0).offset).column, 10);

    QCOMPARE(duplicates.at(1).pointer, u"/o"_s);
    QCOMPARE(duplicates.at(1).offset, text.indexOf("3\n}"));
    QCOMPARE(locator.position(duplicates.at(1).offset).line, 6);
    QCOMPARE(locator.position(duplicates.at(1).offset).column, 8);

    // With a BOM the offsets still count bytes, and positions still start at 1:1.
    const QByteArray bom = "\xEF\xBB\xBF{\"a\": 1, \"a\": 2}";
    const JsonLocator bomLocator(bom);
    const QList<JsonLocator::Duplicate> bomDuplicates = bomLocator.duplicateKeys();
    QCOMPARE(bomDuplicates.size(), 1);
    QCOMPARE(bomDuplicates.first().offset, bom.indexOf('2'));
    QCOMPARE(bomLocator.position(bomDuplicates.first().offset).column, 15);
}

void TestJsonLocator::escapePointerToken_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("escaped");

    QTest::newRow("plain") << u"performance"_s << u"performance"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("slash") << u"a/b"_s << u"a~1b"_s;
    QTest::newRow("tilde") << u"a~b"_s << u"a~0b"_s;
    QTest::newRow("tilde one") << u"~1"_s << u"~01"_s;
    QTest::newRow("both") << u"/~"_s << u"~1~0"_s;
}

void TestJsonLocator::escapePointerToken()
{
    QFETCH(QString, token);
    QFETCH(QString, escaped);
    QCOMPARE(JsonLocator::escapePointerToken(token), escaped);

    // And the locator finds the member again from the escaped token.
    const QByteArray text = "{\"pad\": 0, \"" + token.toUtf8() + "\": 1}";
    QCOMPARE(JsonLocator(text).offsetOf(QString(u'/' + escaped)), text.indexOf("1}"));
}

QTEST_GUILESS_MAIN(TestJsonLocator)
#include "tst_jsonlocator.moc"
