// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableImporter.h"

#include "CsvReader.h"
#include "DataReader.h"
#include "DataSetEditor.h"
#include "DataWriter.h"
#include "FactText.h"
#include "FrameworkModel.h"
#include "LevelScales.h"
#include "TableExporter.h"

#include <QDate>
#include <QFileInfo>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

constexpr int MaxErrors = 100;

// What a table's column or row may be, beyond the metrics.
enum class Field
{
    Developer,
    FirstRelease,
    LastRelease,
    License,
    Language,
    Apis,
    Status,
    Homepage,
    Repository
};

// A text in English and in the person's language: a table may have been exported from either.
bool sameText(const QString &text, const QString &english, const QString &translated)
{
    return text.compare(english, Qt::CaseInsensitive) == 0 ||
           text.compare(translated, Qt::CaseInsensitive) == 0;
}

std::optional<Field> fieldNamed(const QString &name)
{
    struct Known
    {
        Field field;
        const char *english;
        QString translated;
    };
    const QList<Known> known{
        {Field::Developer, "Developer", FactText::name(Fact::Developer)},
        {Field::FirstRelease, "First release", FactText::name(Fact::FirstRelease)},
        {Field::LastRelease, "Last release", FactText::name(Fact::LastRelease)},
        {Field::License, "License", FactText::name(Fact::License)},
        {Field::Language, "Core language", FactText::name(Fact::Language)},
        {Field::Apis, "APIs", FactText::name(Fact::Apis)},
        {Field::Status, "Status", FactText::name(Fact::Status)},
        {Field::Homepage, "Homepage", TableImporter::tr("Homepage")},
        {Field::Repository, "Repository", TableImporter::tr("Repository")},
    };
    const QString trimmed = name.trimmed();
    for (const Known &entry : known)
        if (sameText(trimmed, QString::fromLatin1(entry.english), entry.translated))
            return entry.field;
    return std::nullopt;
}

