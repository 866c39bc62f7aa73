// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiffCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "DataDiff.h"
#include "DataReader.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonDocument>

#include <cstdio>
#include <future>

using namespace Qt::StringLiterals;

namespace Versus {

using Console::printTo;

namespace {

// Text from a data file in a Markdown table cell, which is read as inline text only: the marks
// that start emphasis, code, links, HTML, entities, strikethrough or a new column are escaped,
// so that no name or note becomes markup; a line break would end the row, so it is a space.
QString markdown(const QString &text)
{
    static const QString special = u"\\`*_[]<>!&|~"_s;
    QString out;
    out.reserve(text.size() + text.size() / 4);
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            out += u' ';
        else if (special.contains(c))
            out += u'\\' + QString(c);
        else
            out += c;
    }
    return out;
}

// The names and metrics of both data sets, by id: the new data's first.
class Names
{
public:
    Names(const DataSet &oldData, const DataSet &newData)
    {
        for (const DataSet *data : {&oldData, &newData}) {
            for (const Framework &framework : data->frameworks)
                m_frameworks.insert(framework.id, framework.name);
            for (const Metric &metric : data->metrics)
                m_metrics.insert(metric.id, metric.name);
        }
        for (const Metric &metric : oldData.metrics)
            m_oldMetrics.insert(metric.id, &metric);
        for (const Metric &metric : newData.metrics)
            m_newMetrics.insert(metric.id, &metric);
    }
    QString framework(const QString &id) const { return m_frameworks.value(id); }
    QString metric(const QString &id) const { return m_metrics.value(id); }
    // "High (4)", "High (4, 3–5)" with a range, or "not rated".
    QString score(const QString &metricId, const std::optional<int> &score,
                  const std::optional<DataDiff::Range> &range, bool old) const
    {
        if (!score)
            return u"not rated"_s;
        const Metric *metric = (old ? m_oldMetrics : m_newMetrics).value(metricId);
        const QString label = metric ? metric->levelLabel(*score) : QString();
        QString inner = QString::number(*score);
        if (range)
            inner +=
                u", "_s + QString::number(range->first) + u'–' + QString::number(range->second);
        return label.isEmpty() ? inner : label + u" ("_s + inner + u')';
    }

private:
    QHash<QString, QString> m_frameworks;
    QHash<QString, QString> m_metrics;
    QHash<QString, const Metric *> m_oldMetrics;
    QHash<QString, const Metric *> m_newMetrics;
};

QString factValueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return u"(none)"_s;
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    QStringList items;
    for (const QJsonValue &item : value.toArray())
        items << item.toString();
    return items.join(u", "_s);
}

QString factPlace(const DataDiff::FactChange &fact, const Names &names, bool md)
{
    const auto text = [md](const QString &s) -> QString { return md ? markdown(s) : s; };
    const auto id = [md](const QString &s) -> QString { return md ? u'`' + s + u'`' : s; };
    switch (fact.scope) {
    case DataDiff::FactChange::Scope::DataSet:
        return u"data set"_s;
    case DataDiff::FactChange::Scope::Metric:
        return u"metric "_s + text(names.metric(fact.id)) + u" ("_s + id(fact.id) + u')';
    case DataDiff::FactChange::Scope::Framework:
        return text(names.framework(fact.id)) + u" ("_s + id(fact.id) + u')';
    }
    return {};
}

