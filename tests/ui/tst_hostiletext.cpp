// SPDX-License-Identifier: GPL-3.0-or-later
// The views on tests/data/valid/hostile-text.json: names of 300 characters, right-to-left text,
// emoji and combining marks must be shown elided without breaking the layout, and markup
// (<b>, <img src=x>, javascript:) in any text field must be shown as it is written, never
// interpreted, fetched or run (DESIGN.md: "Text fields are plain text").
//
// Known defects of the views are marked with QEXPECT_FAIL at the one check they break, with
// the reason; once one is fixed its check passes, QtTest reports an XPASS, and the mark has to go.
#include "ComparisonTable.h"
#include "DescriptionPane.h"
#include "FrameworkModel.h"
#include "MainWindow.h"
#include "RadarChart.h"
#include "RadarChartView.h"
#include "Selection.h"
#include "TestData.h"

#include <QApplication>
#include <QDockWidget>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QToolTip>
#include <QTransposeProxyModel>

#include <algorithm>
#include <climits>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

const QString hostileFile = u"valid/hostile-text.json"_s;
const QString markupName = u"<b>Bold</b> <img src=x>"_s;

// A paint device that keeps the text drawn on it and where it was drawn, and draws nothing
// else: what a person would read on screen, without reading pixels.
class TextRecorder : public QPaintDevice
{
public:
    struct Text
    {
        QString text;
        QRectF rect; // in device coordinates
    };

    explicit TextRecorder(QSize size) : m_engine(std::make_unique<Engine>(this)), m_size(size) {}
    ~TextRecorder() override
    {
        // QPaintDevice's destructor asks whether a painter is still active on the engine.
        m_engine.reset();
    }

    QPaintEngine *paintEngine() const override { return m_engine.get(); }
    const QList<Text> &texts() const { return m_texts; }

    // Pieces of text drawn on one line within `area`, joined left to right: a font fallback
    // (an emoji, an ellipsis) splits a line into pieces.
    QString textIn(const QRectF &area) const
    {
        QList<Text> inside;
        for (const Text &text : m_texts)
            if (area.contains(text.rect.center()))
                inside << text;
        std::sort(inside.begin(), inside.end(), [](const Text &a, const Text &b) {
            return qFuzzyCompare(a.rect.top(), b.rect.top()) ? a.rect.left() < b.rect.left()
                                                             : a.rect.top() < b.rect.top();
        });
        QString joined;
        for (const Text &text : std::as_const(inside))
            joined += text.text;
        return joined;
    }

    // The horizontal extent of the text drawn within `area`.
    QRectF extentIn(const QRectF &area) const
    {
        QRectF extent;
        for (const Text &text : m_texts)
            if (area.contains(text.rect.center()))
                extent = extent.isNull() ? text.rect : extent.united(text.rect);
        return extent;
    }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmNumColors:
            return INT_MAX;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        default:
            return QPaintDevice::metric(metric);
        }
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        explicit Engine(TextRecorder *recorder) : QPaintEngine(AllFeatures), m_recorder(recorder) {}
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        Type type() const override { return User; }
        void updateState(const QPaintEngineState &state) override
        {
            if (state.state() & DirtyTransform)
                m_transform = state.transform();
        }
        void drawTextItem(const QPointF &p, const QTextItem &item) override
        {
            const QFontMetricsF metrics(item.font());
            const QRectF rect(p.x(), p.y() - item.ascent(), metrics.horizontalAdvance(item.text()),
                              item.ascent() + item.descent());
            m_recorder->m_texts.append({item.text(), m_transform.mapRect(rect)});
        }
        // Everything else is drawn nowhere.
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawImage(const QRectF &, const QImage &, const QRectF &,
                       Qt::ImageConversionFlags) override
        {
        }
        void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override {}
        void drawPath(const QPainterPath &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawPolygon(const QPoint *, int, PolygonDrawMode) override {}
        void drawRects(const QRectF *, int) override {}
        void drawRects(const QRect *, int) override {}
        void drawLines(const QLineF *, int) override {}
        void drawLines(const QLine *, int) override {}
        void drawEllipse(const QRectF &) override {}
        void drawEllipse(const QRect &) override {}
        void drawPoints(const QPointF *, int) override {}
        void drawPoints(const QPoint *, int) override {}

    private:
        TextRecorder *m_recorder;
        QTransform m_transform;
    };

    std::unique_ptr<Engine> m_engine;
    QSize m_size;
    QList<Text> m_texts;
};

