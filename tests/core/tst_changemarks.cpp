// SPDX-License-Identifier: GPL-3.0-or-later
// ChangeMarks: how one cell compares with the compared file, on scales of different lengths too.
#include "ChangeMarks.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

const QStringList Five{u"Very low"_s, u"Low"_s, u"Medium"_s, u"High"_s, u"Very high"_s};
const QStringList Three{u"Low"_s, u"Medium"_s, u"High"_s};

DataSet oneRating(const QStringList &levels, std::optional<Rating> rating)
{
    DataSet data;
    data.metrics = {Metric{u"speed"_s, u"Speed"_s, {}, levels, {}}};
    Framework alpha;
    alpha.id = u"alpha"_s;
    alpha.name = u"Alpha"_s;
    if (rating)
        alpha.ratings.insert(u"speed"_s, *rating);
    data.frameworks = {alpha};
    return data;
}

Rating score(int value, std::optional<std::pair<int, int>> range = std::nullopt)
{
    return Rating{value, {}, range, {}};
}

} // namespace

class TestChangeMarks : public QObject
{
    Q_OBJECT

private slots:
    void mark_data();
    void mark();
    void scoreText();
};

void TestChangeMarks::mark_data()
{
    QTest::addColumn<QStringList>("oldLevels");
    QTest::addColumn<std::optional<Rating>>("oldRating");
    QTest::addColumn<QStringList>("newLevels");
    QTest::addColumn<std::optional<Rating>>("newRating");
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("was");
    const std::optional<Rating> none;
    QTest::newRow("higher") << Five << std::optional(score(3)) << Five << std::optional(score(4))
                            << int(Change::Higher) << u"Medium (3)"_s;
    QTest::newRow("lower") << Five << std::optional(score(3)) << Five << std::optional(score(1))
                           << int(Change::Lower) << u"Medium (3)"_s;
    QTest::newRow("same") << Five << std::optional(score(3)) << Five << std::optional(score(3))
                          << int(Change::None) << QString();
    QTest::newRow("added") << Five << none << Five << std::optional(score(2)) << int(Change::Added)
                           << u"Not rated"_s;
    QTest::newRow("removed") << Five << std::optional(score(2)) << Five << none
                             << int(Change::Removed) << u"Low (2)"_s;
    QTest::newRow("range only") << Five << std::optional(score(3)) << Five
                                << std::optional(score(3, std::pair(2, 4))) << int(Change::Changed)
                                << u"Medium (3)"_s;
    // 3 of 5 is half the scale; 3 of 3 the top of it, 2 of 3 half of it again.
    QTest::newRow("rescaled higher")
        << Five << std::optional(score(3)) << Three << std::optional(score(3))
        << int(Change::Higher) << u"Medium (3)"_s;
    QTest::newRow("rescaled same place")
        << Five << std::optional(score(3)) << Three << std::optional(score(2))
        << int(Change::Changed) << u"Medium (3)"_s;
}

void TestChangeMarks::mark()
{
    QFETCH(QStringList, oldLevels);
    QFETCH(std::optional<Rating>, oldRating);
    QFETCH(QStringList, newLevels);
    QFETCH(std::optional<Rating>, newRating);
    QFETCH(int, change);
    QFETCH(QString, was);
    const ChangeMarks marks(oneRating(oldLevels, oldRating), u"old.json"_s);
    const DataSet now = oneRating(newLevels, newRating);
    const ChangeMarks::Mark mark = marks.rating(now.frameworks.first(), now.metrics.first());
    QCOMPARE(int(mark.change), change);
    QCOMPARE(mark.was, was);
}

void TestChangeMarks::scoreText()
{
    const Metric metric{u"speed"_s, u"Speed"_s, {}, Five, {}};
    const Rating ranged = score(3, std::pair(2, 4));
    QCOMPARE(ChangeMarks::scoreText(metric, &ranged), u"Medium (3, 2–4)"_s);
    QCOMPARE(ChangeMarks::scoreText(metric, nullptr), u"Not rated"_s);
}

QTEST_GUILESS_MAIN(TestChangeMarks)
#include "tst_changemarks.moc"
