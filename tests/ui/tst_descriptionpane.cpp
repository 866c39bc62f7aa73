// SPDX-License-Identifier: GPL-3.0-or-later
#include "DescriptionPane.h"
#include "FrameworkModel.h"
#include "Selection.h"
#include "TestData.h"

#include <QDate>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

// Every link target in the pane's document.
QStringList anchors(const QTextDocument *document)
{
    QStringList hrefs;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isAnchor())
                hrefs << it.fragment().charFormat().anchorHref();
    hrefs.removeDuplicates();
    return hrefs;
}

} // namespace

class TestDescriptionPane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void overviewWithoutSelection();
    void frameworkSummaryFactsRatingsAndSources();
    void metricDescriptionAndScale();
    void followsRatingChange();
    void dataTextIsNeverHtml();
    void onlyWebLinksAreOpened();

private:
    FrameworkModel *model = nullptr;
    Selection *selection = nullptr;
    DescriptionPane *pane = nullptr;
};

void TestDescriptionPane::init()
{
    model = new FrameworkModel;
    model->setDataSet(TestData::bundled());
    selection = new Selection;
    pane = new DescriptionPane(model, selection);
}

void TestDescriptionPane::cleanup()
{
    delete pane;
    delete selection;
    delete model;
}

void TestDescriptionPane::overviewWithoutSelection()
{
    QVERIFY(pane->toPlainText().contains(u"Deep-learning frameworks"_s));
    // When the bundled facts were last checked, as the file says it.
    QVERIFY2(pane->toPlainText().contains(u"Facts last checked: 2026-12-07."_s),
             qPrintable(pane->toPlainText()));
    // A data set that does not say: no such line.
    DataSet data = TestData::bundled();
    data.checked = QDate();
    model->setDataSet(data);
    QTRY_VERIFY(!pane->toPlainText().contains(u"Facts last checked"_s));
    QVERIFY(pane->toPlainText().contains(u"Deep-learning frameworks"_s));
}

void TestDescriptionPane::frameworkSummaryFactsRatingsAndSources()
{
    selection->selectFramework(u"theano"_s);
    const QString text = pane->toPlainText();
    const Framework &theano = model->dataSet().frameworks.at(1);
    QVERIFY(text.contains(theano.summary));
    QVERIFY(text.contains(u"Université de Montréal"_s));
    QVERIFY(text.contains(u"BSD-3-Clause"_s));
    // The facts in the table's order: the last release right after the first.
    const qsizetype first = text.indexOf(u"First release"_s);
    const qsizetype last = text.indexOf(u"Last release"_s);
    QVERIFY(first >= 0 && last > first);
    QVERIFY(text.indexOf(u"License"_s) > last);
    QVERIFY2(QStringView(text).mid(last).startsWith(u"Last release"_s) &&
                 text.mid(last, 40).contains(u"2020"_s),
             qPrintable(text.mid(last, 40)));
    QVERIFY(text.contains(u"Scalability: High (4 of 5)"_s));
    QVERIFY(text.contains(u"Ecosystem: Growing (3 of 5)"_s));
    QVERIFY(text.contains(theano.ratings.value(u"scalability"_s).note));
    QVERIFY(!text.contains(u"Google"_s));
    QVERIFY(!theano.sources.isEmpty());
    const QStringList links = anchors(pane->document());
    for (const Source &source : theano.sources) {
        QVERIFY(text.contains(source.title));
        QVERIFY2(links.contains(source.url), qPrintable(source.url));
    }
}

void TestDescriptionPane::metricDescriptionAndScale()
{
    selection->selectMetric(u"ecosystem"_s);
    const QString text = pane->toPlainText();
    QVERIFY(text.contains(model->dataSet().metrics.at(3).description));
    for (const QString &level : model->dataSet().metrics.at(3).levels)
        QVERIFY(text.contains(level));
    QVERIFY(text.contains(u"Caffe — Ecosystem: Extensive (5 of 5)"_s));
}

void TestDescriptionPane::followsRatingChange()
{
    selection->selectFramework(u"theano"_s);
    QVERIFY(model->setData(model->index(1, model->metricColumn(0)), 4));
    QVERIFY(pane->toPlainText().contains(u"Performance: High (4 of 5)"_s));
    model->undoStack()->undo();
    QVERIFY(pane->toPlainText().contains(u"Performance: Moderate (3 of 5)"_s));
}

void TestDescriptionPane::dataTextIsNeverHtml()
{
    DataSet data = model->dataSet();
    Framework &caffe = data.frameworks[0];
    caffe.name = u"<b>Bold</b>"_s;
    caffe.summary = u"<img src=\"https://example.invalid/x.png\"> & <script>x()</script>"_s;
    caffe.sources = {{u"<i>tricky</i>"_s, u"javascript:alert(1)"_s, {}}};
    model->setDataSet(data);
    selection->selectFramework(u"caffe"_s);

    const QString text = pane->toPlainText();
    QVERIFY(text.contains(u"<b>Bold</b>"_s));
    QVERIFY(text.contains(caffe.summary));
    QVERIFY(text.contains(u"<i>tricky</i>"_s));
    QVERIFY(!pane->toHtml().contains(u"<img"_s));
    QVERIFY(!anchors(pane->document()).contains(u"javascript:alert(1)"_s));
}

void TestDescriptionPane::onlyWebLinksAreOpened()
{
    QSignalSpy refused(pane, &DescriptionPane::linkRefused);
    emit pane->anchorClicked(QUrl(u"javascript:alert(1)"_s));
    emit pane->anchorClicked(QUrl(u"file:///etc/passwd"_s));
    QCOMPARE(refused.size(), 2);
    QVERIFY(refused.at(1).at(0).toString().contains(u"file:///etc/passwd"_s));
}

QTEST_MAIN(TestDescriptionPane)
#include "tst_descriptionpane.moc"