// Every text `widget` draws, in the widget's coordinates.
std::unique_ptr<TextRecorder> recordText(QWidget *widget)
{
    auto recorder = std::make_unique<TextRecorder>(widget->size());
    widget->render(recorder.get(), QPoint(), QRegion(), QWidget::DrawChildren);
    return recorder;
}

// The tooltip on screen, if any.
QLabel *shownToolTip()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows)
        if (window->inherits("QTipLabel") && window->isVisible())
            return qobject_cast<QLabel *>(window);
    return nullptr;
}

// What a person reads in a label: its text, or what that text says as HTML when the label
// takes it for rich text (QLabel's AutoText does, from a tag on the first line). Zero-width
// spaces, which let a long word wrap, are not seen and so are left out.
QString readableText(const QLabel *label)
{
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    QString text = label->text();
    if (rich) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    return text.remove(QChar(0x200B));
}

// The tooltip `widget` shows for a pointer resting at `pos`: the text a person reads.
QString toolTipAt(QWidget *widget, QPoint pos)
{
    QToolTip::hideText();
    QHelpEvent event(QEvent::ToolTip, pos, widget->mapToGlobal(pos));
    QApplication::sendEvent(widget, &event);
    const QLabel *label = shownToolTip();
    return label ? readableText(label) : QString();
}

// The texts of a chart of a kind, as drawn.
QStringList textsOf(const ChartDrawing *chart, std::optional<ChartText::Kind> kind = {})
{
    QStringList texts;
    for (const ChartText &text : chart->texts())
        if (!kind || text.kind == *kind)
            texts << text.text;
    return texts;
}

// Whether any of `texts` contains `part`.
bool anyContains(const QStringList &texts, const QString &part)
{
    return std::any_of(texts.cbegin(), texts.cend(),
                       [&](const QString &text) { return text.contains(part); });
}

// Whether the document holds an image, which only interpreted markup could have put there.
bool hasImage(const QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                return true;
    return false;
}

QStringList anchors(const QTextDocument *document)
{
    QStringList hrefs;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isAnchor())
                hrefs << it.fragment().charFormat().anchorHref();
    return hrefs;
}

} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // Comparison table
    void columnHeadersStayBounded();
    void columnHeaderNamesAreElided();
    void headerToolTipFitsOnScreen();
    void rowHeaderStaysBounded();
    void windowKeepsItsPartsInSight();
    void longFactRowsStayBounded();
    void cellsShowMarkupLiterally();
    void headerToolTipIsPlainText();
    void cellToolTipIsPlainText();
    void metricToolTipIsPlainText();

    // Radar chart
    void legendEntriesAreElided();
    void legendShowsMarkupLiterally();
    void spokeLabelsShowMarkupLiterally();
    void titleShowsMarkupLiterally();
    void chartRequestsNoImage();
    void plotKeepsItsRoom_data();
    void plotKeepsItsRoom();
    void vertexToolTipIsPlainText();

    // Description pane
    void paneShowsMarkupLiterally();
    void paneKeepsSentenceOrderAroundRightToLeftText();
    void paneRequestsNoImage();
    void paneLinksOnlyToTheWeb();
    void paneRefusesJavascriptLink();

private:
    DataSet m_data;
    FrameworkModel *m_model = nullptr;
    Selection *m_selection = nullptr;
    QStringList m_requested; // resources a text document asked for, by URL
};

void TestHostileText::initTestCase()
{
    // The main window reads and writes settings: in the test folders, not the person's.
    QStandardPaths::setTestModeEnabled(true);
    m_data = TestData::load(TestData::file(hostileFile));
    QCOMPARE(m_data.frameworks.size(), 5);
    QCOMPARE(m_data.frameworks.at(0).name.size(), 300);
    QCOMPARE(m_data.metrics.at(0).name.size(), 300);
    QCOMPARE(m_data.frameworks.at(4).name, markupName);
}

void TestHostileText::init()
{
    m_model = new FrameworkModel;
    m_model->setDataSet(m_data);
    m_selection = new Selection;
    // A resource a QTextDocument could not load by itself ends here: an image named in data
    // text (`<img src=x>`) that was taken for markup. The document tries the file x first; the
    // corpus names no file that exists, so every such request is seen.
    m_requested.clear();
    QTextDocument::setDefaultResourceProvider([this](const QUrl &url) {
        m_requested << url.toString();
        return QVariant();
    });
}

