// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus under tests/data. Every file in invalid/ holds one fault and is rejected, with the
// error its line in invalid/expected.tsv names, by the reader and by `versus --validate`; every
// file in valid/ loads through both. The files are found by listing the folders, so a file
// added without a line in its manifest (or a line left for a removed file) fails the test.
#include "DataReader.h"

#include "RunVersus.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

constexpr int MinInvalidFiles = 40;

const QString invalidDir = QStringLiteral(VERSUS_TEST_DATA_DIR "/invalid");
const QString validDir = QStringLiteral(VERSUS_TEST_DATA_DIR "/valid");
const QString manifestName = u"expected.tsv"_s;

// What an invalid file is expected to produce. Known defects of the reader are named in the
// manifest and expected to fail (QEXPECT_FAIL) at the one check they break, so that the suite
// stays green while they are open and reports an XPASS once one is fixed.
struct Expectation
{
    QString pointer;
    int line = 0; // 0: an error with no place in the text
    int column = 0;
    QString message;
    QString defect; // "accepted: ...", "place: ..." or "stderr: ...", or empty
};

struct ValidCounts
{
    int frameworks = 0;
    int metrics = 0;
};

// The data lines of a tab-separated manifest, split into fields; '#' starts a comment line.
QList<QStringList> readManifest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(path));
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        rows << line.split(u'\t');
    }
    return rows;
}

// The files of a corpus folder, the manifest aside.
QStringList corpusFiles(const QString &dir)
{
    QStringList files = QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    files.removeAll(manifestName);
    return files;
}

QString placeText(int line, int column)
{
    return line > 0 ? QString::number(line) + u':' + QString::number(column) : u"-"_s;
}

// Whether LINE:COLUMN names a character of `bytes` or the end of its line, counted as
// the reader counts: lines split at '\n', columns in UTF-8 characters, a leading BOM not
// counted. An error placed beyond the text would send a person looking for nothing.
bool placeExists(const QByteArray &bytes, int line, int column)
{
    QByteArrayView text(bytes);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    int currentLine = 1;
    int characters = 0;
    for (const char c : text) {
        if (c == '\n') {
            if (currentLine == line)
                break;
            ++currentLine;
            characters = 0;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++characters;
        }
    }
    return currentLine == line && column >= 1 && column <= characters + 1;
}

// Runs `versus --validate FILE` as a script would, with no display of any kind.
RunVersus::Run validate(const QString &path)
{
    return RunVersus::runVersus({u"--validate"_s, path});
}

// Whether standard error holds exactly `errors`, one a line, as plain text: no control
// character but the line ends, which would split an error over lines or reach the terminal.
bool printedOneLinePerError(const QString &err, const DataErrors &errors, QString *why)
{
    for (const QChar c : err) {
        if (c != u'\n' && (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
                           c == QChar::ParagraphSeparator)) {
            *why = u"control character U+%1 in the output"_s.arg(uint(c.unicode()), 4, 16,
                                                                 QChar(u'0'));
            return false;
        }
    }
    if (!err.endsWith(u'\n')) {
        *why = u"the output does not end with a line break"_s;
        return false;
    }
    QStringList printed = err.split(u'\n');
    printed.removeLast();
    QStringList expected;
    for (const DataError &error : errors)
        expected << error.toString();
    if (printed != expected) {
        *why = u"expected these %1 lines:\n%2"_s.arg(expected.size()).arg(expected.join(u'\n'));
        return false;
    }
    return true;
}

