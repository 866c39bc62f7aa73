// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarChartView.h"

#include "Appearance.h"
#include "FrameworkModel.h"
#include "RadarChart.h"
#include "ToolTip.h"

#include <QAccessible>
#include <QCursor>
#include <QEvent>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Versus {

RadarChartView::RadarChartView(FrameworkModel *model, Selection *selection, QWidget *parent)
    // The chart is handed to the constructor: QChartView(parent) would make a default chart
    // that setChart() then lets go of without deleting it.
    : QChartView(new RadarChart(model, selection), parent), m_model(model),
      m_chart(static_cast<RadarChart *>(chart()))
{
    setObjectName(u"radarChartView"_s);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(320, 320);
    // Reachable with Tab, so that a screen reader can read the description below.
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Radar chart"));
    setWhatsThis(tr("<p>The radar chart: one polygon per compared framework, one spoke per "
                    "metric, one ring per level. A rating that is not rated has no point.</p>"
                    "<p>Point at a corner for its rating. Choose the frameworks it compares "
                    "in the Frameworks list.</p>"));
    connect(m_chart, &RadarChart::vertexHovered, this, [this](const QString &text) {
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), ToolTip::html(text), this);
    });
    // Whatever changes the chart changes its description; queued, so that a burst of changes
    // (a reset, an undo of several steps) is described once, after the chart has followed.
    const auto later = [this] {
        QMetaObject::invokeMethod(this, &RadarChartView::describe, Qt::QueuedConnection);
    };
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    connect(model, &QAbstractItemModel::headerDataChanged, this, later);
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(model, &QAbstractItemModel::rowsMoved, this, later);
    connect(model, &QAbstractItemModel::columnsInserted, this, later);
    connect(model, &QAbstractItemModel::columnsRemoved, this, later);
    connect(model, &QAbstractItemModel::columnsMoved, this, later);
    connect(model, &FrameworkModel::comparedChanged, this, later);
    followPalette();
    describe();
}

void RadarChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        followPalette();
}

void RadarChartView::followPalette()
{
    const bool dark = Appearance::isDark(palette());
    if (dark != m_chart->isDark())
        m_chart->setDark(dark);
}

void RadarChartView::describe()
{
    // "Caffe: Performance High (4 of 5), Scalability Moderate (3 of 5), …" for each plotted
    // framework, in the chart's order.
    QStringList frameworks;
    const DataSet &data = m_model->dataSet();
    for (const QString &id : m_chart->plottedFrameworks()) {
        const int row = m_model->rowOfFramework(id);
        if (row < 0)
            continue;
        QStringList ratings;
        for (int m = 0; m < m_model->metricCount(); ++m) {
            const QModelIndex cell = m_model->index(row, m_model->metricColumn(m));
            const QVariant score = cell.data(Role::Score);
            const QString &metric = data.metrics.at(m).name;
            ratings << (score.isValid() ? tr("%1 %2 (%3 of %4)", "metric, level, score, levels")
                                              .arg(metric, cell.data().toString())
                                              .arg(score.toInt())
                                              .arg(data.metrics.at(m).levelCount())
                                        : tr("%1 not rated", "metric").arg(metric));
        }
        frameworks << tr("%1: %2.", "framework: its ratings")
                          .arg(data.frameworks.at(row).name, ratings.join(u", "_s));
    }
    const QString table = tr("The comparison table holds the same ratings as text.");
    QString description;
    if (frameworks.isEmpty())
        description =
            tr("No framework is compared; check one in the Frameworks list.") + u' ' + table;
    else
        description = tr("One polygon per compared framework, one spoke per metric.") + u' ' +
                      frameworks.join(u' ') + u' ' + table;
    if (description == accessibleDescription())
        return;
    setAccessibleDescription(description);
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void RadarChartView::paintEvent(QPaintEvent *event)
{
    QChartView::paintEvent(event);
    if (!hasFocus())
        return;
    // The view has no frame, so without this nothing would show where the keyboard is.
    QPainter painter(viewport());
    QStyleOptionFocusRect option;
    option.initFrom(this);
    option.rect = viewport()->rect().adjusted(2, 2, -2, -2);
    option.backgroundColor = palette().color(QPalette::Base);
    style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
}

void RadarChartView::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    viewport()->update();
}

void RadarChartView::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    viewport()->update();
}

} // namespace Versus
