// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RankOdds.h"

#include <QHash>
#include <QIdentityProxyModel>

#include <memory>

namespace Versus {

class FrameworkModel;

// The model's frameworks with two more columns at the end: the chance of coming first and of
// coming in the first three (RankOdds), and the sentence of what would change the winner
// (WinnerSensitivity), all following every edit and weight change.
//
// Small data is computed at once; larger data on a worker thread (RankOdds::estimatedWork()
// above SyncWork), the window going on meanwhile with the last values shown. A newer request
// cancels an older one, whose result is dropped.
class ChanceModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    // Below this many operations the answer is computed on the spot: about a millisecond
    // (docs/ranking.md).
    static constexpr qint64 SyncWork = 200000;
    // Above this many ratings the data is not even read on the window's thread.
    static constexpr qint64 SmallCells = 2000;

    explicit ChanceModel(FrameworkModel *model, QObject *parent = nullptr);
    ~ChanceModel() override;

    int firstColumn() const;
    int top3Column() const { return firstColumn() + 1; }
    bool isChanceColumn(int column) const { return column >= firstColumn(); }

    int samples() const { return m_samples; }
    void setSamples(int samples);
    // Computing on a worker: the values shown are the last ones found.
    bool isBusy() const { return m_running; }
    QString sentence() const { return m_sentence; }
    bool exact() const { return m_exact; }
    // The data as it is now, with the weights in use.
    RankInput input() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // New chances and a new sentence are shown.
    void resultChanged();
    void busyChanged(bool busy);

private:
    struct Job;
    struct Mailbox;
    void schedule();
    void start();
    void accept(const RankInput &input, const RankOdds::Result &result, const QString &sentence);

    FrameworkModel *m_model;
    int m_samples = RankOdds::DefaultSamples;
    bool m_scheduled = false;
    bool m_running = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<Mailbox> m_mailbox;
    // By framework id, so that a row moved or added meanwhile shows its own values.
    QHash<QString, std::pair<double, double>> m_chances;
    QString m_sentence;
    bool m_exact = false;
};

} // namespace Versus
