// SPDX-License-Identifier: GPL-3.0-or-later
// File > Merge Raters' Files… in the real main window: the merged data as a new, unsaved
// document, the disagreement marked in the table and its tooltip, each rater in the pane, and
// files that do not match refused with the data shown left as it was.
#include "ComparisonTable.h"
#include "DescriptionPane.h"
#include "FrameworkModel.h"
#include "MainWindow.h"
#include "MergeActions.h"
#include "ModelRoles.h"
#include "Selection.h"
#include "Windows.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTransposeProxyModel>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

QByteArray data(const QByteArray &rater, const QByteArray &frameworks, int speedLevels = 5)
{
    const QByteArray levels = speedLevels == 5
                                  ? R"(["Very low", "Low", "Moderate", "High", "Very high"])"
                                  : R"(["Low", "Moderate", "High", "Very high"])";
    return R"({"schemaVersion": 1, "title": "Team", )" + rater + R"( "metrics": [
  {"id": "speed", "name": "Speed", "levels": )" +
           levels + R"(},
  {"id": "ease", "name": "Ease", "levels": ["Very low", "Low", "Moderate", "High", "Very high"]}],
 "frameworks": )" +
           frameworks + "}\n";
}

// alpha's speed: 2, 3, 5 (three levels apart); alpha's ease: 4, not rated by Bob, 3 (one apart).
const QByteArray Ann = data(R"("rater": "Ann",)", R"([
  {"id": "alpha", "name": "Alpha", "ratings": {"speed": {"score": 2, "note": "<b>slow</b>"},
   "ease": {"score": 4}}}])");
const QByteArray Bob = data(R"("rater": "Bob",)", R"([
  {"id": "alpha", "name": "Alpha", "ratings": {"speed": {"score": 3}}}])");
const QByteArray Cy = data(R"("rater": "Cy",)", R"([
  {"id": "alpha", "name": "Alpha", "ratings": {"speed": {"score": 5, "note": "fast"},
   "ease": {"score": 3}}}])");

} // namespace

class TestMergeActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menuHasIt();
    void mergesChosenFilesIntoUnsavedDocument();
    void disagreementIsMarked();
    void paneListsEachRater();
    void mismatchKeepsData();

private:
    QString write(const QString &name, const QByteArray &bytes);
    void mergeThree();

    MainWindow *window = nullptr;
    std::unique_ptr<QTemporaryDir> dir;
};

void TestMergeActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMergeActions::init()
{
    QSettings().clear();
    dir = std::make_unique<QTemporaryDir>();
    window = Windows::showBundled();
}

void TestMergeActions::cleanup()
{
    delete window;
    window = nullptr;
}

QString TestMergeActions::write(const QString &name, const QByteArray &bytes)
{
    const QString path = dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// As a person does it: File > Merge Raters' Files…, three files chosen in the dialog.
void TestMergeActions::mergeThree()
{
    write(u"ann.json"_s, Ann);
    write(u"bob.json"_s, Bob);
    write(u"cy.json"_s, Cy);
    window->findChild<QAction *>(u"actionMergeRaters"_s)->trigger();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QFileDialog *>(u"mergeRatersDialog"_s)) &&
                dialog->isVisible());
    QCOMPARE(dialog->fileMode(), QFileDialog::ExistingFiles);
    dialog->setDirectory(dir->path());
    dialog->selectFile(u"\"ann.json\" \"bob.json\" \"cy.json\""_s);
    QMetaObject::invokeMethod(dialog, &QDialog::accept); // protected in QFileDialog
    QTRY_COMPARE(window->model()->rowCount(), 1);
}

void TestMergeActions::menuHasIt()
{
    QMenu *file = window->menuBar()->findChild<QMenu *>(u"fileMenu"_s);
    QStringList texts;
    for (const QAction *action : file->actions())
        texts << action->text();
    QCOMPARE(texts.indexOf(u"&Merge Raters' Files…"_s), texts.indexOf(u"&Import Table…"_s) + 1);
}

