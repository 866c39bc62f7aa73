// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkModel.h"

#include "BidiText.h"

#include "EditFrameworkCommand.h"
#include "FrameworkEdit.h"
#include "SetRatingCommand.h"
#include "SetWeightsCommand.h"

#include <QUndoStack>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

// Okabe & Ito's palette, distinguishable with the common forms of colour blindness, and two
// darker colours after its seven that read well on white — Paul Tol's wine and a brown — so that
// ten frameworks get ten colours, each at least 26 apart in CIELAB (ΔE*76) from every other,
// as far apart as Okabe & Ito's own closest pair. Yellow comes last: it is hard to see on a
// light background.
const std::array<QColor, 10> &paletteColors()
{
    static const std::array<QColor, 10> colors{QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
                                               QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                               QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                               QColor(0x59, 0x59, 0x59), QColor(0x88, 0x22, 0x55),
                                               QColor(0x8C, 0x51, 0x0A), QColor(0xF0, 0xE4, 0x42)};
    return colors;
}

} // namespace

FrameworkModel::FrameworkModel(QObject *parent)
    : QAbstractTableModel(parent), m_undoStack(new QUndoStack(this))
{
    // Connected before any view: the best values are forgotten before a view asks again.
    connect(this, &QAbstractItemModel::dataChanged, this, &FrameworkModel::forgetBest);
    const auto forget = [this] { forgetAllBest(); };
    connect(this, &QAbstractItemModel::modelReset, this, forget);
    connect(this, &QAbstractItemModel::rowsInserted, this, forget);
    connect(this, &QAbstractItemModel::rowsRemoved, this, forget);
    connect(this, &QAbstractItemModel::rowsMoved, this, forget);
    connect(this, &QAbstractItemModel::columnsInserted, this, forget);
    connect(this, &QAbstractItemModel::columnsRemoved, this, forget);
}

FrameworkModel::~FrameworkModel() = default;

void FrameworkModel::setDataSet(DataSet data)
{
    beginResetModel();
    m_data = std::move(data);
    const QStringList initial = m_data.initialComparison();
    m_compared = QSet<QString>(initial.cbegin(), initial.cend());
    endResetModel();
    m_undoStack->clear();
    emit comparedChanged();
    emit weightsChanged();
}

ColumnKind FrameworkModel::columnKind(int column) const
{
    if (column == 0)
        return ColumnKind::Name;
    if (column <= metricCount())
        return ColumnKind::Metric;
    if (column == scoreColumn())
        return ColumnKind::Score;
    return ColumnKind::Fact;
}

int FrameworkModel::metricIndexOfColumn(int column) const
{
    return columnKind(column) == ColumnKind::Metric ? column - 1 : -1;
}

QColor FrameworkModel::frameworkColor(int row) const
{
    const QColor own = m_data.frameworks.at(row).color;
    return own.isValid() ? own : paletteColors().at(size_t(row) % paletteColors().size());
}

QString FrameworkModel::toolTip(const QString &plain)
{
    // QToolTip wraps rich text at spaces only, so a word of hundreds of letters would make a
    // tooltip wider than the screen: such a word is given a zero-width space, a place to break,
    // every LongWord characters (never inside a surrogate pair or before a combining mark).
    constexpr int LongWord = 40;
    QString breakable;
    breakable.reserve(plain.size());
    int run = 0;
    for (const QChar c : plain) {
        if (c.isSpace()) {
            run = 0;
        } else if (run >= LongWord && !c.isLowSurrogate() && !c.isMark()) {
            breakable += QChar(0x200B);
            run = 0;
        }
        breakable += c;
        ++run;
    }
    // Line breaks are kept as <br>; "white-space: pre-wrap" would keep them too, but QToolTip
    // then lays the text out as one line however long it is.
    return u"<p>"_s + breakable.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>"_s;
}

QList<QColor> FrameworkModel::palette()
{
    return QList<QColor>(paletteColors().cbegin(), paletteColors().cend());
}

