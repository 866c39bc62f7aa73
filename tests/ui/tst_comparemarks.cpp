// SPDX-License-Identifier: GPL-3.0-or-later
// File > Compare With File: the marks the table's cells get (Role::Change, Role::Was), the
// tooltips a person reads, the bar above the table, and how edits, clearing and opening another
// file change them.
#include "Appearance.h"
#include "ChangeMarks.h"
#include "CompareActions.h"
#include "ComparisonBar.h"
#include "ComparisonTable.h"
#include "DataWriter.h"
#include "FrameworkModel.h"
#include "MainWindow.h"
#include "RatingDelegate.h"
#include "TestData.h"
#include "Translations.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

const QStringList Levels{u"Very low"_s, u"Low"_s, u"Medium"_s, u"High"_s, u"Very high"_s};

Framework framework(const QString &id, const QString &name, QList<std::pair<QString, int>> ratings)
{
    Framework f;
    f.id = id;
    f.name = name;
    f.sources = {Source{u"Paper"_s, u"https://example.org"_s, {}}};
    for (const auto &[metric, score] : ratings)
        f.ratings.insert(metric, Rating{score, u"Measured."_s, std::nullopt, {}});
    return f;
}

// Now: Alpha Speed High (4), Ease Medium (3), licence MIT; Beta Speed Medium (3), Ease not
// rated; Gamma (new) Speed Low (2).
DataSet now()
{
    DataSet data;
    data.title = u"Now"_s;
    data.metrics = {Metric{u"speed"_s, u"Speed"_s, {}, Levels, {}},
                    Metric{u"ease"_s, u"Ease"_s, {}, Levels, {}}};
    data.frameworks = {framework(u"alpha"_s, u"Alpha"_s, {{u"speed"_s, 4}, {u"ease"_s, 3}}),
                       framework(u"beta"_s, u"Beta"_s, {{u"speed"_s, 3}}),
                       framework(u"gamma"_s, u"Gamma"_s, {{u"speed"_s, 2}})};
    data.frameworks[0].license = u"MIT"_s;
    return data;
}

// The compared file: Alpha Speed Medium (3), Ease Medium (3), licence BSD; Beta Speed High (4),
// Ease Low (2); Delta, gone since, Speed Very low (1).
DataSet compared()
{
    DataSet data = now();
    data.frameworks = {framework(u"alpha"_s, u"Alpha"_s, {{u"speed"_s, 3}, {u"ease"_s, 3}}),
                       framework(u"beta"_s, u"Beta"_s, {{u"speed"_s, 4}, {u"ease"_s, 2}}),
                       framework(u"delta"_s, u"Delta"_s, {{u"speed"_s, 1}})};
    data.frameworks[0].license = u"BSD"_s;
    return data;
}

// A tooltip as the person reads it.
QString plain(const QVariant &toolTip)
{
    return QTextDocumentFragment::fromHtml(toolTip.toString()).toPlainText();
}

// Wider than TestData::pixelsNear()'s default: an arrow is small and anti-aliased.
constexpr int ColourTolerance = 16;

} // namespace

class TestCompareMarks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rolesOfEachChange();
    void toolTips();
    void barNamesAddedAndRemovedFrameworks();
    void editsAreMarkedAgainstTheComparedFile();
    void clearAndOpenAnotherFileRemoveTheMarks();
    void invalidFileLeavesTheMarks();
    void delegateDrawsTheArrows();
    void actionsReachableByKeyboard();
    void germanTexts();

private:
    int change(int row, int column) const
    {
        return m_window->model()->index(row, column).data(Role::Change).toInt();
    }
    QString was(int row, int column) const
    {
        return m_window->model()->index(row, column).data(Role::Was).toString();
    }
    QString comparedPath();

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestCompareMarks::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCompareMarks::init()
{
    m_window = new MainWindow;
    m_window->resize(1280, 800);
    m_window->setData(now(), m_dir.filePath(u"now.json"_s));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->compareActions()->compareWith(comparedPath()));
}

void TestCompareMarks::cleanup()
{
    m_window->document()->discardRecovery();
    delete m_window;
    m_window = nullptr;
    QSettings().clear();
}

QString TestCompareMarks::comparedPath()
{
    const QString path = m_dir.filePath(u"old.json"_s);
    const WriteResult written = DataWriter::writeFile(compared(), path);
    if (!written.ok)
        qFatal("%s", qPrintable(written.error));
    return path;
}

