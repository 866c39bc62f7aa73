// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableExporter.h"

#include "FrameworkModel.h"
#include "JsonWriter.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QList>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

// The table as shown, read once from the model; each format only lays it out.
struct Cell
{
    QString text;                   // a rating's level label (or "Not rated"), or a fact's text
    std::optional<int> score;       // only for a rated metric
    std::optional<double> weighted; // only in the weighted-score row, when there is one
    bool partial = false;           // the weighted score leaves out unrated metrics
};

struct Row
{
    bool isMetric = false;
    bool isScore = false; // the weighted score
    QString id;           // a metric's id, or the data-file key of a fact
    QString name;
    int levelCount = 0; // metrics only
    QList<Cell> cells;  // one a framework
};

struct Column
{
    QString id;
    QString name;
};

struct Table
{
    QString title;
    QDate checked; // when the data set's facts were last checked; null when it does not say
    QList<Column> frameworks;
    QList<Row> rows;
};

// The key each fact has in a data file: a name that, unlike the translated row name, does not
// change with the language, for programs that read the JSON.
QString factKey(Fact fact)
{
    switch (fact) {
    case Fact::Developer:
        return u"developer"_s;
    case Fact::FirstRelease:
        return u"firstRelease"_s;
    case Fact::LastRelease:
        return u"lastRelease"_s;
    case Fact::License:
        return u"license"_s;
    case Fact::Language:
        return u"language"_s;
    case Fact::Apis:
        return u"apis"_s;
    case Fact::Status:
        return u"status"_s;
    }
    return {};
}

// The date as the data file writes it, YYYY-MM-DD: the same in every language.
QString checkedText(QDate date)
{
    return date.toString(Qt::ISODate);
}

Table readTable(const FrameworkModel &model)
{
    Table table;
    // The title is the one thing the model has no role for.
    table.title = model.dataSet().title;
    table.checked = model.dataSet().checked;
    const int frameworkCount = model.rowCount();
    for (int row = 0; row < frameworkCount; ++row)
        table.frameworks << Column{model.headerData(row, Qt::Vertical, Role::Id).toString(),
                                   model.headerData(row, Qt::Vertical).toString()};

    for (int metric = 0; metric < model.metricCount(); ++metric) {
        const int column = model.metricColumn(metric);
        Row row;
        row.isMetric = true;
        row.id = model.headerData(column, Qt::Horizontal, Role::Id).toString();
        row.name = model.headerData(column, Qt::Horizontal).toString();
        row.levelCount = model.headerData(column, Qt::Horizontal, Role::LevelCount).toInt();
        for (int framework = 0; framework < frameworkCount; ++framework) {
            const QModelIndex index = model.index(framework, column);
            const QVariant score = index.data(Role::Score);
            row.cells << Cell{index.data().toString(),
                              score.isValid() ? std::optional<int>(score.toInt()) : std::nullopt,
                              std::nullopt, false};
        }
        table.rows << row;
    }
    {
        // The weighted score, as the table shows it ("7.5*" when partial) and as a number.
        const int column = model.scoreColumn();
        Row row;
        row.isScore = true;
        row.id = u"weightedScore"_s;
        row.name = model.headerData(column, Qt::Horizontal).toString();
        for (int framework = 0; framework < frameworkCount; ++framework) {
            const QModelIndex index = model.index(framework, column);
            const QVariant value = index.data(Role::WeightedScore);
            Cell cell{index.data().toString(), std::nullopt, std::nullopt, false};
            if (value.isValid())
                cell.weighted = value.toDouble();
            cell.partial = index.data(Role::ScorePartial).toBool();
            row.cells << cell;
        }
        table.rows << row;
    }
    for (const Fact fact : FactOrder) {
        const int column = model.factColumn(fact);
        Row row;
        row.id = factKey(fact);
        row.name = model.headerData(column, Qt::Horizontal).toString();
        for (int framework = 0; framework < frameworkCount; ++framework)
            row.cells << Cell{model.index(framework, column).data().toString(), std::nullopt,
                              std::nullopt, false};
        table.rows << row;
    }
    return table;
}