QString FrameworkModel::ratingSummary(int row, int metricIndex) const
{
    const Framework &framework = m_data.frameworks.at(row);
    const Metric &metric = m_data.metrics.at(metricIndex);
    const Rating *rating = framework.rating(metric.id);
    if (!rating)
        return tr("%1 — %2: Not rated").arg(isolated(framework.name), isolated(metric.name));
    return tr("%1 — %2: %3 (%4 of %5)")
        .arg(isolated(framework.name), isolated(metric.name),
             isolated(metric.levelLabel(rating->score)))
        .arg(rating->score)
        .arg(metric.levelCount());
}

QString FrameworkModel::factName(Fact fact)
{
    switch (fact) {
    case Fact::Developer:
        return tr("Developer");
    case Fact::FirstRelease:
        return tr("First release");
    case Fact::LastRelease:
        return tr("Last release");
    case Fact::License:
        return tr("License");
    case Fact::Language:
        return tr("Core language");
    case Fact::Apis:
        return tr("APIs");
    case Fact::Status:
        return tr("Status");
    }
    return {};
}

QStringList FrameworkModel::comparedIds() const
{
    QStringList ids;
    for (const Framework &framework : m_data.frameworks)
        if (m_compared.contains(framework.id))
            ids << framework.id;
    return ids;
}

bool FrameworkModel::isCompared(int row) const
{
    return row >= 0 && row < rowCount() && m_compared.contains(m_data.frameworks.at(row).id);
}

void FrameworkModel::setComparedIds(const QStringList &ids)
{
    QSet<QString> compared;
    for (const QString &id : ids)
        if (m_data.frameworkIndex(id) >= 0)
            compared.insert(id);
    if (compared == m_compared)
        return;
    m_compared = compared;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::CheckStateRole});
    emit comparedChanged();
}

int FrameworkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.frameworks.size());
}

int FrameworkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2 + metricCount() + FactCount;
}

QVariant FrameworkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Framework &framework = m_data.frameworks.at(index.row());
    if (role == Role::ColumnKind)
        return int(columnKind(index.column()));
    switch (columnKind(index.column())) {
    case ColumnKind::Name:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return framework.name;
        if (role == Qt::CheckStateRole)
            return m_compared.contains(framework.id) ? Qt::Checked : Qt::Unchecked;
        break;
    case ColumnKind::Metric:
        if (QVariant value = metricData(framework, index.row(), index.column() - 1, role);
            value.isValid())
            return value;
        break;
    case ColumnKind::Score:
        if (QVariant value = scoreData(index.row(), role); value.isValid())
            return value;
        break;
    case ColumnKind::Fact:
        if (QVariant value = factData(framework, factOfColumn(index.column()), role);
            value.isValid())
            return value;
        break;
    }
    return frameworkData(framework, index.row(), role);
}

QVariant FrameworkModel::metricData(const Framework &framework, int row, int metricIndex,
                                    int role) const
{
    const Metric &metric = m_data.metrics.at(metricIndex);
    switch (role) {
    case Role::LevelCount:
        return metric.levelCount();
    case Role::LevelLabels:
        return metric.levels;
    case Role::Description:
        return metric.description;
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
    case Role::Score:
    case Role::Note:
    case Role::Best:
        break;
    default:
        return {}; // a view asks for a dozen roles a cell has not: no rating looked up for them
    }
    const Rating *rating = framework.rating(metric.id);
    switch (role) {
    case Qt::DisplayRole:
        return rating ? metric.levelLabel(rating->score) : tr("Not rated");
    case Qt::EditRole:
        return rating ? rating->score : 0;
    case Qt::ToolTipRole:
        if (rating && !rating->note.isEmpty())
            return toolTip(ratingSummary(row, metricIndex) + u"\n\n"_s + rating->note);
        return toolTip(ratingSummary(row, metricIndex));
    case Role::Score:
        return rating ? QVariant(rating->score) : QVariant();
    case Role::Note:
        return rating ? rating->note : QString();
    case Role::Best:
        if (const std::optional<double> best = bestOfColumn(metricColumn(metricIndex)); best)
            return rating && rating->score == *best;
        return false;
    default:
        return {};
    }
}

