// SPDX-License-Identifier: GPL-3.0-or-later
// Rating ranges and unsourced ratings in the window: the table's cell, the pane, the editor,
// and the ranking's chances, sentence, sweep chart and "Sourced only" filter.
#include "ChanceModel.h"
#include "DataSet.h"
#include "DescriptionPane.h"
#include "FrameworkEditor.h"
#include "FrameworkModel.h"
#include "RankingPanel.h"
#include "RankingProxyModel.h"
#include "RatingDelegate.h"
#include "Selection.h"
#include "TestData.h"
#include "WeightSweepChart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

// Alpha: Speed High (4) ranged 2..5, with a note and a source; Beta: Speed Moderate (3),
// certain, no note (unsourced). One metric of five levels.
DataSet dataSet()
{
    DataSet data;
    data.metrics = {Metric{u"speed"_s,
                           u"Speed"_s,
                           {},
                           {u"Very low"_s, u"Low"_s, u"Moderate"_s, u"High"_s, u"Very high"_s},
                           {}}};
    Framework alpha;
    alpha.id = u"alpha"_s;
    alpha.name = u"Alpha"_s;
    alpha.color = QColor(0, 114, 178);
    alpha.sources = {Source{u"Paper"_s, u"https://example.org"_s, {}}};
    alpha.ratings.insert(u"speed"_s, Rating{4, u"Measured."_s, std::pair(2, 5), {}});
    Framework beta;
    beta.id = u"beta"_s;
    beta.name = u"Beta"_s;
    beta.color = QColor(213, 94, 0);
    beta.sources = alpha.sources;
    beta.ratings.insert(u"speed"_s, Rating{3, {}, std::nullopt, {}});
    data.frameworks = {alpha, beta};
    return data;
}

QImage paintCell(const FrameworkModel &model, int row)
{
    RatingDelegate delegate;
    QImage image(260, 24, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.rect = image.rect();
    option.state = QStyle::State_Enabled;
    option.font = QFont();
    option.fontMetrics = QFontMetrics(option.font);
    delegate.paint(&painter, option, model.index(row, model.metricColumn(0)));
    painter.end();
    return image;
}

// Wider than TestData::pixelsNear()'s default: the lighter pips are blended.
constexpr int ColourTolerance = 24;

} // namespace

class TestRanges : public QObject
{
    Q_OBJECT

private slots:
    void tableCell();
    void pane();
    void editor();
    void ranking();
};

void TestRanges::tableCell()
{
    FrameworkModel model;
    model.setDataSet(dataSet());
    const QModelIndex alpha = model.index(0, model.metricColumn(0));
    QCOMPARE(alpha.data().toString(), u"High, 2–5"_s);
    QVERIFY(alpha.data(Qt::ToolTipRole).toString().contains(u"Could be Low to Very high"_s));
    QCOMPARE(alpha.data(Role::Unsourced).toBool(), false);
    const QModelIndex beta = model.index(1, model.metricColumn(0));
    QCOMPARE(beta.data().toString(), u"Moderate"_s);
    QCOMPARE(beta.data(Role::Unsourced).toBool(), true);
    QVERIFY(beta.data(Qt::ToolTipRole).toString().contains(u"Unsourced"_s));

    // The range's pips other than the score are lighter: Alpha's pip 1 (below the range) and
    // 4 (the score) are in its full colour, 2, 3 and 5 light; without the range 1 to 4 are full.
    const QColor full(0, 114, 178);
    QColor light = full;
    light.setAlphaF(0.35f);
    const QColor lightOnWhite(255 - int(0.35 * (255 - full.red())),
                              255 - int(0.35 * (255 - full.green())),
                              255 - int(0.35 * (255 - full.blue())));
    const QImage ranged = paintCell(model, 0);
    const int fullRanged = TestData::pixelsNear(ranged, full, ColourTolerance);
    const int lightRanged = TestData::pixelsNear(ranged, lightOnWhite, ColourTolerance);
    DataSet certain = dataSet();
    certain.frameworks[0].ratings[u"speed"_s].range.reset();
    model.setDataSet(certain);
    const QImage plain = paintCell(model, 0);
    // (An antialiased edge may come near the light colour here and there.)
    QVERIFY2(lightRanged > 10 * qMax(1, TestData::pixelsNear(plain, lightOnWhite, ColourTolerance)),
             qPrintable(u"%1 %2"_s.arg(lightRanged)
                            .arg(TestData::pixelsNear(plain, lightOnWhite, ColourTolerance))));
    QCOMPARE(TestData::pixelsNear(plain, full, ColourTolerance), 2 * fullRanged);

    // Beta, unsourced, has a mark in its top left corner: unlike the bottom left; Alpha none.
    model.setDataSet(dataSet());
    const QImage unsourced = paintCell(model, 1);
    QVERIFY(unsourced.pixelColor(1, 1) != unsourced.pixelColor(1, unsourced.height() - 2));
    const QImage sourced = paintCell(model, 0);
    QCOMPARE(sourced.pixelColor(1, 1), sourced.pixelColor(1, sourced.height() - 2));
}