// "4/5": the score together with the scale it is on, so that a 4 out of 5 cannot be read as
// a 4 out of 10.
QString scoreOutOf(int score, int levelCount)
{
    return QString::number(score) + u'/' + QString::number(levelCount);
}

// --- CSV (RFC 4180) ---

// Whether `field` is a plain decimal number ("4", "-1", "3.5"), which a spreadsheet reads as
// the number it is.
bool isPlainNumber(const QString &field)
{
    qsizetype i = field.startsWith(u'-') || field.startsWith(u'+') ? 1 : 0;
    const qsizetype digits = i;
    while (i < field.size() && field[i].isDigit() && field[i].unicode() < 0x80)
        ++i;
    if (i == digits)
        return false;
    if (i < field.size() && field[i] == u'.') {
        const qsizetype fraction = ++i;
        while (i < field.size() && field[i].isDigit() && field[i].unicode() < 0x80)
            ++i;
        if (i == fraction)
            return false;
    }
    return i == field.size();
}

QString csvField(const QString &text)
{
    // A cell that starts like a formula (=, +, -, @, or a tab or carriage return before one)
    // would be run as one by a spreadsheet: `=HYPERLINK("http://…")` as a framework's name
    // becomes a live link. A leading apostrophe makes it text, as spreadsheets themselves
    // mark text that looks like a formula (OWASP, "CSV injection"); plain numbers stay numbers.
    static constexpr QStringView FormulaStarts = u"=+-@\t\r";
    QString field = text;
    if (!field.isEmpty() && FormulaStarts.contains(field.front()) && !isPlainNumber(field))
        field.prepend(u'\'');
    const bool quote = field.contains(u',') || field.contains(u'"') || field.contains(u'\r') ||
                       field.contains(u'\n');
    if (!quote)
        return field;
    QString doubled = field;
    doubled.replace(u'"', u"\"\""_s);
    return u'"' + doubled + u'"';
}

QString csvRecord(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted << csvField(field);
    return quoted.join(u',') + u"\r\n"_s;
}

QByteArray toCsv(const Table &table)
{
    QStringList header{TableExporter::tr("Metric")};
    for (const Column &framework : table.frameworks)
        header << framework.name << TableExporter::tr("%1 score").arg(framework.name);
    QString out = csvRecord(header);

    for (const Row &row : table.rows) {
        QStringList fields{row.name};
        for (const Cell &cell : row.cells) {
            // An empty score, not 0: 0 would read as a level below the lowest.
            QString number = cell.score ? QString::number(*cell.score) : QString();
            if (cell.weighted) // one decimal, as shown; the text column says whether partial
                number = QString::number(*cell.weighted, 'f', 1);
            fields << cell.text << number;
        }
        out += csvRecord(fields);
    }
    // Last, as a row like the facts, so that every record keeps the header's fields.
    if (table.checked.isValid()) {
        QStringList fields{TableExporter::tr("Facts checked")};
        for (qsizetype i = 0; i < table.frameworks.size(); ++i)
            fields << checkedText(table.checked) << QString();
        out += csvRecord(fields);
    }
    return out.toUtf8();
}

// --- Markdown (GitHub-flavoured) ---

// One line of text that cannot end a cell early, start a new row, or turn into emphasis, a link
// or an HTML tag: the data is plain text and must read as such.
QString markdownText(const QString &text, bool inHeading = false)
{
    QString out;
    out.reserve(text.size());
    bool lastWasBreak = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool lineBreak =
            u == u'\r' || u == u'\n' || u == QChar::LineSeparator || u == QChar::ParagraphSeparator;
        if (lineBreak) {
            if (!lastWasBreak) // CR LF is one break, one space
                out += u' ';
            lastWasBreak = true;
            continue;
        }
        lastWasBreak = false;
        switch (u) {
        case u'\\':
        case u'|':
        case u'*':
        case u'_':
        case u'`':
        case u'~':
        case u'[':
        case u']':
        case u'<':
        case u'>':
        case u'&':
            out += u'\\';
            break;
        case u'#':
            // Only a heading can lose a trailing "#" (read as a closing sequence); in a cell
            // "C#" stays as people write it.
            if (inHeading)
                out += u'\\';
            break;
        default:
            break;
        }
        out += c;
    }
    return out;
}

