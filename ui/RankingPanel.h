// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Versus {

class ChanceModel;
class FrameworkModel;
class RankingProxyModel;
class Selection;
class WeightSweepChart;
class WeightsEditor;

// The Frameworks dock: the frameworks ranked by weighted score (or by any metric, the name, or
// the chance of coming first or in the first three: click a column header), filtered by text,
// status and sourcing, each with its "compared" check box; what would change the winner, in a
// sentence and a chart of the scores as one weight sweeps 0..5;
// buttons to compare exactly the frameworks listed, all or none; and the metrics' weights.
class RankingPanel : public QWidget
{
    Q_OBJECT

public:
    RankingPanel(FrameworkModel *model, Selection *selection, QWidget *parent = nullptr);

    RankingProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *statusFilter() const { return m_status; }
    WeightsEditor *weightsEditor() const { return m_weights; }
    ChanceModel *chances() const { return m_chances; }
    QCheckBox *sourcedOnly() const { return m_sourcedOnly; }
    QLabel *sentence() const { return m_sentence; }
    WeightSweepChart *sweep() const { return m_sweep; }

    // Tab goes through the panel as it reads (filters, ranking, buttons, weights) and then on to
    // `next`; kept so when the weights' boxes are made anew.
    void setNextInTabOrder(QWidget *next);
    // The dock's width that shows the rank, a name, the score and the chances of coming first
    // and in the first three without scrolling.
    int preferredWidth() const;

private:
    static constexpr int MaxNameChars = 28;
    // How many rows the columns are sized on: enough to see the names of a long list.
    static constexpr int SampledRows = 200;
    // How many metrics' weights are in view before they scroll.
    static constexpr int MaxWeightsShown = 6;
    static constexpr int MaxWeightsWithSweep = 2;
    // A name's width in the dock, in average characters: at least, and as the dock is first
    // sized.
    static constexpr int MinNameChars = 9;
    static constexpr int PreferredNameChars = 11;

    void layoutColumns();
    void fitNameColumn();
    void chainTabOrder();

    FrameworkModel *m_model;
    Selection *m_selection;
    RankingProxyModel *m_proxy;
    ChanceModel *m_chances;
    QCheckBox *m_sourcedOnly;
    QLabel *m_sentence;
    QCheckBox *m_sweepToggle = nullptr;
    WeightSweepChart *m_sweep;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QTableView *m_view;
    WeightsEditor *m_weights;
    QList<QWidget *> m_buttons;
    QWidget *m_next = nullptr;
    int m_nameWidth = 0; // the names' width, as measured
};

} // namespace Versus