QVariant FrameworkModel::scoreData(int row, int role) const
{
    const WeightedScore score = weightedScore(row);
    switch (role) {
    case Qt::DisplayRole:
        return scoreText(score);
    case Qt::EditRole:
    case Role::WeightedScore:
        return score.value ? QVariant(*score.value) : QVariant();
    case Role::ScorePartial:
        return score.value && !score.unrated.isEmpty();
    case Qt::ToolTipRole: {
        const QString name = m_data.frameworks.at(row).name;
        if (!score.value)
            return toolTip(tr("%1 — Weighted score: none, no weighted metric is rated").arg(name));
        QString text =
            tr("%1 — Weighted score: %2 of 10").arg(name, QString::number(*score.value, 'f', 1));
        if (!score.unrated.isEmpty())
            text += u"\n"_s + tr("Partial: %1 not rated").arg(score.unrated.join(u", "_s));
        return toolTip(text);
    }
    case Role::Best:
        if (const std::optional<double> best = bestOfColumn(scoreColumn()); best && score.value)
            return qFuzzyCompare(*score.value, *best);
        return false;
    default:
        return {};
    }
}

int FrameworkModel::weight(int metricIndex) const
{
    const QString &id = m_data.metrics.at(metricIndex).id;
    if (m_data.weights)
        return m_data.weights->value(id, DataSet::DefaultWeight);
    return m_rememberedWeights.value(id, DataSet::DefaultWeight);
}

bool FrameworkModel::setWeight(int metricIndex, int weight)
{
    if (metricIndex < 0 || metricIndex >= metricCount() || weight < 0 ||
        weight > DataSet::MaxWeight)
        return false;
    if (weight == this->weight(metricIndex))
        return true; // no empty undo step
    // The first weight set in a file without weights writes down all that are in use, so that
    // the file says what the window shows.
    QMap<QString, int> next;
    if (m_data.weights)
        next = *m_data.weights;
    else
        for (int i = 0; i < metricCount(); ++i)
            next.insert(m_data.metrics.at(i).id, this->weight(i));
    const Metric &metric = m_data.metrics.at(metricIndex);
    next.insert(metric.id, weight);
    m_undoStack->push(new SetWeightsCommand(
        this, m_data.weights, next, tr("Set the weight of %1 to %2").arg(metric.name).arg(weight)));
    return true;
}

void FrameworkModel::setRememberedWeights(const QHash<QString, int> &weights)
{
    if (weights == m_rememberedWeights)
        return;
    m_rememberedWeights = weights;
    if (!m_data.weights) {
        emitScoresChanged();
        emit weightsChanged();
    }
}

void FrameworkModel::applyWeights(const std::optional<QMap<QString, int>> &weights)
{
    m_data.weights = weights;
    emitScoresChanged();
    emit weightsChanged();
}

FrameworkModel::WeightedScore FrameworkModel::weightedScore(int row) const
{
    const Framework &framework = m_data.frameworks.at(row);
    WeightedScore result;
    double sum = 0;
    int weights = 0;
    for (int i = 0; i < metricCount(); ++i) {
        const int w = weight(i);
        if (w <= 0)
            continue;
        const Metric &metric = m_data.metrics.at(i);
        const Rating *rating = framework.rating(metric.id);
        if (!rating || metric.levelCount() <= 0) {
            result.unrated << metric.name;
            continue;
        }
        sum += w * double(rating->score) / metric.levelCount();
        weights += w;
    }
    if (weights > 0)
        result.value = sum / weights * ScoreScale;
    return result;
}

QString FrameworkModel::scoreText(const WeightedScore &score)
{
    if (!score.value)
        return u"—"_s;
    QString text = QString::number(*score.value, 'f', 1);
    if (!score.unrated.isEmpty())
        text += u'*';
    return text;
}