QString markdownRow(const QStringList &cells)
{
    return u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
}

QByteArray toMarkdown(const Table &table)
{
    QString out;
    if (!table.title.isEmpty())
        out += u"# "_s + markdownText(table.title, true) + u"\n\n"_s;
    if (table.checked.isValid())
        out +=
            markdownText(TableExporter::tr("Facts checked: %1").arg(checkedText(table.checked))) +
            u"\n\n"_s;

    QStringList header{markdownText(TableExporter::tr("Metric"))};
    for (const Column &framework : table.frameworks)
        header << markdownText(framework.name);
    out += markdownRow(header);
    out += markdownRow(QStringList(header.size(), u"---"_s));

    for (const Row &row : table.rows) {
        QStringList cells{markdownText(row.name)};
        for (const Cell &cell : row.cells) {
            QString text = markdownText(cell.text);
            if (cell.score)
                text += u" ("_s + scoreOutOf(*cell.score, row.levelCount) + u')';
            cells << text;
        }
        out += markdownRow(cells);
    }
    return out.toUtf8();
}

// --- HTML ---

QByteArray toHtml(const Table &table)
{
    const QString title =
        table.title.isEmpty() ? TableExporter::tr("Framework comparison") : table.title;
    QString out;
    out += u"<!DOCTYPE html>\n"
           u"<html>\n"
           u"<head>\n"
           u"<meta charset=\"utf-8\">\n"
           u"<title>"_s +
           title.toHtmlEscaped() +
           u"</title>\n"
           u"<style>\n"
           u"table { border-collapse: collapse; }\n"
           u"th, td { border: 1px solid #999; padding: 0.25em 0.5em; text-align: left; "
           u"vertical-align: top; }\n"
           u".score { color: #555; }\n"
           u".not-rated { font-style: italic; }\n"
           u"</style>\n"
           u"</head>\n"
           u"<body>\n"_s;
    if (!table.title.isEmpty())
        out += u"<h1>"_s + table.title.toHtmlEscaped() + u"</h1>\n"_s;
    if (table.checked.isValid())
        out +=
            u"<p>"_s +
            TableExporter::tr("Facts checked: %1").arg(checkedText(table.checked)).toHtmlEscaped() +
            u"</p>\n"_s;

    out += u"<table>\n<thead>\n<tr><th scope=\"col\">"_s +
           TableExporter::tr("Metric").toHtmlEscaped() + u"</th>"_s;
    for (const Column &framework : table.frameworks)
        out += u"<th scope=\"col\">"_s + framework.name.toHtmlEscaped() + u"</th>"_s;
    out += u"</tr>\n</thead>\n<tbody>\n"_s;

    for (const Row &row : table.rows) {
        out += u"<tr><th scope=\"row\">"_s + row.name.toHtmlEscaped() + u"</th>"_s;
        for (const Cell &cell : row.cells) {
            const QString text = cell.text.toHtmlEscaped();
            if (cell.score) {
                // The score twice: beside the label for people, in data-score for programs.
                out += u"<td data-score=\""_s + QString::number(*cell.score) + u"\">"_s + text +
                       u" <span class=\"score\">("_s + scoreOutOf(*cell.score, row.levelCount) +
                       u")</span></td>"_s;
            } else if (row.isMetric) {
                out += u"<td class=\"not-rated\">"_s + text + u"</td>"_s;
            } else if (cell.weighted) {
                out += u"<td data-score=\""_s + QString::number(*cell.weighted, 'f', 1) +
                       (cell.partial ? u"\" class=\"partial\">"_s : u"\">"_s) + text + u"</td>"_s;
            } else {
                out += u"<td>"_s + text + u"</td>"_s;
            }
        }
        out += u"</tr>\n"_s;
    }
    out += u"</tbody>\n</table>\n</body>\n</html>\n"_s;
    return out.toUtf8();
}

