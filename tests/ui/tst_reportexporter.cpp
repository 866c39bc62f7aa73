// SPDX-License-Identifier: GPL-3.0-or-later
// The report as files and on a printer: the HTML with the real chart, the PDF read back with
// poppler's pdfinfo, pdftotext and pdffonts (poppler-utils) as a person's PDF reader would show
// it, and the menu actions of the window.
#include "FrameworkModel.h"
#include "MainWindow.h"
#include "Report.h"
#include "ReportActions.h"
#include "ReportDocument.h"
#include "ReportExporter.h"
#include "TestData.h"
#include "Translations.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

// The output of a poppler tool on `pdf`, or a null string when it did not run.
QString poppler(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool havePoppler()
{
    return !QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty() &&
           !QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty() &&
           !QStandardPaths::findExecutable(u"pdffonts"_s).isEmpty();
}

int pageCount(const QString &pdf)
{
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)$"_s,
                                          QRegularExpression::MultilineOption);
    return pages.match(poppler(u"pdfinfo"_s, {pdf})).captured(1).toInt();
}

// The text of pages `first` to `last` (all when 0) in the order it was drawn, each run of white
// space as one space: a cell's lines stay together, as a reader selecting them would get.
QString pdfText(const QString &pdf, int first = 0, int last = 0)
{
    QStringList arguments{u"-raw"_s, u"-enc"_s, u"UTF-8"_s};
    if (first > 0)
        arguments << u"-f"_s << QString::number(first) << u"-l"_s << QString::number(last);
    return poppler(u"pdftotext"_s, arguments << pdf << u"-"_s).simplified();
}

// `text` without any white space: a line broken in the PDF reads back with a space where the
// break was, even inside "arXiv:1511.06435".
QString squeezed(const QString &text)
{
    QString result = text;
    result.remove(QRegularExpression(u"\\s+"_s));
    return result;
}

QString writePdf(const QTemporaryDir &dir, const FrameworkModel &model,
                 const ReportExporter::Options &options, const QString &name = u"r.pdf"_s)
{
    const QString path = dir.filePath(name);
    const WriteResult written = ReportExporter(&model).writeFile(path, options);
    if (!written.ok)
        qWarning("%s", qPrintable(written.error));
    return written.ok ? path : QString();
}

} // namespace

class TestReportExporter : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void formats();
    void htmlWithTheRealChart_data();
    void htmlWithTheRealChart();
    void pdfHasEverything();
    void pdfKeepsSectionsTogether();
    void pdfHostileText();
    void paperFollowsLocale_data();
    void paperFollowsLocale();
    void pdfOnLetterPaper();
    void failureLeavesNoFile();
    void windowActions();
    void printsAndPreviews();
    void germanHeadings();
};

void TestReportExporter::cleanup()
{
    QLocale::setDefault(QLocale::c());
    Translations::remove();
}

void TestReportExporter::formats()
{
    QCOMPARE(ReportExporter::formatForFile(u"a/report.HTML"_s), ReportExporter::Format::Html);
    QCOMPARE(ReportExporter::formatForFile(u"report.htm"_s), ReportExporter::Format::Html);
    QCOMPARE(ReportExporter::formatForFile(u"report.pdf"_s), ReportExporter::Format::Pdf);
    QVERIFY(!ReportExporter::formatForFile(u"report.svg"_s));
    QVERIFY(!ReportExporter::formatForFile(u"report"_s));
}

void TestReportExporter::htmlWithTheRealChart_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ChartExporter::Layout>("layout");
    QTest::newRow("bundled overlay") << QString() << ChartExporter::Layout::Overlay;
    QTest::newRow("bundled grid") << QString() << ChartExporter::Layout::Grid;
    QTest::newRow("hostile overlay")
        << u"valid/hostile-text.json"_s << ChartExporter::Layout::Overlay;
    QTest::newRow("hostile grid") << u"valid/hostile-text.json"_s << ChartExporter::Layout::Grid;
}