void TestHostileText::cleanup()
{
    QToolTip::hideText();
    QTextDocument::setDefaultResourceProvider({});
    delete m_selection;
    delete m_model;
}

// ---------------------------------------------------------------------------------------------
// Comparison table

void TestHostileText::columnHeadersStayBounded()
{
    ComparisonTable table(m_model, m_selection);
    table.resize(900, 500);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));

    // A name of 300 characters neither widens its column nor heightens the header.
    QHeaderView *header = table.horizontalHeader();
    QCOMPARE(header->count(), 5);
    QVERIFY(header->fontMetrics().horizontalAdvance(m_data.frameworks.at(0).name) > 900);
    for (int section = 0; section < header->count(); ++section)
        QVERIFY2(header->sectionSize(section) <= 400,
                 qPrintable(u"section %1: %2 px"_s.arg(section).arg(header->sectionSize(section))));
    QVERIFY(header->height() <= 3 * header->fontMetrics().height());
    QVERIFY(m_requested.isEmpty());
}

void TestHostileText::columnHeaderNamesAreElided()
{
    // Long framework names beside short metric names, so that the frameworks' header has room
    // whatever becomes of the row header (see rowHeaderStaysBounded).
    const DataSet data = TestData::load(TestData::file(u"valid/long-framework-names.json"_s));
    m_model->setDataSet(data);
    ComparisonTable table(m_model, m_selection);
    table.resize(900, 500);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    QHeaderView *header = table.horizontalHeader();
    QCOMPARE(header->count(), 3);
    QVERIFY(header->viewport()->width() >= 3 * 160);

    const auto recorder = recordText(header->viewport());
    QStringList drawn;
    bool elided = true;
    for (int section = 0; section < header->count(); ++section) {
        const QString name = data.frameworks.at(section).name;
        QVERIFY(header->fontMetrics().horizontalAdvance(name) > header->sectionSize(section));
        const QRectF rect(header->sectionViewportPosition(section), 0, header->sectionSize(section),
                          header->height());
        const QString text = recorder->textIn(rect);
        drawn << text;
        // Shortened with an ellipsis, and drawn within its own section.
        elided = elided && text.size() > 3 && text.size() < name.size() && text.endsWith(u'…') &&
                 rect.contains(recorder->extentIn(rect));
    }
    QVERIFY2(elided, qPrintable(drawn.join(u"\n"_s)));
}

void TestHostileText::headerToolTipFitsOnScreen()
{
    const DataSet data = TestData::load(TestData::file(u"valid/long-framework-names.json"_s));
    m_model->setDataSet(data);
    ComparisonTable table(m_model, m_selection);
    table.resize(900, 500);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    QHeaderView *header = table.horizontalHeader();
    // The tooltip is where the whole name can be read: all of it, within the screen.
    int widest = 0;
    int screenWidth = 0;
    for (int section : {0, 1}) {
        const QPoint pos(header->sectionViewportPosition(section) + 20, header->height() / 2);
        const QString shown = toolTipAt(header->viewport(), pos);
        QVERIFY2(shown.contains(data.frameworks.at(section).name), qPrintable(shown));
        const QLabel *label = shownToolTip();
        QVERIFY(label);
        widest = qMax(widest, label->width());
        screenWidth = label->screen()->availableGeometry().width();
    }
    QVERIFY2(
        widest <= screenWidth,
        qPrintable(u"a tooltip %1 px wide on a screen %2 px wide"_s.arg(widest).arg(screenWidth)));
}

void TestHostileText::longFactRowsStayBounded()
{
    ComparisonTable table(m_model, m_selection);
    table.resize(900, 500);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    // The long framework's developer is a paragraph; its row may wrap, but not without bound.
    const int developerRow = m_model->factColumn(Fact::Developer);
    QVERIFY(table.fontMetrics().horizontalAdvance(m_data.frameworks.at(0).developer) >
            10 * table.columnWidth(0));
    const int lines = table.rowHeight(developerRow) / table.fontMetrics().lineSpacing();
    QVERIFY2(lines >= 2 && lines <= 4, qPrintable(QString::number(table.rowHeight(developerRow))));
    // Every rating row is still in sight.
    for (int m = 0; m < m_model->metricCount(); ++m)
        QVERIFY(table.rowViewportPosition(m_model->metricColumn(m)) < table.viewport()->height());
}

