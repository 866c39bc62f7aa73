// SPDX-License-Identifier: GPL-3.0-or-later
#include "RankingProxyModel.h"

#include "FrameworkModel.h"
#include "Sourcing.h"

#include <QCollator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Versus {

RankingProxyModel::RankingProxyModel(FrameworkModel *model, QObject *parent)
    : QSortFilterProxyModel(parent), m_model(model)
{
    setSourceModel(model);
    setDynamicSortFilter(true);
    // Column numbers move when metrics are added or removed: the sort follows its key. (The
    // proxy's own handling of the change, connected in setSourceModel(), has run by then.)
    connect(model, &QAbstractItemModel::columnsInserted, this, &RankingProxyModel::restoreSort);
    connect(model, &QAbstractItemModel::columnsRemoved, this, &RankingProxyModel::restoreSort);
    connect(model, &QAbstractItemModel::modelReset, this, &RankingProxyModel::restoreSort);
    sort(model->scoreColumn(), Qt::DescendingOrder);
}

RankingProxyModel::Status RankingProxyModel::classifyStatus(const QString &status)
{
    const QString word =
        status.trimmed().section(QRegularExpression(u"[^\\p{L}]"_s), 0, 0).toLower();
    if (word.isEmpty())
        return Status::Other;
    if (word == u"active"_s)
        return Status::Active;
    if (word == u"maintenance"_s || word == u"maintained"_s)
        return Status::Maintenance;
    if (word == u"discontinued"_s || word == u"inactive"_s || word == u"retired"_s ||
        word == u"archived"_s)
        return Status::Discontinued;
    return Status::Other;
}

void RankingProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void RankingProxyModel::setStatusFilter(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void RankingProxyModel::setSourcedOnly(bool only)
{
    if (only == m_sourcedOnly)
        return;
    m_sourcedOnly = only;
    invalidateRowsFilter();
}

void RankingProxyModel::setExtendedSource(QAbstractItemModel *source)
{
    const QString key = m_sortKey;
    const Qt::SortOrder order = sortOrder();
    setSourceModel(source);
    // After the proxy's own handling of the change, as for the model in the constructor.
    connect(source, &QAbstractItemModel::columnsInserted, this, &RankingProxyModel::restoreSort);
    connect(source, &QAbstractItemModel::columnsRemoved, this, &RankingProxyModel::restoreSort);
    const int column = columnOfKey(key);
    sort(column >= 0 ? column : m_model->scoreColumn(), order);
}

QStringList RankingProxyModel::acceptedIds() const
{
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (filterAcceptsRow(row, {}))
            ids << m_model->data(m_model->index(row, 0), Role::Id).toString();
    return ids;
}

bool RankingProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const Framework &framework = m_model->dataSet().frameworks.at(sourceRow);
    if (m_status != Status::Any && classifyStatus(framework.status) != m_status)
        return false;
    if (m_sourcedOnly && Sourcing::unsourcedCount(framework) > 0)
        return false;
    const QString text = m_text.trimmed();
    return text.isEmpty() || framework.name.contains(text, Qt::CaseInsensitive) ||
           framework.developer.contains(text, Qt::CaseInsensitive) ||
           framework.language.contains(text, Qt::CaseInsensitive);
}

