// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkModel.h"
#include "TableExporter.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Versus;

using Format = TableExporter::Format;

namespace {

// A table as a person reads it, whatever the format: the first row is the framework names, each
// other row the row's name then one cell a framework. A rated cell is "High #4", a cell without
// a score its text alone ("Not rated", "BSD-2-Clause"), so that every format can be compared
// with one expected table.
using Grid = QList<QStringList>;

QString shownCell(const QString &text, const QString &score)
{
    return score.isEmpty() ? text : text + u" #"_s + score;
}

// --- CSV: a strict RFC 4180 reader ---

// Records end in CRLF; a field is quoted when it holds a comma, a quote, CR or LF, with quotes
// doubled inside. Anything else (a bare LF, a quote inside an unquoted field, text after a
// closing quote, no CRLF at the end) is not RFC 4180 and gives nothing.
std::optional<Grid> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    Grid records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text[i] == u'"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return std::nullopt; // unterminated quote
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        } else {
            while (i < n && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n') {
                if (text[i] == u'"')
                    return std::nullopt;
                field += text[i++];
            }
        }
        if (i >= n)
            return std::nullopt; // the last record must end in CRLF too
        if (text[i] == u',') {
            record << field;
            field.clear();
            ++i;
        } else if (text[i] == u'\r' && i + 1 < n && text[i + 1] == u'\n') {
            record << field;
            field.clear();
            records << record;
            record.clear();
            i += 2;
        } else {
            return std::nullopt;
        }
    }
    return records;
}

Grid csvGrid(const QByteArray &bytes)
{
    const std::optional<Grid> records = parseCsv(bytes);
    if (!records || records->isEmpty())
        return {};
    Grid grid;
    // "Metric, Caffe, Caffe score, Theano, Theano score": the names only.
    const QStringList &header = records->first();
    QStringList names;
    for (qsizetype column = 1; column + 1 < header.size(); column += 2) {
        if (header.at(column + 1) != header.at(column) + u" score"_s)
            return {};
        names << header.at(column);
    }
    grid << names;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const QStringList &record = records->at(r);
        if (record.size() != header.size())
            return {};
        QStringList row{record.first()};
        for (qsizetype column = 1; column + 1 < record.size(); column += 2)
            row << shownCell(record.at(column), record.at(column + 1));
        grid << row;
    }
    return grid;
}

// --- Markdown: the cells of a pipe table, as GitHub splits and unescapes them ---

QStringList markdownCells(const QString &line)
{
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < line.size(); ++i) {
        // CommonMark's escapes: a backslash before any ASCII punctuation (which to Unicode
        // includes symbols such as |, <, > and ~).
        const bool escape = line[i] == u'\\' && i + 1 < line.size() &&
                            line[i + 1].unicode() < 0x80 &&
                            (line[i + 1].isPunct() || line[i + 1].isSymbol());
        if (escape) {
            cell += line[++i];
        } else if (line[i] == u'|') {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += line[i];
        }
    }
    cells << cell.trimmed();
    // "| a | b |" splits into "", a, b, "": the outer pipes enclose the row.
    if (cells.size() < 2 || !cells.first().isEmpty() || !cells.last().isEmpty())
        return {};
    return cells.mid(1, cells.size() - 2);
}

// "High (4/5)" → "High #4"; anything else as it is.
QString scoreFromSuffix(const QString &text)
{
    static const QRegularExpression rating(u"^(.*) \\((\\d+)/\\d+\\)$"_s);
    const QRegularExpressionMatch match = rating.match(text);
    return match.hasMatch() ? shownCell(match.captured(1), match.captured(2)) : text;
}

Grid markdownGrid(const QByteArray &bytes)
{
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    Grid grid;
    bool separatorSeen = false;
    for (const QString &line : lines) {
        if (!line.startsWith(u'|'))
            continue;
        QStringList cells = markdownCells(line);
        if (cells.isEmpty())
            return {};
        if (grid.size() == 1 && !separatorSeen) {
            // The delimiter row, as wide as the header.
            if (cells.size() != grid.first().size() + 1 || cells.count(u"---"_s) != cells.size())
                return {};
            separatorSeen = true;
            continue;
        }
        if (grid.isEmpty()) {
            grid << cells.mid(1);
            continue;
        }
        if (cells.size() != grid.first().size() + 1)
            return {}; // a cell broke out of its column
        for (qsizetype c = 1; c < cells.size(); ++c)
            cells[c] = scoreFromSuffix(cells.at(c));
        grid << cells;
    }
    return separatorSeen ? grid : Grid();
}

