// SPDX-License-Identifier: GPL-3.0-or-later
// How long Versus's work takes: reading and validating the data (and, beside it, parsing the
// same bytes with QJsonDocument alone), resetting the model, building the radar chart, one
// edit until the window has repainted, scrolling the table, drawing and encoding the chart.
// Each runs on the bundled data set and on generated ones (DataGenerator.h): 1,000 frameworks
// × 20 metrics with 10 compared, and 10,000 × 20 without notes (about 4 MB).
//
//   versus_bench -median 9                        every benchmark, the median of 9 runs each
//   versus_bench -median 9 exportChart            one of them
//   versus_bench --generate 10000 20 10 big.json  write a generated data set (no notes) and exit
//   versus_bench --generate-revision 10000 20 old.json new.json
//                                                 write it and a later revision of it, for
//                                                 timing `versus --diff`, and exit
//   versus_bench --generate-raters 100 1000 20 DIR  100 raters' copies of one, for --merge
//
// See "Performance" in README.md for figures.
#include "ChanceModel.h"
#include "ChartExporter.h"
#include "ComparisonTable.h"
#include "DataDiff.h"
#include "DataGenerator.h"
#include "DataReader.h"
#include "DataWriter.h"
#include "Document.h"
#include "FrameworkModel.h"
#include "MainWindow.h"
#include "PngEncoder.h"
#include "RadarChart.h"
#include "RadarChartView.h"
#include "RankOdds.h"
#include "ReportExporter.h"

#include <QApplication>
#include <QBuffer>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QImageWriter>
#include <QJsonDocument>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

constexpr std::uint32_t Seed = 20240611;

// The largest resident set the process has had, in megabytes.
double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

// Writes `data` as compact JSON (no indentation, as a program exporting data would write it):
// the 10,000-framework file of the performance targets, about 4 MB with the notes left out.
bool writeCompact(const DataSet &data, const QString &path)
{
    const QByteArray compact =
        QJsonDocument::fromJson(DataWriter::toJson(data)).toJson(QJsonDocument::Compact);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(compact) == compact.size();
}

// A later revision of a generated data set, as a team's next release of its file: one
// framework in a hundred re-rated one level on one metric, one in a thousand with a new licence
// and a note changed, the last 50 removed and 50 new ones added. Deterministic, as the generator.
DataSet revised(DataSet data)
{
    const int count = int(data.frameworks.size());
    const QString firstMetric = data.metrics.first().id;
    for (int f = 0; f < count; f += 100) {
        Framework &framework = data.frameworks[f];
        if (const auto rating = framework.ratings.find(firstMetric);
            rating != framework.ratings.end())
            rating->score = rating->score > 1 ? rating->score - 1 : rating->score + 1;
        else
            framework.ratings.insert(firstMetric, Rating{1, {}, {}, {}});
        if (f % 1000 == 0) {
            framework.license = u"Apache-2.0"_s;
            framework.ratings[firstMetric].note = u"Re-rated after the review."_s;
        }
    }
    const int moved = qMin(50, count);
    data.frameworks.resize(count - moved);
    const DataSet other = generateDataSet(moved, int(data.metrics.size()), 0, Seed + 1, false);
    for (Framework framework : other.frameworks) {
        framework.id = u"new-"_s + framework.id;
        data.frameworks.append(framework);
    }
    if (data.compare)
        data.compare->removeIf([&](const QString &id) { return data.frameworkIndex(id) < 0; });
    return data;
}

} // namespace

class BenchVersus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void parseJson_data();
    void parseJson();
    void loadData_data();
    void loadData();
    void resetModel_data();
    void resetModel();
    void buildChart_data();
    void buildChart();
    void editRepaint_data();
    void editRepaint();
    void writeRecovery_data();
    void writeRecovery();
    void recoveryPause_data();
    void recoveryPause();
    void scrollTable();
    void renderChart_data();
    void renderChart();
    void encodePng_data();
    void encodePng();
    void exportChart_data();
    void exportChart();
    void rankOdds_data();
    void rankOdds();
    void diff();
    void rankingPause_data();
    void rankingPause();
    void exportReport_data();
    void exportReport();

private:
    void addDataSetRows(bool large = true);
    DataSet dataSet(const QString &path);

    QTemporaryDir m_dir;
    QString m_generatedPath; // 1,000 × 20, 10 compared
    QString m_largePath;     // 10,000 × 20, no notes, 10 compared
};