bool RankingProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    QVariant a;
    QVariant b;
    if (left.column() >= m_model->columnCount()) { // a column of the extended source
        a = left.data(Qt::EditRole);
        b = right.data(Qt::EditRole);
    } else
        switch (m_model->columnKind(left.column())) {
        case ColumnKind::Metric:
            a = left.data(Role::Score);
            b = right.data(Role::Score);
            break;
        case ColumnKind::Score:
            a = left.data(Role::WeightedScore);
            b = right.data(Role::WeightedScore);
            break;
        case ColumnKind::Fact:
            if (Fact(left.data(Role::FactKind).toInt()) == Fact::FirstRelease) {
                a = left.data(Qt::EditRole);
                b = right.data(Qt::EditRole);
                break;
            }
            [[fallthrough]];
        case ColumnKind::Name: {
            static const QCollator collator = [] {
                QCollator c;
                c.setCaseSensitivity(Qt::CaseInsensitive);
                c.setNumericMode(true);
                return c;
            }();
            const QString x = left.data().toString();
            const QString y = right.data().toString();
            // Empty text, like a missing number, goes last.
            if (x.isEmpty() != y.isEmpty())
                return x.isEmpty() == (sortOrder() == Qt::DescendingOrder);
            if (const int order = collator.compare(x, y); order != 0)
                return order < 0;
            return inDataOrder(left, right);
        }
        }
    // A framework without a value comes last in either order: "less" when sorted descending.
    if (a.isValid() != b.isValid())
        return a.isValid() == (sortOrder() == Qt::AscendingOrder);
    if (a.isValid() && a.toDouble() != b.toDouble())
        return a.toDouble() < b.toDouble();
    return inDataOrder(left, right);
}

bool RankingProxyModel::inDataOrder(const QModelIndex &left, const QModelIndex &right) const
{
    // Equal values keep the data's order whichever way the column is sorted, rather than the
    // order of the sort before (QSortFilterProxyModel sorts what it shows, stably).
    return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
}

void RankingProxyModel::sort(int column, Qt::SortOrder order)
{
    m_sortKey = keyOfColumn(column);
    QSortFilterProxyModel::sort(column, order);
}

QVariant RankingProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The rank: the place in the list as sorted now.
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section >= 0 && section < rowCount() ? QVariant(section + 1) : QVariant();
    // Short headers for the columns that must be in sight in a narrow dock: the score and the
    // chances ("Gewichtete Bewertung" alone was wider than the dock). A screen reader and the
    // tooltip have the full name.
    const int extra = section - m_model->columnCount();
    if (orientation == Qt::Horizontal &&
        (section == m_model->scoreColumn() || extra == 0 || extra == 1)) {
        if (role == Qt::DisplayRole)
            return section == m_model->scoreColumn() ? tr("Score", "weighted score, short")
                   : extra == 0                      ? tr("1st", "chance of coming first, short")
                                : tr("Top 3", "chance of a place in the first three, short");
        if (role == Qt::AccessibleTextRole)
            return QSortFilterProxyModel::headerData(section, orientation, Qt::DisplayRole);
    }
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

QString RankingProxyModel::keyOfColumn(int column) const
{
    if (column >= m_model->columnCount() && column < columnCount())
        return u"extra:"_s + QString::number(column - m_model->columnCount());
    if (column < 0 || column >= m_model->columnCount())
        return {};
    switch (m_model->columnKind(column)) {
    case ColumnKind::Name:
        return u"name"_s;
    case ColumnKind::Score:
        return u"score"_s;
    case ColumnKind::Metric:
        return u"metric:"_s + m_model->dataSet().metrics.at(column - 1).id;
    case ColumnKind::Fact:
        return u"fact:"_s + QString::number(int(m_model->factOfColumn(column)));
    }
    return {};
}

int RankingProxyModel::columnOfKey(const QString &key) const
{
    if (key == u"name"_s)
        return 0;
    if (key == u"score"_s)
        return m_model->scoreColumn();
    if (key.startsWith(u"metric:"_s)) {
        const int metric = m_model->dataSet().metricIndex(key.sliced(7));
        return metric >= 0 ? m_model->metricColumn(metric) : m_model->scoreColumn();
    }
    if (key.startsWith(u"extra:"_s))
        return m_model->columnCount() + key.sliced(6).toInt();
    if (key.startsWith(u"fact:"_s))
        return m_model->factColumn(Fact(key.sliced(5).toInt()));
    return -1;
}

void RankingProxyModel::restoreSort()
{
    const int column = columnOfKey(m_sortKey);
    // The model has changed before the proxy's source has followed: the next call will do.
    if (column >= columnCount())
        return;
    if (column >= 0 && column != sortColumn())
        sort(column, sortOrder());
}

} // namespace Versus