// --- HTML: the table a browser-like renderer (QTextDocument) shows ---

QTextTable *firstTable(QTextDocument &document)
{
    const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    for (QTextFrame *frame : frames)
        if (auto *table = qobject_cast<QTextTable *>(frame))
            return table;
    return nullptr;
}

QString cellText(QTextTable *table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

Grid htmlGrid(const QByteArray &bytes)
{
    QTextDocument document;
    document.setHtml(QString::fromUtf8(bytes));
    QTextTable *table = firstTable(document);
    if (!table)
        return {};
    Grid grid;
    QStringList names;
    for (int column = 1; column < table->columns(); ++column)
        names << cellText(table, 0, column);
    grid << names;
    for (int row = 1; row < table->rows(); ++row) {
        QStringList cells{cellText(table, row, 0)};
        for (int column = 1; column < table->columns(); ++column)
            cells << scoreFromSuffix(cellText(table, row, column));
        grid << cells;
    }
    return grid;
}

// --- JSON ---

Grid jsonGrid(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
    if (error.error != QJsonParseError::NoError)
        return {};
    Grid grid;
    QStringList names;
    QStringList ids;
    for (const QJsonValue &framework : root.value(u"frameworks"_s).toArray()) {
        names << framework[u"name"_s].toString();
        ids << framework[u"id"_s].toString();
    }
    grid << names;
    for (const QJsonValue &row : root.value(u"rows"_s).toArray()) {
        const bool metric = row[u"kind"_s].toString() == u"metric"_s;
        QStringList cells{row[u"name"_s].toString()};
        const QJsonArray jsonCells = row[u"cells"_s].toArray();
        if (jsonCells.size() != ids.size())
            return {};
        for (qsizetype i = 0; i < jsonCells.size(); ++i) {
            const QJsonValue cell = jsonCells.at(i);
            if (cell[u"framework"_s].toString() != ids.at(i))
                return {};
            if (metric) {
                const QJsonValue score = cell[u"score"_s];
                cells << shownCell(cell[u"label"_s].toString(),
                                   score.isNull() ? QString() : QString::number(score.toInt()));
            } else {
                cells << cell[u"text"_s].toString();
            }
        }
        grid << cells;
    }
    return grid;
}

Grid shownGrid(const QByteArray &bytes, Format format)
{
    switch (format) {
    case Format::Csv:
        return csvGrid(bytes);
    case Format::Markdown:
        return markdownGrid(bytes);
    case Format::Html:
        return htmlGrid(bytes);
    case Format::Json:
        return jsonGrid(bytes);
    }
    return {};
}

// The weighted score's row with every weight 1, worked out from the data set: the mean of each
// rating as a fraction of its scale, times 10, one decimal; "*" when a metric is not rated, "—"
// when none is. CSV has the number in the score column too.
QStringList scoreRow(const DataSet &data, TableExporter::Format format)
{
    QStringList row{u"Weighted score"_s};
    for (const Framework &f : data.frameworks) {
        double sum = 0;
        int rated = 0;
        for (const Metric &m : data.metrics)
            if (const Rating *r = f.rating(m.id)) {
                sum += double(r->score) / m.levelCount();
                ++rated;
            }
        const QString number = rated ? QString::number(sum / rated * 10, 'f', 1) : QString();
        QString text = rated ? number : u"—"_s;
        if (rated && rated < data.metrics.size())
            text += u'*';
        row << (format == TableExporter::Format::Csv ? shownCell(text, number) : text);
    }
    return row;
}

// The row names below the metrics, as the table shows them.
const QStringList factNames = {u"Developer"_s, u"First release"_s, u"Last release"_s,
                               u"License"_s,   u"Core language"_s, u"APIs"_s,
                               u"Status"_s};

// The fact rows of `data`, taken from the data set rather than the model so that the export's
// own path through the model is what is tested.
Grid factRows(const DataSet &data)
{
    Grid rows;
    for (const QString &name : factNames)
        rows << QStringList{name};
    for (const Framework &f : data.frameworks) {
        rows[0] << f.developer;
        rows[1] << (f.firstRelease ? QString::number(*f.firstRelease) : QString());
        rows[2] << (f.lastRelease ? QString::number(*f.lastRelease) : QString());
        rows[3] << f.license;
        rows[4] << f.language;
        rows[5] << f.apis.join(u", "_s);
        rows[6] << f.status;
    }
    return rows;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One metric and two frameworks whose texts try to break each format.
DataSet hostileDataSet()
{
    DataSet data;
    data.title = u"Pipes | and <tags> & \"quotes\""_s;
    data.metrics << Metric{u"speed"_s, u"Speed, \"raw\""_s, QString(), {u"Slow"_s, u"Fast"_s}, {}};
    Framework a;
    a.id = u"a"_s;
    a.name = u"A|B \\ C"_s;
    a.developer = u"line one\nline two\r\nline three"_s;
    a.license = u"say \"hi\", then *go*"_s;
    a.ratings.insert(u"speed"_s, Rating{2, QString(), std::nullopt, {}});
    Framework b;
    b.id = u"b"_s;
    b.name = u"<b>bold</b> [link](x) trailing\\"_s;
    b.developer = u"ends with a pipe |"_s;
    data.frameworks << a << b;
    return data;
}

} // namespace

class TestTableExporter : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void formatForPath_data();
    void formatForPath();

    // What every format shows
    void showsTheTable_data();
    void showsTheTable();
    void notRated_data();
    void notRated();
    void hostileTextRoundTrips_data();
    void hostileTextRoundTrips();
    void noFrameworks_data();
    void noFrameworks();
    void sameDataSameBytes_data();
    void sameDataSameBytes();

    // Each format's own promises
    void csvIsRfc4180();
    void csvRoundTripsScores();
    void markdownLayout();
    void markdownEscapesPipes();
    void htmlDocument();
    void htmlEscapesScript();
    void jsonStructure();

    // Files
    void writeFile_data();
    void writeFile();
    void writeFileToDirectory();
    void writeFileUnknownExtension();
    void writeFileToMissingFolder();

private:
    FrameworkModel model;
};

