// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReader: RFC 4180 as spreadsheets write it, and each malformed case placed.
#include "CsvReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

using Grid = QList<QStringList>;

Grid texts(const CsvResult &result)
{
    Grid grid;
    for (const CsvRow &row : result.rows) {
        QStringList line;
        for (const CsvCell &cell : row)
            line << cell.text;
        grid << line;
    }
    return grid;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void commasAndLineFeeds()
    {
        const CsvResult result = CsvReader::read("Name,Speed\nA,3\nB,\n", u"t.csv"_s);
        QVERIFY(result.ok());
        QCOMPARE(result.delimiter, u',');
        QCOMPARE(texts(result), (Grid{{u"Name"_s, u"Speed"_s}, {u"A"_s, u"3"_s}, {u"B"_s, {}}}));
    }

    void semicolonsWithBomCrlfAndDoubledQuotes()
    {
        // As LibreOffice and Excel write a sheet in a German locale: a byte-order mark,
        // semicolons, CRLF, a quote doubled inside quotes, a line break and a semicolon in a
        // quoted cell.
        const QByteArray bytes = "\xEF\xBB\xBFName;Developer;Note\r\n"
                                 "Caffe;\"Berkeley \"\"BVLC\"\"\";\"two\r\nlines\"\r\n"
                                 "Theano;\"Montr\xC3\xA9"
                                 "al; MILA\";\r\n";
        const CsvResult result = CsvReader::read(bytes, u"t.csv"_s);
        QVERIFY(result.ok());
        QCOMPARE(result.delimiter, u';');
        QCOMPARE(texts(result), (Grid{{u"Name"_s, u"Developer"_s, u"Note"_s},
                                      {u"Caffe"_s, u"Berkeley \"BVLC\""_s, u"two\r\nlines"_s},
                                      {u"Theano"_s, u"Montréal; MILA"_s, QString()}}));
        // The byte-order mark is no part of the first header, and places count lines of the
        // file: Theano's row starts on line 4, after the quoted line break.
        QCOMPARE(result.rows.at(0).at(0).column, 1);
        QCOMPARE(result.rows.at(2).at(0).line, 4);
        QCOMPARE(result.rows.at(2).at(1).column, 8);
    }

    void tabs()
    {
        const CsvResult result = CsvReader::read("Name\tSpeed, in runs\tSize\nA\t2\t4\n", u"t"_s);
        QVERIFY(result.ok());
        QCOMPARE(result.delimiter, u'\t');
        QCOMPARE(texts(result),
                 (Grid{{u"Name"_s, u"Speed, in runs"_s, u"Size"_s}, {u"A"_s, u"2"_s, u"4"_s}}));
    }

    void blankLinesAndTrailingSeparator()
    {
        const CsvResult result = CsvReader::read("a,b,\r\n\r\nc,d,e\r\n\r\n", u"t"_s);
        QVERIFY(result.ok());
        QCOMPARE(texts(result), (Grid{{u"a"_s, u"b"_s, {}}, {u"c"_s, u"d"_s, u"e"_s}}));
        QCOMPARE(result.rows.at(1).at(2).line, 3);
        QCOMPARE(result.rows.at(1).at(2).column, 5);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unclosed quote") << QByteArray("Name,Note\nA,\"never\nclosed\n")
                                        << u"t.csv:2:3: the quote that starts this field is never "
                                           "closed"_s;
        QTest::newRow("text after the closing quote")
            << QByteArray("Name,Note\r\nA,\"quoted\"x\r\n")
            << u"t.csv:2:11: a quoted field must end at its closing quote; write a quote inside "
               "quotes as two quotes (\"\")"_s;
        QTest::newRow("not UTF-8") << QByteArray("Name\nCaf\xE9\n")
                                   << u"t.csv:2:4: not UTF-8; save the table as CSV in UTF-8"_s;
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const CsvResult result = CsvReader::read(bytes, u"t.csv"_s);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().toString(), expected);
    }

    void fileProblems()
    {
        QTemporaryDir dir;
        QCOMPARE(CsvReader::readFile(dir.filePath(u"none.csv"_s), u"none.csv"_s)
                     .errors.first()
                     .toString(),
                 u"none.csv: no such file"_s);
        QCOMPARE(CsvReader::readFile(dir.path(), u"dir"_s).errors.first().toString(),
                 u"dir: is a directory, not a table"_s);
    }

    // A FIFO given as the table to import is refused at once; reading it would wait for a
    // writer that never comes and hang the import.
    void refusedFifo()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"fifo.csv"_s);
        const QByteArray nativePath = QFile::encodeName(path);
        QVERIFY(::mkfifo(nativePath.constData(), 0600) == 0);

        CsvResult result;
        std::unique_ptr<QThread> thread(QThread::create(
            [&result, path] { result = CsvReader::readFile(path, u"fifo.csv"_s); }));
        thread->start();
        if (!thread->wait(5000)) {
            // Attach a writer so that the blocked read ends and the test fails cleanly.
            const int fd = ::open(nativePath.constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0)
                ::close(fd);
            QVERIFY(thread->wait(5000));
            QFAIL("reading a FIFO blocked");
        }
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().toString(), u"fifo.csv: is not a regular file"_s);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
