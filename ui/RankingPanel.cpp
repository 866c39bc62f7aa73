// SPDX-License-Identifier: GPL-3.0-or-later
#include "RankingPanel.h"

#include "ChanceModel.h"
#include "FrameworkModel.h"
#include "RankingProxyModel.h"
#include "RatingDelegate.h"
#include "Selection.h"
#include "WeightSweepChart.h"
#include "WeightsEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

// The ranking's table. Hidden (before the window is first shown, or with the dock closed), Qt
// sizes a column to its contents by measuring every row, not the rows in view: with 10,000
// frameworks each data set opened took seconds. Hidden, it measures the first rows, which are
// those in view when it is shown.
class RankingView : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<void()> resized; // the name column is fitted to the width

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QTableView::resizeEvent(event);
        if (resized)
            resized();
    }

    int sizeHintForColumn(int column) const override
    {
        if (isVisible() || !model())
            return QTableView::sizeHintForColumn(column);
        constexpr int MaxRowsMeasured = 50;
        ensurePolished();
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        const QHeaderView *rows = verticalHeader();
        int hint = 0;
        for (int visual = 0, measured = 0; visual < rows->count() && measured < MaxRowsMeasured;
             ++visual) {
            const int row = rows->logicalIndex(visual);
            if (rows->isSectionHidden(row))
                continue;
            const QModelIndex index = model()->index(row, column, rootIndex());
            hint = qMax(hint, itemDelegateForIndex(index)->sizeHint(option, index).width());
            ++measured;
        }
        return showGrid() ? hint + 1 : hint;
    }
};

} // namespace