void TestTableExporter::init()
{
    // The seed's two frameworks, as the bundled file has them: the tests read exact cells.
    model.setDataSet(TestData::bundledOnly());
    QCOMPARE(model.rowOfFramework(u"caffe"_s), 0);
    QCOMPARE(model.rowOfFramework(u"theano"_s), 1);
}

void TestTableExporter::formatForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<std::optional<Format>>("format");

    QTest::newRow("csv") << u"table.csv"_s << std::optional(Format::Csv);
    QTest::newRow("CSV upper case") << u"/tmp/out/TABLE.CSV"_s << std::optional(Format::Csv);
    QTest::newRow("md") << u"table.md"_s << std::optional(Format::Markdown);
    QTest::newRow("markdown") << u"notes/table.Markdown"_s << std::optional(Format::Markdown);
    QTest::newRow("html") << u"table.html"_s << std::optional(Format::Html);
    QTest::newRow("htm") << u"TABLE.HTM"_s << std::optional(Format::Html);
    QTest::newRow("json") << u"table.json"_s << std::optional(Format::Json);
    QTest::newRow("dots in folder") << u"/tmp/v1.2.csv/table.Json"_s << std::optional(Format::Json);
    QTest::newRow("last extension wins") << u"table.json.txt"_s << std::optional<Format>();
    QTest::newRow("txt") << u"table.txt"_s << std::optional<Format>();
    QTest::newRow("no extension") << u"table"_s << std::optional<Format>();
    QTest::newRow("folder with dot") << u"/tmp/x.csv/table"_s << std::optional<Format>();
    QTest::newRow("empty") << QString() << std::optional<Format>();
    QTest::newRow("trailing dot") << u"table.csv."_s << std::optional<Format>();
}

void TestTableExporter::formatForPath()
{
    QFETCH(QString, path);
    QFETCH(std::optional<Format>, format);
    QCOMPARE(TableExporter::formatForPath(path), format);
}

void TestTableExporter::showsTheTable_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<QString>("dataFile"); // empty: the bundled data
    QTest::addColumn<Grid>("ratings");     // the header and the metric rows

    const Grid seed = {
        {u"Caffe"_s, u"Theano"_s},
        {u"Performance"_s, u"High #4"_s, u"Moderate #3"_s},
        {u"Scalability"_s, u"Moderate #3"_s, u"High #4"_s},
        {u"Ease of Use"_s, u"Moderate #3"_s, u"High #4"_s},
        {u"Ecosystem"_s, u"Extensive #5"_s, u"Growing #3"_s},
    };
    // Every bundled framework, its cells as the file rates them.
    const DataSet all = TestData::bundled();
    Grid bundled{{}};
    for (const Framework &f : all.frameworks)
        bundled[0] << f.name;
    for (const Metric &metric : all.metrics) {
        QStringList row{metric.name};
        for (const Framework &f : all.frameworks)
            row << metric.levelLabel(f.rating(metric.id)->score) + u" #"_s +
                       QString::number(f.rating(metric.id)->score);
        bundled << row;
    }
    // Beta's ecosystem is not rated in the file.
    const Grid three = {
        {u"Alpha"_s, u"Beta"_s, u"Gamma"_s},
        {u"Performance"_s, u"Very high #5"_s, u"Moderate #3"_s, u"High #4"_s},
        {u"Scalability"_s, u"High #4"_s, u"Low #2"_s, u"Moderate #3"_s},
        {u"Ease of Use"_s, u"Low #2"_s, u"Very high #5"_s, u"Moderate #3"_s},
        {u"Ecosystem"_s, u"Growing #3"_s, u"Not rated"_s, u"Minimal #1"_s},
    };
    const std::pair<const char *, Format> formats[] = {{"csv", Format::Csv},
                                                       {"markdown", Format::Markdown},
                                                       {"html", Format::Html},
                                                       {"json", Format::Json}};
    for (const auto &[name, format] : formats) {
        QTest::addRow("%s bundled", name) << format << QString() << bundled;
        QTest::addRow("%s seed", name) << format << u"seed"_s << seed;
        QTest::addRow("%s three-frameworks", name)
            << format << u"valid/three-frameworks.json"_s << three;
    }
}