std::optional<int> wholeNumber(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

QString quoted(const QString &text)
{
    return u"“"_s + text + u"”"_s;
}

class Importer
{
public:
    Importer(const QString &fileName, const QString &title) : m_fileName(fileName)
    {
        m_data.title = title;
    }

    ImportResult run(const QList<CsvRow> &rows);

private:
    // The text of cell `column` of `row`, without the export's inert mark; empty when the
    // row is shorter.
    static QString text(const CsvRow &row, qsizetype column)
    {
        return column < row.size() ? TableImporter::withoutInertMark(row.at(column).text)
                                   : QString();
    }
    void error(const CsvCell &cell, const QString &message)
    {
        if (m_errors.size() < MaxErrors)
            m_errors.append({m_fileName, cell.line, cell.column, QString(), message});
    }
    void errorInFile(const QString &message)
    {
        m_errors.append({m_fileName, 0, 0, QString(), message});
    }
    // A cell of `row` in `column` to name in an error: the row's last when it is shorter.
    static const CsvCell &placeOf(const CsvRow &row, qsizetype column)
    {
        return row.at(std::min(column, row.size() - 1));
    }
    bool checkWidth(const CsvRow &row, qsizetype headerSize);
    QString uniqueId(const QString &name, const QString &fallback, QSet<QString> *taken) const;
    void setField(Framework *framework, Field field, const QString &value, const CsvCell &cell,
                  bool exported);

    void readExported(const QList<CsvRow> &rows);
    void readSheet(const QList<CsvRow> &rows);
    void addMetricColumn(const QList<CsvRow> &rows, qsizetype column, const QString &name);
    QStringList levelsFor(const QMap<int, QString> &labels) const;
    void checkScores(const CsvRow &scoreRow);

    QString m_fileName;
    DataSet m_data;
    DataErrors m_errors;
    QStringList m_warnings;
};

bool isExportHeader(const CsvRow &header)
{
    if (header.size() % 2 == 0)
        return false;
    const QString first = TableImporter::withoutInertMark(header.first().text);
    if (!sameText(first, u"Metric"_s, TableExporter::tr("Metric")))
        return false;
    for (qsizetype i = 1; i + 1 < header.size(); i += 2) {
        const QString name = TableImporter::withoutInertMark(header.at(i).text);
        const QString score = TableImporter::withoutInertMark(header.at(i + 1).text);
        if (score != name + u" score"_s && score != TableExporter::tr("%1 score").arg(name))
            return false;
    }
    return true;
}

ImportResult Importer::run(const QList<CsvRow> &rows)
{
    if (rows.isEmpty()) {
        errorInFile(TableImporter::tr("the table is empty; it needs a header row and a row per "
                                      "framework"));
    } else if (isExportHeader(rows.first())) {
        readExported(rows);
    } else {
        readSheet(rows);
    }
    if (m_errors.isEmpty()) {
        if (m_data.metrics.isEmpty())
            errorInFile(TableImporter::tr("no column holds ratings: a metric needs whole numbers "
                                          "from 1 to 10 or the labels of a scale such as Very "
                                          "low … Very high"));
        else if (m_data.metrics.size() > DataReader::MaxMetrics)
            errorInFile(TableImporter::tr("there can be at most %1 metrics, found %2")
                            .arg(DataReader::MaxMetrics)
                            .arg(m_data.metrics.size()));
        else if (m_data.frameworks.size() > DataReader::MaxFrameworks)
            errorInFile(TableImporter::tr("there can be at most %1 frameworks, found %2")
                            .arg(DataReader::MaxFrameworks)
                            .arg(m_data.frameworks.size()));
    }
    if (m_errors.isEmpty()) {
        // What is written must open: the reader's rules hold whatever the table held.
        const ReadResult check = DataReader::read(DataWriter::toJson(m_data), m_fileName);
        for (const DataError &problem : check.errors)
            errorInFile(problem.pointer + u": "_s + problem.message);
    }
    ImportResult result;
    if (m_errors.isEmpty())
        result.data = std::move(m_data);
    result.errors = std::move(m_errors);
    result.warnings = std::move(m_warnings);
    return result;
}

bool Importer::checkWidth(const CsvRow &row, qsizetype headerSize)
{
    if (row.size() <= headerSize)
        return true;
    error(row.at(headerSize), TableImporter::tr("this row has %1 cells, the header only %2")
                                  .arg(row.size())
                                  .arg(headerSize));
    return false;
}

QString Importer::uniqueId(const QString &name, const QString &fallback, QSet<QString> *taken) const
{
    QString base = DataSetEditor::idFromName(name);
    if (base.isEmpty())
        base = fallback;
    QString id = base;
    for (int n = 2; taken->contains(id); ++n)
        id = base + u'-' + QString::number(n);
    taken->insert(id);
    return id;
}

void Importer::setField(Framework *framework, Field field, const QString &value,
                        const CsvCell &cell, bool exported)
{
    const QString trimmed = exported ? value : value.trimmed();
    if (trimmed.isEmpty())
        return;
    switch (field) {
    case Field::Developer:
        framework->developer = trimmed;
        return;
    case Field::FirstRelease:
    case Field::LastRelease: {
        const std::optional<int> year = wholeNumber(trimmed);
        if (!year) {
            error(cell, TableImporter::tr("%1 is not a year").arg(quoted(trimmed)));
            return;
        }
        (field == Field::FirstRelease ? framework->firstRelease : framework->lastRelease) = year;
        return;
    }
    case Field::License:
        framework->license = trimmed;
        return;
    case Field::Language:
        framework->language = trimmed;
        return;
    case Field::Apis:
        // The export joins them with ", "; a spreadsheet may use a comma without the space.
        if (exported) {
            framework->apis = trimmed.split(u", "_s);
        } else {
            for (const QString &api : trimmed.split(u','))
                if (!api.trimmed().isEmpty())
                    framework->apis << api.trimmed();
        }
        return;
    case Field::Status:
        framework->status = trimmed;
        return;
    case Field::Homepage:
        framework->homepage = trimmed;
        return;
    case Field::Repository:
        framework->repository = trimmed;
        return;
    }
}

// --- The CSV that TableExporter writes ---

void Importer::readExported(const QList<CsvRow> &rows)
{
    const CsvRow &header = rows.first();
    const qsizetype frameworkCount = (header.size() - 1) / 2;
    QSet<QString> frameworkIds;
    for (qsizetype i = 0; i < frameworkCount; ++i) {
        Framework framework;
        framework.name = text(header, 1 + 2 * i);
        framework.id = uniqueId(framework.name, u"framework"_s, &frameworkIds);
        if (framework.name.trimmed().isEmpty())
            error(header.at(1 + 2 * i), TableImporter::tr("a framework has no name"));
        m_data.frameworks << framework;
    }

    QSet<QString> metricIds;
    std::optional<CsvRow> scoreRow;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const CsvRow &row = rows.at(r);
        if (!checkWidth(row, header.size()))
            continue;
        const QString name = text(row, 0);
        if (!scoreRow &&
            sameText(name, u"Weighted score"_s, FrameworkModel::tr("Weighted score"))) {
            scoreRow = row;
            continue;
        }
        if (scoreRow && sameText(name, u"Facts checked"_s, TableExporter::tr("Facts checked"))) {
            // The data set's `checked` date, written in every framework's column.
            if (frameworkCount > 0) {
                const QString date = text(row, 1).trimmed();
                m_data.checked = QDate::fromString(date, Qt::ISODate);
                if (!m_data.checked.isValid())
                    error(placeOf(row, 1), TableImporter::tr("\"%1\" is not a date written "
                                                             "YYYY-MM-DD")
                                               .arg(date));
            }
            continue;
        }
        if (scoreRow) { // the facts follow the weighted score
            const std::optional<Field> field = fieldNamed(name);
            if (!field) {
                m_warnings << TableImporter::tr("Row %1 (line %2) is no fact Versus knows; it "
                                                "was left out.")
                                  .arg(quoted(name))
                                  .arg(row.first().line);
                continue;
            }
            for (qsizetype i = 0; i < frameworkCount; ++i)
                setField(&m_data.frameworks[i], *field, text(row, 1 + 2 * i),
                         placeOf(row, 1 + 2 * i), true);
            continue;
        }
        if (name.trimmed().isEmpty()) {
            error(row.first(), TableImporter::tr("a metric has no name"));
            continue;
        }
        Metric metric;
        metric.name = name;
        metric.id = uniqueId(name, u"metric"_s, &metricIds);
        QMap<int, QString> labels;
        QHash<qsizetype, int> scores; // by framework
        for (qsizetype i = 0; i < frameworkCount; ++i) {
            const QString label = text(row, 1 + 2 * i);
            const QString scoreText = text(row, 2 + 2 * i).trimmed();
            if (scoreText.isEmpty()) {
                if (!label.isEmpty() &&
                    !sameText(label, u"Not rated"_s, FrameworkModel::tr("Not rated")))
                    error(placeOf(row, 1 + 2 * i),
                          TableImporter::tr("%1 has no score beside it; a rating needs its "
                                            "score, a cell not rated says Not rated")
                              .arg(quoted(label)));
                continue;
            }
            const std::optional<int> score = wholeNumber(scoreText);
            if (!score || *score < 1 || *score > DataReader::MaxLevels) {
                error(placeOf(row, 2 + 2 * i),
                      TableImporter::tr("%1 is no level: a score is a whole number from 1 to %2")
                          .arg(quoted(scoreText))
                          .arg(DataReader::MaxLevels));
                continue;
            }
            if (label.isEmpty()) {
                error(placeOf(row, 1 + 2 * i),
                      TableImporter::tr("score %1 has no level label").arg(*score));
                continue;
            }
            if (labels.contains(*score) && labels.value(*score) != label) {
                error(placeOf(row, 1 + 2 * i),
                      TableImporter::tr("score %1 is %2 here but %3 before in this row")
                          .arg(*score)
                          .arg(quoted(label), quoted(labels.value(*score))));
                continue;
            }
            labels.insert(*score, label);
            scores.insert(i, *score);
        }
        metric.levels = levelsFor(labels);
        for (auto it = scores.cbegin(); it != scores.cend(); ++it)
            m_data.frameworks[it.key()].ratings.insert(metric.id, Rating{it.value(), {}, {}, {}});
        m_data.metrics << metric;
    }
    if (scoreRow && m_errors.isEmpty() && !m_data.metrics.isEmpty())
        checkScores(*scoreRow);
}