void TestHostileText::windowKeepsItsPartsInSight()
{
    QSettings().clear();
    MainWindow window;
    window.setData(m_data, TestData::file(hostileFile), Document::Origin::File);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // A 300-character framework or metric name in the ranking or the weights must not widen
    // the Frameworks dock over the window: table and chart stay in sight, the plot with room.
    auto *dock = window.findChild<QDockWidget *>(u"frameworksDock"_s);
    QVERIFY(dock);
    QTRY_VERIFY(window.chartView()->isVisible());
    QVERIFY2(dock->width() < window.width() / 3, qPrintable(QString::number(dock->width())));
    QVERIFY(window.table()->width() >= 300);
    QVERIFY(window.chartView()->width() >= 300);
    window.chartView()->grab();
    // Beside a legend of five names and two 300-character spoke labels, wrapped.
    const qreal diameter = 2 * window.chartView()->radarChart()->radius();
    QVERIFY2(diameter >= 90, qPrintable(QString::number(diameter)));
}

void TestHostileText::rowHeaderStaysBounded()
{
    ComparisonTable table(m_model, m_selection);
    table.resize(900, 500);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));

    // The rows are headed by metric names; one of 300 characters must not push the frameworks'
    // columns out of sight.
    QHeaderView *rows = table.verticalHeader();
    QVERIFY(rows->fontMetrics().horizontalAdvance(m_data.metrics.at(0).name) > table.width());
    QVERIFY2(rows->width() <= table.width() / 2,
             qPrintable(u"row header %1 px wide in a table %2 px wide"_s.arg(rows->width())
                            .arg(table.width())));
}

void TestHostileText::cellsShowMarkupLiterally()
{
    ComparisonTable table(m_model, m_selection);
    table.resize(900, 500);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));

    // Each cell as the table's delegate draws it, wherever the cell is scrolled to.
    const int markup = 4;
    auto drawn = [&](const QModelIndex &index) {
        QStyleOptionViewItem option;
        option.initFrom(table.viewport());
        option.widget = &table;
        option.rect = QRect(0, 0, 300, 60);
        option.font = table.font();
        option.features |= QStyleOptionViewItem::WrapText | QStyleOptionViewItem::HasDisplay;
        TextRecorder recorder(option.rect.size());
        QPainter painter(&recorder);
        table.itemDelegate()->paint(&painter, option, index);
        painter.end();
        return recorder.textIn(option.rect);
    };
    auto fact = [&](Fact kind) {
        return table.proxy()->mapFromSource(m_model->index(markup, m_model->factColumn(kind)));
    };
    QCOMPARE(drawn(fact(Fact::Status)), u"<marquee>Active</marquee>"_s);
    QCOMPARE(drawn(fact(Fact::Language)), u"&lt;C++&gt;"_s);
    QCOMPARE(drawn(fact(Fact::Apis)), u"<b>Python</b>, javascript:void(0)"_s);
    QCOMPARE(drawn(table.ratingIndex(markup, 2)), u"<u>yes</u>"_s); // the level's label
    QVERIFY(m_requested.isEmpty());
}

void TestHostileText::headerToolTipIsPlainText()
{
    ComparisonTable table(m_model, m_selection);
    table.resize(900, 500);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    QHeaderView *header = table.horizontalHeader();
    const int markup = 4;
    const QPoint pos(header->sectionViewportPosition(markup) + header->sectionSize(markup) / 2,
                     header->height() / 2);
    const QString shown = toolTipAt(header->viewport(), pos);
    QVERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(markupName), qPrintable(shown));
}

void TestHostileText::cellToolTipIsPlainText()
{
    ComparisonTable table(m_model, m_selection);
    table.resize(900, 500);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    // The event goes where the cell is, even when the cell is scrolled out of sight.
    const QModelIndex cell = table.ratingIndex(4, 0);
    const QString shown = toolTipAt(table.viewport(), table.visualRect(cell).center());
    QVERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(markupName), qPrintable(shown));
}

void TestHostileText::metricToolTipIsPlainText()
{
    ComparisonTable table(m_model, m_selection);
    table.resize(900, 500);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    QHeaderView *rows = table.verticalHeader();
    const int row = table.ratingIndex(0, 0).row();
    const QPoint pos(rows->width() / 2,
                     rows->sectionViewportPosition(row) + rows->sectionSize(row) / 2);
    const QString shown = toolTipAt(rows->viewport(), pos);
    QVERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(u"<img src=x onerror=alert(1)>"_s), qPrintable(shown));
}

// ---------------------------------------------------------------------------------------------
// Radar chart

