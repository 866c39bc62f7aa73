// SPDX-License-Identifier: GPL-3.0-or-later
#include "Appearance.h"
#include "ChartExporter.h"
#include "ComparisonTable.h"
#include "ExportChartDialog.h"
#include "FrameworkModel.h"
#include "FrameworkPalette.h"
#include "MainWindow.h"
#include "RadarChart.h"
#include "RadarChartView.h"
#include "Settings.h"
#include "Windows.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

// The chart's background, which it fills the picture with.
QColor lightestBackground(const RadarChart *chart)
{
    return chart->background();
}

// The colour of the chart's legend entries.
QColor legendColor(const RadarChart *chart)
{
    for (const ChartText &text : chart->texts())
        if (text.kind == ChartText::Kind::Legend)
            return text.color;
    return {};
}

// The average lightness of a band of pixels inside the view, away from the circle and legend.
int cornerLightness(QWidget *view)
{
    const QImage image = view->grab().toImage();
    int sum = 0;
    int count = 0;
    for (int y = 4; y < 20; ++y)
        for (int x = 4; x < 20; ++x, ++count)
            sum += QColor(image.pixel(x, y)).lightness();
    return sum / count;
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void lightByDefault();
    void darkPaletteMakesADarkChart();
    void switchesLiveBothWays();
    void frameworkColoursKeepContrastOnDark();
    void readableOnChangesOnlyWhatItMust();
    void exportFollowsTheWindowUntilChosen();
    void darkCheckBoxAndFieldHaveEdges();

private:
    MainWindow *window = nullptr;
    QPalette original;
};

void TestAppearance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"versus-test"_s);
    original = QApplication::palette();
}

void TestAppearance::init()
{
    QSettings().clear();
    QApplication::setPalette(original);
    window = Windows::showBundled();
}

void TestAppearance::cleanup()
{
    delete window;
    window = nullptr;
    QApplication::setPalette(original);
}

void TestAppearance::lightByDefault()
{
    QVERIFY(!Appearance::isDark(QApplication::palette()));
    const RadarChart *chart = window->chartView()->radarChart();
    QVERIFY(!chart->isDark());
    QVERIFY(lightestBackground(chart).lightness() > 200);
    QVERIFY(legendColor(chart).lightness() < 128);
    QVERIFY(cornerLightness(window->chartView()) > 200);
}

void TestAppearance::darkPaletteMakesADarkChart()
{
    QApplication::setPalette(Appearance::darkPalette());
    const RadarChart *chart = window->chartView()->radarChart();
    QTRY_VERIFY(chart->isDark());
    // Dark background, light legend and title, as a person sees them.
    QVERIFY(lightestBackground(chart).lightness() < 80);
    QVERIFY(legendColor(chart).lightness() > 180);
    QVERIFY(chart->foreground().lightness() > 180);
    QVERIFY(cornerLightness(window->chartView()) < 80);
    // The rest of the window is dark too.
    const QImage table = window->table()->viewport()->grab().toImage();
    QVERIFY(QColor(table.pixel(table.width() - 3, table.height() - 3)).lightness() < 80);
}

void TestAppearance::switchesLiveBothWays()
{
    RadarChartView *view = window->chartView();
    QApplication::setPalette(Appearance::darkPalette());
    QTRY_VERIFY(view->radarChart()->isDark());
    QTRY_VERIFY(cornerLightness(view) < 80);
    QApplication::setPalette(original);
    QTRY_VERIFY(!view->radarChart()->isDark());
    QTRY_VERIFY(cornerLightness(view) > 200);
    // The plotted frameworks survive the change of theme.
    QCOMPARE(view->radarChart()->plottedFrameworks(), QStringList({u"caffe"_s, u"theano"_s}));
}

void TestAppearance::frameworkColoursKeepContrastOnDark()
{
    // Every colour of the palette, the grey and the deep blue included, reads on the dark
    // theme; on the light theme the colours are drawn as chosen.
    DataSet data = window->model()->dataSet();
    while (data.frameworks.size() < FrameworkPalette::colors().size()) {
        Framework extra = data.frameworks.first();
        extra.id = u"extra"_s + QString::number(data.frameworks.size());
        extra.name = extra.id;
        data.frameworks.append(extra);
    }
    for (Framework &framework : data.frameworks)
        framework.color = QColor(); // the palette, by row
    QStringList ids;
    for (const Framework &framework : data.frameworks)
        ids << framework.id;
    window->setData(data, u"palette.json"_s);
    window->model()->setComparedIds(ids);
    const RadarChart *chart = window->chartView()->radarChart();
    for (const QString &id : ids)
        QCOMPARE(chart->frameworkColor(id),
                 window->model()->frameworkColor(window->model()->rowOfFramework(id)));

    QApplication::setPalette(Appearance::darkPalette());
    QTRY_VERIFY(chart->isDark());
    const QColor background = lightestBackground(chart);
    for (const QString &id : ids) {
        const QColor drawn = chart->frameworkColor(id);
        QVERIFY2(Appearance::contrast(drawn, background) >= 3.0,
                 qPrintable(id + u" "_s + drawn.name() + u" on "_s + background.name()));
    }
}