void TestTableExporter::showsTheTable()
{
    QFETCH(Format, format);
    QFETCH(QString, dataFile);
    QFETCH(Grid, ratings);

    const DataSet data = dataFile.isEmpty()      ? TestData::bundled()
                         : dataFile == "seed"_L1 ? TestData::bundledOnly()
                                                 : TestData::load(TestData::file(dataFile));
    model.setDataSet(data);
    const QByteArray bytes = TableExporter::toBytes(model, format);
    const Grid expected = ratings + Grid{scoreRow(data, format)} + factRows(data);
    const Grid shown = shownGrid(bytes, format);
    QVERIFY2(!shown.isEmpty(), bytes.constData());
    QCOMPARE(shown, expected);
}

void TestTableExporter::notRated_data()
{
    QTest::addColumn<Format>("format");
    QTest::newRow("csv") << Format::Csv;
    QTest::newRow("markdown") << Format::Markdown;
    QTest::newRow("html") << Format::Html;
    QTest::newRow("json") << Format::Json;
}

void TestTableExporter::notRated()
{
    QFETCH(Format, format);
    const int theano = model.rowOfFramework(u"theano"_s);
    // Scalability is the second row of the table.
    QVERIFY(model.setData(model.index(theano, model.metricColumn(1)), 0));

    const QByteArray bytes = TableExporter::toBytes(model, format);
    const Grid shown = shownGrid(bytes, format);
    QVERIFY2(shown.size() > 2, bytes.constData());
    QCOMPARE(shown.at(2), QStringList({u"Scalability"_s, u"Moderate #3"_s, u"Not rated"_s}));
    // Not the lowest level, nor a score of 0 written anywhere.
    QVERIFY(!bytes.contains("Very low"));
    QVERIFY(!bytes.contains("0/5"));
}

void TestTableExporter::hostileTextRoundTrips_data()
{
    notRated_data();
}

// Commas, quotes, pipes, backslashes, line breaks, tags and Markdown syntax in the data: every
// format still has one row a metric or fact and one column a framework, and shows the text.
void TestTableExporter::hostileTextRoundTrips()
{
    QFETCH(Format, format);
    const DataSet data = hostileDataSet();
    model.setDataSet(data);
    const QByteArray bytes = TableExporter::toBytes(model, format);
    const Grid shown = shownGrid(bytes, format);
    QVERIFY2(!shown.isEmpty(), bytes.constData());

    Grid expected = {{u"A|B \\ C"_s, u"<b>bold</b> [link](x) trailing\\"_s},
                     {u"Speed, \"raw\""_s, u"Fast #2"_s, u"Not rated"_s}};
    expected << scoreRow(data, format);
    expected += factRows(data);
    // Only CSV and JSON can carry a line break inside a cell; Markdown has to write a space, and
    // a renderer shows HTML's line breaks as spaces.
    if (format == Format::Markdown || format == Format::Html)
        expected[3][1] = u"line one line two line three"_s;
    QCOMPARE(shown, expected);
}

void TestTableExporter::noFrameworks_data()
{
    notRated_data();
}

void TestTableExporter::noFrameworks()
{
    QFETCH(Format, format);
    DataSet data = TestData::bundledOnly();
    data.frameworks.clear();
    data.compare.reset();
    model.setDataSet(data);
    const Grid shown = shownGrid(TableExporter::toBytes(model, format), format);
    // Still a table: the row names, and no framework columns.
    QVERIFY(!shown.isEmpty());
    QCOMPARE(shown.first(), QStringList());
    QStringList rowNames;
    for (qsizetype i = 1; i < shown.size(); ++i)
        rowNames << shown.at(i).value(0);
    QCOMPARE(rowNames, QStringList({u"Performance"_s, u"Scalability"_s, u"Ease of Use"_s,
                                    u"Ecosystem"_s, u"Weighted score"_s}) +
                           factNames);
}

