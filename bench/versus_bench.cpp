// SPDX-License-Identifier: GPL-3.0-or-later
// How long the work behind a chart export takes: reading and validating the data, building the
// radar chart on the model, drawing it, encoding the PNG. Each is measured on the bundled data
// set and on a generated one of 1,000 frameworks × 20 metrics with 10 compared.
//
//   versus_bench -median 9               every benchmark, the median of 9 runs each
//   versus_bench -median 9 exportChart   one of them
//
// See "Benchmarks" in README.md for figures.
#include "ChartExporter.h"
#include "DataReader.h"
#include "DataWriter.h"
#include "FrameworkModel.h"
#include "RadarChart.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

// A data set of `frameworks` × `metrics`, each framework with a colour of its own or none, and
// each metric rated or, one time in ten, not; `compared` of the frameworks, spread over the
// list, are compared. The same seed always gives the same data: std::mt19937's sequence is
// fixed by the C++ standard, and only its raw output is used.
DataSet generateDataSet(int frameworks, int metrics, int compared, std::uint32_t seed)
{
    std::mt19937 random(seed);
    const auto below = [&random](int n) { return int(random() % std::uint32_t(n)); };

    DataSet data;
    data.title = u"Generated: %1 frameworks, %2 metrics"_s.arg(frameworks).arg(metrics);
    for (int m = 0; m < metrics; ++m) {
        Metric metric;
        metric.id = u"metric-%1"_s.arg(m + 1, 2, 10, QChar(u'0'));
        metric.name = u"Metric %1"_s.arg(m + 1);
        metric.description = u"Generated metric number %1."_s.arg(m + 1);
        // 3 to 10 levels: metrics of different lengths, as in real data sets.
        const int levels = 3 + m % 8;
        for (int l = 1; l <= levels; ++l)
            metric.levels << u"Level %1"_s.arg(l);
        data.metrics << metric;
    }
    for (int f = 0; f < frameworks; ++f) {
        Framework framework;
        framework.id = u"framework-%1"_s.arg(f + 1, 4, 10, QChar(u'0'));
        framework.name = u"Framework %1"_s.arg(f + 1);
        framework.developer = u"Lab %1"_s.arg(below(100));
        framework.firstRelease = 2000 + below(25);
        framework.license = u"MIT"_s;
        framework.language = u"C++"_s;
        framework.apis = {u"C++"_s, u"Python"_s};
        if (below(2) == 0)
            framework.color = QColor::fromRgb(random() & 0xFFFFFF);
        framework.summary = u"A generated framework for benchmarks. "_s.repeated(4).trimmed();
        for (const Metric &metric : std::as_const(data.metrics)) {
            if (below(10) == 0)
                continue; // not rated
            Rating rating;
            rating.score = 1 + below(metric.levelCount());
            rating.note = u"Generated rating."_s;
            framework.ratings.insert(metric.id, rating);
        }
        framework.sources << Source{u"Home page"_s, u"https://example.org/%1"_s.arg(f), {}};
        data.frameworks << framework;
    }
    QStringList compare;
    for (int i = 0; i < compared; ++i)
        compare << data.frameworks.at(i * frameworks / compared).id;
    data.compare = compare;
    return data;
}

} // namespace

class BenchVersus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void loadData_data();
    void loadData();
    void buildChart_data();
    void buildChart();
    void renderChart_data();
    void renderChart();
    void encodePng_data();
    void encodePng();
    void exportChart_data();
    void exportChart();

private:
    void addDataSetRows();
    DataSet dataSet(const QString &path);

    QTemporaryDir m_dir;
    QString m_generatedPath;
};

void BenchVersus::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const DataSet generated = generateDataSet(1000, 20, 10, 20240611);
    m_generatedPath = m_dir.filePath(u"generated.json"_s);
    const WriteResult written = DataWriter::writeFile(generated, m_generatedPath);
    QVERIFY2(written.ok, qPrintable(written.error));
    // The generator is deterministic: the same file every run, on every machine.
    QCOMPARE(DataReader::readFile(m_generatedPath).data, generated);
}

void BenchVersus::addDataSetRows()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("bundled") << u":/frameworks.json"_s;
    QTest::newRow("1000x20") << m_generatedPath;
}

DataSet BenchVersus::dataSet(const QString &path)
{
    ReadResult result = DataReader::readFile(path);
    if (!result.ok())
        qFatal("%s", qPrintable(formatErrors(result.errors)));
    return std::move(result.data);
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

void BenchVersus::renderChart_data()
{
    addDataSetRows();
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
    addDataSetRows();
}

// Encoding a drawn 1200 × 1200 chart as PNG, alone.
void BenchVersus::encodePng()
{
    QFETCH(QString, path);
    FrameworkModel model;
    model.setDataSet(dataSet(path));
    const QImage image = ChartExporter(&model).toImage(ChartExporter::Options());
    QBENCHMARK
    {
        const QByteArray png = ChartExporter::encodePng(image);
        QVERIFY(!png.isEmpty());
    }
}

void BenchVersus::exportChart_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<ChartExporter::Format>("format");
    QTest::newRow("bundled png") << u":/frameworks.json"_s << ChartExporter::Format::Png;
    QTest::newRow("1000x20 png") << m_generatedPath << ChartExporter::Format::Png;
    QTest::newRow("bundled svg") << u":/frameworks.json"_s << ChartExporter::Format::Svg;
    QTest::newRow("bundled pdf") << u":/frameworks.json"_s << ChartExporter::Format::Pdf;
}

// The whole export of a 1200 × 1200 chart into memory: drawing and encoding (what
// `versus --export-chart` does, less starting up and writing the file).
void BenchVersus::exportChart()
{
    QFETCH(QString, path);
    QFETCH(ChartExporter::Format, format);
    FrameworkModel model;
    model.setDataSet(dataSet(path));
    const ChartExporter exporter(&model);
    QBENCHMARK
    {
        QString error;
        const QByteArray bytes = exporter.toBytes(format, ChartExporter::Options(), &error);
        QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    }
}

int main(int argc, char **argv)
{
    // Like the headless commands: no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    BenchVersus bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "versus_bench.moc"