double FrameworkModel::cellValue(int row, int column, bool *ok) const
{
    QList<double> &values = m_values[column];
    if (values.size() != rowCount())
        values.fill(NotComputed, rowCount());
    double &value = values[row];
    if (value == NotComputed) {
        if (column == scoreColumn()) {
            value = weightedScore(row).value.value_or(qQNaN());
        } else {
            const Rating *rating =
                m_data.frameworks.at(row).rating(m_data.metrics.at(column - 1).id);
            value = rating ? rating->score : qQNaN();
        }
    }
    *ok = !qIsNaN(value);
    return *ok ? value : 0;
}

std::optional<double> FrameworkModel::bestOfColumn(int column) const
{
    if (const auto it = m_best.constFind(column); it != m_best.cend())
        return *it;
    // Nothing stands out when fewer than two frameworks have a value or all have the same.
    std::optional<double> best;
    std::optional<double> worst;
    int values = 0;
    for (int row = 0; row < rowCount(); ++row) {
        bool ok = false;
        const double value = cellValue(row, column, &ok);
        if (!ok)
            continue;
        ++values;
        best = best ? qMax(*best, value) : value;
        worst = worst ? qMin(*worst, value) : value;
    }
    if (values < 2 || qFuzzyCompare(*best, *worst))
        best.reset();
    m_best.insert(column, best);
    return best;
}

void FrameworkModel::forgetBest(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                const QList<int> &roles)
{
    if (roles == QList<int>{Role::Best})
        return; // emitBestChanged(): which value is best, said after it was found
    const int first = topLeft.row();
    const int last = bottomRight.row();
    const auto forget = [&](int column) {
        m_best.remove(column);
        const auto values = m_values.find(column);
        if (values == m_values.end())
            return;
        // One framework edited: its value alone is looked up again.
        if (last - first < 16 && values->size() == rowCount())
            for (int row = first; row <= last; ++row)
                (*values)[row] = NotComputed;
        else
            m_values.erase(values);
    };
    for (int column = topLeft.column(); column <= bottomRight.column(); ++column)
        forget(column);
    // A rating, a metric or a weight changes the weighted score of its row.
    if (topLeft.column() < scoreColumn() && bottomRight.column() >= metricColumn(0))
        forget(scoreColumn());
}

void FrameworkModel::forgetAllBest()
{
    m_best.clear();
    m_values.clear();
}

void FrameworkModel::emitBestChanged(int column, const std::optional<double> &before)
{
    const std::optional<double> after = bestOfColumn(column);
    if (after == before)
        return; // the edited cell, already said to change, is the only one to gain or lose it
    // The cells holding the old or the new best value: for the score a few, for a rating those
    // at the same level. (Tolerant, as Role::Best compares scores with qFuzzyCompare.)
    const auto near = [](double value, const std::optional<double> &best) {
        return best && qFuzzyCompare(1 + value, 1 + *best);
    };
    QList<std::pair<int, int>> runs;
    for (int row = 0; row < rowCount(); ++row) {
        bool ok = false;
        const double value = cellValue(row, column, &ok);
        if (!ok || !(near(value, before) || near(value, after)))
            continue;
        if (!runs.isEmpty() && runs.last().second == row - 1)
            runs.last().second = row;
        else
            runs.append({row, row});
    }
    if (runs.isEmpty())
        return;
    // Each run on its own, so that a ranking sorted on the column looks at those rows alone;
    // very many are said at once.
    constexpr qsizetype MaxSignals = 32;
    if (runs.size() > MaxSignals)
        runs = {{runs.first().first, runs.last().second}};
    for (const auto &[first, last] : std::as_const(runs))
        emit dataChanged(index(first, column), index(last, column), {Role::Best});
}

void FrameworkModel::emitScoresChanged()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 1), index(rowCount() - 1, scoreColumn()));
    else
        m_best.clear();
}

