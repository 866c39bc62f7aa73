// SPDX-License-Identifier: GPL-3.0-or-later
// The report's content (Report) and its HTML (ReportHtml), read back with an XML reader as a
// browser would show it: the text of each element, the links, the elements and attributes.
#include "FrameworkModel.h"
#include "Report.h"
#include "ReportHtml.h"
#include "TestData.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

const QByteArray TinySvg = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                           "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
                           "<text x=\"1\" y=\"5\">chart</text></svg>\n";

// What a page says, as far as the tests need it.
struct Page
{
    bool wellFormed = false;
    QString error;
    QStringList texts; // the text of every element, one entry a text node
    QString allText;   // every text node, joined by spaces
    QStringList links; // every <a href>
    QSet<QString> elements;
    QList<std::pair<QString, QString>> attributes; // (name, value) of every element
    QString style;                                 // the <style> element's text
};

Page parse(const QByteArray &html)
{
    Page page;
    QXmlStreamReader reader(html);
    QString current;
    QString pending; // a text node, which the reader may hand over in pieces
    const auto flush = [&] {
        if (!pending.trimmed().isEmpty()) {
            if (current == u"style"_s)
                page.style += pending;
            page.texts << pending;
        }
        pending.clear();
    };
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters()) {
            pending += reader.text();
            continue;
        }
        flush();
        if (reader.isStartElement()) {
            current = reader.name().toString();
            page.elements.insert(current);
            for (const QXmlStreamAttribute &attribute : reader.attributes()) {
                page.attributes.append(
                    {attribute.qualifiedName().toString(), attribute.value().toString()});
                if (current == u"a"_s && attribute.name() == u"href"_s)
                    page.links << attribute.value().toString();
            }
        }
    }
    page.wellFormed = !reader.hasError();
    page.error = reader.errorString() + u" at line "_s + QString::number(reader.lineNumber());
    page.allText = page.texts.join(u' ');
    return page;
}

Report reportOf(const DataSet &data, const std::optional<QStringList> &ids = std::nullopt)
{
    FrameworkModel model;
    model.setDataSet(data);
    return Report::build(model, ids, u"frameworks.json"_s, QDateTime(QDate(2026, 12, 7), {}));
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void comparedFrameworksInModelOrder();
    void frameworksAskedFor();
    void rankingBestFirstWithTies();
    void checkedDateShownWhenKnown();
    void noChanceWithoutRanges();
    void chanceOfComingFirstWithRanges();
    void htmlHasEverything();
    void htmlIsSelfContained();
    void hostileTextIsText();
    void controlCharactersReplaced();
    void readsOnPhoneAndPaper();
    void onlyWebUrlsAreLinks_data();
    void onlyWebUrlsAreLinks();
};

void TestReport::comparedFrameworksInModelOrder()
{
    DataSet data = TestData::bundled();
    data.compare = QStringList{data.frameworks.at(3).id, data.frameworks.at(1).id};
    const Report report = reportOf(data);
    QCOMPARE(report.frameworks.size(), 2);
    QCOMPARE(report.frameworks.at(0).id, data.frameworks.at(1).id);
    QCOMPARE(report.frameworks.at(1).id, data.frameworks.at(3).id);
    QCOMPARE(report.title, data.title);
    QCOMPARE(report.metrics.size(), data.metrics.size());
    QCOMPARE(report.frameworks.at(0).ratings.size(), data.metrics.size());
    QCOMPARE(report.frameworks.at(0).sources.size(), data.frameworks.at(1).sources.size());
}

void TestReport::frameworksAskedFor()
{
    const DataSet data = TestData::bundled();
    const QString last = data.frameworks.last().id;
    const Report report = reportOf(data, QStringList{last, u"no-such-id"_s});
    QCOMPARE(report.frameworks.size(), 1);
    QCOMPARE(report.frameworks.first().id, last);
    QCOMPARE(report.ranking.size(), 1);
}

