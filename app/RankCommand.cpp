// SPDX-License-Identifier: GPL-3.0-or-later
#include "RankCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "DataSet.h"
#include "RankOdds.h"
#include "WinnerSensitivity.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Versus {

using Console::printError;

namespace {

// A CSV field: quoted when it must be, and inert in a spreadsheet (a leading = + - @ would
// start a formula).
QString csvField(QString text)
{
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
        text.contains(u'\r') || text.contains(u'\''))
        return u'"' + text.replace(u'"', u"\"\""_s) + u'"';
    return text;
}

struct Row
{
    int framework = 0;
    ExactScore score;
    bool partial = false;
    int rank = 0; // 0: no score
};

} // namespace

bool RankCommand::parse(const QCommandLineParser &parser, Request *request)
{
    if (parser.isSet(u"data"_s))
        request->dataFile = parser.value(u"data"_s);
    if (parser.isSet(u"weights"_s)) {
        static const QRegularExpression entry(u"^\\s*([^=\\s]+)\\s*=\\s*([0-9]+)\\s*$"_s);
        const QString text = parser.value(u"weights"_s);
        for (const QString &part : text.split(u',')) {
            const QRegularExpressionMatch match = entry.match(part);
            const int weight = match.hasMatch() ? match.captured(2).toInt() : -1;
            if (!match.hasMatch() || weight < 0 || weight > DataSet::MaxWeight) {
                printError(tr("versus: bad --weights entry \"%1\": give ID=W with W a whole "
                              "number from 0 to %2, e.g. performance=3,ecosystem=0\n")
                               .arg(part.trimmed())
                               .arg(DataSet::MaxWeight));
                return false;
            }
            request->weights.insert(match.captured(1), weight);
        }
    }
    request->samples = RankOdds::DefaultSamples;
    if (parser.isSet(u"samples"_s)) {
        bool ok = false;
        const qint64 samples = parser.value(u"samples"_s).trimmed().toLongLong(&ok);
        if (!ok || samples < 1 || samples > RankOdds::MaxSamples) {
            printError(tr("versus: bad --samples \"%1\": give a whole number from 1 to %2\n")
                           .arg(parser.value(u"samples"_s))
                           .arg(RankOdds::MaxSamples));
            return false;
        }
        request->samples = int(samples);
    }
    if (parser.isSet(u"format"_s)) {
        const QString format = parser.value(u"format"_s).toLower();
        if (format == u"text"_s)
            request->format = Format::Text;
        else if (format == u"csv"_s)
            request->format = Format::Csv;
        else if (format == u"json"_s)
            request->format = Format::Json;
        else {
            printError(tr("versus: bad --format \"%1\": give text, csv or json\n")
                           .arg(parser.value(u"format"_s)));
            return false;
        }
    }
    return true;
}