QVariant FrameworkModel::factData(const Framework &framework, Fact fact, int role) const
{
    if (role == Role::FactKind)
        return int(fact);
    if (role == Qt::ToolTipRole) {
        const QString text = factData(framework, fact, Qt::DisplayRole).toString();
        return text.isEmpty() ? QVariant() : QVariant(toolTip(text));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (fact) {
    case Fact::Developer:
        return framework.developer;
    case Fact::FirstRelease:
    case Fact::LastRelease: {
        const std::optional<int> &year =
            fact == Fact::FirstRelease ? framework.firstRelease : framework.lastRelease;
        if (role == Qt::EditRole)
            return year ? QVariant(*year) : QVariant();
        return year ? QString::number(*year) : QString();
    }
    case Fact::License:
        return framework.license;
    case Fact::Language:
        return framework.language;
    case Fact::Apis:
        return framework.apis.join(u", "_s);
    case Fact::Status:
        return framework.status;
    }
    return {};
}

QVariant FrameworkModel::frameworkData(const Framework &framework, int row, int role) const
{
    switch (role) {
    case Role::Id:
        return framework.id;
    case Role::Color:
        return frameworkColor(row);
    case Role::Summary:
        return framework.summary;
    case Role::Homepage:
        return framework.homepage;
    case Role::Repository:
        return framework.repository;
    case Role::Sources: {
        QVariantList sources;
        for (const Source &source : framework.sources)
            sources << QVariantMap{{u"title"_s, source.title},
                                   {u"url"_s, source.url},
                                   {u"extra"_s, source.extra}}; // kept through an edit
        return sources;
    }
    default:
        return {};
    }
}

QVariant FrameworkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        const Framework &framework = m_data.frameworks.at(section);
        if (role == Qt::DisplayRole)
            return framework.name;
        if (role == Qt::ToolTipRole)
            return toolTip(framework.developer.isEmpty()
                               ? framework.name
                               : QString(framework.name + u" — "_s + framework.developer));
        return frameworkData(framework, section, role);
    }
    if (section < 0 || section >= columnCount())
        return {};
    const ColumnKind kind = columnKind(section);
    if (role == Role::ColumnKind)
        return int(kind);
    if (kind == ColumnKind::Name)
        return role == Qt::DisplayRole ? QVariant(tr("Name")) : QVariant();
    if (kind == ColumnKind::Fact)
        return role == Qt::DisplayRole ? QVariant(factName(factOfColumn(section))) : QVariant();
    if (kind == ColumnKind::Score) {
        if (role == Qt::DisplayRole)
            return tr("Weighted score");
        if (role == Qt::ToolTipRole)
            return toolTip(tr("The mean of the ratings, each as a fraction of its scale, "
                              "weighted by the metrics' weights: 0 to 10. A * marks a score that "
                              "leaves out weighted metrics that are not rated."));
        return {};
    }
    const Metric &metric = m_data.metrics.at(section - 1);
    switch (role) {
    case Qt::DisplayRole:
        return metric.name;
    case Qt::ToolTipRole:
        return toolTip(metric.description.isEmpty() ? metric.name : metric.description);
    case Role::Id:
        return metric.id;
    case Role::Description:
        return metric.description;
    case Role::LevelLabels:
        return metric.levels;
    case Role::LevelCount:
        return metric.levelCount();
    case Role::Weight:
        return weight(section - 1);
    default:
        return {};
    }
}

bool FrameworkModel::setHeaderData(int section, Qt::Orientation orientation, const QVariant &value,
                                   int role)
{
    if (orientation != Qt::Horizontal || role != Role::Weight || section < 0 ||
        section >= columnCount() || columnKind(section) != ColumnKind::Metric)
        return false;
    bool ok = false;
    const int weight = value.toInt(&ok);
    return ok && setWeight(section - 1, weight);
}

Qt::ItemFlags FrameworkModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    if (columnKind(index.column()) == ColumnKind::Score)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable; // computed, not edited
    return columnKind(index.column()) == ColumnKind::Name ? flags | Qt::ItemIsUserCheckable : flags;
}