void TestReport::rankingBestFirstWithTies()
{
    // One metric of three levels: fw1 and fw4 are rated 2, fw2 and fw5 3, fw0 and fw3 1, and
    // "none" is not rated at all.
    DataSet data;
    data.title = u"Ties"_s;
    data.metrics.append(Metric{u"m"_s, u"M"_s, {}, {u"a"_s, u"b"_s, u"c"_s}, {}});
    for (int i = 0; i < 6; ++i) {
        Framework framework;
        framework.id = u"fw%1"_s.arg(i);
        framework.name = u"Framework %1"_s.arg(i);
        framework.ratings.insert(u"m"_s, Rating{i % 3 + 1, {}, {}, {}});
        data.frameworks.append(framework);
    }
    Framework none;
    none.id = u"none"_s;
    none.name = u"Unrated"_s;
    data.frameworks.prepend(none);
    const Report report = reportOf(data);
    QStringList order;
    QList<int> ranks;
    for (const Report::RankEntry &entry : report.ranking) {
        order << report.frameworks.at(entry.framework).id;
        ranks << entry.rank;
    }
    QCOMPARE(order,
             (QStringList{u"fw2"_s, u"fw5"_s, u"fw1"_s, u"fw4"_s, u"fw0"_s, u"fw3"_s, u"none"_s}));
    QCOMPARE(ranks, (QList<int>{1, 1, 3, 3, 5, 5, 7}));
    QCOMPARE(report.ranking.first().scoreText, u"10.0"_s);
    QCOMPARE(report.ranking.last().scoreText, u"—"_s);
}

void TestReport::checkedDateShownWhenKnown()
{
    DataSet data = TestData::bundledOnly();
    data.checked = QDate();
    Report report = reportOf(data);
    QVERIFY(report.madeLine().contains(u"frameworks.json"_s));
    QVERIFY(
        report.madeLine().contains(QLocale().toString(QDate(2026, 12, 7), QLocale::LongFormat)));
    QVERIFY(!report.madeLine().contains(u"checked"_s));

    data.checked = QDate(2026, 11, 30);
    report = reportOf(data);
    const QString checked = QLocale().toString(QDate(2026, 11, 30), QLocale::LongFormat);
    QVERIFY2(report.madeLine().contains(u"Facts checked on "_s + checked),
             qPrintable(report.madeLine()));
    const Page page = parse(ReportHtml::write(report, TinySvg));
    QVERIFY(page.allText.contains(u"Facts checked on "_s + checked));
}

void TestReport::noChanceWithoutRanges()
{
    Report report = reportOf(TestData::bundled());
    QVERIFY(!report.hasChances());
    Page page = parse(ReportHtml::write(report, TinySvg));
    QVERIFY(!page.allText.contains(report.texts.chanceFirst));
    // Once the odds are known, they are a column of the ranking.
    report.ranking.first().chanceFirst = 0.62;
    page = parse(ReportHtml::write(report, TinySvg));
    QVERIFY(page.texts.contains(report.texts.chanceFirst));
    QVERIFY(page.texts.contains(u"62 %"_s));
}

// Alpha is rated 4 but could be 2 to 5, Beta 3 for sure. Of Alpha's four equally likely levels,
// 4 and 5 put it first (2/4), 3 ties with Beta, who then shares first place (1/4, half each),
// and 2 puts Beta first (1/4): P(first) is 2/4 + 1/8 = 5/8 for Alpha and 1/4 + 1/8 = 3/8 for Beta.
void TestReport::chanceOfComingFirstWithRanges()
{
    DataSet data;
    data.title = u"Odds"_s;
    data.metrics.append(Metric{u"m"_s, u"M"_s, {}, {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}, {}});
    Framework alpha;
    alpha.id = u"alpha"_s;
    alpha.name = u"Alpha"_s;
    alpha.ratings.insert(u"m"_s, Rating{4, {}, std::pair(2, 5), {}});
    Framework beta;
    beta.id = u"beta"_s;
    beta.name = u"Beta"_s;
    beta.ratings.insert(u"m"_s, Rating{3, {}, {}, {}});
    data.frameworks = {beta, alpha};
    const Report report = reportOf(data);
    QVERIFY(report.hasChances());
    QCOMPARE(report.frameworks.at(report.ranking.at(0).framework).id, u"alpha"_s);
    QCOMPARE(*report.ranking.at(0).chanceFirst, 5.0 / 8);
    QCOMPARE(*report.ranking.at(1).chanceFirst, 3.0 / 8);
    const Page page = parse(ReportHtml::write(report, TinySvg));
    QVERIFY(page.texts.contains(report.texts.chanceFirst));
}