void BenchVersus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the window's settings are not the person's
    QVERIFY(m_dir.isValid());
    const DataSet generated = generateDataSet(1000, 20, 10, Seed);
    m_generatedPath = m_dir.filePath(u"generated.json"_s);
    WriteResult written = DataWriter::writeFile(generated, m_generatedPath);
    QVERIFY2(written.ok, qPrintable(written.error));
    // The generator is deterministic: the same file every run, on every machine.
    QCOMPARE(DataReader::readFile(m_generatedPath).data, generated);
    m_largePath = m_dir.filePath(u"large.json"_s);
    QVERIFY(writeCompact(generateDataSet(10000, 20, 10, Seed, false), m_largePath));
}

void BenchVersus::addDataSetRows(bool large)
{
    QTest::addColumn<QString>("path");
    QTest::newRow("bundled") << u":/frameworks.json"_s;
    QTest::newRow("1000x20") << m_generatedPath;
    if (large)
        QTest::newRow("10000x20") << m_largePath;
}

DataSet BenchVersus::dataSet(const QString &path)
{
    ReadResult result = DataReader::readFile(path);
    if (!result.ok())
        qFatal("%s", qPrintable(formatErrors(result.errors)));
    return std::move(result.data);
}

void BenchVersus::parseJson_data()
{
    addDataSetRows();
}

// The anchor of loadData: reading the same file and parsing it with QJsonDocument, nothing
// more (no validation, no data set built).
void BenchVersus::parseJson()
{
    QFETCH(QString, path);
    QBENCHMARK
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isObject());
    }
}

void BenchVersus::loadData_data()
{
    addDataSetRows();
}

// Reading the file and validating every value in it, as at start-up.
void BenchVersus::loadData()
{
    QFETCH(QString, path);
    QBENCHMARK
    {
        const ReadResult result = DataReader::readFile(path);
        QVERIFY(result.ok());
    }
}

void BenchVersus::resetModel_data()
{
    addDataSetRows();
}

// Giving the model a data set (a file opened), with nothing attached to it.
void BenchVersus::resetModel()
{
    QFETCH(QString, path);
    const DataSet data = dataSet(path);
    FrameworkModel model;
    QBENCHMARK
    {
        model.setDataSet(data);
    }
    QCOMPARE(model.rowCount(), int(data.frameworks.size()));
}

void BenchVersus::buildChart_data()
{
    addDataSetRows();
}

// A RadarChart on the model: its axes and a set of series per compared framework.
void BenchVersus::buildChart()
{
    QFETCH(QString, path);
    FrameworkModel model;
    model.setDataSet(dataSet(path));
    QBENCHMARK
    {
        RadarChart chart(&model);
        QCOMPARE(chart.plottedFrameworks().size(), model.comparedIds().size());
    }
}

void BenchVersus::editRepaint_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("compareAll");
    QTest::addColumn<bool>("wholeWindow");
    // The case: the bundled data with its ten frameworks compared.
    QTest::newRow("bundled, 10 compared") << u":/frameworks.json"_s << true << false;
    QTest::newRow("bundled, 2 compared") << u":/frameworks.json"_s << false << false;
    QTest::newRow("1000x20") << m_generatedPath << false << false;
    QTest::newRow("10000x20") << m_largePath << false << false;
    // As this benchmark measured before: every widget of the window drawn again, not only
    // what the edit changed.
    QTest::newRow("bundled, 10 compared, whole window") << u":/frameworks.json"_s << true << true;
    QTest::newRow("10000x20, whole window") << m_largePath << false << true;
}