// The levels of an exported metric, of which the CSV has only the labels of the scores used.
QStringList Importer::levelsFor(const QMap<int, QString> &labels) const
{
    const int highest = labels.isEmpty() ? 0 : labels.lastKey();
    for (const QStringList &scale : LevelScales::known()) {
        if (highest > scale.size())
            continue;
        const bool fits = std::all_of(labels.keyValueBegin(), labels.keyValueEnd(), [&](auto e) {
            return scale.at(e.first - 1).compare(e.second, Qt::CaseInsensitive) == 0;
        });
        if (!fits)
            continue;
        QStringList levels = scale;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            levels[it.key() - 1] = it.value(); // as the file spells them
        return levels;
    }
    // Levels whose label is not in the file are named by their number.
    QStringList levels = LevelScales::numbered(std::max(5, highest));
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        levels[it.key() - 1] = it.value();
    return levels;
}

// The weights and level counts are not in the CSV: when the scores computed here differ from
// the file's, the person is told rather than left to find out.
void Importer::checkScores(const CsvRow &scoreRow)
{
    FrameworkModel model;
    model.setDataSet(m_data);
    QStringList differing;
    for (int i = 0; i < model.rowCount(); ++i) {
        const QString inFile = text(scoreRow, 1 + 2 * i);
        const QString computed = model.index(i, model.scoreColumn()).data().toString();
        if (inFile != computed)
            differing << m_data.frameworks.at(i).name;
    }
    if (!differing.isEmpty())
        m_warnings << TableImporter::tr("The weighted scores of %1 differ from the file's: the "
                                        "table does not say the weights or how many levels a "
                                        "metric has, so check them in Data Set Properties.")
                          .arg(differing.join(u", "_s));
}