// Generated rather than committed: a file just past a limit is too large to read.
QByteArray frameworksDocument(int count, const QByteArray &title)
{
    QByteArray text =
        "{\n  \"schemaVersion\": 1,\n  \"title\": \"" + title +
        "\",\n  \"metrics\": [\n"
        "    { \"id\": \"speed\", \"name\": \"Speed\", \"levels\": [\"Low\", \"High\"] }\n"
        "  ],\n  \"frameworks\": [";
    for (int i = 0; i < count; ++i)
        text += (i ? ",\n    " : "\n    ") + "{ \"id\": \"f"_ba + QByteArray::number(i) +
                "\", \"name\": \"F" + QByteArray::number(i) + "\" }";
    return text + "\n  ]\n}\n";
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void invalidManifestMatchesFolder();
    void validManifestMatchesFolder();

    void invalidRejectedByReader_data();
    void invalidRejectedByReader();
    void invalidRejectedByValidate_data();
    void invalidRejectedByValidate();

    void validLoadsInReader_data();
    void validLoadsInReader();
    void validPassesValidate_data();
    void validPassesValidate();

private:
    void invalidRows();
    void validRows();

    QHash<QString, Expectation> m_invalid; // by file name, from invalid/expected.tsv
    QStringList m_invalidListed;           // in manifest order, duplicates kept
    QHash<QString, ValidCounts> m_valid;   // from valid/expected.tsv
    QStringList m_validListed;
    QTemporaryDir m_generated;
    QString m_tooManyFrameworks;
    QString m_mostFrameworks;
};

void TestCorpus::initTestCase()
{
    static const QRegularExpression place(u"^(\\d+):(\\d+)$"_s);
    for (const QStringList &fields : readManifest(invalidDir + u'/' + manifestName)) {
        QVERIFY2(fields.size() == 4 || fields.size() == 5,
                 qPrintable(u"invalid/expected.tsv: 4 or 5 fields expected: "_s +
                            fields.join(u" | "_s)));
        Expectation expectation;
        expectation.pointer = fields.at(1) == u"-"_s ? QString() : fields.at(1);
        if (fields.at(2) != u"-"_s) {
            const QRegularExpressionMatch match = place.match(fields.at(2));
            QVERIFY2(match.hasMatch(), qPrintable(u"not LINE:COLUMN: "_s + fields.at(2)));
            expectation.line = match.captured(1).toInt();
            expectation.column = match.captured(2).toInt();
        }
        expectation.message = fields.at(3);
        QVERIFY2(!expectation.message.isEmpty(), qPrintable(fields.at(0)));
        expectation.defect = fields.value(4);
        QVERIFY2(expectation.defect.isEmpty() || expectation.defect.startsWith(u"accepted: "_s) ||
                     expectation.defect.startsWith(u"place: "_s) ||
                     expectation.defect.startsWith(u"stderr: "_s),
                 qPrintable(expectation.defect));
        m_invalidListed << fields.at(0);
        m_invalid.insert(fields.at(0), expectation);
    }
    for (const QStringList &fields : readManifest(validDir + u'/' + manifestName)) {
        QVERIFY2(fields.size() == 4,
                 qPrintable(u"valid/expected.tsv: 4 fields expected: "_s + fields.join(u" | "_s)));
        bool frameworksOk = false;
        bool metricsOk = false;
        const ValidCounts counts{fields.at(1).toInt(&frameworksOk), fields.at(2).toInt(&metricsOk)};
        QVERIFY2(frameworksOk && metricsOk, qPrintable(fields.join(u" | "_s)));
        m_validListed << fields.at(0);
        m_valid.insert(fields.at(0), counts);
    }

    QVERIFY(m_generated.isValid());
    auto write = [this](const QString &name, const QByteArray &bytes) {
        const QString path = m_generated.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    };
    m_tooManyFrameworks =
        write(u"frameworks-10001.json"_s,
              frameworksDocument(DataReader::MaxFrameworks + 1, "10,001 frameworks, one too many"));
    m_mostFrameworks =
        write(u"frameworks-10000.json"_s,
              frameworksDocument(DataReader::MaxFrameworks, "10,000 frameworks, the most allowed"));
}

// ---------------------------------------------------------------------------------------------
// The manifests and the folders name the same files

