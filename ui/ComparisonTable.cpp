// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonTable.h"

#include "FrameworkHeaderView.h"
#include "FrameworkModel.h"
#include "RatingDelegate.h"
#include "Selection.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QTransposeProxyModel>

using namespace Qt::StringLiterals;

namespace Versus {

ComparisonTable::ComparisonTable(FrameworkModel *model, Selection *selection, QWidget *parent)
    : QTableView(parent), m_model(model), m_selection(selection),
      m_proxy(new QTransposeProxyModel(this))
{
    setObjectName(u"comparisonTable"_s);
    setAccessibleName(tr("Comparison table"));
    setAccessibleDescription(tr("Metrics and facts as rows, frameworks as columns. Arrow keys "
                                "move between cells, F2 or Enter changes one."));
    // Tab leaves the table for the next part of the window, as in other grids; the arrow keys
    // move between cells. While a cell is edited, Tab still takes the value and goes on.
    setTabKeyNavigation(false);
    setWhatsThis(tr("<p>The comparison table: a row per metric and fact, a column per framework. "
                    "A rating shows its level and a row of pips in the framework's colour.</p>"
                    "<p>Click a column header for the framework, a row header for the metric. "
                    "F2, Enter or a double-click changes a cell.</p>"));
    setHorizontalHeader(new FrameworkHeaderView(Qt::Horizontal, this));
    m_proxy->setSourceModel(model);
    setModel(m_proxy);
    setItemDelegate(new RatingDelegate(this));
    setWordWrap(true);
    setAlternatingRowColors(true);
    // Extended, because single-item selection cannot select a whole row or column in QTableView.
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // F2 and double-click as in every item view; Enter too (keyPressEvent), as in spreadsheets.
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A fact of a paragraph's length wraps to at most four lines, so that one long developer
    // name cannot push the ratings below it out of sight; the cell's tooltip has all of it.
    verticalHeader()->setMaximumSectionSize(fontMetrics().lineSpacing() * MaxLinesPerRow + 8);
    // Rows fit the columns in view, not the first thousand: with many frameworks, measuring
    // every cell of a row again after each edit took a second (see docs/performance.md).
    verticalHeader()->setResizeContentsPrecision(0);
    // Long names are shortened with "…" (the tooltip has the whole name), and a metric's name
    // of any length leaves the frameworks' columns their room.
    horizontalHeader()->setTextElideMode(Qt::ElideRight);
    verticalHeader()->setTextElideMode(Qt::ElideRight);
    verticalHeader()->setMaximumWidth(fontMetrics().averageCharWidth() * 28);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    // Clicking a header selects a whole column (a framework) or row (a metric); clicking or
    // moving to a cell selects that one rating. Decided once the selection is complete, so a
    // header click is not first taken for a click on the cell it makes current.
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ComparisonTable::onSelectionChanged);
    connect(selection, &Selection::changed, this, &ComparisonTable::showSelection);
    connect(model, &QAbstractItemModel::modelReset, this, &ComparisonTable::layoutRows);
    connect(model, &QAbstractItemModel::columnsInserted, this, &ComparisonTable::layoutRows);
    connect(model, &QAbstractItemModel::columnsRemoved, this, &ComparisonTable::layoutRows);
    connect(model, &QAbstractItemModel::modelReset, this, &ComparisonTable::layoutColumns);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ComparisonTable::layoutColumns);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ComparisonTable::layoutColumns);
    connect(model, &QAbstractItemModel::rowsMoved, this, &ComparisonTable::layoutColumns);
    connect(model, &FrameworkModel::comparedChanged, this, &ComparisonTable::layoutColumns);
    layoutRows();
    layoutColumns();
}

QModelIndex ComparisonTable::ratingIndex(int frameworkRow, int metricIndex) const
{
    return m_proxy->mapFromSource(m_model->index(frameworkRow, m_model->metricColumn(metricIndex)));
}

void ComparisonTable::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && state() != EditingState && currentIndex().isValid() &&
        edit(currentIndex(), EditKeyPressed, event))
        return;
    QTableView::keyPressEvent(event);
}