// --- A spreadsheet: a framework per row ---

void Importer::readSheet(const QList<CsvRow> &rows)
{
    const CsvRow &header = rows.first();
    QSet<QString> frameworkIds;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const CsvRow &row = rows.at(r);
        if (!checkWidth(row, header.size()))
            continue;
        Framework framework;
        framework.name = text(row, 0).trimmed();
        if (framework.name.isEmpty())
            error(row.first(), TableImporter::tr("this row has no name in its first column"));
        framework.id = uniqueId(framework.name, u"framework"_s, &frameworkIds);
        m_data.frameworks << framework;
    }
    if (!m_errors.isEmpty())
        return;

    for (qsizetype column = 1; column < header.size(); ++column) {
        const QString name = text(header, column).trimmed();
        if (const std::optional<Field> field = fieldNamed(name)) {
            for (qsizetype r = 1; r < rows.size(); ++r)
                setField(&m_data.frameworks[r - 1], *field, text(rows.at(r), column),
                         placeOf(rows.at(r), column), false);
            continue;
        }
        addMetricColumn(rows, column, name);
    }
}

void Importer::addMetricColumn(const QList<CsvRow> &rows, qsizetype column, const QString &name)
{
    const CsvCell &headerCell = rows.first().at(column);
    QStringList values;
    for (qsizetype r = 1; r < rows.size(); ++r)
        if (const QString value = text(rows.at(r), column).trimmed(); !value.isEmpty())
            values << value;
    const QString shownName =
        name.isEmpty() ? TableImporter::tr("column %1").arg(column + 1) : quoted(name);
    if (values.isEmpty()) {
        m_warnings << TableImporter::tr("Column %1 is empty; it was left out.").arg(shownName);
        return;
    }

    // Ratings when most of the values are levels; then every value must be one. A column of
    // larger numbers (a count, a price) is no rating.
    const qsizetype numbers = std::count_if(values.cbegin(), values.cend(), [](const QString &v) {
        const std::optional<int> number = wholeNumber(v);
        return number && *number >= 1 && *number <= DataReader::MaxLevels;
    });
    std::optional<QStringList> scale;
    if (numbers * 2 <= values.size()) {
        for (const QStringList &candidate : LevelScales::known()) {
            const qsizetype matching =
                std::count_if(values.cbegin(), values.cend(), [&](const QString &v) {
                    return candidate.contains(v, Qt::CaseInsensitive);
                });
            if (matching * 2 > values.size()) {
                scale = candidate;
                break;
            }
        }
        if (!scale) {
            m_warnings << TableImporter::tr("Column %1 holds neither ratings nor a fact Versus "
                                            "knows; it was left out.")
                              .arg(shownName);
            return;
        }
    }
    if (name.isEmpty()) {
        error(headerCell, TableImporter::tr("this column of ratings has no name"));
        return;
    }

    Metric metric;
    metric.name = name;
    QSet<QString> metricIds;
    for (const Metric &other : std::as_const(m_data.metrics))
        metricIds.insert(other.id);
    metric.id = uniqueId(name, u"metric"_s, &metricIds);
    int highest = 0;
    QHash<qsizetype, int> scores; // by row
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QString value = text(rows.at(r), column).trimmed();
        if (value.isEmpty())
            continue; // not rated
        const CsvCell &cell = placeOf(rows.at(r), column);
        if (scale) {
            const auto found = std::find_if(scale->cbegin(), scale->cend(), [&](const QString &l) {
                return l.compare(value, Qt::CaseInsensitive) == 0;
            });
            const qsizetype index = found == scale->cend() ? -1 : found - scale->cbegin();
            if (index < 0) {
                error(cell, TableImporter::tr("%1 is no level of %2, whose levels are %3")
                                .arg(quoted(value), quoted(name), scale->join(u", "_s)));
                continue;
            }
            scores.insert(r, int(index) + 1);
        } else {
            const std::optional<int> number = wholeNumber(value);
            if (!number || *number < 1 || *number > DataReader::MaxLevels) {
                error(cell, TableImporter::tr("%1 is no level of %2: a level is a whole number "
                                              "from 1 to %3")
                                .arg(quoted(value), quoted(name))
                                .arg(DataReader::MaxLevels));
                continue;
            }
            highest = std::max(highest, *number);
            scores.insert(r, *number);
        }
    }
    metric.levels = scale ? *scale : LevelScales::numbered(std::max(5, highest));
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        m_data.frameworks[it.key() - 1].ratings.insert(metric.id, Rating{it.value(), {}, {}, {}});
    m_data.metrics << metric;
}

} // namespace

ImportResult TableImporter::importFile(const QString &path, const QString &displayName)
{
    const QString name = displayName.isEmpty() ? path : displayName;
    const CsvResult csv = CsvReader::readFile(path, name);
    if (!csv.ok()) {
        ImportResult result;
        result.errors = csv.errors;
        return result;
    }
    return Importer(name, QFileInfo(path).completeBaseName()).run(csv.rows);
}

ImportResult TableImporter::import(const QByteArray &bytes, const QString &fileName,
                                   const QString &title)
{
    const CsvResult csv = CsvReader::read(bytes, fileName);
    if (!csv.ok()) {
        ImportResult result;
        result.errors = csv.errors;
        return result;
    }
    return Importer(fileName, title).run(csv.rows);
}

QString TableImporter::withoutInertMark(const QString &text)
{
    if (text.size() < 2 || text.front() != u'\'')
        return text;
    switch (text.at(1).unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return text.sliced(1);
    default:
        return text;
    }
}

} // namespace Versus