QString formatText(const DataDiff &diff, const Names &names)
{
    if (diff.isEmpty())
        return u"No changes.\n"_s;
    QString out;
    const auto named = [](const QString &name, const QString &id) -> QString {
        return name + u" ("_s + id + u')';
    };
    const auto list = [&](const QString &title, const QStringList &ids, bool frameworks) {
        if (ids.isEmpty())
            return;
        out += title + u":\n"_s;
        for (const QString &id : ids)
            out += u"  "_s + named(frameworks ? names.framework(id) : names.metric(id), id) + u'\n';
    };
    list(u"Frameworks added"_s, diff.addedFrameworks, true);
    list(u"Frameworks removed"_s, diff.removedFrameworks, true);
    list(u"Metrics added"_s, diff.addedMetrics, false);
    list(u"Metrics removed"_s, diff.removedMetrics, false);
    if (!diff.rescaledMetrics.isEmpty()) {
        out += u"Metrics re-scaled:\n"_s;
        for (const DataDiff::Rescaled &metric : diff.rescaledMetrics)
            out += u"  "_s + named(names.metric(metric.metric), metric.metric) + u": "_s +
                   metric.oldLevels.join(u", "_s) + u" → "_s + metric.newLevels.join(u", "_s) +
                   u'\n';
    }
    if (!diff.ratings.isEmpty()) {
        out += u"Ratings:\n"_s;
        for (const DataDiff::RatingChange &r : diff.ratings)
            out += u"  "_s + named(names.framework(r.framework), r.framework) + u" — "_s +
                   names.metric(r.metric) + u": "_s +
                   names.score(r.metric, r.oldScore, r.oldRange, true) + u" → "_s +
                   names.score(r.metric, r.newScore, r.newRange, false) + u'\n';
    }
    if (!diff.facts.isEmpty()) {
        out += u"Facts:\n"_s;
        for (const DataDiff::FactChange &fact : diff.facts)
            out += u"  "_s + factPlace(fact, names, false) + u' ' + fact.key + u": "_s +
                   factValueText(fact.oldValue) + u" → "_s + factValueText(fact.newValue) + u'\n';
    }
    if (!diff.notes.isEmpty()) {
        out += u"Notes:\n"_s;
        for (const DataDiff::NoteChange &note : diff.notes) {
            out += u"  "_s + named(names.framework(note.framework), note.framework) + u" — "_s +
                   names.metric(note.metric) + u":\n"_s;
            // A note may run over lines: each line indented under its side.
            const auto side = [&](const QString &label, const std::optional<QString> &text) {
                QString body = text ? *text : u"(no rating)"_s;
                out += u"    "_s + label + body.replace(u'\n', u"\n         "_s) + u'\n';
            };
            side(u"old: "_s, note.oldNote);
            side(u"new: "_s, note.newNote);
        }
    }
    return out;
}

QString formatMarkdown(const DataDiff &diff, const Names &names)
{
    if (diff.isEmpty())
        return u"No changes.\n"_s;
    QString out;
    const auto named = [](const QString &name, const QString &id) -> QString {
        return markdown(name) + u" (`"_s + id + u"`)"_s;
    };
    const auto section = [&](const QString &title, const QString &header, const QString &rule) {
        out += (out.isEmpty() ? u""_s : u"\n"_s) + u"### "_s + title + u"\n\n"_s + header + u'\n' +
               rule + u'\n';
    };
    if (!diff.addedFrameworks.isEmpty() || !diff.removedFrameworks.isEmpty()) {
        section(u"Frameworks"_s, u"| Change | Framework |"_s, u"|---|---|"_s);
        for (const QString &id : diff.addedFrameworks)
            out += u"| added | "_s + named(names.framework(id), id) + u" |\n"_s;
        for (const QString &id : diff.removedFrameworks)
            out += u"| removed | "_s + named(names.framework(id), id) + u" |\n"_s;
    }
    if (!diff.addedMetrics.isEmpty() || !diff.removedMetrics.isEmpty() ||
        !diff.rescaledMetrics.isEmpty()) {
        section(u"Metrics"_s, u"| Change | Metric | Old levels | New levels |"_s,
                u"|---|---|---|---|"_s);
        for (const QString &id : diff.addedMetrics)
            out += u"| added | "_s + named(names.metric(id), id) + u" | | |\n"_s;
        for (const QString &id : diff.removedMetrics)
            out += u"| removed | "_s + named(names.metric(id), id) + u" | | |\n"_s;
        for (const DataDiff::Rescaled &metric : diff.rescaledMetrics)
            out += u"| re-scaled | "_s + named(names.metric(metric.metric), metric.metric) +
                   u" | "_s + markdown(metric.oldLevels.join(u", "_s)) + u" | "_s +
                   markdown(metric.newLevels.join(u", "_s)) + u" |\n"_s;
    }
    if (!diff.ratings.isEmpty()) {
        section(u"Ratings"_s, u"| Framework | Metric | Old | New | |"_s,
                u"|---|---|---|---|---|"_s);
        for (const DataDiff::RatingChange &r : diff.ratings) {
            QString direction;
            if (r.oldScore && r.newScore && *r.newScore != *r.oldScore)
                direction = *r.newScore > *r.oldScore ? u"▲"_s : u"▼"_s;
            else if (!r.oldScore)
                direction = u"added"_s;
            else if (!r.newScore)
                direction = u"removed"_s;
            else
                direction = u"range"_s;
            out += u"| "_s + named(names.framework(r.framework), r.framework) + u" | "_s +
                   markdown(names.metric(r.metric)) + u" | "_s +
                   markdown(names.score(r.metric, r.oldScore, r.oldRange, true)) + u" | "_s +
                   markdown(names.score(r.metric, r.newScore, r.newRange, false)) + u" | "_s +
                   direction + u" |\n"_s;
        }
    }
    if (!diff.facts.isEmpty()) {
        section(u"Facts"_s, u"| Of | Fact | Old | New |"_s, u"|---|---|---|---|"_s);
        for (const DataDiff::FactChange &fact : diff.facts)
            out += u"| "_s + factPlace(fact, names, true) + u" | `"_s + fact.key + u"` | "_s +
                   markdown(factValueText(fact.oldValue)) + u" | "_s +
                   markdown(factValueText(fact.newValue)) + u" |\n"_s;
    }
    if (!diff.notes.isEmpty()) {
        section(u"Notes"_s, u"| Framework | Metric | Old | New |"_s, u"|---|---|---|---|"_s);
        for (const DataDiff::NoteChange &note : diff.notes)
            out += u"| "_s + named(names.framework(note.framework), note.framework) + u" | "_s +
                   markdown(names.metric(note.metric)) + u" | "_s +
                   (note.oldNote ? markdown(*note.oldNote) : u"*no rating*"_s) + u" | "_s +
                   (note.newNote ? markdown(*note.newNote) : u"*no rating*"_s) + u" |\n"_s;
    }
    return out;
}

} // namespace