namespace {

// Counts the paint events of a widget, to tell when it has been drawn again.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

// One rating changed in the main window (10 frameworks compared in the generated data), until
// the table and the chart have been drawn again: the edit, then the events it posts, handled
// until both have had a paint event (Qt Charts updates its scene through events), which is what
// the window does by itself. With wholeWindow, a repaint of the whole window instead.
void BenchVersus::editRepaint()
{
    QFETCH(QString, path);
    QFETCH(bool, compareAll);
    QFETCH(bool, wholeWindow);
    MainWindow window;
    window.setData(dataSet(path), path);
    // The crash-recovery copy is written a moment after an edit, not as part of it; it is
    // measured on its own (writeRecovery, recoveryPause).
    window.document()->setRecoveryDelay(24 * 60 * 60 * 1000);
    FrameworkModel *model = window.model();
    if (compareAll) {
        QStringList all;
        for (const Framework &framework : model->dataSet().frameworks)
            all << framework.id;
        model->setComparedIds(all);
    }
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PaintCounter tablePaints;
    PaintCounter chartPaints;
    window.table()->viewport()->installEventFilter(&tablePaints);
    window.chartView()->canvas()->installEventFilter(&chartPaints);
    QCoreApplication::processEvents();
    const int row = model->rowOfFramework(model->comparedIds().constFirst());
    const QModelIndex cell = model->index(row, model->metricColumn(0));
    const int levels = model->dataSet().metrics.first().levelCount();
    int score = 1;
    QBENCHMARK
    {
        score = score % levels + 1;
        const int table = tablePaints.paints;
        const int chart = chartPaints.paints;
        QVERIFY(model->setData(cell, score));
        if (wholeWindow) {
            QCoreApplication::processEvents();
            window.repaint();
        } else {
            QDeadlineTimer deadline(5000);
            while ((tablePaints.paints == table || chartPaints.paints == chart) &&
                   !deadline.hasExpired())
                QCoreApplication::processEvents();
        }
        QVERIFY(tablePaints.paints > table && chartPaints.paints > chart);
    }
    QCOMPARE(model->data(cell, Role::Score).toInt(), score);
}

void BenchVersus::writeRecovery_data()
{
    addDataSetRows();
}

// What is done a moment (1.5 s) after each edit: the whole data set as JSON, for the
// crash-recovery copy. It runs in a thread of its own (RecoveryWriter); recoveryPause is what
// is left of it in the event loop.
void BenchVersus::writeRecovery()
{
    QFETCH(QString, path);
    const DataSet data = dataSet(path);
    QBENCHMARK
    {
        QVERIFY(!DataWriter::toJson(data).isEmpty());
    }
}

void BenchVersus::recoveryPause_data()
{
    addDataSetRows();
}

// The pause in the event loop when the crash-recovery copy is written: the data set copied
// (its containers are shared, not copied) and handed to the writer's thread. The median pause
// is printed; QBENCHMARK's figure includes waiting for the writer to finish.
void BenchVersus::recoveryPause()
{
    QFETCH(QString, path);
    FrameworkModel model;
    Document document(&model);
    document.setRecoveryDelay(24 * 60 * 60 * 1000); // written only when the benchmark says
    document.load(dataSet(path), path, Document::Origin::File);
    QVERIFY(model.setData(model.index(0, model.metricColumn(0)), 1) &&
            model.setData(model.index(0, model.metricColumn(0)), 2)); // one of them changes it
    QVERIFY(document.isModified());
    std::vector<qint64> pauses;
    QElapsedTimer timer;
    QBENCHMARK
    {
        timer.start();
        document.writeRecovery();
        pauses.push_back(timer.nsecsElapsed());
        document.waitForRecovery();
    }
    QVERIFY(QFile::exists(document.recoveryPath()));
    document.discardRecovery();
    std::sort(pauses.begin(), pauses.end());
    std::printf("recoveryPause: %zu writes, median pause %.3f ms, longest %.3f ms\n", pauses.size(),
                pauses.at(pauses.size() / 2) / 1e6, pauses.back() / 1e6);
}

// Scrolling the table of 10,000 frameworks a page to the right at a time, each page drawn at
// once: the median of QBENCHMARK, and the slowest page and the memory printed beside it.
void BenchVersus::scrollTable()
{
    MainWindow window;
    window.setData(dataSet(m_largePath), m_largePath);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QScrollBar *bar = window.table()->horizontalScrollBar();
    QVERIFY(bar->maximum() > 0);
    std::vector<qint64> frames;
    QElapsedTimer timer;
    QBENCHMARK
    {
        timer.start();
        bar->setValue(
            bar->value() + bar->pageStep() > bar->maximum() ? 0 : bar->value() + bar->pageStep());
        QCoreApplication::processEvents();
        window.table()->viewport()->repaint();
        frames.push_back(timer.nsecsElapsed());
    }
    std::sort(frames.begin(), frames.end());
    std::printf("scrollTable: %zu pages, median %.2f ms, slowest %.2f ms, peak memory %.0f MB\n",
                frames.size(), frames.at(frames.size() / 2) / 1e6, frames.back() / 1e6,
                peakMegabytes());
}

void BenchVersus::renderChart_data()
{
    addDataSetRows(false);
}

// A 1200 × 1200 image of the chart, without encoding it: building, laying out, painting.
void BenchVersus::renderChart()
{
    QFETCH(QString, path);
    FrameworkModel model;
    model.setDataSet(dataSet(path));
    const ChartExporter exporter(&model);
    QBENCHMARK
    {
        const QImage image = exporter.toImage(ChartExporter::Options());
        QCOMPARE(image.size(), QSize(1200, 1200));
    }
}

void BenchVersus::encodePng_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("encoder");
    for (const QString &encoder : {u"versus"_s, u"qt-default"_s, u"qt-level3"_s}) {
        QTest::addRow("bundled %s", qPrintable(encoder)) << u":/frameworks.json"_s << encoder;
        QTest::addRow("1000x20 %s", qPrintable(encoder)) << m_generatedPath << encoder;
    }
}