RankingPanel::RankingPanel(FrameworkModel *model, Selection *selection, QWidget *parent)
    : QWidget(parent), m_model(model), m_selection(selection),
      m_proxy(new RankingProxyModel(model, this)), m_chances(new ChanceModel(model, this)),
      m_sourcedOnly(new QCheckBox(tr("&Sourced only"))), m_sentence(new QLabel),
      m_sweep(new WeightSweepChart(model)), m_filter(new QLineEdit), m_status(new QComboBox),
      m_view(new RankingView), m_weights(new WeightsEditor(model))
{
    setObjectName(u"rankingPanel"_s);
    m_filter->setObjectName(u"frameworkFilter"_s);
    // A short placeholder: the dock's first width leaves the box a few characters.
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setToolTip(tr("Filter by name, developer, language"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter frameworks"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &RankingProxyModel::setFilterText);

    m_status->setObjectName(u"statusFilter"_s);
    // As wide as "Any status", not as its longest choice: the filters' row set the dock's
    // least width, which left the chart too little in a window of 1024 pixels.
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(8);
    m_status->setAccessibleName(tr("Filter by status"));
    m_status->addItem(tr("Any status"), int(RankingProxyModel::Status::Any));
    m_status->addItem(tr("Active"), int(RankingProxyModel::Status::Active));
    m_status->addItem(tr("Maintenance"), int(RankingProxyModel::Status::Maintenance));
    m_status->addItem(tr("Discontinued"), int(RankingProxyModel::Status::Discontinued));
    m_status->addItem(tr("Other"), int(RankingProxyModel::Status::Other));
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(RankingProxyModel::Status(m_status->currentData().toInt()));
    });

    m_sourcedOnly->setObjectName(u"sourcedOnly"_s);
    m_sourcedOnly->setToolTip(tr("List only frameworks whose every rating has a note and whose "
                                 "sources are listed"));
    connect(m_sourcedOnly, &QCheckBox::toggled, m_proxy, &RankingProxyModel::setSourcedOnly);
    m_proxy->setExtendedSource(m_chances);

    m_sentence->setObjectName(u"winnerSentence"_s);
    m_sentence->setTextFormat(Qt::PlainText); // names are data, never markup
    m_sentence->setWordWrap(true);
    m_sentence->setAccessibleName(tr("What would change the winner"));
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const auto showSentence = [this] {
        m_sentence->setText(m_chances->sentence());
        m_sweep->refresh();
    };
    connect(m_chances, &ChanceModel::resultChanged, this, showSentence);
    connect(m_chances, &ChanceModel::busyChanged, this, [this](bool busy) {
        m_sentence->setEnabled(!busy); // the last answer, greyed while the next is computed
    });
    showSentence();

    // The ranking: rank (the row header), name with its check box, weighted score, then each
    // metric's pips. Sorted by clicking a header.
    m_view->setObjectName(u"frameworkList"_s);
    m_view->setAccessibleName(tr("Frameworks ranked by weighted score"));
    m_view->setModel(m_proxy);
    auto *delegate = new RatingDelegate(m_view);
    delegate->setCompact(true);
    m_view->setItemDelegate(delegate);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(model->scoreColumn(), Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Arrows move in the ranking; Tab leaves it, as in the comparison table (a QTableView would
    // otherwise walk its cells with Tab and never let the keyboard reach the rest of the window).
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // One line a row: a fixed height, not every row measured (10,000 frameworks took minutes).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_view->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_view->setToolTip(tr("Check the frameworks to show in the radar chart"));
    m_view->setAccessibleDescription(
        tr("Check a framework to show it in the radar chart; select one to read about it."));
    m_view->setWhatsThis(tr("<p>Every framework of the data, best weighted score first; click a "
                            "column header to sort by it. A checked framework is drawn in the "
                            "radar chart; click a name to read about it.</p>"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_selection->selectFramework(current.data(Role::Id).toString());
            });
    static_cast<RankingView *>(m_view)->resized = [this] { fitNameColumn(); };
    connect(model, &QAbstractItemModel::modelReset, this, &RankingPanel::layoutColumns);
    connect(model, &QAbstractItemModel::columnsInserted, this, &RankingPanel::layoutColumns);
    connect(model, &QAbstractItemModel::columnsRemoved, this, &RankingPanel::layoutColumns);

    auto *compareThese = new QPushButton(tr("Compare &These"));
    compareThese->setObjectName(u"compareThese"_s);
    compareThese->setToolTip(tr("Compare exactly the frameworks listed"));
    connect(compareThese, &QPushButton::clicked, this,
            [this] { m_model->setComparedIds(m_proxy->acceptedIds()); });
    auto *compareAll = new QPushButton(tr("&All"));
    compareAll->setObjectName(u"compareAll"_s);
    compareAll->setToolTip(tr("Compare every framework"));
    connect(compareAll, &QPushButton::clicked, this, [this] {
        QStringList ids;
        for (const Framework &framework : m_model->dataSet().frameworks)
            ids << framework.id;
        m_model->setComparedIds(ids);
    });
    auto *compareNone = new QPushButton(tr("&None"));
    compareNone->setObjectName(u"compareNone"_s);
    compareNone->setToolTip(tr("Compare no framework"));
    connect(compareNone, &QPushButton::clicked, this, [this] { m_model->setComparedIds({}); });

    m_buttons = {compareThese, compareAll, compareNone};
    // As wide as their words, not the style's 80 pixels: the row set the dock's least width.
    for (QPushButton *button : {compareAll, compareNone}) {
        button->setSizePolicy(QSizePolicy::Preferred, button->sizePolicy().verticalPolicy());
        button->setMinimumWidth(
            button->fontMetrics().horizontalAdvance(button->text().remove(u'&')) + 24);
    }
    // New boxes join the window's focus chain at its end: put them back in their place.
    connect(m_weights, &WeightsEditor::rebuilt, this, &RankingPanel::chainTabOrder);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_status);
    filters->addWidget(m_sourcedOnly);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(compareThese);
    buttons->addWidget(compareAll);
    buttons->addWidget(compareNone);
    buttons->addStretch();
    auto *weightsTitle = new QLabel(tr("<b>Weights</b> in the weighted score (0–5)"));
    weightsTitle->setBuddy(m_weights);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_sentence);
    // The sweep chart is shown on request: always there, it left a window of 640 pixels four
    // rows of ranking.
    m_sweepToggle = new QCheckBox(tr("Scores as one &weight goes 0–5"));
    m_sweepToggle->setToolTip(tr("Show a chart of the compared frameworks' scores as the weight "
                                 "of one metric goes from 0 to 5"));
    m_sweepToggle->setObjectName(u"sweepToggle"_s);
    m_sweep->setVisible(false);
    connect(m_sweepToggle, &QCheckBox::toggled, m_sweep, &QWidget::setVisible);
    layout->addWidget(m_sweepToggle);
    layout->addWidget(m_sweep);
    layout->addSpacing(6);
    layout->addWidget(weightsTitle);
    // The weights scroll when there are many metrics: twenty spin boxes left the ranking two
    // rows to show.
    auto *weightsArea = new QScrollArea;
    weightsArea->setObjectName(u"weightsArea"_s);
    weightsArea->setWidget(m_weights);
    weightsArea->setWidgetResizable(true);
    weightsArea->setFrameShape(QFrame::NoFrame);
    weightsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const auto fitWeights = [this, weightsArea] {
        // As tall as the weights, up to MaxWeightsShown of them (MaxWeightsWithSweep while the
        // sweep's chart is shown: in a window of 640 pixels the ranking kept three rows); the
        // ranking takes the rest.
        // Measured on a spin box: the new rows are not shown yet, so the form's own size hint
        // leaves them out.
        const QList<QSpinBox *> boxes = m_weights->spinBoxes();
        const int most = m_sweepToggle->isChecked() ? MaxWeightsWithSweep : MaxWeightsShown;
        const int shown = int(qMin(boxes.size(), qsizetype(most)));
        const int row = boxes.isEmpty() ? 0
                                        : qMax(boxes.constFirst()->sizeHint().height(),
                                               m_weights->fontMetrics().height());
        const auto *form = qobject_cast<QFormLayout *>(m_weights->layout());
        const int spacing = form ? qMax(0, form->verticalSpacing()) : 0;
        weightsArea->setFixedHeight(shown * row + qMax(0, shown - 1) * spacing);
    };
    connect(m_weights, &WeightsEditor::rebuilt, weightsArea, fitWeights);
    connect(m_sweepToggle, &QCheckBox::toggled, weightsArea, fitWeights);
    fitWeights();
    layout->addWidget(weightsArea);
    layoutColumns();
}

