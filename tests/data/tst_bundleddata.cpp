// SPDX-License-Identifier: GPL-3.0-or-later
// The data set compiled into the program: what a person sees at first start. Every framework
// carries its facts, a summary, sources and all four ratings with the reasoning behind each;
// the seed article's ratings are kept exactly; Caffe and Theano are the two compared at first.
#include "DataReader.h"
#include "FrameworkModel.h"
#include "TestData.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

const QStringList seedIds{u"caffe"_s, u"theano"_s};

const QStringList metricIds{u"performance"_s, u"scalability"_s, u"ease_of_use"_s, u"ecosystem"_s};

} // namespace

class TestBundledData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void frameworks();
    void facts_data();
    void facts();
    void status_data();
    void status();
    void sources_data();
    void sources();
    void ratings_data();
    void ratings();
    void seedRatings_data();
    void seedRatings();
    void comparedAtFirst();
    void colours();

private:
    void addFrameworkRows();
    const Framework &framework(const QString &id) const;

    DataSet m_data;
};

void TestBundledData::initTestCase()
{
    const ReadResult result = DataReader::readFile(u":/frameworks.json"_s);
    QVERIFY2(result.ok(), qPrintable(formatErrors(result.errors)));
    m_data = result.data;
}

const Framework &TestBundledData::framework(const QString &id) const
{
    return m_data.frameworks.at(m_data.frameworkIndex(id));
}

void TestBundledData::addFrameworkRows()
{
    QTest::addColumn<QString>("id");
    for (const Framework &framework : std::as_const(m_data.frameworks))
        QTest::newRow(qPrintable(framework.id)) << framework.id;
}

void TestBundledData::frameworks()
{
    QVERIFY(m_data.frameworks.size() >= 10);
    for (const QString &id : {u"caffe"_s, u"theano"_s, u"tensorflow"_s, u"pytorch"_s, u"keras"_s,
                              u"mxnet"_s, u"cntk"_s, u"torch7"_s, u"chainer"_s, u"jax"_s})
        QVERIFY2(m_data.frameworkIndex(id) >= 0, qPrintable(id));
    QStringList ids;
    for (const Metric &metric : std::as_const(m_data.metrics))
        ids << metric.id;
    QCOMPARE(ids, metricIds);
}

void TestBundledData::facts_data()
{
    addFrameworkRows();
}

void TestBundledData::facts()
{
    QFETCH(QString, id);
    const Framework &f = framework(id);
    QVERIFY(!f.name.trimmed().isEmpty());
    QVERIFY(!f.developer.trimmed().isEmpty());
    QVERIFY(!f.license.trimmed().isEmpty());
    QVERIFY(!f.language.trimmed().isEmpty());
    QVERIFY(!f.apis.isEmpty());
    QVERIFY(!f.repository.isEmpty());
    QVERIFY(f.summary.size() > 200);
    // Plain text: a summary is shown as it is, never as HTML.
    QVERIFY2(!f.summary.contains(u'<'), qPrintable(f.summary));

    QVERIFY(f.firstRelease.has_value());
    const int thisYear = QDate::currentDate().year();
    QVERIFY2(*f.firstRelease >= 2000 && *f.firstRelease <= thisYear,
             qPrintable(QString::number(*f.firstRelease)));
    // A last release is left out when it could not be confirmed, never guessed.
    if (f.lastRelease) {
        QVERIFY(*f.lastRelease >= *f.firstRelease);
        QVERIFY(*f.lastRelease <= thisYear);
    }
}

void TestBundledData::status_data()
{
    addFrameworkRows();
}

void TestBundledData::status()
{
    QFETCH(QString, id);
    const QString status = framework(id).status;
    // The agreed forms: "Active ...", "Maintenance only since YYYY ..." or "Maintenance only
    // (...)", "Discontinued in YYYY ...". Filters classify a framework by the leading word.
    static const QRegularExpression form(
        u"^(Active( \\(.+\\))?|Maintenance only (since (19|20)\\d\\d|\\().*|"
        u"Discontinued in (19|20)\\d\\d( \\(.+\\))?)$"_s);
    QVERIFY2(form.match(status).hasMatch(), qPrintable(status));

    // An active project names a recent release (the data set was checked in 2026).
    if (status.startsWith("Active"_L1)) {
        const Framework &f = framework(id);
        QVERIFY(f.lastRelease.has_value());
        QVERIFY2(*f.lastRelease >= 2025, qPrintable(QString::number(*f.lastRelease)));
    }
}