// --- JSON ---

// Through the data files' writer (JsonWriter), which lets a row's "kind" and "name" come before
// its cells (there may be thousands), and a cell fit on one line.
QByteArray toJson(const Table &table)
{
    using Layout = JsonWriter::Layout;
    JsonWriter w;
    w.beginObject();
    w.key(u"title");
    w.string(table.title);
    if (table.checked.isValid()) {
        w.key(u"checked");
        w.string(checkedText(table.checked));
    }
    w.key(u"frameworks");
    w.beginArray();
    for (const Column &framework : table.frameworks) {
        w.element();
        w.beginObject(Layout::Inline);
        w.key(u"id");
        w.string(framework.id);
        w.key(u"name");
        w.string(framework.name);
        w.endObject();
    }
    w.endArray();
    w.key(u"rows");
    w.beginArray();
    for (const Row &row : table.rows) {
        w.element();
        w.beginObject();
        w.key(u"kind");
        w.string(row.isMetric ? u"metric" : (row.isScore ? u"score" : u"fact"));
        w.key(u"id");
        w.string(row.id);
        w.key(u"name");
        w.string(row.name);
        if (row.isMetric) {
            w.key(u"levels");
            w.integer(row.levelCount);
        }
        w.key(u"cells");
        w.beginArray();
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            const Cell &cell = row.cells.at(i);
            w.element();
            w.beginObject(Layout::Inline);
            w.key(u"framework");
            w.string(table.frameworks.at(i).id);
            if (row.isMetric) {
                // null, not 0: "not rated" is no level at all.
                w.key(u"label");
                w.string(cell.text);
                w.key(u"score");
                cell.score ? w.integer(*cell.score) : w.null();
            } else if (row.isScore) {
                // The value unrounded, for programs; the text as shown.
                w.key(u"text");
                w.string(cell.text);
                w.key(u"value");
                cell.weighted ? w.number(*cell.weighted) : w.null();
                w.key(u"partial");
                w.boolean(cell.partial);
            } else {
                w.key(u"text");
                w.string(cell.text);
            }
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.data() + '\n';
}

} // namespace

std::optional<TableExporter::Format> TableExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return Format::Csv;
    if (suffix == u"md" || suffix == u"markdown")
        return Format::Markdown;
    if (suffix == u"html" || suffix == u"htm")
        return Format::Html;
    if (suffix == u"json")
        return Format::Json;
    return std::nullopt;
}

QStringList TableExporter::nameFilters()
{
    return {tr("CSV (*.csv)"), tr("Markdown (*.md *.markdown)"), tr("HTML (*.html *.htm)"),
            tr("JSON (*.json)")};
}

QByteArray TableExporter::toBytes(const FrameworkModel &model, Format format)
{
    const Table table = readTable(model);
    switch (format) {
    case Format::Csv:
        return toCsv(table);
    case Format::Markdown:
        return toMarkdown(table);
    case Format::Html:
        return toHtml(table);
    case Format::Json:
        return toJson(table);
    }
    return {};
}

WriteResult TableExporter::writeFile(const FrameworkModel &model, const QString &path)
{
    const auto fail = [&path](const QString &reason) {
        return WriteResult{false, tr("Could not export the table to \"%1\": %2")
                                      .arg(QDir::toNativeSeparators(path), reason)};
    };
    // Checked before the extension, so that a folder named "export" is called a folder rather
    // than a file of unknown type.
    if (QFileInfo(path).isDir())
        return fail(tr("it is a directory, not a file"));
    const std::optional<Format> format = formatForPath(path);
    if (!format)
        return fail(tr("unknown file type; the name must end in .csv, .md, .markdown, .html, "
                       ".htm or .json"));

    if (const QString reason = DataWriter::replaceFile(path, toBytes(model, *format));
        !reason.isEmpty())
        return fail(reason);
    return {true, QString()};
}

} // namespace Versus