void TestMergeActions::mergesChosenFilesIntoUnsavedDocument()
{
    mergeThree();
    const DataSet &merged = window->model()->dataSet();
    QCOMPARE(merged.raters, QStringList({u"Ann"_s, u"Bob"_s, u"Cy"_s}));
    const Rating *speed = merged.frameworks.at(0).rating(u"speed"_s);
    QVERIFY(speed);
    QCOMPARE(speed->score, 3);
    QCOMPARE(speed->range, std::optional(std::pair(2, 5)));
    QCOMPARE(merged.frameworks.at(0).rating(u"ease"_s)->score, 4);
    // New data, not saved anywhere yet: Save will ask where.
    QCOMPARE(window->currentPath(), QString());
    QVERIFY(window->isWindowModified());
}

void TestMergeActions::disagreementIsMarked()
{
    mergeThree();
    FrameworkModel *model = window->model();
    const QModelIndex speed = model->index(0, model->metricColumn(0));
    const QModelIndex ease = model->index(0, model->metricColumn(1));
    QCOMPARE(speed.data(Role::Disagreement).toBool(), true); // 2 to 5
    QCOMPARE(ease.data(Role::Disagreement).toBool(), false); // 3 to 4
    // The tooltip names every rater's score.
    const QString tip = speed.data(Qt::ToolTipRole).toString();
    for (const QString &line : {u"Ann: Low (2)"_s, u"Bob: Moderate (3)"_s, u"Cy: Very high (5)"_s})
        QVERIFY2(tip.contains(line), qPrintable(tip));
    // A rater who left a rating out is named as not having rated it.
    const QString easeTip = ease.data(Qt::ToolTipRole).toString();
    QVERIFY2(easeTip.contains(u"Ann: High (4)"_s) && easeTip.contains(u"Bob: not rated"_s) &&
                 easeTip.contains(u"Cy: Moderate (3)"_s),
             qPrintable(easeTip));
    // In the table, the disagreeing cell is framed in amber; its neighbour is not.
    ComparisonTable *table = window->table();
    const auto edgePixel = [&](const QModelIndex &cell) {
        const QRect rect = table->visualRect(table->proxy()->mapFromSource(cell));
        const QImage image = table->viewport()->grab().toImage();
        const qreal ratio = image.devicePixelRatio();
        return image.pixelColor(QPoint(rect.left() + 1, rect.center().y()) * ratio);
    };
    const QColor amber(0xE6, 0x9F, 0x00);
    const QColor framed = edgePixel(speed);
    QVERIFY2(qAbs(framed.red() - amber.red()) < 40 && qAbs(framed.green() - amber.green()) < 40 &&
                 framed.blue() < 60,
             qPrintable(framed.name()));
    const QColor plain = edgePixel(ease);
    QVERIFY2(plain.blue() > 100, qPrintable(plain.name()));
}

void TestMergeActions::paneListsEachRater()
{
    mergeThree();
    window->selection()->selectRating(u"alpha"_s, u"speed"_s);
    auto *pane = window->findChild<DescriptionPane *>(u"descriptionPane"_s);
    const QString text = pane->toPlainText();
    // Each rater's score from the votes, then their notes from the merged note.
    QVERIFY2(text.contains(u"Raters:\nAnn: Low (2)\nBob: Moderate (3)\nCy: Very high (5)\n"
                           u"Ann: <b>slow</b>\nCy: fast"_s),
             qPrintable(text));
}

void TestMergeActions::mismatchKeepsData()
{
    const qsizetype before = window->model()->rowCount();
    const QString ann = write(u"ann.json"_s, Ann);
    const QString bob = write(u"bob.json"_s, data("", "[]", 4));
    auto *merge = window->findChild<MergeActions *>();
    QVERIFY(merge);
    QVERIFY(!merge->mergeFiles({ann, bob}));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"problemDialog"_s)));
    QVERIFY2(box->informativeText().contains(
                 QDir::toNativeSeparators(bob) +
                 u":2:46: /metrics/0/levels: metric 'speed' has 4 levels, but 5 in ann.json"_s),
             qPrintable(box->informativeText()));
    box->close();
    QCOMPARE(window->model()->rowCount(), before);
    QVERIFY(!window->isWindowModified());
}

QTEST_MAIN(TestMergeActions)
#include "tst_mergeactions.moc"
