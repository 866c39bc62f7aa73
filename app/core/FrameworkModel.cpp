// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkModel.h"

#include "ChangeMarks.h"
#include "FactText.h"
#include "FrameworkEdit.h"
#include "FrameworkPalette.h"
#include "RatingText.h"
#include "Sourcing.h"
#include "ToolTip.h"

#include <QUndoStack>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Versus {

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
    return own.isValid() ? own : FrameworkPalette::color(row);
}

QString FrameworkModel::ratingSummary(int row, int metricIndex) const
{
    return RatingText::summary(m_data.frameworks.at(row), m_data.metrics.at(metricIndex));
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
    if (m_marks && (role == Role::Change || role == Role::Was || role == Qt::ToolTipRole))
        if (QVariant mark = markData(framework, index.column(), role); mark.isValid())
            return mark;
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
    case Role::Range:
    case Role::Unsourced:
    case Role::Votes: // a merged rating's raters (docs/team-ratings.md)
    case Role::Disagreement:
        break;
    default:
        return {}; // a view asks for a dozen roles a cell has not: no rating looked up for them
    }
    const Rating *rating = framework.rating(metric.id);
    switch (role) {
    case Qt::DisplayRole:
        return RatingText::cell(metric, rating);
    case Role::Range:
        return rating && rating->range
                   ? QVariant(QVariantList{rating->range->first, rating->range->second})
                   : QVariant();
    case Role::Unsourced:
        return rating && Sourcing::isUnsourced(framework, *rating);
    case Qt::EditRole:
        return rating ? rating->score : 0;
    case Qt::ToolTipRole:
        return ToolTip::html(RatingText::toolTip(framework, metric, m_data.raters));
    case Role::Score:
        return rating ? QVariant(rating->score) : QVariant();
    case Role::Note:
        return rating ? rating->note : QString();
    case Role::Best:
        return m_scoring.isBestRating(row, metricIndex);
    case Role::Votes:
        return rating ? RatingText::votes(metric, *rating, m_data.raters) : QString();
    case Role::Disagreement:
        return RatingText::disagreement(rating);
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
        const QString text = FactText::display(framework, fact);
        return text.isEmpty() ? QVariant() : QVariant(ToolTip::html(text));
    }
    if (role == Qt::EditRole)
        return FactText::edit(framework, fact);
    if (role == Qt::DisplayRole)
        return FactText::display(framework, fact);
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
        if (m_marks && (role == Role::Change || role == Qt::ToolTipRole))
            if (QVariant mark = markData(framework, 0, role); mark.isValid())
                return mark;
        if (role == Qt::ToolTipRole)
            return ToolTip::html(framework.developer.isEmpty()
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
        return role == Qt::DisplayRole ? QVariant(FactText::name(factOfColumn(section)))
                                       : QVariant();
    if (kind == ColumnKind::Score) {
        if (role == Qt::DisplayRole)
            return tr("Weighted score");
        if (role == Qt::ToolTipRole)
            return ToolTip::html(
                tr("The mean of the ratings, each as a fraction of its scale, "
                   "weighted by the metrics' weights: 0 to 10. A * marks a score that "
                   "leaves out weighted metrics that are not rated."));
        return {};
    }
    const Metric &metric = m_data.metrics.at(section - 1);
    switch (role) {
    case Qt::DisplayRole:
        return metric.name;
    case Qt::ToolTipRole:
        return ToolTip::html(metric.description.isEmpty() ? metric.name : metric.description);
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

void FrameworkModel::setChangeMarks(const ChangeMarks *marks)
{
    m_marks = marks;
    if (rowCount() == 0)
        return;
    const QList<int> roles{Role::Change, Role::Was, Qt::ToolTipRole};
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), roles);
    emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

QVariant FrameworkModel::markData(const Framework &framework, int column, int role) const
{
    switch (columnKind(column)) {
    case ColumnKind::Name:
        return m_marks->frameworkData(framework, role);
    case ColumnKind::Metric:
        return m_marks->ratingData(framework, m_data.metrics.at(column - 1), m_data.raters, role);
    case ColumnKind::Fact:
        if (const Framework *old = m_marks->framework(framework.id)) {
            const Fact fact = factOfColumn(column);
            return m_marks->factData(FactText::display(*old, fact),
                                     FactText::display(framework, fact), role);
        }
        return {};
    case ColumnKind::Score:
        break;
    }
    return {};
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

    FrameworkEdit::Step step = FrameworkEdit::step(this, index.row(), index.column(), value, role);
    if (step.command)
        m_undoStack->push(step.command.release());
    return step.accepted;
}

} // namespace Versus