void TestReport::htmlHasEverything()
{
    const DataSet data = TestData::bundled();
    const Report report = reportOf(data);
    QVERIFY(report.frameworks.size() >= 2);
    const Page page = parse(ReportHtml::write(report, TinySvg));
    QVERIFY2(page.wellFormed, qPrintable(page.error));
    QVERIFY(page.texts.contains(data.title));
    int webSources = 0;
    for (const Report::FrameworkEntry &framework : report.frameworks) {
        const Framework &original = data.frameworks.at(data.frameworkIndex(framework.id));
        QVERIFY2(page.allText.contains(original.name), qPrintable(original.name));
        for (const Rating &rating : original.ratings)
            if (!rating.note.isEmpty())
                QVERIFY2(page.texts.contains(rating.note), qPrintable(rating.note));
        for (const Source &source : original.sources) {
            QVERIFY2(page.allText.contains(source.title), qPrintable(source.title));
            if (Report::isWebUrl(source.url)) {
                ++webSources;
                QVERIFY2(page.links.contains(QUrl(source.url).toString(QUrl::FullyEncoded)),
                         qPrintable(source.url));
            }
        }
        if (!original.summary.isEmpty())
            QVERIFY(page.texts.contains(original.summary));
    }
    QVERIFY(webSources > 0);
    for (const Metric &metric : data.metrics)
        QVERIFY2(page.texts.contains(metric.name), qPrintable(metric.name));
    // The chart is in the page as SVG, without the XML declaration.
    QVERIFY(page.elements.contains(u"svg"_s));
    QVERIFY(!ReportHtml::write(report, TinySvg).contains("<?xml"));
    for (const QString &heading :
         {report.texts.chart, report.texts.comparison, report.texts.ranking, report.texts.weights})
        QVERIFY(page.texts.contains(heading));
}

void TestReport::htmlIsSelfContained()
{
    const Page page = parse(ReportHtml::write(reportOf(TestData::bundled()), TinySvg));
    QVERIFY2(page.wellFormed, qPrintable(page.error));
    for (const char *fetching : {"script", "link", "img", "iframe", "object", "embed", "audio",
                                 "video", "source", "base", "form", "image", "use"})
        QVERIFY2(!page.elements.contains(QString::fromLatin1(fetching)), fetching);
    for (const auto &[name, value] : page.attributes) {
        QVERIFY2(name != u"src"_s && name != u"srcset"_s && !name.startsWith(u"on"_s) &&
                     name != u"xlink:href"_s,
                 qPrintable(name));
        if (name == u"href"_s)
            QVERIFY2(value.startsWith(u"https://"_s) || value.startsWith(u"http://"_s),
                     qPrintable(value));
    }
    QVERIFY(!page.style.contains(u"url("_s));
    QVERIFY(!page.style.contains(u"@import"_s));
    QVERIFY(!page.style.contains(u"@font-face"_s));
}