void TestRanges::pane()
{
    FrameworkModel model;
    model.setDataSet(dataSet());
    Selection selection;
    DescriptionPane pane(&model, &selection);
    selection.selectFramework(u"alpha"_s);
    QTRY_VERIFY(pane.toPlainText().contains(u"could be Low to Very high"_s));
    QVERIFY(!pane.toPlainText().contains(u"unsourced"_s));
    selection.selectFramework(u"beta"_s);
    QTRY_VERIFY(pane.toPlainText().contains(u"1 rating unsourced"_s));
}

void TestRanges::editor()
{
    FrameworkModel model;
    model.setDataSet(dataSet());
    Selection selection;
    FrameworkEditor editor(&model, &selection);
    selection.selectFramework(u"beta"_s);
    auto *low = editor.findChild<QSpinBox *>(u"rangeLow:speed"_s);
    auto *high = editor.findChild<QSpinBox *>(u"rangeHigh:speed"_s);
    QVERIFY(low && high);
    QCOMPARE(low->text(), u"certain"_s);
    QCOMPARE(low->accessibleName(), u"Lowest level Speed could be"_s);
    // Beta's Moderate (3) could be 2..4: one undo step.
    low->setValue(2);
    emit low->editingFinished();
    const QModelIndex beta = model.index(1, model.metricColumn(0));
    QCOMPARE(beta.data(Role::Range).toList(), (QVariantList{2, 3}));
    high->setValue(4);
    emit high->editingFinished();
    QCOMPARE(beta.data(Role::Range).toList(), (QVariantList{2, 4}));
    QCOMPARE(model.dataSet().frameworks.at(1).rating(u"speed"_s)->range, std::pair(2, 4));
    // A range that leaves out the score is refused, and the editor shows what was kept.
    low->setValue(4);
    high->setValue(5);
    emit low->editingFinished();
    QCOMPARE(beta.data(Role::Range).toList(), (QVariantList{2, 4}));
    QCOMPARE(low->value(), 2);
    model.undoStack()->undo();
    QCOMPARE(beta.data(Role::Range).toList(), (QVariantList{2, 3}));
    model.undoStack()->undo();
    QVERIFY(!beta.data(Role::Range).isValid());
    QCOMPARE(low->text(), u"certain"_s);
}

void TestRanges::ranking()
{
    FrameworkModel model;
    model.setDataSet(dataSet());
    model.setComparedIds({u"alpha"_s, u"beta"_s});
    Selection selection;
    RankingPanel panel(&model, &selection);
    // Alpha's Speed 2..5 against Beta's 3: first at 4 and 5 (1/2), level at 3 (1/8).
    const ChanceModel *chances = panel.chances();
    QTableView *view = panel.view();
    const QAbstractItemModel *shown = view->model();
    // A short header in the narrow dock; the full name for a screen reader.
    QCOMPARE(shown->headerData(chances->firstColumn(), Qt::Horizontal).toString(), u"1st"_s);
    QCOMPARE(shown->headerData(chances->firstColumn(), Qt::Horizontal, Qt::AccessibleTextRole)
                 .toString(),
             u"P(first)"_s);
    QVERIFY(!view->isColumnHidden(chances->firstColumn()));
    QCOMPARE(shown->index(0, 0).data().toString(), u"Alpha"_s);
    QCOMPARE(shown->index(0, chances->firstColumn()).data(Qt::EditRole).toDouble(), 5.0 / 8);
    QCOMPARE(shown->index(1, chances->firstColumn()).data().toString(), u"38 %"_s);
    QCOMPARE(panel.sentence()->text(), u"Alpha leads; no one weight changes that, but Alpha's "
                                       u"Speed at 3 of 5 puts Alpha and Beta level first."_s);
    QCOMPARE(panel.sentence()->accessibleName(), u"What would change the winner"_s);
    // Sorted by P(first), ascending: Beta first.
    view->sortByColumn(chances->firstColumn(), Qt::AscendingOrder);
    QCOMPARE(shown->index(0, 0).data().toString(), u"Beta"_s);
    // The sweep: a line per compared framework.
    QCOMPARE(panel.sweep()->lineCount(), 2);
    // Sourced only: Beta, without a note, is left out.
    panel.sourcedOnly()->setChecked(true);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data().toString(), u"Alpha"_s);
    // An edit is followed: Beta's Speed to Very high puts it first for sure.
    QVERIFY(model.setData(model.index(1, model.metricColumn(0)), 5));
    panel.sourcedOnly()->setChecked(false);
    QTRY_COMPARE(chances->index(1, chances->firstColumn()).data(Qt::EditRole).toDouble(), 7.0 / 8);
}

QTEST_MAIN(TestRanges)
#include "tst_ranges.moc"