// The SVG of ChartExporter is in the page, and the data's texts in it are text too.
void TestReportExporter::htmlWithTheRealChart()
{
    QFETCH(QString, file);
    QFETCH(ChartExporter::Layout, layout);
    FrameworkModel model;
    model.setDataSet(file.isEmpty() ? TestData::bundled() : TestData::load(TestData::file(file)));
    ReportExporter::Options options;
    options.layout = layout;
    QString error;
    const QByteArray html =
        ReportExporter(&model).toBytes(ReportExporter::Format::Html, options, &error);
    QVERIFY2(!html.isEmpty(), qPrintable(error));
    QXmlStreamReader reader(html);
    int svgs = 0;
    QStringList svgTexts;
    bool inSvg = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QString name = reader.name().toString();
            if (name == u"svg"_s) {
                ++svgs;
                inSvg = true;
            }
            // Nothing the data says becomes an element, in the chart either.
            for (const char *markup : {"b", "i", "u", "img", "script", "marquee", "style"})
                if (inSvg)
                    QVERIFY2(name != QLatin1String(markup), markup);
            QVERIFY(!reader.attributes().hasAttribute(u"src"_s));
        } else if (reader.isEndElement() && reader.name() == u"svg"_s) {
            inSvg = false;
        } else if (inSvg && reader.isCharacters()) {
            svgTexts << reader.text().toString();
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(svgs, 1);
    // The chart's legend or panel titles name the frameworks.
    const QString chartText = svgTexts.join(QString());
    const Framework &first =
        model.dataSet().frameworks.at(model.rowOfFramework(model.comparedIds().first()));
    QVERIFY2(chartText.contains(first.name.left(8)), qPrintable(first.name));
}

void TestReportExporter::pdfHasEverything()
{
    if (!havePoppler())
        QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed");
    QTemporaryDir dir;
    FrameworkModel model;
    const DataSet data = TestData::bundled();
    model.setDataSet(data);
    const QString pdf = writePdf(dir, model, {});
    QVERIFY(!pdf.isEmpty());
    const int pages = pageCount(pdf);
    // The title page with the chart, the tables, and a section per framework.
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    const QString text = pdfText(pdf);
    const QString letters = squeezed(text);
    QVERIFY(text.contains(data.title));
    for (const QString &id : model.comparedIds()) {
        const Framework &framework = data.frameworks.at(data.frameworkIndex(id));
        QVERIFY2(text.contains(framework.name), qPrintable(framework.name));
        for (const Rating &rating : framework.ratings)
            QVERIFY2(letters.contains(squeezed(rating.note)), qPrintable(rating.note));
        for (const Source &source : framework.sources)
            QVERIFY2(letters.contains(squeezed(source.title)), qPrintable(source.title));
        QVERIFY2(letters.contains(squeezed(framework.summary)), qPrintable(framework.summary));
    }
    for (const Metric &metric : data.metrics)
        QVERIFY2(text.contains(metric.name), qPrintable(metric.name));
    for (int page = 1; page <= pages; ++page)
        QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)),
                 qPrintable(text.right(200)));

    // Every font is embedded: pdffonts' "emb" column says yes on every line.
    const QStringList fonts = poppler(u"pdffonts"_s, {pdf}).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(fonts.size() > 2); // the header, its rule, one line a font
    for (const QString &line : fonts.mid(2))
        QVERIFY2(line.contains(u" yes "_s) && !line.contains(u"Type 3"_s), qPrintable(line));

    // Each web source is a link annotation with its address.
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    int links = 0;
    for (const QString &id : model.comparedIds())
        for (const Source &source : data.frameworks.at(data.frameworkIndex(id)).sources)
            if (Report::isWebUrl(source.url)) {
                ++links;
                QVERIFY2(bytes.contains(QByteArray("/URI (" + source.url.toLatin1() + ")")),
                         qPrintable(source.url));
            }
    QVERIFY(links > 0);
    // The chart is drawn, not pasted: no picture in the file.
    QVERIFY(!bytes.contains("/Subtype /Image"));
}