void TestReport::hostileTextIsText()
{
    const DataSet data = TestData::load(TestData::file(u"valid/hostile-text.json"_s));
    const Report report = reportOf(data);
    const QByteArray html = ReportHtml::write(report, TinySvg);
    const Page page = parse(html);
    QVERIFY2(page.wellFormed, qPrintable(page.error));
    // Shown as the data has it, character for character.
    QVERIFY(page.texts.contains(data.title));
    const Framework &markup = data.frameworks.at(data.frameworkIndex(u"markup"_s));
    QVERIFY(page.allText.contains(markup.name));
    QVERIFY(page.texts.contains(markup.summary));
    for (const Rating &rating : markup.ratings)
        if (!rating.note.isEmpty())
            QVERIFY2(page.texts.contains(rating.note), qPrintable(rating.note));
    QVERIFY(page.allText.contains(u"javascript:alert(1)"_s));
    // No element of the data's: only those a report writes.
    const QSet<QString> written{u"html"_s,  u"head"_s,    u"meta"_s,   u"title"_s, u"style"_s,
                                u"body"_s,  u"header"_s,  u"h1"_s,     u"h2"_s,    u"h3"_s,
                                u"p"_s,     u"section"_s, u"figure"_s, u"div"_s,   u"table"_s,
                                u"thead"_s, u"tbody"_s,   u"tr"_s,     u"th"_s,    u"td"_s,
                                u"span"_s,  u"dl"_s,      u"dt"_s,     u"dd"_s,    u"ul"_s,
                                u"li"_s,    u"a"_s,       u"svg"_s,    u"text"_s};
    for (const QString &element : page.elements)
        QVERIFY2(written.contains(element), qPrintable(element));
    // The only link is the one web page; javascript: and data: sources and the homepage and
    // repository (javascript:, file:) are text.
    QCOMPARE(page.links, QStringList{u"https://example.org/%3Cb%3E"_s});
    QVERIFY(page.allText.contains(u"data:text/html,<script>alert(1)</script>"_s));
    QVERIFY(page.allText.contains(u"file:///etc/passwd"_s));
}

void TestReport::controlCharactersReplaced()
{
    QCOMPARE(ReportHtml::escape(u"a\u0001b\u007Fc\td\ne"_s), u"a\uFFFDb\uFFFDc\td\ne"_s);
    QCOMPARE(ReportHtml::escape(u"<a href='x'>&\"</a>"_s),
             u"&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;"_s);
    DataSet data = TestData::bundledOnly();
    data.frameworks.first().name = u"Bell\u0007 and NUL\u0000"_s;
    const Page page = parse(ReportHtml::write(reportOf(data), TinySvg));
    QVERIFY2(page.wellFormed, qPrintable(page.error));
    QVERIFY(page.allText.contains(u"Bell\uFFFD and NUL\uFFFD"_s));
}

void TestReport::readsOnPhoneAndPaper()
{
    const QByteArray html = ReportHtml::write(reportOf(TestData::bundled()), TinySvg);
    QVERIFY(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    QVERIFY(html.contains("<meta charset=\"utf-8\"/>"));
    QVERIFY(
        html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"));
    const Page page = parse(html);
    // The comparison table is in a box that scrolls sideways; the print rules keep a
    // framework's section on one page.
    QVERIFY(page.style.contains(u".scroll { overflow-x: auto;"_s));
    QVERIFY(html.contains("<div class=\"scroll\"><table class=\"wide\">"));
    QVERIFY(page.style.contains(u"@media print"_s));
    QVERIFY(page.style.contains(u"section.framework { break-inside: avoid;"_s));
}

void TestReport::onlyWebUrlsAreLinks_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("web");
    QTest::newRow("https") << u"https://pytorch.org/docs"_s << true;
    QTest::newRow("http") << u"http://deeplearning.net/software/theano/"_s << true;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("data") << u"data:text/html,<b>x</b>"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("no host") << u"https:///path"_s << false;
    QTest::newRow("relative") << u"docs/index.html"_s << false;
    QTest::newRow("upper case scheme") << u"HTTPS://example.org/"_s << true;
}

void TestReport::onlyWebUrlsAreLinks()
{
    QFETCH(QString, url);
    QFETCH(bool, web);
    QCOMPARE(Report::isWebUrl(url), web);
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
