// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include "ChartExporter.h"

#include <QDir>
#include <QFile>
#include <QSize>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Versus;

// Settings writes a value only when it differs from the stored one. QSettings drops comments
// when it rewrites its file, so a comment added by hand shows whether it did. And a settings
// file written by an earlier version of Versus is still read.
class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void unchangedValuesLeaveTheFile_data();
    void unchangedValuesLeaveTheFile();
    void changedValuesAreWritten();
    void earlierFilesAreRead();
    void defaultsWhenNothingIsStored();
    void weightsAreRemembered();

private:
    void addComment();
    bool commentKept();

    QTemporaryDir m_dir;
    QString m_path;
};

void TestSettings::addComment()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::Append | QIODevice::Text));
    file.write("; left by hand\n");
}

bool TestSettings::commentKept()
{
    QFile file(m_path);
    return file.open(QIODevice::ReadOnly | QIODevice::Text) &&
           file.readAll().contains("; left by hand");
}

void TestSettings::unchangedValuesLeaveTheFile_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("bytes") << 0;
    QTest::newRow("bool") << 1;
    QTest::newRow("list of one") << 2;
    QTest::newRow("list of two") << 3;
    QTest::newRow("empty list") << 4;
    QTest::newRow("weight") << 5;
}

void TestSettings::unchangedValuesLeaveTheFile()
{
    QFETCH(int, kind);
    m_path = m_dir.filePath(u"unchanged-%1.conf"_s.arg(kind));
    const QByteArray bytes("\x01\x00\xff geometry", 12);
    using Key = Settings::Key;
    auto store = [&](Settings &settings) {
        switch (kind) {
        case 0:
            settings.setValue(Key::WindowGeometry, bytes);
            break;
        case 1:
            settings.setValue(Key::SmallMultiples, false);
            break;
        case 2:
            settings.setValue(Key::ComparedFrameworks, QStringList{u"theano"_s});
            break;
        case 3:
            settings.setValue(Key::ComparedFrameworks, QStringList{u"caffe"_s, u"theano"_s});
            break;
        case 4:
            settings.setValue(Key::ComparedFrameworks, QStringList{});
            break;
        default:
            settings.rememberWeight(u"speed"_s, 4);
            break;
        }
    };
    {
        Settings settings(m_path);
        store(settings);
    }
    QVERIFY(QFile::exists(m_path));
    addComment();
    {
        Settings settings(m_path);
        store(settings);
    }
    QVERIFY2(commentKept(), "the file was written again with the value it already had");
}

void TestSettings::changedValuesAreWritten()
{
    m_path = m_dir.filePath(u"changed.conf"_s);
    {
        Settings settings(m_path);
        settings.setValue(Settings::Key::ComparedFrameworks, QStringList{u"theano"_s});
    }
    addComment();
    {
        Settings settings(m_path);
        settings.setValue(Settings::Key::ComparedFrameworks, QStringList{u"caffe"_s});
    }
    QVERIFY(!commentKept());
    const Settings settings(m_path);
    QCOMPARE(settings.value(Settings::Key::ComparedFrameworks).toStringList(),
             QStringList{u"caffe"_s});
}

// A settings file as earlier versions wrote it, before the keys were named in one place: every
// value is read under the same key.
void TestSettings::earlierFilesAreRead()
{
    m_path = m_dir.filePath(u"earlier.conf"_s);
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
        file.write("[chart]\n"
                   "smallMultiples=true\n"
                   "\n"
                   "[comparison]\n"
                   "frameworks=caffe, theano\n"
                   "\n"
                   "[export]\n"
                   "chartBackground=1\n"
                   "chartLayout=1\n"
                   "chartPath=/tmp/old/radar.svg\n"
                   "chartScale=2\n"
                   "chartSize=@Size(640 480)\n"
                   "tableFormat=Markdown (*.md *.markdown)\n"
                   "\n"
                   "[files]\n"
                   "lastDirectory=/tmp/old\n"
                   "\n"
                   "[weights]\n"
                   "performance=5\n"
                   "ecosystem=0\n"
                   "bad=9\n"
                   "\n"
                   "[window]\n"
                   "geometry=@ByteArray(geo)\n"
                   "leftSplitter=@ByteArray(left)\n"
                   "mainSplitter=@ByteArray(main)\n"
                   "state=@ByteArray(state)\n");
    }
    using Key = Settings::Key;
    const Settings settings(m_path);
    QCOMPARE(settings.value(Key::SmallMultiples).toBool(), true);
    QCOMPARE(settings.value(Key::ComparedFrameworks).toStringList(),
             QStringList({u"caffe"_s, u"theano"_s}));
    QCOMPARE(settings.value(Key::ChartExportBackground).toInt(), 1);
    QCOMPARE(settings.value(Key::ChartExportLayout).toInt(), 1);
    QCOMPARE(settings.value(Key::ChartExportPath).toString(), u"/tmp/old/radar.svg"_s);
    QCOMPARE(settings.value(Key::ChartExportScale).toInt(), 2);
    QCOMPARE(settings.value(Key::ChartExportSize).toSize(), QSize(640, 480));
    QCOMPARE(settings.value(Key::TableExportFormat).toString(), u"Markdown (*.md *.markdown)"_s);
    QCOMPARE(settings.value(Key::LastDirectory).toString(), u"/tmp/old"_s);
    QCOMPARE(settings.value(Key::WindowGeometry).toByteArray(), QByteArray("geo"));
    QCOMPARE(settings.value(Key::LeftSplitter).toByteArray(), QByteArray("left"));
    QCOMPARE(settings.value(Key::MainSplitter).toByteArray(), QByteArray("main"));
    QCOMPARE(settings.value(Key::WindowState).toByteArray(), QByteArray("state"));
    const QHash<QString, int> weights{{u"performance"_s, 5}, {u"ecosystem"_s, 0}};
    QCOMPARE(settings.rememberedWeights(5), weights); // 9 is out of range
}

void TestSettings::defaultsWhenNothingIsStored()
{
    m_path = m_dir.filePath(u"empty.conf"_s);
    using Key = Settings::Key;
    const Settings settings(m_path);
    QVERIFY(!settings.contains(Key::LastDirectory));
    QCOMPARE(settings.value(Key::LastDirectory).toString(), QDir::homePath());
    QCOMPARE(settings.value(Key::ChartExportSize).toSize(), ChartExporter::Options().size);
    QCOMPARE(settings.value(Key::ChartExportScale).toInt(), 1);
    QCOMPARE(settings.value(Key::SmallMultiples).toBool(), false);
    // Until one is chosen, the export's background follows the window: no default stored.
    QVERIFY(!settings.value(Key::ChartExportBackground).isValid());
    QVERIFY(settings.rememberedWeights(5).isEmpty());
}

void TestSettings::weightsAreRemembered()
{
    m_path = m_dir.filePath(u"weights.conf"_s);
    {
        Settings settings(m_path);
        settings.rememberWeight(u"performance"_s, 3);
        settings.rememberWeight(u"ecosystem"_s, 0);
        settings.rememberWeight(u"performance"_s, 4);
    }
    const QHash<QString, int> weights{{u"performance"_s, 4}, {u"ecosystem"_s, 0}};
    QCOMPARE(Settings(m_path).rememberedWeights(5), weights);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