void TestTableExporter::sameDataSameBytes_data()
{
    notRated_data();
}

void TestTableExporter::sameDataSameBytes()
{
    QFETCH(Format, format);
    const QByteArray first = TableExporter::toBytes(model, format);
    FrameworkModel other;
    other.setDataSet(TestData::bundledOnly());
    QCOMPARE(TableExporter::toBytes(other, format), first);
    // And it follows the model: an edit changes the output.
    QVERIFY(other.setData(other.index(0, other.metricColumn(0)), 2));
    QVERIFY(TableExporter::toBytes(other, format) != first);
}

void TestTableExporter::csvIsRfc4180()
{
    const QByteArray bytes = TableExporter::toBytes(model, Format::Csv);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no byte-order mark
    QVERIFY(bytes.endsWith("\r\n"));
    QCOMPARE(bytes.count("\n"), bytes.count("\r\n"));     // every line ends in CRLF
    QCOMPARE(bytes.count("\r\n"), 1 + 4 + 1 + FactCount); // header, metrics, weighted score, facts
    QVERIFY(bytes.startsWith("Metric,Caffe,Caffe score,Theano,Theano score\r\n"));
    QVERIFY(bytes.contains("\r\nPerformance,High,4,Moderate,3\r\n"));
    QVERIFY(bytes.contains("\r\nFirst release,2013,,2009,\r\nLast release,2017,,2020,\r\n"));
    // The bundled developer of Caffe has a comma: quoted. UTF-8 survives ("Montréal").
    QVERIFY(bytes.contains(",\"Berkeley Vision and Learning Center (BVLC), "));
    QVERIFY(QString::fromUtf8(bytes).contains(u"Université de Montréal"_s));

    // Quotes doubled, line breaks kept inside quotes.
    model.setDataSet(hostileDataSet());
    const QByteArray hostile = TableExporter::toBytes(model, Format::Csv);
    QVERIFY(hostile.contains("\r\n\"Speed, \"\"raw\"\"\",Fast,2,Not rated,\r\n"));
    QVERIFY(hostile.contains(",\"line one\nline two\r\nline three\","));
    QVERIFY(hostile.contains(",\"say \"\"hi\"\", then *go*\","));
    QVERIFY(parseCsv(hostile).has_value());
}

void TestTableExporter::csvRoundTripsScores()
{
    const std::optional<Grid> records = parseCsv(TableExporter::toBytes(model, Format::Csv));
    QVERIFY(records);
    QCOMPARE(records->first(), QStringList({u"Metric"_s, u"Caffe"_s, u"Caffe score"_s, u"Theano"_s,
                                            u"Theano score"_s}));
    QList<int> caffe;
    QList<int> theano;
    for (qsizetype r = 1; r <= 4; ++r) {
        bool ok = false;
        caffe << records->at(r).at(2).toInt(&ok);
        QVERIFY(ok);
        theano << records->at(r).at(4).toInt(&ok);
        QVERIFY(ok);
    }
    QCOMPARE(caffe, QList<int>({4, 3, 3, 5}));
    QCOMPARE(theano, QList<int>({3, 4, 4, 3}));
    // The weighted score's number, with one decimal, is in the score column too.
    QCOMPARE(records->at(5).first(), u"Weighted score"_s);
    QCOMPARE(records->at(5).at(2), u"7.5"_s);
    QCOMPARE(records->at(5).at(4), u"7.0"_s);
    // The facts have no score.
    for (qsizetype r = 6; r < records->size(); ++r) {
        QCOMPARE(records->at(r).at(2), QString());
        QCOMPARE(records->at(r).at(4), QString());
    }
}