void TestCorpus::invalidManifestMatchesFolder()
{
    const QStringList files = corpusFiles(invalidDir);
    QVERIFY2(files.size() >= MinInvalidFiles, qPrintable(QString::number(files.size())));
    QStringList unlisted;
    for (const QString &file : files)
        if (!m_invalid.contains(file))
            unlisted << file;
    QVERIFY2(unlisted.isEmpty(), qPrintable(u"in invalid/ without a line in expected.tsv: "_s +
                                            unlisted.join(u", "_s)));
    QStringList missing;
    for (const QString &file : std::as_const(m_invalidListed))
        if (!files.contains(file))
            missing << file;
    QVERIFY2(missing.isEmpty(), qPrintable(u"in invalid/expected.tsv but not in the folder: "_s +
                                           missing.join(u", "_s)));
    QCOMPARE(m_invalidListed.size(), m_invalid.size()); // no file listed twice
}

void TestCorpus::validManifestMatchesFolder()
{
    const QStringList files = corpusFiles(validDir);
    QStringList listed = m_validListed;
    listed.sort();
    QCOMPARE(files, listed);
}

// ---------------------------------------------------------------------------------------------
// Invalid files

void TestCorpus::invalidRows()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("listed");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("defect");

    // Every file of the folder is a row, listed or not: an unlisted one fails on its own row.
    for (const QString &file : corpusFiles(invalidDir)) {
        const Expectation e = m_invalid.value(file);
        QTest::newRow(qPrintable(file)) << invalidDir + u'/' + file << m_invalid.contains(file)
                                        << e.pointer << e.line << e.column << e.message << e.defect;
    }
    QTest::newRow("generated: 10,001 frameworks")
        << m_tooManyFrameworks << true << u"/frameworks"_s << 7 << 17
        << u"there can be at most 10000 frameworks, found 10001"_s << QString();
}

void TestCorpus::invalidRejectedByReader_data()
{
    invalidRows();
}

void TestCorpus::invalidRejectedByReader()
{
    QFETCH(QString, path);
    QFETCH(bool, listed);
    QFETCH(QString, pointer);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QFETCH(QString, defect);
    QVERIFY2(listed, "the file has no line in invalid/expected.tsv");

    const ReadResult result = DataReader::readFile(path);
    if (defect.startsWith(u"accepted: "_s))
        QEXPECT_FAIL("", qPrintable(defect), Abort);
    QVERIFY2(!result.ok(), "the reader took the file as valid");

    const QByteArray bytes = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const DataError *found = nullptr;
    for (const DataError &error : result.errors) {
        QCOMPARE(error.file, path);
        QVERIFY2(!error.message.trimmed().isEmpty(), qPrintable(error.toString()));
        if (error.line > 0)
            QVERIFY2(placeExists(bytes, error.line, error.column),
                     qPrintable(u"no such place in the file: "_s + error.toString()));
        else
            QCOMPARE(error.column, 0);
        if (error.pointer == pointer && error.message.contains(message) &&
            (!found || (error.line == line && error.column == column)))
            found = &error;
    }
    QVERIFY2(found, qPrintable(u"no error at \"%1\" saying \"%2\"; the reader said:\n%3"_s.arg(
                        pointer, message, formatErrors(result.errors))));
    // One fault, one error: a second would be a consequence of the first ("not the id of a
    // metric" after the metric was rejected), which only buries the cause.
    QVERIFY2(result.errors.size() == 1,
             qPrintable(u"one fault but these errors:\n"_s + formatErrors(result.errors)));
    if (defect.startsWith(u"place: "_s))
        QEXPECT_FAIL("", qPrintable(defect), Abort);
    QCOMPARE(placeText(found->line, found->column), placeText(line, column));
}

void TestCorpus::invalidRejectedByValidate_data()
{
    invalidRows();
}

