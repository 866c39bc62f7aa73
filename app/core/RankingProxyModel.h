// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Versus {

class FrameworkModel;

// The frameworks as a ranking: the model's rows filtered by text and status and sorted by any
// column — the weighted score (the default, best first), a metric, the name or a fact. A
// metric sorts by its score and the weighted score by its value; a framework with no value
// comes last whichever way the column is sorted. The vertical header is the rank.
//
// The sort is kept by what it is on, not by column number, so that adding or removing a metric
// keeps the ranking on the same thing.
class RankingProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // A status, classified by its leading word: "Active", "Maintenance only since 2020",
    // "Discontinued in 2017 (...)".
    enum class Status
    {
        Any, // as a filter: every framework
        Active,
        Maintenance,
        Discontinued,
        Other
    };
    Q_ENUM(Status)

    explicit RankingProxyModel(FrameworkModel *model, QObject *parent = nullptr);

    static Status classifyStatus(const QString &status);

    QString filterText() const { return m_text; }
    // Kept when its text, case ignored, is in the name, developer or core language.
    void setFilterText(const QString &text);
    Status statusFilter() const { return m_status; }
    void setStatusFilter(Status status);

    // Only frameworks whose every rating is sourced (Sourcing).
    bool sourcedOnly() const { return m_sourcedOnly; }
    void setSourcedOnly(bool only);

    // Ranks `source` instead of the model: the model's rows and columns with more columns
    // after them (ChanceModel), sorted by their Qt::EditRole values.
    void setExtendedSource(QAbstractItemModel *source);

    // The ids of the frameworks that pass the filter, in the model's row order.
    QStringList acceptedIds() const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // What the ranking is sorted by: "name", "score", "metric:ID", "fact:N" or "extra:N".
    QString keyOfColumn(int column) const;
    int columnOfKey(const QString &key) const;
    bool inDataOrder(const QModelIndex &left, const QModelIndex &right) const;
    void restoreSort();

    FrameworkModel *m_model;
    QString m_text;
    Status m_status = Status::Any;
    bool m_sourcedOnly = false;
    QString m_sortKey;
};

} // namespace Versus