void TestTableExporter::markdownLayout()
{
    const QString text = QString::fromUtf8(TableExporter::toBytes(model, Format::Markdown));
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines.value(0), u"# Deep-learning frameworks"_s);
    QCOMPARE(lines.value(1), QString());
    QCOMPARE(lines.value(2), u"| Metric | Caffe | Theano |"_s);
    QCOMPARE(lines.value(3), u"| --- | --- | --- |"_s);
    QCOMPARE(lines.value(4), u"| Performance | High (4/5) | Moderate (3/5) |"_s);
    QCOMPARE(lines.value(7), u"| Ecosystem | Extensive (5/5) | Growing (3/5) |"_s);
    QCOMPARE(lines.value(8), u"| Weighted score | 7.5 | 7.0 |"_s);
    QCOMPARE(lines.value(10), u"| First release | 2013 | 2009 |"_s);
    QCOMPARE(lines.value(11), u"| Last release | 2017 | 2020 |"_s);
    QVERIFY(text.endsWith(u" |\n"_s));

    // Without a title there is no title line: the table starts the file.
    DataSet untitled = TestData::bundledOnly();
    untitled.title.clear();
    model.setDataSet(untitled);
    QVERIFY(TableExporter::toBytes(model, Format::Markdown).startsWith("| Metric | Caffe |"));
}

void TestTableExporter::markdownEscapesPipes()
{
    // Renaming goes through the model, as in the window.
    QVERIFY(model.setData(model.index(0, 0), u"Caffe | Two"_s, Qt::EditRole));
    const QByteArray bytes = TableExporter::toBytes(model, Format::Markdown);
    QVERIFY(bytes.contains("| Metric | Caffe \\| Two | Theano |\n"));
    const Grid shown = markdownGrid(bytes);
    QVERIFY(!shown.isEmpty());
    QCOMPARE(shown.first(), QStringList({u"Caffe | Two"_s, u"Theano"_s}));

    model.setDataSet(hostileDataSet());
    const QByteArray hostile = TableExporter::toBytes(model, Format::Markdown);
    QVERIFY(hostile.startsWith("# Pipes \\| and \\<tags\\> \\& \"quotes\"\n"));
    QVERIFY(hostile.contains("| A\\|B \\\\ C |"));
    QVERIFY(hostile.contains("| line one line two line three |"));
    QVERIFY(hostile.contains("\\<b\\>bold\\</b\\> \\[link\\](x) trailing\\\\ |"));
    QVERIFY(hostile.contains("say \"hi\", then \\*go\\*"));
    // Every line of the table is one row: no cell's text started a new line.
    const QList<QByteArray> lines = hostile.split('\n');
    // title, blank, header, delimiter, rows (metric, score, facts), ""
    QCOMPARE(lines.count(), 2 + 2 + 1 + 1 + FactCount + 1);
}

void TestTableExporter::htmlDocument()
{
    const QByteArray bytes = TableExporter::toBytes(model, Format::Html);
    QVERIFY(bytes.startsWith("<!DOCTYPE html>\n"));
    QVERIFY(bytes.contains("<meta charset=\"utf-8\">"));
    QVERIFY(bytes.contains("<title>Deep-learning frameworks</title>"));
    QVERIFY(bytes.contains("<th scope=\"col\">Metric</th><th scope=\"col\">Caffe</th>"
                           "<th scope=\"col\">Theano</th>"));
    QVERIFY(bytes.contains("<th scope=\"row\">Performance</th>"
                           "<td data-score=\"4\">High <span class=\"score\">(4/5)</span></td>"));
    QVERIFY(bytes.contains("<th scope=\"row\">License</th><td>BSD-2-Clause</td>"));
    QVERIFY(bytes.trimmed().endsWith("</html>"));

    QTextDocument document;
    document.setHtml(QString::fromUtf8(bytes));
    QCOMPARE(document.metaInformation(QTextDocument::DocumentTitle), u"Deep-learning frameworks"_s);
    QVERIFY(document.toPlainText().contains(u"Université de Montréal"_s));
    QTextTable *table = firstTable(document);
    QVERIFY(table);
    QCOMPARE(table->rows(), 1 + 4 + 1 + FactCount);
    QCOMPARE(table->columns(), 3);
}

void TestTableExporter::htmlEscapesScript()
{
    const QString script = u"<script>alert(1)</script>"_s;
    QVERIFY(model.setData(model.index(0, 0), script, Qt::EditRole));
    QCOMPARE(model.index(0, 0).data().toString(), script);
    const int theano = model.rowOfFramework(u"theano"_s);
    QVERIFY(model.setData(model.index(theano, model.factColumn(Fact::License)),
                          u"<img src=x onerror=alert(2)> & \"more\""_s, Qt::EditRole));

    const QByteArray bytes = TableExporter::toBytes(model, Format::Html);
    QVERIFY(!bytes.contains("<script"));
    QVERIFY(!bytes.contains("<img"));
    QVERIFY(bytes.contains("<th scope=\"col\">&lt;script&gt;alert(1)&lt;/script&gt;</th>"));
    QVERIFY(bytes.contains("&lt;img src=x onerror=alert(2)&gt; &amp; &quot;more&quot;"));

    // A reader sees the name as text, exactly as typed.
    const Grid shown = htmlGrid(bytes);
    QVERIFY(!shown.isEmpty());
    QCOMPARE(shown.first(), QStringList({script, u"Theano"_s}));
    QCOMPARE(shown.at(9).value(0), u"License"_s);
    QCOMPARE(shown.at(9).value(2), u"<img src=x onerror=alert(2)> & \"more\""_s);
}