// Encoding a drawn 1200 × 1200 chart as PNG, alone: with the encoder every export uses, and,
// for comparison, with QImageWriter at its default level (6) and at level 3 (quality 60).
void BenchVersus::encodePng()
{
    QFETCH(QString, path);
    QFETCH(QString, encoder);
    FrameworkModel model;
    model.setDataSet(dataSet(path));
    const QImage image = ChartExporter(&model).toImage(ChartExporter::Options());
    QByteArray png;
    QBENCHMARK
    {
        if (encoder == u"versus"_s) {
            png = ChartExporter::encodePng(image);
        } else {
            png.clear();
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            QImageWriter writer(&buffer, "png");
            if (encoder == u"qt-level3"_s)
                writer.setQuality(60);
            QVERIFY(writer.write(image));
        }
    }
    QVERIFY(!png.isEmpty());
    std::printf("encodePng %s: %lld bytes\n", qPrintable(encoder), qlonglong(png.size()));
}

void BenchVersus::exportChart_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<ChartExporter::Format>("format");
    QTest::addColumn<int>("side");
    QTest::newRow("bundled png 800") << u":/frameworks.json"_s << ChartExporter::Format::Png << 800;
    QTest::newRow("bundled png 1200")
        << u":/frameworks.json"_s << ChartExporter::Format::Png << 1200;
    QTest::newRow("1000x20 png 1200") << m_generatedPath << ChartExporter::Format::Png << 1200;
    QTest::newRow("bundled svg 1200")
        << u":/frameworks.json"_s << ChartExporter::Format::Svg << 1200;
    QTest::newRow("bundled pdf 1200")
        << u":/frameworks.json"_s << ChartExporter::Format::Pdf << 1200;
}

// The whole export of a chart into memory: drawing and encoding (what `versus --export-chart`
// does, less starting up and writing the file).
void BenchVersus::exportChart()
{
    QFETCH(QString, path);
    QFETCH(ChartExporter::Format, format);
    QFETCH(int, side);
    FrameworkModel model;
    model.setDataSet(dataSet(path));
    const ChartExporter exporter(&model);
    ChartExporter::Options options;
    options.size = QSize(side, side);
    QBENCHMARK
    {
        QString error;
        const QByteArray bytes = exporter.toBytes(format, options, &error);
        QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    }
}

namespace {

// A generated data set whose every rating is unsure by a level each way (within the scale).
DataSet withRanges(DataSet data)
{
    for (Framework &framework : data.frameworks)
        for (auto it = framework.ratings.begin(); it != framework.ratings.end(); ++it) {
            const int levels = data.metrics.at(data.metricIndex(it.key())).levelCount();
            it->range = std::pair(qMax(1, it->score - 1), qMin(levels, it->score + 1));
        }
    return data;
}

} // namespace

// P(first) and P(top 3) with 10,000 draws (docs/ranking.md): ten frameworks × four metrics,
// the target (under 50 ms), and 1,000 × 20, every rating ranged.
void BenchVersus::rankOdds_data()
{
    QTest::addColumn<int>("frameworks");
    QTest::addColumn<int>("metrics");
    QTest::newRow("10x4") << 10 << 4;
    QTest::newRow("1000x20") << 1000 << 20;
}

void BenchVersus::rankOdds()
{
    QFETCH(int, frameworks);
    QFETCH(int, metrics);
    const DataSet data = withRanges(generateDataSet(frameworks, metrics, 10, Seed));
    const RankInput input = RankInput::fromDataSet(data, QList<int>(metrics, 1));
    RankOdds::Result result;
    QBENCHMARK
    {
        result = RankOdds::compute(input);
    }
    QVERIFY(!result.exact);
    QCOMPARE(result.draws, RankOdds::DefaultSamples);
}

// `versus --diff` without its reading: the 10,000-framework file against its revision
// (--generate-revision), compared and written as JSON.
void BenchVersus::diff()
{
    const DataSet old = generateDataSet(10000, 20, 10, Seed, false);
    const DataSet now = revised(old);
    QByteArray json;
    QBENCHMARK
    {
        json = QJsonDocument(DataDiff::compare(old, now).toJson()).toJson();
    }
    QCOMPARE(DataDiff::compare(old, now).addedFrameworks.size(), 50);
}