void ComparisonTable::layoutRows()
{
    // Row 0 of the transposed model is the name column, which the header already shows.
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        setRowHidden(row, row == 0);
}

void ComparisonTable::setShowAll(bool all)
{
    if (all == m_showAll)
        return;
    m_showAll = all;
    layoutColumns();
}

void ComparisonTable::layoutColumns()
{
    // The compared frameworks side by side; all of them when asked, or when none is compared
    // (an empty table would say nothing).
    const bool all = m_showAll || m_model->comparedIds().isEmpty();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const int column = m_proxy->mapFromSource(m_model->index(row, 0)).column();
        const bool hidden = !all && !m_model->isCompared(row);
        if (isColumnHidden(column) != hidden)
            setColumnHidden(column, hidden);
    }
    // A column is as narrow as its ratings let it be (the longest level's name and its pips),
    // not a fixed 160 pixels: two frameworks then fit whole beside the chart in a window of
    // 1024 pixels. Facts wrap; a name too long for the header is shortened, with a tooltip.
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.font.setBold(true); // the best rating of a row is bold
    option.fontMetrics = QFontMetrics(option.font);
    int widest = fontMetrics().averageCharWidth() * 12;
    int measured = 0;
    for (int column = 0; column < m_proxy->columnCount() && measured < MeasuredColumns; ++column) {
        if (isColumnHidden(column))
            continue;
        ++measured;
        for (int m = 0; m < m_model->metricCount(); ++m) {
            const QModelIndex index = m_proxy->index(
                m_proxy->mapFromSource(m_model->index(0, m_model->metricColumn(m))).row(), column);
            widest = qMax(widest, itemDelegateForIndex(index)->sizeHint(option, index).width());
        }
    }
    horizontalHeader()->setMinimumSectionSize(widest);
}

int ComparisonTable::widthFor(int columns) const
{
    const QHeaderView *rows = verticalHeader();
    const int names = qMin(rows->sizeHint().width(), rows->maximumWidth());
    return 2 * frameWidth() + names + columns * horizontalHeader()->minimumSectionSize() +
           style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
}

void ComparisonTable::onSelectionChanged()
{
    const QModelIndex current = currentIndex();
    if (m_updating || !current.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(current);
    const QString frameworkId = m_model->data(source, Role::Id).toString();
    const int metric = m_model->metricIndexOfColumn(source.column());
    const QString metricId = metric >= 0 ? m_model->dataSet().metrics.at(metric).id : QString();
    QItemSelectionModel *selected = selectionModel();
    // The choice comes from here: showSelection() must not turn it into another one (a fact
    // cell into its whole column), or the cell being edited would move under the person.
    m_updating = true;
    if (selected->isColumnSelected(current.column(), {}))
        m_selection->selectFramework(frameworkId);
    else if (metric >= 0 && m_proxy->columnCount() > 1 &&
             selected->isRowSelected(current.row(), {}))
        m_selection->selectMetric(metricId);
    else if (metric >= 0)
        m_selection->selectRating(frameworkId, metricId);
    else
        m_selection->selectFramework(frameworkId);
    m_updating = false;
}

void ComparisonTable::showSelection()
{
    // Follows choices made elsewhere (the framework list, the chart) without feeding them back.
    if (m_updating)
        return;
    const int row = m_model->rowOfFramework(m_selection->frameworkId());
    const int metric = m_model->dataSet().metricIndex(m_selection->metricId());
    m_updating = true;
    if (m_selection->focus() == Selection::Focus::Metric && metric >= 0) {
        selectRow(m_proxy->mapFromSource(m_model->index(0, m_model->metricColumn(metric))).row());
    } else if (row >= 0 && metric >= 0) {
        setCurrentIndex(ratingIndex(row, metric));
    } else if (row >= 0) {
        selectColumn(m_proxy->mapFromSource(m_model->index(row, 0)).column());
    }
    m_updating = false;
}

} // namespace Versus