void TestTableExporter::jsonStructure()
{
    const int theano = model.rowOfFramework(u"theano"_s);
    QVERIFY(model.setData(model.index(theano, model.metricColumn(3)), 0));

    const QByteArray bytes = TableExporter::toBytes(model, Format::Json);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    // Laid out for people: indented, a row's kind and name before its cells, a cell a line.
    QVERIFY(bytes.startsWith("{\n  \"title\": \"Deep-learning frameworks\",\n  \"frameworks\": [\n"
                             "    {\"id\": \"caffe\", \"name\": \"Caffe\"},\n"));
    QVERIFY(
        bytes.contains("  \"rows\": [\n    {\n      \"kind\": \"metric\",\n"
                       "      \"id\": \"performance\",\n      \"name\": \"Performance\",\n"
                       "      \"levels\": 5,\n      \"cells\": [\n"
                       "        {\"framework\": \"caffe\", \"label\": \"High\", \"score\": 4},\n"));
    QVERIFY(bytes.contains("{\"framework\": \"theano\", \"label\": \"Not rated\", "
                           "\"score\": null}\n"));
    QVERIFY(bytes.endsWith("\n  ]\n}\n"));
    const QJsonObject root = document.object();
    QCOMPARE(root[u"title"_s].toString(), u"Deep-learning frameworks"_s);
    QCOMPARE(root[u"frameworks"_s].toArray(),
             QJsonArray({QJsonObject{{u"id"_s, u"caffe"_s}, {u"name"_s, u"Caffe"_s}},
                         QJsonObject{{u"id"_s, u"theano"_s}, {u"name"_s, u"Theano"_s}}}));

    const QJsonArray rows = root[u"rows"_s].toArray();
    QCOMPARE(rows.size(), 4 + 1 + FactCount);
    const QJsonObject performance = rows.at(0).toObject();
    QCOMPARE(performance[u"kind"_s].toString(), u"metric"_s);
    QCOMPARE(performance[u"id"_s].toString(), u"performance"_s);
    QCOMPARE(performance[u"name"_s].toString(), u"Performance"_s);
    QCOMPARE(performance[u"levels"_s].toInt(), 5);
    QCOMPARE(performance[u"cells"_s].toArray().at(0).toObject(),
             (QJsonObject{{u"framework"_s, u"caffe"_s}, {u"label"_s, u"High"_s}, {u"score"_s, 4}}));

    // Not rated: a null score, present rather than left out.
    const QJsonObject ecosystem = rows.at(3).toObject();
    QCOMPARE(ecosystem[u"id"_s].toString(), u"ecosystem"_s);
    const QJsonObject cleared = ecosystem[u"cells"_s].toArray().at(1).toObject();
    QCOMPARE(cleared[u"framework"_s].toString(), u"theano"_s);
    QCOMPARE(cleared[u"label"_s].toString(), u"Not rated"_s);
    QVERIFY(cleared.contains(u"score"_s));
    QVERIFY(cleared[u"score"_s].isNull());

    // The weighted score: the text as shown, the value unrounded, whether it is partial.
    // Theano without Ecosystem: (3/5 + 4/5 + 4/5) / 3 × 10 = 7.33...
    const QJsonObject score = rows.at(4).toObject();
    QCOMPARE(score[u"kind"_s].toString(), u"score"_s);
    QCOMPARE(score[u"id"_s].toString(), u"weightedScore"_s);
    const QJsonObject theanoScore = score[u"cells"_s].toArray().at(1).toObject();
    QCOMPARE(theanoScore[u"text"_s].toString(), u"7.3*"_s);
    QVERIFY(qAbs(theanoScore[u"value"_s].toDouble() - 22.0 / 3) < 1e-12);
    QCOMPARE(theanoScore[u"partial"_s].toBool(), true);
    QCOMPARE(score[u"cells"_s].toArray().at(0).toObject()[u"partial"_s].toBool(), false);

    const QJsonObject release = rows.at(6).toObject();
    QCOMPARE(release[u"kind"_s].toString(), u"fact"_s);
    QCOMPARE(release[u"id"_s].toString(), u"firstRelease"_s);
    QCOMPARE(release[u"name"_s].toString(), u"First release"_s);
    QVERIFY(!release.contains(u"levels"_s));
    QCOMPARE(release[u"cells"_s].toArray().at(1).toObject(),
             (QJsonObject{{u"framework"_s, u"theano"_s}, {u"text"_s, u"2009"_s}}));
    // Rows: four metrics, the score, the developer, then the first and last release side by side.
    const QJsonObject last = rows.at(7).toObject();
    QCOMPARE(last[u"kind"_s].toString(), u"fact"_s);
    QCOMPARE(last[u"id"_s].toString(), u"lastRelease"_s);
    QCOMPARE(last[u"name"_s].toString(), u"Last release"_s);
    QCOMPARE(last[u"cells"_s].toArray().at(1).toObject(),
             (QJsonObject{{u"framework"_s, u"theano"_s}, {u"text"_s, u"2020"_s}}));

    // Text that JSON must escape, and characters beyond the BMP, come back unchanged.
    const QString awkward = u"😀\" back\\slash \x01 \x1f tab\t é 深 \u2028 </script>"_s;
    QVERIFY(
        model.setData(model.index(theano, model.factColumn(Fact::License)), awkward, Qt::EditRole));
    const QString license = model.index(theano, model.factColumn(Fact::License)).data().toString();
    const QByteArray escaped = TableExporter::toBytes(model, Format::Json);
    const QJsonObject reread = QJsonDocument::fromJson(escaped, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(reread[u"rows"_s][8][u"id"_s].toString(), u"license"_s);
    QCOMPARE(reread[u"rows"_s][8][u"cells"_s][1][u"text"_s].toString(), license);
    QVERIFY(license.contains(u"😀"_s));
    QVERIFY(license.contains(u'\x01'));
    // No control character is written raw (JSON forbids them; Qt's parser lets them pass).
    for (const char byte : escaped)
        QVERIFY(byte == '\n' || uchar(byte) >= 0x20);
}

void TestTableExporter::writeFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Format>("format");
    QTest::newRow("csv") << u"table.csv"_s << Format::Csv;
    QTest::newRow("md") << u"table.md"_s << Format::Markdown;
    QTest::newRow("markdown") << u"table.markdown"_s << Format::Markdown;
    QTest::newRow("html") << u"Table.HTML"_s << Format::Html;
    QTest::newRow("htm") << u"table.htm"_s << Format::Html;
    QTest::newRow("json") << u"table.json"_s << Format::Json;
}

