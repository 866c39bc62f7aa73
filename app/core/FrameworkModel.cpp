// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkModel.h"

#include "BidiText.h"

#include "EditFrameworkCommand.h"
#include "FrameworkEdit.h"
#include "SetRatingCommand.h"

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
    connect(this, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                   const QList<int> &roles) { m_scoring.forgetBest(topLeft, bottomRight, roles); });
    const auto forget = [this] { m_scoring.forgetAllBest(); };
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
        if (QVariant value = m_scoring.scoreData(index.row(), role); value.isValid())
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
        return m_scoring.isBestRating(row, metricIndex);
    default:
        return {};
    }
}

void FrameworkModel::setRememberedWeights(const QHash<QString, int> &weights)
{
    if (!m_scoring.setRememberedWeights(weights))
        return;
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

void FrameworkModel::emitBestChanged(int column, const std::optional<double> &before)
{
    const std::optional<double> after = m_scoring.bestOfColumn(column);
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
        const double value = m_scoring.cellValue(row, column, &ok);
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
        m_scoring.forgetAllBest();
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
    const std::optional<double> bestRating = m_scoring.bestOfColumn(column);
    const std::optional<double> bestScore = m_scoring.bestOfColumn(scoreColumn());
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
        bestBefore << m_scoring.bestOfColumn(column);
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

void FrameworkModel::applyTitle(const QString &title)
{
    m_data.title = title;
    emit titleChanged(title);
}

} // namespace Versus