void RankingPanel::setNextInTabOrder(QWidget *next)
{
    m_next = next;
    chainTabOrder();
}

void RankingPanel::chainTabOrder()
{
    QList<QWidget *> chain{m_filter, m_status, m_sourcedOnly, m_view};
    chain << m_buttons;
    chain << m_sweepToggle << m_sweep->metricBox();
    for (QSpinBox *box : m_weights->spinBoxes())
        chain << box;
    if (m_next)
        chain << m_next;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void RankingPanel::layoutColumns()
{
    // Name, weighted score, the chances, then the metrics; the facts are in the comparison
    // table.
    QHeaderView *header = m_view->horizontalHeader();
    // Each hide and move below lays the view out again: with columns sized to their contents
    // every one measured the cells anew. They are sized once, at the end.
    header->setSectionResizeMode(QHeaderView::Interactive);
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setColumnHidden(column, m_model->columnKind(column) == ColumnKind::Fact);
    QList<int> order{0, m_model->scoreColumn(), m_chances->firstColumn(), m_chances->top3Column()};
    for (int column = 1; column < m_model->columnCount(); ++column)
        if (column != m_model->scoreColumn())
            order << column;
    for (int visual = 0; visual < order.size(); ++visual)
        if (header->visualIndex(order.at(visual)) != visual)
            header->moveSection(header->visualIndex(order.at(visual)), visual);
    // The proxy keeps its sort on the same thing when columns move; the arrow follows it.
    header->setSortIndicator(m_proxy->sortColumn(), m_proxy->sortOrder());
    header->setMinimumSectionSize(40);
    // A name of hundreds of characters is shortened rather than widening the dock over the
    // whole window; its tooltip has all of it.
    header->setMaximumSectionSize(m_view->fontMetrics().averageCharWidth() * MaxNameChars);
    // Every column as wide as the first rows need, the last one filling the rest; metrics that
    // do not fit are scrolled to. Measured once, here, and then the person's to resize: with
    // the columns kept sized to their contents, every layout of the window measured the cells
    // again, nineteen times at start.
    header->setResizeContentsPrecision(SampledRows);
    header->resizeSections(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_nameWidth = header->sectionSize(0);
    fitNameColumn();
}

void RankingPanel::fitNameColumn()
{
    // The name takes what the score and the chances leave of the view, so that they are in
    // sight without scrolling at the dock's width; a longer name is elided (its tooltip has
    // it all). The metrics after them are scrolled to.
    QHeaderView *header = m_view->horizontalHeader();
    int others = 0;
    for (const int column :
         {m_model->scoreColumn(), m_chances->firstColumn(), m_chances->top3Column()})
        others += header->sectionSize(column);
    const int least = m_view->fontMetrics().averageCharWidth() * MinNameChars;
    const int room = m_view->viewport()->width() - others;
    header->resizeSection(0, qBound(least, room, qMax(least, m_nameWidth)));
}

int RankingPanel::preferredWidth() const
{
    // The rank, a name of up to PreferredNameChars, the score and the chances, the frame, a
    // vertical scroll bar and the panel's margins.
    const QHeaderView *header = m_view->horizontalHeader();
    int width = qMin(m_nameWidth, m_view->fontMetrics().averageCharWidth() * PreferredNameChars);
    for (const int column :
         {m_model->scoreColumn(), m_chances->firstColumn(), m_chances->top3Column()})
        width += header->sectionSize(column);
    const QMargins margins = layout()->contentsMargins();
    return width + m_view->verticalHeader()->sizeHint().width() + 2 * m_view->frameWidth() +
           m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view) +
           margins.left() + margins.right();
}

} // namespace Versus