void TestTableExporter::writeFile()
{
    QFETCH(QString, name);
    QFETCH(Format, format);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    QVERIFY(QFile(path).open(QIODevice::WriteOnly)); // an older export is replaced

    const WriteResult result = TableExporter::writeFile(model, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.error, QString());
    const QByteArray bytes = readAll(path);
    QCOMPARE(bytes, TableExporter::toBytes(model, format));
    QCOMPARE(shownGrid(bytes, format).value(1),
             QStringList({u"Performance"_s, u"High #4"_s, u"Moderate #3"_s}));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({name})); // no temporary left
}

void TestTableExporter::writeFileToDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"folder.csv"_s);
    QVERIFY(QDir().mkdir(path));
    const WriteResult result = TableExporter::writeFile(model, path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"directory"_s), qPrintable(result.error));
    QVERIFY(QFileInfo(path).isDir());
    QVERIFY(QDir(path).isEmpty());
}

void TestTableExporter::writeFileUnknownExtension()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"table.txt"_s);
    WriteResult result = TableExporter::writeFile(model, path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    for (const QString &extension : {u".csv"_s, u".md"_s, u".html"_s, u".json"_s})
        QVERIFY2(result.error.contains(extension), qPrintable(result.error));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(QDir(dir.path()).isEmpty());

    // A file that was there stays as it was.
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    result = TableExporter::writeFile(model, path);
    QVERIFY(!result.ok);
    QCOMPARE(readAll(path), QByteArray("keep me"));
}

void TestTableExporter::writeFileToMissingFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"missing/table.csv"_s);
    const WriteResult result = TableExporter::writeFile(model, path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.startsWith(u"Could not export the table to \""_s +
                                     QDir::toNativeSeparators(path) + u"\": "_s),
             qPrintable(result.error));
    QVERIFY2(result.error.size() > path.size() + 36, qPrintable(result.error)); // a reason
    QVERIFY(!QFileInfo::exists(path));
}

// QTextDocument lays text out with fonts, which needs a QGuiApplication (offscreen in ctest).
QTEST_MAIN(TestTableExporter)
#include "tst_tableexporter.moc"