void TestHostileText::legendEntriesAreElided()
{
    // Not shortened any more (a name is never elided): wrapped inside the chart, on no other.
    RadarChart chart(m_model, m_selection);
    chart.setSize(QSizeF(800, 600));
    QList<ChartText> entries;
    for (const ChartText &text : chart.texts())
        if (text.kind == ChartText::Kind::Legend)
            entries << text;
    QCOMPARE(entries.size(), 5);
    const QRectF picture(QPointF(0, 0), chart.size());
    for (const ChartText &entry : std::as_const(entries)) {
        QVERIFY2(entry.rect.width() <= picture.width() / 3,
                 qPrintable(u"legend entry %1 px wide"_s.arg(entry.rect.width())));
        QVERIFY(picture.contains(entry.rect));
    }
    // A name of 300 characters is not a name: past three lines it ends with "…".
    const QString longName = m_data.frameworks.at(0).name;
    const QStringList texts = textsOf(&chart, ChartText::Kind::Legend);
    QVERIFY2(std::any_of(texts.cbegin(), texts.cend(),
                         [&](const QString &text) {
                             return text.endsWith(u'…') && text.size() > 40 &&
                                    longName.startsWith(text.chopped(1));
                         }),
             qPrintable(texts.join(u" | "_s)));
}

void TestHostileText::legendShowsMarkupLiterally()
{
    RadarChart chart(m_model, m_selection);
    chart.setSize(QSizeF(1600, 800));
    const QStringList legend = textsOf(&chart, ChartText::Kind::Legend);
    QCOMPARE(legend.size(), 5);
    QVERIFY2(anyContains(legend, u"<b>Bold</b>"_s), qPrintable(legend.join(u" | "_s)));
}

void TestHostileText::spokeLabelsShowMarkupLiterally()
{
    RadarChart chart(m_model, m_selection);
    chart.setSize(QSizeF(1600, 800));
    const QStringList labels = textsOf(&chart, ChartText::Kind::SpokeLabel);
    QVERIFY(anyContains(labels, u"سرعة التدريب"_s));
    QVERIFY2(anyContains(labels, u"<b>Bold metric</b>"_s), qPrintable(labels.join(u" | "_s)));
}

void TestHostileText::titleShowsMarkupLiterally()
{
    RadarChart chart(m_model, m_selection);
    chart.setSize(QSizeF(1600, 800));
    const QStringList texts = textsOf(&chart);
    QVERIFY2(anyContains(texts, u"<h1>Hostile</h1>"_s), qPrintable(texts.join(u" | "_s)));
}

void TestHostileText::chartRequestsNoImage()
{
    RadarChartView view(m_model, m_selection);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.grab(); // lays out and draws every item
    QVERIFY2(m_requested.isEmpty(), qPrintable(m_requested.join(u", "_s)));
}

void TestHostileText::plotKeepsItsRoom_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("least");
    QTest::newRow("800 x 600") << QSize(800, 600) << 200;
    // As narrow as the chart is beside the table in a small window, with its legend on the
    // right (five frameworks): the 300-character spoke labels must not squeeze the plot away.
    QTest::newRow("480 x 700") << QSize(480, 700) << 150;
}

void TestHostileText::plotKeepsItsRoom()
{
    QFETCH(QSize, size);
    QFETCH(int, least);
    RadarChartView view(m_model, m_selection);
    view.resize(size);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.grab();
    const qreal diameter = 2 * view.radarChart()->radius();
    QVERIFY2(diameter >= least, qPrintable(u"plot %1 across in a chart of %2 x %3"_s.arg(diameter)
                                               .arg(size.width())
                                               .arg(size.height())));
}

