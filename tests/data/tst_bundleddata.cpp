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

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

const QStringList seedIds{u"caffe"_s, u"theano"_s};

const QStringList metricIds{u"performance"_s, u"scalability"_s, u"ease_of_use"_s, u"ecosystem"_s};

// CIE L*a*b* (D65) of an sRGB colour, to measure how different two colours look; the same
// measure as tst_decisionsupport's for the palette.
std::array<double, 3> lab(const QColor &color)
{
    const auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double r = linear(color.redF());
    const double g = linear(color.greenF());
    const double b = linear(color.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double deltaE(const QColor &a, const QColor &b)
{
    const auto p = lab(a);
    const auto q = lab(b);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

// The SPDX license identifiers (https://spdx.org/licenses/) the bundled frameworks use, and a
// few more that a framework might: a license is one of them, or an "OR"/"AND" expression of them.
const QSet<QString> spdxIds{u"Apache-2.0"_s,    u"MIT"_s,          u"BSD-2-Clause"_s,
                            u"BSD-3-Clause"_s,  u"GPL-2.0-only"_s, u"GPL-3.0-only"_s,
                            u"LGPL-2.1-only"_s, u"MPL-2.0"_s,      u"ISC"_s};

bool sourced(const Framework &f, const QString &urlPart)
{
    return std::any_of(f.sources.cbegin(), f.sources.cend(),
                       [&](const Source &s) { return s.url.contains(urlPart); });
}

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
    void checkedDate();
    void licensesAreSpdx_data();
    void licensesAreSpdx();
    void noSentenceAfterComma_data();
    void noSentenceAfterComma();
    // The facts a source check found wrong (issue 20), each as it is now.
    void jaxLastRelease();
    void jaxEcosystemNotHaiku();
    void torch7NoTags();
    void torch7License();
    void kerasBackends();
    void latestVersionsSourced();

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
    QVERIFY(m_data.frameworks.size() >= 14);
    // The ten of the first data set, and those people choose between today.
    for (const QString &id : {u"caffe"_s, u"theano"_s, u"tensorflow"_s, u"pytorch"_s, u"keras"_s,
                              u"mxnet"_s, u"cntk"_s, u"torch7"_s, u"chainer"_s, u"jax"_s,
                              u"paddlepaddle"_s, u"mindspore"_s, u"mlx"_s, u"burn"_s})
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
    for (int m = 0; m < metricIds.size(); ++m) {
        QCOMPARE(f.rating(metricIds.at(m))->score, scores.at(m));
        // Each note still says that the article gave the rating.
        const QString &note = f.rating(metricIds.at(m))->note;
        QVERIFY2(note.startsWith(u"The article rates "_s), qPrintable(note));
    }
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

    // No two look alike: the closest pair is no closer than Okabe & Ito's own closest pair
    // (#0072B2 and #56B4E9, ΔE*76 26.4), which the palette was chosen to keep.
    const QList<QRgb> colours(shown.cbegin(), shown.cend());
    double closest = 1e9;
    QString pair;
    for (qsizetype i = 0; i < colours.size(); ++i)
        for (qsizetype j = i + 1; j < colours.size(); ++j)
            if (const double d = deltaE(QColor(colours.at(i)), QColor(colours.at(j)));
                d < closest) {
                closest = d;
                pair = QColor(colours.at(i)).name() + u" and "_s + QColor(colours.at(j)).name();
            }
    QVERIFY2(closest >= 26.4, qPrintable(u"closest pair %1: ΔE %2"_s.arg(pair).arg(closest)));
}

void TestBundledData::checkedDate()
{
    // When the facts were last checked, as the data set says and the window shows.
    QCOMPARE(m_data.checked, QDate(2026, 12, 7));
    QVERIFY(m_data.checked <= QDate::currentDate());
}

void TestBundledData::licensesAreSpdx_data()
{
    addFrameworkRows();
}

void TestBundledData::licensesAreSpdx()
{
    QFETCH(QString, id);
    const QString license = framework(id).license;
    static const QRegularExpression operators(u" (?:OR|AND) "_s);
    const QStringList ids = license.split(operators);
    for (const QString &part : ids)
        QVERIFY2(spdxIds.contains(part), qPrintable(license));
}

void TestBundledData::noSentenceAfterComma_data()
{
    addFrameworkRows();
}

void TestBundledData::noSentenceAfterComma()
{
    // A sentence that ends in a comma, as MXNet's "JavaScript, The last release" did.
    QFETCH(QString, id);
    const Framework &f = framework(id);
    static const QRegularExpression commaThenSentence(u", (?:The|It|Its|This|These|A|An) "_s);
    QStringList texts{f.summary, f.status};
    for (const Rating &rating : f.ratings)
        texts << rating.note;
    for (const QString &text : std::as_const(texts))
        QVERIFY2(!commaThenSentence.match(text).hasMatch(), qPrintable(text));
}

void TestBundledData::jaxLastRelease()
{
    // 0.8.0 to 0.11.0 followed 0.7.0 (July 2025); 0.11.0 came on 16 July 2026 (CHANGELOG.md).
    const Framework &jax = framework(u"jax"_s);
    QCOMPARE(jax.lastRelease, std::optional<int>(2026));
    QVERIFY2(!jax.summary.contains(u"0.7.0 of July 2025 as the latest"_s), qPrintable(jax.summary));
    QVERIFY2(jax.summary.contains(u"0.11.0, on 16 July 2026"_s), qPrintable(jax.summary));
    QVERIFY(sourced(jax, u"jax-ml/jax/blob/main/CHANGELOG.md"_s));
}

void TestBundledData::jaxEcosystemNotHaiku()
{
    // Haiku has been in maintenance mode since July 2023; its README recommends Flax.
    const QString note = framework(u"jax"_s).rating(u"ecosystem"_s)->note;
    QVERIFY2(note.contains(u"Flax"_s), qPrintable(note));
    QVERIFY2(!note.contains(u"such as Haiku"_s), qPrintable(note));
    if (note.contains(u"Haiku"_s))
        QVERIFY2(note.contains(u"maintenance mode"_s), qPrintable(note));
    QVERIFY(sourced(framework(u"jax"_s), u"pypi.org/project/dm-haiku"_s));
    QVERIFY(sourced(framework(u"jax"_s), u"google/flax"_s));
}

void TestBundledData::torch7NoTags()
{
    // torch/torch7 has no release tags: no last release, and the data set says why.
    const Framework &torch7 = framework(u"torch7"_s);
    QVERIFY(!torch7.lastRelease.has_value());
    QVERIFY2(torch7.status.contains(u"never tagged a release"_s), qPrintable(torch7.status));
    QVERIFY2(torch7.summary.contains(u"no release tags"_s), qPrintable(torch7.summary));
    QVERIFY(sourced(torch7, u"rocks/torch-scm-1.rockspec"_s));
}

void TestBundledData::torch7License()
{
    // COPYRIGHT.txt is the three-clause BSD text.
    const Framework &torch7 = framework(u"torch7"_s);
    QCOMPARE(torch7.license, u"BSD-3-Clause"_s);
    QVERIFY2(torch7.summary.contains(u"BSD 3-Clause"_s), qPrintable(torch7.summary));
    const auto copyright =
        std::find_if(torch7.sources.cbegin(), torch7.sources.cend(),
                     [](const Source &s) { return s.url.endsWith(u"COPYRIGHT.txt"_s); });
    QVERIFY(copyright != torch7.sources.cend());
    QVERIFY2(copyright->title.contains(u"3-Clause"_s), qPrintable(copyright->title));
}

void TestBundledData::kerasBackends()
{
    // Keras 3.0.0's README lists TensorFlow, JAX and PyTorch; OpenVINO came in December 2024,
    // for inference only.
    const Framework &keras = framework(u"keras"_s);
    QVERIFY2(!keras.summary.contains(u"PyTorch or OpenVINO"_s), qPrintable(keras.summary));
    QVERIFY2(keras.summary.contains(u"OpenVINO backend added in December 2024"_s),
             qPrintable(keras.summary));
    QVERIFY2(keras.summary.contains(u"inference only"_s), qPrintable(keras.summary));
    QVERIFY(sourced(keras, u"pypi.org/project/keras/3.0.0"_s));
}

void TestBundledData::latestVersionsSourced()
{
    // A version called the latest is the latest checked, and cited.
    const Framework &keras = framework(u"keras"_s);
    QVERIFY2(keras.summary.contains(u"3.15.1"_s), qPrintable(keras.summary));
    QVERIFY2(!keras.summary.contains(u"3.13.2"_s), qPrintable(keras.summary));
    QVERIFY(sourced(keras, u"releases/tag/v3.15.1"_s));
    const Framework &pytorch = framework(u"pytorch"_s);
    QVERIFY2(pytorch.summary.contains(u"2.11"_s), qPrintable(pytorch.summary));
    QVERIFY2(!pytorch.summary.contains(u"2.10 in January 2026."_s), qPrintable(pytorch.summary));
    QVERIFY(std::any_of(pytorch.sources.cbegin(), pytorch.sources.cend(),
                        [](const Source &s) { return s.title.contains(u"PyTorch 2.11"_s); }));
}

QTEST_GUILESS_MAIN(TestBundledData)
#include "tst_bundleddata.moc"