// A framework's section begins on the page where it ends, when it fits on one.
void TestReportExporter::pdfKeepsSectionsTogether()
{
    if (!havePoppler())
        QSKIP("poppler-utils is not installed");
    QTemporaryDir dir;
    FrameworkModel model;
    const DataSet data = TestData::bundled();
    model.setDataSet(data);
    const QString pdf = writePdf(dir, model, {});
    const int pages = pageCount(pdf);
    QStringList pageTexts;
    for (int page = 1; page <= pages; ++page)
        pageTexts << pdfText(pdf, page, page);
    int checked = 0;
    for (const QString &id : model.comparedIds()) {
        const Framework &framework = data.frameworks.at(data.frameworkIndex(id));
        if (framework.sources.isEmpty())
            continue;
        const QString heading = u"\u25A0 "_s + framework.name;
        int start = -1;
        for (int page = 0; page < pages && start < 0; ++page)
            if (pageTexts.at(page).contains(heading))
                start = page;
        QVERIFY2(start >= 0, qPrintable(heading));
        QVERIFY2(squeezed(pageTexts.at(start)).contains(squeezed(framework.sources.last().title)),
                 qPrintable(framework.name + u" is split after page "_s +
                            QString::number(start + 1) + u": "_s + pageTexts.at(start)));
        ++checked;
    }
    QVERIFY(checked >= 2);
}

void TestReportExporter::pdfHostileText()
{
    if (!havePoppler())
        QSKIP("poppler-utils is not installed");
    QTemporaryDir dir;
    FrameworkModel model;
    const DataSet data = TestData::load(TestData::file(u"valid/hostile-text.json"_s));
    model.setDataSet(data);
    const QString pdf = writePdf(dir, model, {});
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    const Framework &markup = data.frameworks.at(data.frameworkIndex(u"markup"_s));
    QVERIFY(text.contains(markup.name));
    QVERIFY(text.contains(u"<a href=\"javascript:alert(1)\">click me</a>"_s));
    QVERIFY(text.contains(u"<b>bold note</b>"_s));
    QVERIFY(text.contains(u"javascript:alert(1)"_s));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // One link only: the https source; javascript:, data: and file: are not links.
    QCOMPARE(bytes.count("/URI ("), 1);
    QVERIFY(bytes.contains("/URI (https://example.org/<b>)") ||
            bytes.contains("/URI (https://example.org/%3Cb%3E)"));
}

void TestReportExporter::paperFollowsLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QPageSize::PageSizeId>("paper");
    QTest::newRow("en_US") << u"en_US"_s << QPageSize::Letter;
    QTest::newRow("en_CA") << u"en_CA"_s << QPageSize::Letter;
    QTest::newRow("es_MX") << u"es_MX"_s << QPageSize::Letter;
    QTest::newRow("en_GB") << u"en_GB"_s << QPageSize::A4;
    QTest::newRow("de_DE") << u"de_DE"_s << QPageSize::A4;
    QTest::newRow("fr_FR") << u"fr_FR"_s << QPageSize::A4;
    QTest::newRow("C") << u"C"_s << QPageSize::A4;
}

void TestReportExporter::paperFollowsLocale()
{
    QFETCH(QString, locale);
    QFETCH(QPageSize::PageSizeId, paper);
    QCOMPARE(ReportDocument::paperFor(QLocale(locale)), paper);
}

void TestReportExporter::pdfOnLetterPaper()
{
    if (!havePoppler())
        QSKIP("poppler-utils is not installed");
    QTemporaryDir dir;
    FrameworkModel model;
    model.setDataSet(TestData::bundledOnly());
    QString pdf = writePdf(dir, model, {}, u"a4.pdf"_s);
    QVERIFY(poppler(u"pdfinfo"_s, {pdf}).contains(u"(A4)"_s));
    QLocale::setDefault(QLocale(u"en_US"_s));
    pdf = writePdf(dir, model, {}, u"letter.pdf"_s);
    QVERIFY2(poppler(u"pdfinfo"_s, {pdf}).contains(u"612 x 792 pts (letter)"_s),
             qPrintable(poppler(u"pdfinfo"_s, {pdf})));
}