void TestHostileText::vertexToolTipIsPlainText()
{
    RadarChartView view(m_model, m_selection);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    RadarChart *chart = view.radarChart();
    // The pointer on the markup framework's first vertex, which no other covers.
    const QString id = m_model->dataSet().frameworks.at(4).id;
    m_model->setComparedIds({id});
    QVERIFY(!chart->vertices(id).isEmpty());
    const QPoint vertex = chart->vertices(id).first().toPoint();
    QMouseEvent move(QEvent::MouseMove, QPointF(vertex),
                     view.canvas()->mapToGlobal(QPointF(vertex)), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(view.canvas(), &move);
    const QLabel *label = shownToolTip();
    QVERIFY(label);
    const QString shown = readableText(label);
    QVERIFY2(shown.contains(markupName), qPrintable(shown));
}

// ---------------------------------------------------------------------------------------------
// Description pane

void TestHostileText::paneShowsMarkupLiterally()
{
    DescriptionPane pane(m_model, m_selection);
    QVERIFY(pane.toPlainText().contains(
        u"<h1>Hostile</h1> text: <b>bold</b> <img src=x> javascript:alert(1)"_s));

    m_selection->selectFramework(u"markup"_s);
    const QString text = pane.toPlainText();
    const Framework &markup = m_data.frameworks.at(4);
    for (const QString &shown :
         {markup.name, markup.developer, markup.license, markup.language, markup.status,
          markup.summary, markup.apis.join(u", "_s), markup.sources.at(0).title,
          markup.sources.at(1).title, markup.ratings.value(u"speed"_s).note,
          markup.ratings.value(u"rtl"_s).note, u"javascript:alert(1)"_s, u"<b>Bold metric</b>"_s})
        QVERIFY2(text.contains(shown), qPrintable(shown));
    QVERIFY(!hasImage(pane.document()));

    m_selection->selectMetric(u"speed"_s);
    QVERIFY(pane.toPlainText().contains(m_data.metrics.at(0).description));
    QVERIFY(pane.toPlainText().contains(u"<b>Low</b>"_s));
    QVERIFY(!hasImage(pane.document()));
}

void TestHostileText::paneKeepsSentenceOrderAroundRightToLeftText()
{
    DescriptionPane pane(m_model, m_selection);
    pane.resize(600, 800);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    // The framework whose rating on the Arabic-named metric is a Hebrew level: the line reads
    // "سرعة التدريب: נמוך (1 of 2)", and the English "(1 of 2)" must not become "(of 2 1)".
    m_selection->selectFramework(u"rtl"_s);
    const QString sentence = u"(1 of 2)"_s;
    QTextBlock block = pane.document()->begin();
    while (block.isValid() && !block.text().contains(sentence))
        block = block.next();
    QVERIFY2(block.isValid(), qPrintable(pane.toPlainText()));
    const int at = int(block.text().indexOf(sentence));
    auto xOf = [&](int offset) {
        const QTextLine line = block.layout()->lineForTextPosition(at + offset);
        return line.cursorToX(at + offset);
    };
    const qreal one = xOf(1), of = xOf(3), two = xOf(6);
    QVERIFY2(one < of && of < two,
             qPrintable(
                 u"drawn at x = %1 (\"1\"), %2 (\"of\"), %3 (\"2\")"_s.arg(one).arg(of).arg(two)));
}

void TestHostileText::paneRequestsNoImage()
{
    DescriptionPane pane(m_model, m_selection);
    pane.resize(600, 800);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    for (const Framework &framework : std::as_const(m_data.frameworks)) {
        m_selection->selectFramework(framework.id);
        pane.grab();
    }
    for (const Metric &metric : std::as_const(m_data.metrics)) {
        m_selection->selectMetric(metric.id);
        pane.grab();
    }
    QVERIFY2(m_requested.isEmpty(), qPrintable(m_requested.join(u", "_s)));
}

void TestHostileText::paneLinksOnlyToTheWeb()
{
    DescriptionPane pane(m_model, m_selection);
    m_selection->selectFramework(u"markup"_s);
    const QStringList links = anchors(pane.document());
    // Only the one https source is a link; javascript:, file: and data: are shown as text.
    QVERIFY(!links.isEmpty());
    for (const QString &link : links) {
        const QUrl url(link);
        QVERIFY2(url.scheme() == u"https"_s || url.scheme() == u"http"_s, qPrintable(link));
    }
    const QString text = pane.toPlainText();
    QVERIFY(text.contains(u"javascript:alert(1)"_s));
    QVERIFY(text.contains(u"file:///etc/passwd"_s));
}

void TestHostileText::paneRefusesJavascriptLink()
{
    DescriptionPane pane(m_model, m_selection);
    m_selection->selectFramework(u"markup"_s);
    QSignalSpy refused(&pane, &DescriptionPane::linkRefused);
    const Framework &markup = m_data.frameworks.at(4);
    for (const QString &target :
         {markup.homepage, markup.repository, markup.sources.at(0).url, markup.sources.at(1).url})
        emit pane.anchorClicked(QUrl(target));
    QCOMPARE(refused.size(), 4);
    QVERIFY(refused.at(0).at(0).toString().contains(u"javascript:alert(1)"_s));
}

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