int RankCommand::run(const Request &request, DataSet data)
{
    // The metric ids of --weights can be checked only against the data.
    QStringList unknown;
    for (auto it = request.weights.cbegin(); it != request.weights.cend(); ++it)
        if (data.metricIndex(it.key()) < 0)
            unknown << u'"' + it.key() + u'"';
    if (!unknown.isEmpty()) {
        QStringList known;
        for (const Metric &metric : data.metrics)
            known << metric.id;
        printError(tr("versus: unknown metric id %1 in --weights; the ids are: %2\n")
                       .arg(unknown.join(u", "_s), known.join(u", "_s)));
        return CommandLine::UsageError;
    }
    QList<int> weights;
    for (const Metric &metric : data.metrics)
        weights << request.weights.value(
            metric.id, data.weights ? data.weights->value(metric.id, DataSet::DefaultWeight)
                                    : DataSet::DefaultWeight);
    const RankInput input = RankInput::fromDataSet(data, weights);
    const RankOdds::Result odds = RankOdds::compute(input, request.samples);
    const WinnerSensitivity sensitivity(input);

    // Rank order: the exact score, highest first; ties in the data's order, with the same
    // rank (competition ranking: 1, 1, 3); frameworks without a score last, unranked.
    QList<Row> rows;
    for (int f = 0; f < input.frameworkCount(); ++f) {
        Row row{f, RankOdds::score(input, f), false, 0};
        for (int m = 0; m < input.metricCount(); ++m)
            row.partial =
                row.partial || (weights.at(m) > 0 && input.score.at(input.cell(f, m)) <= 0);
        row.partial = row.partial && row.score.valid();
        rows << row;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.score.valid() != b.score.valid())
            return a.score.valid();
        return a.score.valid() && a.score.key() > b.score.key();
    });
    for (int i = 0; i < rows.size(); ++i)
        if (rows.at(i).score.valid())
            rows[i].rank = i > 0 && rows.at(i - 1).score.valid() &&
                                   rows.at(i - 1).score.key() == rows.at(i).score.key()
                               ? rows.at(i - 1).rank
                               : i + 1;
    const auto scoreText = [](const Row &row) {
        return row.score.valid() ? QString::number(row.score.value(), 'f', 1) : QString();
    };
    const auto idsOf = [&](const QList<int> &frameworks) {
        QJsonArray ids;
        for (const int f : frameworks)
            ids << input.ids.at(f);
        return ids;
    };

    QString out;
    switch (request.format) {
    case Format::Json: {
        QJsonObject weightsObject;
        for (int m = 0; m < input.metricCount(); ++m)
            weightsObject.insert(input.metricIds.at(m), weights.at(m));
        QJsonArray frameworks;
        for (const Row &row : rows) {
            QJsonObject object;
            object.insert(u"id"_s, input.ids.at(row.framework));
            object.insert(u"name"_s, input.names.at(row.framework));
            object.insert(u"score"_s,
                          row.score.valid() ? QJsonValue(scoreText(row).toDouble()) : QJsonValue());
            object.insert(u"rank"_s, row.rank > 0 ? QJsonValue(row.rank) : QJsonValue());
            object.insert(u"partial"_s, row.partial);
            object.insert(u"pFirst"_s, odds.first.at(row.framework));
            object.insert(u"pTop3"_s, odds.top3.at(row.framework));
            frameworks << object;
        }
        QJsonArray metrics;
        for (int m = 0; m < input.metricCount(); ++m) {
            const WinnerSensitivity::MetricSensitivity &s = sensitivity.metrics().at(m);
            QJsonObject object;
            object.insert(u"metric"_s, input.metricIds.at(m));
            object.insert(u"weight"_s, weights.at(m));
            QJsonValue weight;
            if (s.weight)
                weight = QJsonObject{{u"to"_s, s.weight->to},
                                     {u"onwards"_s, s.weight->onwards},
                                     {u"leaders"_s, idsOf(s.weight->leaders)}};
            object.insert(u"weightChange"_s, weight);
            QJsonValue rating;
            if (s.rating)
                rating = QJsonObject{{u"framework"_s, input.ids.at(s.rating->framework)},
                                     {u"from"_s, s.rating->from},
                                     {u"to"_s, s.rating->to},
                                     {u"leaders"_s, idsOf(s.rating->leaders)}};
            object.insert(u"ratingChange"_s, rating);
            metrics << object;
        }
        const QJsonObject root{{u"weights"_s, weightsObject},
                               {u"frameworks"_s, frameworks},
                               {u"sensitivity"_s, metrics},
                               {u"leaders"_s, idsOf(sensitivity.leaders())},
                               {u"sentence"_s, sensitivity.sentence()},
                               {u"draws"_s, odds.draws},
                               {u"exact"_s, odds.exact}};
        out = QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        break;
    }
    case Format::Csv:
        out = u"rank,id,name,score,partial,pFirst,pTop3\n"_s;
        for (const Row &row : rows)
            out += (row.rank > 0 ? QString::number(row.rank) : QString()) + u',' +
                   csvField(input.ids.at(row.framework)) + u',' +
                   csvField(input.names.at(row.framework)) + u',' + scoreText(row) + u',' +
                   (row.partial ? u"true"_s : u"false"_s) + u',' +
                   QString::number(odds.first.at(row.framework), 'g', 6) + u',' +
                   QString::number(odds.top3.at(row.framework), 'g', 6) + u'\n';
        break;
    case Format::Text: {
        // Plain columns; the name last, as it may be long.
        out = u"rank  score  P(first)  P(top 3)  name (id)\n"_s;
        for (const Row &row : rows) {
            const QString score = scoreText(row) + (row.partial ? u"*"_s : u" "_s);
            out += QString(row.rank > 0 ? QString::number(row.rank) : u"-"_s).leftJustified(6) +
                   QString(row.score.valid() ? score : u"-"_s).leftJustified(7) +
                   QString(QString::number(odds.first.at(row.framework) * 100, 'f', 1) + u" %"_s)
                       .rightJustified(8) +
                   u"  "_s +
                   QString(QString::number(odds.top3.at(row.framework) * 100, 'f', 1) + u" %"_s)
                       .rightJustified(8) +
                   u"  "_s + input.names.at(row.framework) + u" ("_s + input.ids.at(row.framework) +
                   u")\n"_s;
        }
        out += u"\n"_s + sensitivity.sentence() + u'\n';
        for (int m = 0; m < input.metricCount(); ++m) {
            const WinnerSensitivity::MetricSensitivity &s = sensitivity.metrics().at(m);
            out += u"  "_s + input.metricNames.at(m) + u" (weight "_s +
                   QString::number(weights.at(m)) + u"): "_s;
            QStringList parts;
            if (s.weight)
                parts << sensitivity.describeWeightChange(*s.weight);
            if (s.rating)
                parts << sensitivity.describeRatingChange(*s.rating);
            out += parts.isEmpty() ? u"no change of its weight or of one rating moves the "
                                     u"first place"_s
                                   : parts.join(u"; "_s);
            out += u'\n';
        }
        if (odds.draws <= 1)
            out += u"Chances exact: no rating that counts has a range.\n"_s;
        else if (odds.exact)
            out += u"Chances exact, over %1 combinations of the ranges.\n"_s.arg(odds.draws);
        else
            out += u"Chances from %1 random draws of the ranges.\n"_s.arg(odds.draws);
        break;
    }
    }
    const QByteArray bytes = out.toUtf8();
    const bool written =
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size()) &&
        std::fflush(stdout) == 0;
    if (!written) {
        printError(tr("versus: could not write the ranking to standard output\n"));
        return CommandLine::WriteError;
    }
    return CommandLine::Success;
}

} // namespace Versus