void TestCompareMarks::rolesOfEachChange()
{
    const FrameworkModel *model = m_window->model();
    const int speed = model->metricColumn(0);
    const int ease = model->metricColumn(1);
    const int license = model->factColumn(Fact::License);
    QCOMPARE(change(0, speed), int(Change::Higher));
    QCOMPARE(was(0, speed), u"Medium (3)"_s);
    QCOMPARE(change(0, ease), int(Change::None));
    QCOMPARE(was(0, ease), QString());
    QCOMPARE(change(1, speed), int(Change::Lower));
    QCOMPARE(was(1, speed), u"High (4)"_s);
    QCOMPARE(change(1, ease), int(Change::Removed));
    QCOMPARE(was(1, ease), u"Low (2)"_s);
    QCOMPARE(change(2, speed), int(Change::Added));
    QCOMPARE(was(2, speed), u"No such framework in the compared file"_s);
    QCOMPARE(change(2, ease), int(Change::None));
    QCOMPARE(change(0, license), int(Change::Changed));
    QCOMPARE(was(0, license), u"BSD"_s);
    QCOMPARE(change(1, license), int(Change::None));
    // The new framework, in its name cell and its header.
    QCOMPARE(change(2, 0), int(Change::Added));
    QCOMPARE(model->headerData(2, Qt::Vertical, Role::Change).toInt(), int(Change::Added));
    QCOMPARE(model->headerData(0, Qt::Vertical, Role::Change).toInt(), int(Change::None));
}

void TestCompareMarks::toolTips()
{
    const FrameworkModel *model = m_window->model();
    const int speed = model->metricColumn(0);
    QCOMPARE(plain(model->index(0, speed).data(Qt::ToolTipRole)),
             u"Alpha — Speed: High (4 of 5)\n\nMeasured.\n\nWas: Medium (3)"_s);
    QCOMPARE(plain(model->index(1, model->metricColumn(1)).data(Qt::ToolTipRole)),
             u"Beta — Ease: Not rated\n\nWas: Low (2)\nIts note was: Measured."_s);
    QCOMPARE(plain(model->index(0, model->factColumn(Fact::License)).data(Qt::ToolTipRole)),
             u"MIT\n\nWas: BSD"_s);
    QCOMPARE(plain(model->headerData(2, Qt::Vertical, Qt::ToolTipRole)),
             u"Gamma\nNew: not in the compared file"_s);
    // An unchanged cell's tooltip is what it was before comparing.
    QCOMPARE(plain(model->index(0, model->metricColumn(1)).data(Qt::ToolTipRole)),
             u"Alpha — Ease: Medium (3 of 5)\n\nMeasured."_s);
}

void TestCompareMarks::barNamesAddedAndRemovedFrameworks()
{
    ComparisonBar *bar = m_window->compareActions()->bar();
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->text(), u"Compared with old.json. Higher: 1, Lower: 1, Added: 1, Removed: 1, "
                          "Other: 1. New: Gamma. Removed: Delta."_s);
    QVERIFY(bar->y() < m_window->table()->mapTo(bar->parentWidget(), QPoint(0, 0)).y());
}

void TestCompareMarks::editsAreMarkedAgainstTheComparedFile()
{
    FrameworkModel *model = m_window->model();
    const QModelIndex alphaSpeed = model->index(0, model->metricColumn(0));
    QVERIFY(model->setData(alphaSpeed, 3)); // back to what the compared file has
    QCOMPARE(change(0, model->metricColumn(0)), int(Change::None));
    ComparisonBar *bar = m_window->compareActions()->bar();
    QTRY_COMPARE(bar->text(), u"Compared with old.json. Lower: 1, Added: 1, Removed: 1, Other: 1. "
                              "New: Gamma. Removed: Delta."_s);
    QVERIFY(model->setData(alphaSpeed, 1));
    QCOMPARE(change(0, model->metricColumn(0)), int(Change::Lower));
    QCOMPARE(was(0, model->metricColumn(0)), u"Medium (3)"_s);
    model->undoStack()->undo();
    model->undoStack()->undo();
    QCOMPARE(change(0, model->metricColumn(0)), int(Change::Higher));
    QTRY_VERIFY(bar->text().contains(u"Higher: 1, Lower: 1"_s));
}

void TestCompareMarks::clearAndOpenAnotherFileRemoveTheMarks()
{
    auto *clear = m_window->findChild<QAction *>(u"actionClearComparison"_s);
    QVERIFY(clear);
    QVERIFY(clear->isEnabled());
    clear->trigger();
    QCOMPARE(change(0, m_window->model()->metricColumn(0)), int(Change::None));
    QCOMPARE(change(2, 0), int(Change::None));
    QVERIFY(!clear->isEnabled());
    QTRY_VERIFY(!m_window->compareActions()->bar()->isVisible());

    QVERIFY(m_window->compareActions()->compareWith(comparedPath()));
    QCOMPARE(change(0, m_window->model()->metricColumn(0)), int(Change::Higher));
    m_window->setData(now(), m_dir.filePath(u"other.json"_s)); // another file opened
    QCOMPARE(change(0, m_window->model()->metricColumn(0)), int(Change::None));
    QVERIFY(!clear->isEnabled());
    QTRY_VERIFY(!m_window->compareActions()->bar()->isVisible());
}