void TestCorpus::invalidRejectedByValidate()
{
    QFETCH(QString, path);
    QFETCH(bool, listed);
    QFETCH(QString, pointer);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QFETCH(QString, defect);
    QVERIFY2(listed, "the file has no line in invalid/expected.tsv");

    const RunVersus::Run run = validate(path);
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY2(run.exitStatus == QProcess::NormalExit, run.describe().constData());
    if (defect.startsWith(u"accepted: "_s))
        QEXPECT_FAIL("", qPrintable(defect), Abort);
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.out.isEmpty(), run.describe().constData());

    // The command prints what the reader finds, every error on a line of its own.
    const ReadResult result = DataReader::readFile(path);
    QString why;
    const bool oneLineEach = printedOneLinePerError(run.err, result.errors, &why);
    if (defect.startsWith(u"stderr: "_s))
        QEXPECT_FAIL("", qPrintable(defect), Abort);
    QVERIFY2(oneLineEach, qPrintable(why + u'\n' + QString::fromUtf8(run.describe())));

    // DESIGN.md, "Command line": FILE:LINE:COLUMN: /pointer: message, or FILE: message for an
    // error with no place; a syntax error has a place but names no value.
    QStringList lines = run.err.split(u'\n');
    lines.removeLast();
    const QString file = QRegularExpression::escape(path);
    const QRegularExpression form(u"^"_s + file + u"(:[1-9]\\d*:[1-9]\\d*)?: \\S.*$"_s);
    for (const QString &printed : std::as_const(lines))
        QVERIFY2(form.match(printed).hasMatch(), qPrintable(u"not an error line: "_s + printed));

    QString prefix = path;
    if (line > 0)
        prefix += u':' + QString::number(line) + u':' + QString::number(column);
    prefix += u": "_s;
    if (!pointer.isEmpty())
        prefix += pointer + u": "_s;
    const bool printed = std::any_of(lines.cbegin(), lines.cend(), [&](const QString &text) {
        return text.startsWith(prefix) && text.sliced(prefix.size()).contains(message);
    });
    if (defect.startsWith(u"place: "_s))
        QEXPECT_FAIL("", qPrintable(defect), Abort);
    QVERIFY2(printed,
             qPrintable(u"no line starting \"%1\" and saying \"%2\"\n"_s.arg(prefix, message) +
                        QString::fromUtf8(run.describe())));
}

// ---------------------------------------------------------------------------------------------
// Valid files

void TestCorpus::validRows()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("listed");
    QTest::addColumn<int>("frameworks");
    QTest::addColumn<int>("metrics");

    for (const QString &file : corpusFiles(validDir)) {
        const ValidCounts counts = m_valid.value(file);
        QTest::newRow(qPrintable(file)) << validDir + u'/' + file << m_valid.contains(file)
                                        << counts.frameworks << counts.metrics;
    }
    QTest::newRow("generated: 10,000 frameworks")
        << m_mostFrameworks << true << DataReader::MaxFrameworks << 1;
}

void TestCorpus::validLoadsInReader_data()
{
    validRows();
}

void TestCorpus::validLoadsInReader()
{
    QFETCH(QString, path);
    QFETCH(bool, listed);
    QFETCH(int, frameworks);
    QFETCH(int, metrics);
    QVERIFY2(listed, "the file has no line in valid/expected.tsv");

    const ReadResult result = DataReader::readFile(path);
    QVERIFY2(result.ok(), qPrintable(formatErrors(result.errors)));
    QCOMPARE(result.data.frameworks.size(), frameworks);
    QCOMPARE(result.data.metrics.size(), metrics);
}

void TestCorpus::validPassesValidate_data()
{
    validRows();
}

void TestCorpus::validPassesValidate()
{
    QFETCH(QString, path);
    QFETCH(bool, listed);
    QFETCH(int, frameworks);
    QFETCH(int, metrics);
    QVERIFY2(listed, "the file has no line in valid/expected.tsv");

    const RunVersus::Run run = validate(path);
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY2(run.exitStatus == QProcess::NormalExit, run.describe().constData());
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.err, QString());
    const QString counted =
        (frameworks == 1 ? u"1 framework"_s : u"%1 frameworks"_s.arg(frameworks)) + u", "_s +
        (metrics == 1 ? u"1 metric"_s : u"%1 metrics"_s.arg(metrics));
    QCOMPARE(run.out, path + u": valid: "_s + counted + u'\n');
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