void TestReportExporter::failureLeavesNoFile()
{
    QTemporaryDir dir;
    FrameworkModel model;
    model.setDataSet(TestData::bundledOnly());
    ReportExporter::Options options;
    options.frameworks = QStringList{u"no-such-framework"_s};
    const QString path = dir.filePath(u"kept.html"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("what was there");
    }
    WriteResult written = ReportExporter(&model).writeFile(path, options);
    QVERIFY(!written.ok);
    QVERIFY2(written.error.contains(u"no-such-framework"_s), qPrintable(written.error));
    QCOMPARE(TestData::contents(path), QByteArray("what was there"));
    written = ReportExporter(&model).writeFile(dir.filePath(u"missing/r.pdf"_s), {});
    QVERIFY(!written.ok);
    QVERIFY(!QFile::exists(dir.filePath(u"missing/r.pdf"_s)));
    written = ReportExporter(&model).writeFile(dir.path(), {});
    QVERIFY(!written.ok);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"kept.html"_s});
}

void TestReportExporter::windowActions()
{
    MainWindow window;
    window.setData(TestData::bundledOnly(), {});
    QMenu *file = window.menuBar()->findChild<QMenu *>(u"fileMenu"_s);
    QVERIFY(file);
    const auto action = [file](const QString &name) {
        for (QAction *candidate : file->actions())
            if (candidate->objectName() == name)
                return candidate;
        return static_cast<QAction *>(nullptr);
    };
    QVERIFY(action(u"actionPrint"_s));
    QCOMPARE(action(u"actionPrint"_s)->shortcut(), QKeySequence(QKeySequence::Print));
    QCOMPARE(action(u"actionPrint"_s)->shortcut(), QKeySequence(u"Ctrl+P"_s));
    QVERIFY(action(u"actionPrintPreview"_s));
    QVERIFY(action(u"actionExportReport"_s));

    auto *actions = window.findChild<ReportActions *>();
    QVERIFY(actions);
    QCOMPARE(actions->options().layout, ChartExporter::Layout::Overlay);
    window.showSmallMultiples(true);
    QCOMPARE(actions->options().layout, ChartExporter::Layout::Grid);

    QTemporaryDir dir;
    const QString html = dir.filePath(u"report.html"_s);
    QVERIFY(actions->exportReportTo(html));
    QVERIFY(TestData::contents(html).startsWith("<!DOCTYPE html>"));
    // A folder in the way: said in a dialog, and nothing written.
    QVERIFY(!actions->exportReportTo(dir.path()));
    QTRY_VERIFY(window.findChild<QMessageBox *>(u"errorDialog"_s));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"report.html"_s});
}

void TestReportExporter::printsAndPreviews()
{
    MainWindow window;
    window.setData(TestData::bundledOnly(), {});
    auto *actions = window.findChild<ReportActions *>();
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"printed.pdf"_s));
    const int pages = actions->printTo(&printer);
    QVERIFY(pages >= 2);
    QVERIFY(TestData::contents(dir.filePath(u"printed.pdf"_s)).startsWith("%PDF-"));
    if (havePoppler())
        QCOMPARE(pageCount(dir.filePath(u"printed.pdf"_s)), pages);

    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *preview = window.findChild<QAction *>(u"actionPrintPreview"_s);
    preview->trigger();
    QPrintPreviewDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QPrintPreviewDialog *>(u"printPreviewDialog"_s)) &&
                dialog->isVisible());
    dialog->reject();
}

// In the window's language: the headings of a report made in German are German.
void TestReportExporter::germanHeadings()
{
    QVERIFY(Translations::install(QLocale(QLocale::German, QLocale::Germany)));
    FrameworkModel model;
    model.setDataSet(TestData::bundledOnly());
    const QByteArray html = ReportExporter(&model).toBytes(ReportExporter::Format::Html, {});
    QVERIFY(html.contains("<html lang=\"de\">"));
    QVERIFY(html.contains("<h2>Rangfolge</h2>"));
    QVERIFY(html.contains("<h2>Vergleich</h2>"));
    QCOMPARE(Report::pageText(2, 5), u"Seite 2 von 5"_s);
}

QTEST_MAIN(TestReportExporter)
#include "tst_reportexporter.moc"
