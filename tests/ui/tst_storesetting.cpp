// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreSetting.h"

#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Versus;

// storeSetting() writes a value only when it differs from the stored one. QSettings drops
// comments when it rewrites its file, so a comment added by hand shows whether it did.
class TestStoreSetting : public QObject
{
    Q_OBJECT

private slots:
    void unchangedValuesLeaveTheFile_data();
    void unchangedValuesLeaveTheFile();
    void changedValuesAreWritten();

private:
    void addComment();
    bool commentKept();

    QTemporaryDir m_dir;
    QString m_path;
};

void TestStoreSetting::addComment()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::Append | QIODevice::Text));
    file.write("; left by hand\n");
}

bool TestStoreSetting::commentKept()
{
    QFile file(m_path);
    return file.open(QIODevice::ReadOnly | QIODevice::Text) &&
           file.readAll().contains("; left by hand");
}

void TestStoreSetting::unchangedValuesLeaveTheFile_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("bytes") << 0;
    QTest::newRow("bool") << 1;
    QTest::newRow("list of one") << 2;
    QTest::newRow("list of two") << 3;
    QTest::newRow("empty list") << 4;
}

void TestStoreSetting::unchangedValuesLeaveTheFile()
{
    QFETCH(int, kind);
    m_path = m_dir.filePath(u"unchanged-%1.conf"_s.arg(kind));
    const QByteArray bytes("\x01\x00\xff geometry", 12);
    auto store = [&](QSettings &settings) {
        switch (kind) {
        case 0:
            storeSetting(settings, u"window/geometry"_s, bytes);
            break;
        case 1:
            storeSetting(settings, u"chart/smallMultiples"_s, false);
            break;
        case 2:
            storeSetting(settings, u"compared"_s, QStringList{u"theano"_s});
            break;
        case 3:
            storeSetting(settings, u"compared"_s, QStringList{u"caffe"_s, u"theano"_s});
            break;
        default:
            storeSetting(settings, u"compared"_s, QStringList{});
            break;
        }
    };
    {
        QSettings settings(m_path, QSettings::IniFormat);
        store(settings);
    }
    QVERIFY(QFile::exists(m_path));
    addComment();
    {
        QSettings settings(m_path, QSettings::IniFormat);
        store(settings);
    }
    QVERIFY2(commentKept(), "the file was written again with the value it already had");
}

void TestStoreSetting::changedValuesAreWritten()
{
    m_path = m_dir.filePath(u"changed.conf"_s);
    {
        QSettings settings(m_path, QSettings::IniFormat);
        storeSetting(settings, u"compared"_s, QStringList{u"theano"_s});
    }
    addComment();
    {
        QSettings settings(m_path, QSettings::IniFormat);
        storeSetting(settings, u"compared"_s, QStringList{u"caffe"_s});
    }
    QVERIFY(!commentKept());
    const QSettings settings(m_path, QSettings::IniFormat);
    QCOMPARE(settings.value(u"compared"_s).toStringList(), QStringList{u"caffe"_s});
}

QTEST_GUILESS_MAIN(TestStoreSetting)
#include "tst_storesetting.moc"
