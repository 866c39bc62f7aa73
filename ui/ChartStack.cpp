// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartStack.h"

#include "BarsChart.h"
#include "ChartView.h"
#include "ExportChartDialog.h"
#include "RadarChartView.h"
#include "ScoreChart.h"
#include "SmallMultiplesView.h"

#include <QAction>
#include <QActionGroup>

using namespace Qt::StringLiterals;

namespace Versus {

ChartStack::ChartStack(FrameworkModel *model, Selection *selection, RadarChartView *overlay,
                       QWidget *parent)
    : QStackedWidget(parent), m_model(model), m_selection(selection), m_overlay(overlay),
      m_actions(new QActionGroup(this))
{
    setObjectName(u"chartStack"_s);
    addWidget(m_overlay);
    const struct
    {
        ChartExporter::Layout layout;
        QString name;
        QString text;
        QString tip;
    } layouts[] = {
        {ChartExporter::Layout::Overlay, u"actionOverlay"_s, tr("&Overlay"),
         tr("Every compared framework in one radar chart")},
        {ChartExporter::Layout::Grid, u"actionSmallMultiples"_s, tr("&Small Multiples"),
         tr("One small radar chart per compared framework, on the same scale")},
        {ChartExporter::Layout::Bars, u"actionBars"_s, tr("&Bars"),
         tr("A group of bars per metric, a bar per compared framework: exact at any number")},
        {ChartExporter::Layout::Score, u"actionScore"_s, tr("S&core"),
         tr("The weighted score of each compared framework, best first, a segment per metric")},
    };
    for (const auto &entry : layouts) {
        QAction *action = m_actions->addAction(entry.text);
        action->setObjectName(entry.name);
        action->setStatusTip(entry.tip);
        action->setCheckable(true);
        action->setData(int(entry.layout));
        connect(action, &QAction::toggled, this, [this, layout = entry.layout](bool on) {
            if (on)
                showLayout(layout);
        });
        // Export Chart starts with what the person last chose to see (not written at start).
        connect(action, &QAction::triggered, this,
                [layout = entry.layout] { ExportChartDialog::rememberLayout(layout); });
    }
    m_actions->actions().constFirst()->setChecked(true);
}

QList<QAction *> ChartStack::actions() const
{
    return m_actions->actions();
}

ChartView *ChartStack::viewOf(ChartExporter::Layout layout) const
{
    switch (layout) {
    case ChartExporter::Layout::Overlay:
        return m_overlay;
    case ChartExporter::Layout::Grid:
        return m_smallMultiples;
    case ChartExporter::Layout::Bars:
        return m_bars;
    case ChartExporter::Layout::Score:
        return m_score;
    }
    return nullptr;
}

void ChartStack::showLayout(ChartExporter::Layout layout)
{
    if (!viewOf(layout)) {
        ChartView *view = nullptr;
        if (layout == ChartExporter::Layout::Grid) {
            m_smallMultiples = new SmallMultiplesView(m_model, m_selection);
            view = m_smallMultiples;
        } else if (layout == ChartExporter::Layout::Bars) {
            m_bars = new ChartView(new BarsChart(m_model, m_selection));
            m_bars->setObjectName(u"barsChartView"_s);
            m_bars->setAccessibleName(tr("Bar chart"));
            view = m_bars;
        } else {
            m_score = new ChartView(new ScoreChart(m_model, m_selection));
            m_score->setObjectName(u"scoreChartView"_s);
            m_score->setAccessibleName(tr("Weighted score chart"));
            view = m_score;
        }
        addWidget(view);
        emit viewAdded(view);
    }
    m_layout = layout;
    setCurrentWidget(viewOf(layout));
    for (QAction *action : m_actions->actions())
        if (action->data().toInt() == int(layout) && !action->isChecked())
            action->setChecked(true);
}

} // namespace Versus