void TestAppearance::readableOnChangesOnlyWhatItMust()
{
    const QColor darkBackground(0x2e, 0x30, 0x3a);
    const QColor grey(0x59, 0x59, 0x59);
    QVERIFY(Appearance::contrast(grey, darkBackground) < 3.0);
    const QColor lighter = Appearance::readableOn(grey, darkBackground);
    QVERIFY(Appearance::contrast(lighter, darkBackground) >= 3.0);
    QVERIFY(lighter.lightness() > grey.lightness());
    // Orange already reads: it is kept.
    const QColor orange(0xD5, 0x5E, 0x00);
    QCOMPARE(Appearance::readableOn(orange, darkBackground), orange);
    // Yellow on white is made darker, keeping its hue.
    const QColor yellow(0xF0, 0xE4, 0x42);
    const QColor darker = Appearance::readableOn(yellow, Qt::white);
    QVERIFY(darker.lightness() < yellow.lightness());
    QVERIFY(qAbs(darker.hslHue() - yellow.hslHue()) <= 2);
    QCOMPARE(Appearance::contrast(Qt::black, Qt::white), 21.0);
}

void TestAppearance::exportFollowsTheWindowUntilChosen()
{
    const auto cornerOf = [](const QImage &image) { return QColor(image.pixel(5, 5)).lightness(); };
    ChartExporter::Options options;
    options.size = QSize(300, 300);
    const ChartExporter exporter(window->model());
    QCOMPARE(ExportChartDialog::savedOptions().background, ChartExporter::Background::Theme);
    QVERIFY(cornerOf(exporter.toImage(options)) > 200);
    options.background = ChartExporter::Background::Dark;
    QVERIFY(cornerOf(exporter.toImage(options)) < 80);
    options.layout = ChartExporter::Layout::Grid;
    QVERIFY(cornerOf(exporter.toImage(options)) < 80);

    // In a dark window an export is dark until another background is chosen and remembered.
    QApplication::setPalette(Appearance::darkPalette());
    QCOMPARE(ExportChartDialog::savedOptions().background, ChartExporter::Background::Dark);
    Settings().setValue(Settings::Key::ChartExportBackground,
                        int(ChartExporter::Background::White));
    QCOMPARE(ExportChartDialog::savedOptions().background, ChartExporter::Background::White);
}

// VERSUS_COLOR_SCHEME=dark: an unchecked box and a text field show where they are. Fusion drew
// their edges darker than the dark window (a contrast of 1.1 against it).
void TestAppearance::darkCheckBoxAndFieldHaveEdges()
{
    const QString styleBefore = QApplication::style()->name();
    qputenv("VERSUS_COLOR_SCHEME", "dark");
    Appearance::applyColorSchemeFromEnvironment();
    qunsetenv("VERSUS_COLOR_SCHEME");
    QWidget form;
    auto *box = new QCheckBox(u"Sourced only"_s, &form);
    auto *field = new QLineEdit(&form);
    field->move(0, 40);
    form.resize(200, 80);
    const QImage image = form.grab().toImage();
    const QColor window = form.palette().color(QPalette::Window);
    QStyleOptionButton option;
    option.initFrom(box);
    const QRect indicator = box->style()
                                ->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box)
                                .translated(box->pos());
    const QColor boxEdge = image.pixelColor(indicator.left(), indicator.center().y());
    const QColor fieldEdge =
        image.pixelColor(field->geometry().left(), field->geometry().center().y());
    QApplication::setStyle(QStyleFactory::create(styleBefore));
    QVERIFY2(Appearance::contrast(boxEdge, window) >= 2.0,
             qPrintable(u"the box's edge %1 on %2: contrast %3"_s.arg(boxEdge.name(), window.name())
                            .arg(Appearance::contrast(boxEdge, window))));
    QVERIFY2(
        Appearance::contrast(fieldEdge, window) >= 2.0,
        qPrintable(u"the field's edge %1 on %2: contrast %3"_s.arg(fieldEdge.name(), window.name())
                       .arg(Appearance::contrast(fieldEdge, window))));
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