void TestBundledData::sources_data()
{
    addFrameworkRows();
}

void TestBundledData::sources()
{
    QFETCH(QString, id);
    const Framework &f = framework(id);
    QVERIFY(!f.sources.isEmpty());
    QSet<QString> urls;
    for (const Source &source : f.sources) {
        QVERIFY2(!source.title.trimmed().isEmpty(), qPrintable(source.url));
        const QUrl url(source.url, QUrl::StrictMode);
        QVERIFY2(url.isValid() && url.scheme() == "https"_L1 && !url.host().isEmpty(),
                 qPrintable(source.url));
        QVERIFY2(!urls.contains(source.url), qPrintable(source.url));
        urls.insert(source.url);
    }
}

void TestBundledData::ratings_data()
{
    addFrameworkRows();
}

void TestBundledData::ratings()
{
    QFETCH(QString, id);
    const Framework &f = framework(id);
    QCOMPARE(f.ratings.size(), m_data.metrics.size());
    for (const Metric &metric : std::as_const(m_data.metrics)) {
        const Rating *rating = f.rating(metric.id);
        QVERIFY2(rating, qPrintable(metric.id));
        QVERIFY(rating->score >= 1 && rating->score <= metric.levelCount());
        QVERIFY2(rating->note.size() > 80, qPrintable(rating->note));
        if (seedIds.contains(id))
            continue; // the seed's notes quote the article they come from
        // Every other note says what the rating rests on: a benchmark, adoption, the
        // documentation or the project's status.
        QVERIFY2(rating->note.startsWith("Rests on "_L1), qPrintable(rating->note));
    }
    // A project that is no longer developed has no Extensive ecosystem today (the seed's
    // ratings are the article's and stay as they are).
    if (!seedIds.contains(id) && !f.status.startsWith("Active"_L1))
        QVERIFY(f.rating(u"ecosystem"_s)->score < 5);
}

void TestBundledData::seedRatings_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QList<int>>("scores"); // in metricIds' order

    QTest::newRow("caffe") << u"caffe"_s << QList<int>{4, 3, 3, 5};
    QTest::newRow("theano") << u"theano"_s << QList<int>{3, 4, 4, 3};
}

void TestBundledData::seedRatings()
{
    QFETCH(QString, id);
    QFETCH(QList<int>, scores);
    const Framework &f = framework(id);
    for (int m = 0; m < metricIds.size(); ++m)
        QCOMPARE(f.rating(metricIds.at(m))->score, scores.at(m));
    if (id == "theano"_L1) {
        QVERIFY(f.developer.contains(u"Montréal"_s));
        QVERIFY(!f.developer.contains(u"Google"_s, Qt::CaseInsensitive));
    }
}

void TestBundledData::comparedAtFirst()
{
    QVERIFY(m_data.compare.has_value());
    QCOMPARE(*m_data.compare, seedIds);
    FrameworkModel model;
    model.setDataSet(m_data);
    QCOMPARE(model.comparedIds(), seedIds);
}

void TestBundledData::colours()
{
    // Every bundled framework has its own colour, and no two share one, as the table and the
    // chart show them.
    FrameworkModel model;
    model.setDataSet(m_data);
    QSet<QRgb> shown;
    QSet<QRgb> own;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Framework &f = m_data.frameworks.at(row);
        if (f.color.isValid()) {
            QVERIFY2(!own.contains(f.color.rgb()), qPrintable(f.id));
            own.insert(f.color.rgb());
        }
        const QColor color = model.index(row, 0).data(Role::Color).value<QColor>();
        QVERIFY2(!shown.contains(color.rgb()), qPrintable(f.id + u' ' + color.name()));
        shown.insert(color.rgb());
    }
    QCOMPARE(shown.size(), model.rowCount());
}

QTEST_GUILESS_MAIN(TestBundledData)
#include "tst_bundleddata.moc"