void TestCompareMarks::invalidFileLeavesTheMarks()
{
    const QString bad = m_dir.filePath(u"bad.json"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"schemaVersion\": 1,\n \"metrics\": 3}");
    file.close();
    QVERIFY(!m_window->compareActions()->compareWith(bad));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"compareProblemDialog"_s)));
    QVERIFY2(
        box->informativeText().startsWith(QDir::toNativeSeparators(bad) + u":2:13: /metrics: "_s),
        qPrintable(box->informativeText()));
    box->close();
    QCOMPARE(change(0, m_window->model()->metricColumn(0)), int(Change::Higher));
}

void TestCompareMarks::delegateDrawsTheArrows()
{
    // Alpha's Speed (higher) gets the green triangle, Beta's (lower) the vermillion one, and
    // Alpha's Ease (unchanged) neither; on white, as a light window draws them.
    const FrameworkModel *model = m_window->model();
    const QColor white(Qt::white);
    const QColor up = Appearance::readableOn(QColor(0x00, 0x9E, 0x73), white);
    const QColor down = Appearance::readableOn(QColor(0xD5, 0x5E, 0x00), white);
    const auto paint = [&](int row, int column) {
        RatingDelegate delegate;
        QImage image(260, 24, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.rect = image.rect();
        option.state = QStyle::State_Enabled;
        QPalette palette;
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::Text, Qt::black);
        option.palette = palette;
        option.font = QFont();
        option.fontMetrics = QFontMetrics(option.font);
        delegate.paint(&painter, option, model->index(row, column));
        painter.end();
        return image;
    };
    const QImage higher = paint(0, model->metricColumn(0));
    const QImage lower = paint(1, model->metricColumn(0));
    const QImage same = paint(0, model->metricColumn(1));
    QVERIFY2(TestData::pixelsNear(higher, up, ColourTolerance) >= 12,
             qPrintable(QString::number(TestData::pixelsNear(higher, up, ColourTolerance))));
    QCOMPARE(TestData::pixelsNear(higher, down, ColourTolerance), 0);
    QVERIFY(TestData::pixelsNear(lower, down, ColourTolerance) >= 12);
    QCOMPARE(TestData::pixelsNear(lower, up, ColourTolerance), 0);
    QCOMPARE(TestData::pixelsNear(same, up, ColourTolerance) +
                 TestData::pixelsNear(same, down, ColourTolerance),
             0);
}

void TestCompareMarks::actionsReachableByKeyboard()
{
    for (const auto *name : {"actionCompareWithFile", "actionClearComparison"}) {
        auto *action = m_window->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        QVERIFY2(action->text().contains(u'&'), name); // a mnemonic in the File menu
        QVERIFY(!action->statusTip().isEmpty());
    }
    auto *button = m_window->findChild<QToolButton *>(u"clearComparisonButton"_s);
    QVERIFY(button);
    QCOMPARE(button->text(), u"Clear"_s);
    QCOMPARE(button->accessibleName(), u"Clear Comparison Marks"_s);
    button->click(); // the bar's button clears as the menu's action does
    QCOMPARE(change(0, m_window->model()->metricColumn(0)), int(Change::None));
    QTRY_VERIFY(!m_window->compareActions()->bar()->isVisible());
    QCOMPARE(m_window->compareActions()->bar()->accessibleName(), u"Comparison with a file"_s);
}

void TestCompareMarks::germanTexts()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(Translations::install());
    delete m_window;
    init(); // a window made in German, compared with the same file
    const FrameworkModel *model = m_window->model();
    QCOMPARE(m_window->findChild<QAction *>(u"actionCompareWithFile"_s)->text(),
             u"Mit Datei ver&gleichen…"_s);
    QCOMPARE(m_window->findChild<QAction *>(u"actionClearComparison"_s)->text(),
             u"Vergleichsmarkierungen &entfernen"_s);
    QVERIFY(plain(model->index(0, model->metricColumn(0)).data(Qt::ToolTipRole))
                .endsWith(u"\n\nVorher: Medium (3)"_s));
    QCOMPARE(was(2, model->metricColumn(0)), u"Dieses Framework fehlt in der verglichenen Datei"_s);
    QCOMPARE(plain(model->headerData(2, Qt::Vertical, Qt::ToolTipRole)),
             u"Gamma\nNeu: nicht in der verglichenen Datei"_s);
    QTRY_COMPARE(m_window->compareActions()->bar()->text(),
                 u"Verglichen mit old.json. Höher: 1, Niedriger: 1, Hinzugekommen: 1, "
                 "Entfallen: 1, Andere: 1. Neu: Gamma. Entfallen: Delta."_s);
    Translations::remove();
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestCompareMarks)
#include "tst_comparemarks.moc"