int DiffCommand::readRequest(const QCommandLineParser &parser, Request *request)
{
    for (const auto *other :
         {"validate", "export-chart", "export-table", "export-report", "import-table", "rank",
          "data", "frameworks", "size", "layout", "weights", "samples", "merge"})
        if (parser.isSet(QString::fromLatin1(other))) {
            printTo(stderr, tr("versus: --diff and --%1 cannot be used together\n")
                                .arg(QString::fromLatin1(other)));
            return CommandLine::UsageError;
        }
    request->oldFile = parser.value(u"diff"_s);
    const QStringList files = parser.positionalArguments();
    if (request->oldFile.isEmpty() || files.isEmpty() || files.first().isEmpty()) {
        printTo(stderr, tr("versus: --diff OLD NEW needs the two data files to compare, e.g. "
                           "versus --diff old.json new.json\n"));
        return CommandLine::UsageError;
    }
    if (files.size() > 1) {
        printTo(stderr,
                tr("versus: --diff compares two files; unexpected \"%1\"\n").arg(files.at(1)));
        return CommandLine::UsageError;
    }
    request->newFile = files.first();
    if (parser.isSet(u"format"_s)) {
        const QString format = parser.value(u"format"_s).toLower();
        if (format == u"text"_s)
            request->format = Format::Text;
        else if (format == u"md"_s || format == u"markdown"_s)
            request->format = Format::Markdown;
        else if (format == u"json"_s)
            request->format = Format::Json;
        else {
            printTo(stderr, tr("versus: bad --format \"%1\" for --diff: give text, md or json\n")
                                .arg(parser.value(u"format"_s)));
            return CommandLine::UsageError;
        }
    }
    return CommandLine::Success;
}

int DiffCommand::run(const Request &request)
{
    // Both files are read and both are reported: a person fixing one learns of the other too.
    // Reading is most of a diff's time, and the two readings share nothing: OLD is read in a
    // thread of its own meanwhile (docs/performance.md, "Diff").
    std::future<ReadResult> oldReading = std::async(
        std::launch::async, [path = request.oldFile] { return DataReader::readFile(path); });
    const ReadResult newResult = DataReader::readFile(request.newFile);
    const ReadResult oldResult = oldReading.get();
    if (!oldResult.ok() || !newResult.ok()) {
        for (const ReadResult *result : {&oldResult, &newResult})
            if (!result->ok())
                printTo(stderr, formatErrors(result->errors, int(result->errors.size())) + u'\n');
        return CommandLine::InvalidData;
    }
    const DataDiff diff = DataDiff::compare(oldResult.data, newResult.data);
    const QByteArray bytes = format(diff, oldResult.data, newResult.data, request.format).toUtf8();
    const bool written =
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size()) &&
        std::fflush(stdout) == 0;
    if (!written) {
        printTo(stderr, tr("versus: could not write the differences to standard output\n"));
        return CommandLine::WriteError;
    }
    return CommandLine::Success;
}

QString DiffCommand::format(const DataDiff &diff, const DataSet &oldData, const DataSet &newData,
                            Format format)
{
    if (format == Format::Json)
        return QString::fromUtf8(QJsonDocument(diff.toJson()).toJson(QJsonDocument::Indented));
    const Names names(oldData, newData);
    return format == Format::Markdown ? formatMarkdown(diff, names) : formatText(diff, names);
}

} // namespace Versus
