// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIcon.h"
#include "LazyIconEngine.h"
#include "TestData.h"

#include <QApplication>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Versus;

class TestAppIcon : public QObject
{
    Q_OBJECT

private slots:
    void idIsReverseDns();
    void iconAtEverySize_data();
    void iconAtEverySize();
    void lazyIconDrawsTheNearestFile();
    void lazyIconReadsOnlyWhatIsAskedFor();
};

void TestAppIcon::idIsReverseDns()
{
    // The desktop-entry and AppStream specifications: at least three dot-separated parts of
    // letters, digits and underscores, none starting with a digit; no hyphen.
    static const QRegularExpression pattern(
        u"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*){2,}$"_s);
    QVERIFY2(pattern.match(applicationId()).hasMatch(), qPrintable(applicationId()));
}

void TestAppIcon::iconAtEverySize_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        QTest::addRow("%d px", size) << size;
}

// Each size of the built-in icon is drawn at its own size (not scaled from another), and shows
// what the SVG does: a blue and an orange polygon, Caffe's and Theano's colours.
void TestAppIcon::iconAtEverySize()
{
    QFETCH(int, size);
    const QIcon icon = appIcon();
    QVERIFY(!icon.isNull());
    QVERIFY(icon.availableSizes().contains(QSize(size, size)));
    const QImage image = icon.pixmap(QSize(size, size), 1.0).toImage();
    QCOMPARE(image.size(), QSize(size, size));
    // The polygons cover a good part of the icon at every size: at 16 px, 10 pixels each.
    const int enough = size * size / 25;
    QVERIFY2(TestData::pixelsNear(image, QColor(0x22, 0x7f, 0xb8), 40) >= enough, "no blue");
    QVERIFY2(TestData::pixelsNear(image, QColor(0xd9, 0x6d, 0x1f), 40) >= enough, "no orange");
}

// A size between two files is drawn from the larger one, scaled down; a size above the largest
// gets the largest as it is, like Qt's own icons.
void TestAppIcon::lazyIconDrawsTheNearestFile()
{
    auto *engine = new LazyIconEngine;
    engine->addFile(32, u":/icons/versus-32.png"_s);
    engine->addFile(16, u":/icons/versus-16.png"_s);
    const QIcon icon(engine);
    QCOMPARE(icon.availableSizes(), QList<QSize>({QSize(16, 16), QSize(32, 32)}));
    QCOMPARE(icon.pixmap(QSize(16, 16), 1.0).size(), QSize(16, 16));
    const QImage scaled = icon.pixmap(QSize(24, 24), 1.0).toImage();
    QCOMPARE(scaled.size(), QSize(24, 24));
    QVERIFY(TestData::pixelsNear(scaled, QColor(0x22, 0x7f, 0xb8), 40) >= 24 * 24 / 25);
    QCOMPARE(icon.pixmap(QSize(64, 64), 1.0).size(), QSize(32, 32));
    QCOMPARE(icon.actualSize(QSize(64, 64)), QSize(32, 32));
}

// Files of sizes nobody asks for are never read, so a missing one goes unnoticed; a size that
// is asked for and whose file is missing gives a null pixmap, not a crash.
void TestAppIcon::lazyIconReadsOnlyWhatIsAskedFor()
{
    auto *engine = new LazyIconEngine;
    engine->addFile(16, u":/icons/versus-16.png"_s);
    engine->addFile(256, u":/icons/no-such-file.png"_s);
    const QIcon icon(engine);
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.pixmap(QSize(16, 16), 1.0).size(), QSize(16, 16));
    QVERIFY(icon.pixmap(QSize(200, 200), 1.0).isNull());
}

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
