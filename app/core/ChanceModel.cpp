// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChanceModel.h"

#include "FrameworkModel.h"
#include "ToolTip.h"
#include "WinnerSensitivity.h"

#include <QMutex>
#include <QThreadPool>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Versus {

// Where a worker leaves its result: the model while it exists. The model says it is gone under
// the lock, so that a worker finishing meanwhile never posts to it; a result already posted is
// dropped with the model's pending events.
struct ChanceModel::Mailbox
{
    QMutex mutex;
    ChanceModel *model = nullptr;
};

ChanceModel::ChanceModel(FrameworkModel *model, QObject *parent)
    : QIdentityProxyModel(parent), m_model(model), m_mailbox(std::make_shared<Mailbox>())
{
    m_mailbox->model = this;
    setSourceModel(model);
    const auto later = [this] { schedule(); };
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(model, &QAbstractItemModel::columnsInserted, this, later);
    connect(model, &QAbstractItemModel::columnsRemoved, this, later);
    connect(model, &QAbstractItemModel::headerDataChanged, this, later);
    connect(model, &FrameworkModel::weightsChanged, this, later);
    // The first values at once: a ranking is never shown without them.
    start();
}

ChanceModel::~ChanceModel()
{
    if (m_cancel)
        m_cancel->store(true);
    const QMutexLocker locker(&m_mailbox->mutex);
    m_mailbox->model = nullptr;
}

int ChanceModel::firstColumn() const
{
    return m_model->columnCount();
}

void ChanceModel::setSamples(int samples)
{
    samples = qBound(1, samples, RankOdds::MaxSamples);
    if (samples == m_samples)
        return;
    m_samples = samples;
    schedule();
}

RankInput ChanceModel::input() const
{
    QList<int> weights;
    for (int m = 0; m < m_model->metricCount(); ++m)
        weights << m_model->weight(m);
    return RankInput::fromDataSet(m_model->dataSet(), weights);
}

void ChanceModel::schedule()
{
    // Many signals for one edit (a rating, its score, the best marks): one computation after.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        start();
    });
}

void ChanceModel::start()
{
    if (m_cancel)
        m_cancel->store(true); // superseded
    const quint64 generation = ++m_generation;
    const int samples = m_samples;
    // The data set is shared, not copied (Qt's implicit sharing is safe across threads): a
    // large one is read into a RankInput on the worker, which at 1,000 × 20 took the window's
    // thread most of the 46 ms an edit cost it (docs/ranking.md).
    const DataSet data = m_model->dataSet();
    QList<int> weights;
    for (int m = 0; m < m_model->metricCount(); ++m)
        weights << m_model->weight(m);
    const bool small = qint64(data.frameworks.size()) * data.metrics.size() <= SmallCells;
    if (RankInput snapshot = small ? RankInput::fromDataSet(data, weights) : RankInput();
        small && RankOdds::estimatedWork(snapshot, samples) <= SyncWork) {
        const RankOdds::Result result = RankOdds::compute(snapshot, samples);
        accept(snapshot, result, WinnerSensitivity(snapshot).sentence());
        if (m_running) {
            m_running = false;
            emit busyChanged(false);
        }
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    if (!m_running) {
        m_running = true;
        emit busyChanged(true);
    }
    QThreadPool::globalInstance()->start(
        [mailbox = m_mailbox, cancel = m_cancel, data, weights, samples, generation] {
            const RankInput input = RankInput::fromDataSet(data, weights);
            const RankOdds::Result result = RankOdds::compute(input, samples, cancel.get());
            if (result.cancelled)
                return;
            const QString sentence = WinnerSensitivity(input).sentence();
            const QMutexLocker locker(&mailbox->mutex);
            if (!mailbox->model || cancel->load())
                return;
            QMetaObject::invokeMethod(
                mailbox->model,
                [model = mailbox->model, input, result, sentence, generation] {
                    if (generation != model->m_generation)
                        return; // a newer computation is under way
                    model->accept(input, result, sentence);
                    model->m_running = false;
                    emit model->busyChanged(false);
                },
                Qt::QueuedConnection);
        });
}

void ChanceModel::accept(const RankInput &input, const RankOdds::Result &result,
                         const QString &sentence)
{
    m_chances.clear();
    for (int f = 0; f < input.frameworkCount(); ++f)
        m_chances.insert(input.ids.at(f), {result.first.at(f), result.top3.at(f)});
    m_sentence = sentence;
    m_exact = result.exact;
    if (rowCount() > 0)
        emit dataChanged(index(0, firstColumn()), index(rowCount() - 1, top3Column()));
    emit resultChanged();
}

int ChanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_model->columnCount() + 2;
}

QModelIndex ChanceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    if (isChanceColumn(column))
        return createIndex(row, column);
    return QIdentityProxyModel::index(row, column, parent);
}

QModelIndex ChanceModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex ChanceModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

QModelIndex ChanceModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (proxyIndex.isValid() && isChanceColumn(proxyIndex.column()))
        return {};
    return QIdentityProxyModel::mapToSource(proxyIndex);
}

QVariant ChanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !isChanceColumn(index.column()))
        return QIdentityProxyModel::data(index, role);
    const QModelIndex name = m_model->index(index.row(), 0);
    const auto it = m_chances.constFind(name.data(Role::Id).toString());
    const bool first = index.column() == firstColumn();
    const std::optional<double> p =
        it == m_chances.cend() ? std::nullopt : std::optional(first ? it->first : it->second);
    switch (role) {
    case Qt::DisplayRole:
        return p ? QString::number(*p * 100, 'f', 0) + u" %"_s : u"…"_s;
    case Qt::EditRole:
        return p ? QVariant(*p) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (!p)
            return tr("Being computed");
        return ToolTip::html((first ? tr("%1 — chance of coming first: %2 %")
                                    : tr("%1 — chance of a place in "
                                         "the first three: %2 %"))
                                 .arg(name.data().toString(), QString::number(*p * 100, 'f', 1)));
    case Qt::CheckStateRole:
    case Qt::DecorationRole:
    case Role::ColumnKind: // none of the model's kinds: painted and edited as plain cells
        return {};
    default:
        // The row's own roles (id, colour) as every other cell of the row has them.
        return name.data(role);
    }
}

QVariant ChanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && isChanceColumn(section)) {
        const bool first = section == firstColumn();
        if (role == Qt::DisplayRole)
            return first ? tr("P(first)") : tr("P(top 3)");
        if (role == Qt::ToolTipRole)
            return first ? tr("The chance of coming first when each ranged rating may be any "
                              "level of its range")
                         : tr("The chance of a place in the first three when each ranged "
                              "rating may be any level of its range");
        return {};
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

Qt::ItemFlags ChanceModel::flags(const QModelIndex &index) const
{
    if (index.isValid() && isChanceColumn(index.column()))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return QIdentityProxyModel::flags(index);
}

} // namespace Versus