bool FrameworkModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Framework &framework = m_data.frameworks.at(index.row());
    const ColumnKind kind = columnKind(index.column());

    if (kind == ColumnKind::Name && role == Qt::CheckStateRole) {
        QStringList ids = comparedIds();
        const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
        if (checked == m_compared.contains(framework.id))
            return true;
        if (checked)
            ids << framework.id;
        else
            ids.removeAll(framework.id);
        setComparedIds(ids);
        return true;
    }

    if (kind == ColumnKind::Score)
        return false;
    if (kind != ColumnKind::Metric || role != Qt::EditRole)
        return setFrameworkData(index.row(), index.column(), value, role);
    const Metric &metric = m_data.metrics.at(index.column() - 1);
    // A score is a whole number of levels: 4 or 4.0, never 4.5 or "High".
    bool ok = value.isNull();
    int score = 0;
    if (!ok && value.canConvert<double>() && value.typeId() != QMetaType::QString) {
        const double d = value.toDouble(&ok);
        ok = ok && d == std::floor(d) && d >= 0 && d <= metric.levelCount();
        score = ok ? int(d) : 0;
    }
    if (!ok)
        return false;
    const Rating *current = framework.rating(metric.id);
    if ((current ? current->score : 0) == score)
        return true; // nothing changes: no empty undo step
    std::optional<Rating> next;
    if (score > 0) {
        next = current ? *current : Rating();
        next->score = score;
    }
    m_undoStack->push(new SetRatingCommand(this, framework.id, metric.id, next));
    return true;
}

// Every edit of one framework other than its score: the name, the facts, the note on a rating,
// the summary, the colour, the links and the sources. Each is one undo step.
bool FrameworkModel::setFrameworkData(int row, int column, const QVariant &value, int role)
{
    const Framework &framework = m_data.frameworks.at(row);
    FrameworkEdit::Target target{columnKind(column)};
    if (target.kind == ColumnKind::Fact)
        target.fact = factOfColumn(column);
    else if (target.kind == ColumnKind::Metric)
        target.metric = &m_data.metrics.at(column - 1);
    Framework edited = framework;
    const std::optional<QString> field = FrameworkEdit::apply(edited, target, value, role);
    if (!field)
        return false;
    if (edited != framework)
        pushFrameworkEdit(edited, tr("Change %1: %2").arg(framework.name, *field));
    return true;
}

void FrameworkModel::pushFrameworkEdit(const Framework &edited, const QString &text)
{
    m_undoStack->push(new EditFrameworkCommand(this, edited, text));
}

FrameworkModel::FrameworkEntry FrameworkModel::frameworkEntry(int row) const
{
    const Framework &framework = m_data.frameworks.at(row);
    return {framework, m_compared.contains(framework.id),
            m_data.compare ? int(m_data.compare->indexOf(framework.id)) : -1};
}

FrameworkModel::MetricEntry FrameworkModel::metricEntry(int metricIndex) const
{
    MetricEntry entry{m_data.metrics.at(metricIndex), {}, std::nullopt};
    if (m_data.weights)
        if (const auto it = m_data.weights->constFind(entry.metric.id);
            it != m_data.weights->cend())
            entry.weight = *it;
    for (const Framework &framework : m_data.frameworks)
        if (const Rating *rating = framework.rating(entry.metric.id))
            entry.ratings.insert(framework.id, *rating);
    return entry;
}

void FrameworkModel::applyRating(const QString &frameworkId, const QString &metricId,
                                 const std::optional<Rating> &rating)
{
    const int row = m_data.frameworkIndex(frameworkId);
    const int metricIndex = m_data.metricIndex(metricId);
    Q_ASSERT(row >= 0 && metricIndex >= 0);
    const int column = metricColumn(metricIndex);
    // The best values before the change, to tell which other cells gain or lose the mark.
    const std::optional<double> bestRating = bestOfColumn(column);
    const std::optional<double> bestScore = bestOfColumn(scoreColumn());
    Framework &framework = m_data.frameworks[row];
    if (rating)
        framework.ratings.insert(metricId, *rating);
    else
        framework.ratings.remove(metricId);
    // The rating and the framework's score, each alone: a ranking sorted on either moves that
    // one row into place, where a whole column said to change had 10,000 rows sorted again.
    emit dataChanged(index(row, column), index(row, column));
    emit dataChanged(index(row, scoreColumn()), index(row, scoreColumn()));
    emitBestChanged(column, bestRating);
    emitBestChanged(scoreColumn(), bestScore);
}