// What the window's thread spends on a weight change at 1,000 × 20 with ranges: the model's
// signals, the ranking's snapshot and the job handed to a worker; the draws run beside it.
// One frame is 16.7 ms.
void BenchVersus::rankingPause_data()
{
    QTest::addColumn<bool>("withChances");
    QTest::newRow("model alone") << false; // what the edit costs without the chances
    QTest::newRow("with chances") << true;
}

void BenchVersus::rankingPause()
{
    QFETCH(bool, withChances);
    FrameworkModel model;
    model.setDataSet(withRanges(generateDataSet(1000, 20, 10, Seed)));
    std::optional<ChanceModel> chances;
    if (withChances) {
        chances.emplace(&model);
        QVERIFY(chances->isBusy());
    }
    int weight = 1;
    QBENCHMARK
    {
        weight = 3 - weight;
        model.setWeight(0, weight);
        QCoreApplication::processEvents(); // the queued start of the computation
    }
    if (chances)
        QTRY_VERIFY_WITH_TIMEOUT(!chances->isBusy(), 120000);
}

void BenchVersus::exportReport_data()
{
    QTest::addColumn<ReportExporter::Format>("format");
    QTest::addColumn<ChartExporter::Layout>("layout");
    QTest::addColumn<bool>("all"); // every framework, not the data's compare list (two)
    const auto html = ReportExporter::Format::Html;
    const auto pdf = ReportExporter::Format::Pdf;
    const auto overlay = ChartExporter::Layout::Overlay;
    const auto grid = ChartExporter::Layout::Grid;
    QTest::newRow("bundled html") << html << overlay << false;
    QTest::newRow("bundled pdf") << pdf << overlay << false;
    QTest::newRow("bundled html, all ten") << html << overlay << true;
    QTest::newRow("bundled pdf, all ten") << pdf << overlay << true;
    QTest::newRow("bundled html grid, all ten") << html << grid << true;
    QTest::newRow("bundled pdf grid, all ten") << pdf << grid << true;
}

// The whole report of the bundled data into memory: the chart as SVG, then the HTML page or the
// laid-out and painted PDF (`versus --export-report` less starting up and writing the file).
void BenchVersus::exportReport()
{
    QFETCH(ReportExporter::Format, format);
    QFETCH(ChartExporter::Layout, layout);
    QFETCH(bool, all);
    FrameworkModel model;
    model.setDataSet(dataSet(u":/frameworks.json"_s));
    const ReportExporter exporter(&model);
    ReportExporter::Options options;
    options.layout = layout;
    options.dataName = u"frameworks.json"_s;
    if (all) {
        QStringList ids;
        for (const Framework &framework : model.dataSet().frameworks)
            ids << framework.id;
        options.frameworks = ids;
    }
    QBENCHMARK
    {
        QString error;
        const QByteArray bytes = exporter.toBytes(format, options, &error);
        QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    }
}

int main(int argc, char **argv)
{
    // Like the headless commands: no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc == 6 && qstrcmp(argv[1], "--generate") == 0) {
        // The data sets of the benchmarks as files, to time the program itself on them.
        const DataSet data =
            generateDataSet(atoi(argv[2]), atoi(argv[3]), atoi(argv[4]), Seed, false);
        return writeCompact(data, QString::fromLocal8Bit(argv[5])) ? 0 : 1;
    }
    if (argc == 6 && qstrcmp(argv[1], "--generate-revision") == 0) {
        const DataSet data = generateDataSet(atoi(argv[2]), atoi(argv[3]), 10, Seed, false);
        return writeCompact(data, QString::fromLocal8Bit(argv[4])) &&
                       writeCompact(revised(data), QString::fromLocal8Bit(argv[5]))
                   ? 0
                   : 1;
    }
    if (argc == 6 && qstrcmp(argv[1], "--generate-raters") == 0) {
        // RATERS FRAMEWORKS METRICS DIR: one data set as each of RATERS people rated it, as
        // DIR/rater-001.json and so on, to time `versus --merge` on them.
        const DataSet base = generateDataSet(atoi(argv[3]), atoi(argv[4]), 10, Seed, false);
        const QString dir = QString::fromLocal8Bit(argv[5]);
        for (int rater = 1; rater <= atoi(argv[2]); ++rater) {
            const DataSet copy = generateRaterCopy(base, rater, Seed);
            if (!writeCompact(copy, dir + u'/' + copy.rater + u".json"_s))
                return 1;
        }
        return 0;
    }
    BenchVersus bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "versus_bench.moc"
