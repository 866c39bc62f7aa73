// SPDX-License-Identifier: GPL-3.0-or-later
// What the fuzzer (fuzz/fuzz_datareader.cpp) found, kept: every input in fuzz/regressions goes
// through the same checks as in the fuzzer.
#include "DataReader.h"
#include "DataWriter.h"
#include "ReadCheck.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
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

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