void FrameworkModel::replaceFramework(const Framework &framework)
{
    const int row = m_data.frameworkIndex(framework.id);
    Q_ASSERT(row >= 0);
    // A rating in the edit may change which is best: the best values before, to tell.
    QList<std::optional<double>> bestBefore;
    for (int column = metricColumn(0); column <= scoreColumn(); ++column)
        bestBefore << bestOfColumn(column);
    m_data.frameworks[row] = framework;
    // Its row alone, as for a rating: not every framework's score said to change.
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    emit headerDataChanged(Qt::Vertical, row, row);
    for (int column = metricColumn(0); column <= scoreColumn(); ++column)
        emitBestChanged(column, bestBefore.at(column - metricColumn(0)));
}

void FrameworkModel::insertEntry(int row, const FrameworkEntry &entry)
{
    beginInsertRows({}, row, row);
    m_data.frameworks.insert(row, entry.framework);
    if (entry.compareIndex >= 0 && m_data.compare)
        m_data.compare->insert(qMin(entry.compareIndex, int(m_data.compare->size())),
                               entry.framework.id);
    if (entry.compared)
        m_compared.insert(entry.framework.id);
    endInsertRows();
    if (entry.compared)
        emit comparedChanged();
}

void FrameworkModel::removeEntry(int row, const FrameworkEntry &entry)
{
    const QString id = m_data.frameworks.at(row).id;
    Q_ASSERT(id == entry.framework.id);
    beginRemoveRows({}, row, row);
    m_data.frameworks.removeAt(row);
    if (m_data.compare)
        m_data.compare->removeAll(id);
    const bool wasCompared = m_compared.remove(id);
    endRemoveRows();
    if (wasCompared)
        emit comparedChanged();
}

void FrameworkModel::moveFramework(int from, int to)
{
    // beginMoveRows names the row the moved one goes before, in the rows as they are now.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return;
    m_data.frameworks.move(from, to);
    endMoveRows();
}

void FrameworkModel::insertEntry(int metricIndex, const MetricEntry &entry)
{
    const int column = metricColumn(metricIndex);
    beginInsertColumns({}, column, column);
    m_data.metrics.insert(metricIndex, entry.metric);
    for (Framework &framework : m_data.frameworks)
        if (const auto it = entry.ratings.constFind(framework.id); it != entry.ratings.cend())
            framework.ratings.insert(entry.metric.id, *it);
    if (m_data.weights && entry.weight)
        m_data.weights->insert(entry.metric.id, *entry.weight);
    endInsertColumns();
    emitScoresChanged();
    emit weightsChanged();
}

void FrameworkModel::removeEntry(int metricIndex, const MetricEntry &entry)
{
    const int column = metricColumn(metricIndex);
    beginRemoveColumns({}, column, column);
    const Metric metric = m_data.metrics.takeAt(metricIndex);
    Q_ASSERT(metric.id == entry.metric.id);
    for (Framework &framework : m_data.frameworks)
        framework.ratings.remove(metric.id);
    if (m_data.weights)
        m_data.weights->remove(metric.id);
    endRemoveColumns();
    emitScoresChanged();
    emit weightsChanged();
}

void FrameworkModel::replaceMetric(int metricIndex, const MetricEntry &entry)
{
    Metric &metric = m_data.metrics[metricIndex];
    for (Framework &framework : m_data.frameworks) {
        framework.ratings.remove(metric.id);
        if (const auto it = entry.ratings.constFind(framework.id); it != entry.ratings.cend())
            framework.ratings.insert(entry.metric.id, *it);
    }
    if (m_data.weights) {
        m_data.weights->remove(metric.id);
        if (entry.weight)
            m_data.weights->insert(entry.metric.id, *entry.weight);
    }
    metric = entry.metric;
    const int column = metricColumn(metricIndex);
    emit headerDataChanged(Qt::Horizontal, column, column);
    if (rowCount() > 0)
        emit dataChanged(index(0, column), index(rowCount() - 1, column));
    emitScoresChanged();
    emit weightsChanged();
}

} // namespace Versus
