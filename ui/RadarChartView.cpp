// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarChartView.h"

#include "FrameworkModel.h"

#include "RadarChart.h"

#include <QCursor>
#include <QEvent>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Versus {

RadarChartView::RadarChartView(FrameworkModel *model, Selection *selection, QWidget *parent)
    // The chart is handed to the constructor: QChartView(parent) would make a default chart
    // that setChart() then lets go of without deleting it.
    : QChartView(new RadarChart(model, selection), parent),
      m_chart(static_cast<RadarChart *>(chart()))
{
    setObjectName(u"radarChartView"_s);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(320, 320);
    setAccessibleName(tr("Radar chart"));
    setAccessibleDescription(tr("One polygon per compared framework, one spoke per metric. "
                                "The comparison table holds the same ratings as text."));
    setWhatsThis(tr("<p>The radar chart: one polygon per compared framework, one spoke per "
                    "metric, one ring per level. A rating that is not rated has no point.</p>"
                    "<p>Point at a corner for its rating. Choose the frameworks it compares "
                    "in the Frameworks list.</p>"));
    connect(m_chart, &RadarChart::vertexHovered, this, [this](const QString &text) {
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), FrameworkModel::toolTip(text), this);
    });
    followPalette();
}

void RadarChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette();
}

void RadarChartView::followPalette()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    if (dark != m_chart->isDark())
        m_chart->setDark(dark);
}

} // namespace Versus
