// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

class QTransposeProxyModel;

namespace Versus {

class FrameworkModel;
class Selection;

// The side-by-side table of the article: a row per metric and per fact, a column per compared
// framework, in the model's order (the order of the Frameworks list and the chart), or per
// framework when showsAll() (or when none is compared). It is the model seen through a
// QTransposeProxyModel; choosing a column, a row or a cell updates the shared Selection, and a
// selection made elsewhere is shown here.
class ComparisonTable : public QTableView
{
    Q_OBJECT

public:
    ComparisonTable(FrameworkModel *model, Selection *selection, QWidget *parent = nullptr);

    // The table cell that shows `metricIndex`'s rating of the framework in `row` of the model.
    QModelIndex ratingIndex(int frameworkRow, int metricIndex) const;
    QTransposeProxyModel *proxy() const { return m_proxy; }
    // Every framework a column, not only the compared ones (View > Show All Frameworks).
    bool showsAll() const { return m_showAll; }
    void setShowAll(bool all);
    // The width that shows the row names and `columns` frameworks' columns whole, at the width
    // their ratings need (level and pips), with the frame and a vertical scroll bar.
    int widthFor(int columns) const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    static constexpr int MaxLinesPerRow = 4;
    // How many columns the ratings' width is measured on: those in view, not a thousand.
    static constexpr int MeasuredColumns = 12;

    void onSelectionChanged();
    void showSelection();
    void layoutRows();
    void layoutColumns();

    FrameworkModel *m_model;
    Selection *m_selection;
    QTransposeProxyModel *m_proxy;
    bool m_updating = false;
    bool m_showAll = false;
};

} // namespace Versus
