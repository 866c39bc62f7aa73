// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallMultiplesView.h"

#include "FrameworkModel.h"
#include "RadarChart.h"

#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLegend>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

// Smaller spoke labels and title than the overlay's: a panel is a third of its size or less.
constexpr qreal PanelFontScale = 0.85;

} // namespace

SmallMultiplesView::SmallMultiplesView(FrameworkModel *model, Selection *selection, QWidget *parent)
    : QWidget(parent), m_model(model), m_selection(selection), m_grid(new QGridLayout(this))
{
    setObjectName(u"smallMultiplesView"_s);
    setAccessibleName(tr("Small multiples"));
    setAccessibleDescription(tr("One radar chart per compared framework, on the same scale"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(0);
    // Only which frameworks are plotted, and their order, rebuild the grid; each chart follows
    // the model itself for everything else.
    connect(model, &FrameworkModel::comparedChanged, this, &SmallMultiplesView::rebuild);
    connect(model, &QAbstractItemModel::modelReset, this, &SmallMultiplesView::rebuild);
    connect(model, &QAbstractItemModel::rowsInserted, this, &SmallMultiplesView::rebuild);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &SmallMultiplesView::rebuild);
    connect(model, &QAbstractItemModel::rowsMoved, this, &SmallMultiplesView::rebuild);
    rebuild();
}

QList<RadarChart *> SmallMultiplesView::charts() const
{
    QList<RadarChart *> charts;
    for (QChartView *view : m_views)
        charts << static_cast<RadarChart *>(view->chart());
    return charts;
}

void SmallMultiplesView::rebuild()
{
    const QStringList ids = m_model->comparedIds();
    if (ids == m_ids && !m_views.isEmpty())
        return;
    m_ids = ids;
    qDeleteAll(m_views);
    m_views.clear();
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (const QString &id : ids) {
        auto *chart = new RadarChart(m_model, m_selection);
        chart->setFrameworks(QStringList{id});
        chart->setTitledByFramework(true);
        chart->legend()->hide();
        if (dark)
            chart->setDark(true);
        QFont title = chart->titleFont();
        title.setBold(true);
        chart->setTitleFont(title);
        for (QAbstractAxis *axis : chart->axes()) {
            QFont font = axis->labelsFont();
            font.setPointSizeF(font.pointSizeF() * PanelFontScale);
            axis->setLabelsFont(font);
        }
        auto *view = new QChartView(chart);
        view->setObjectName(u"smallMultiple:"_s + id);
        view->setRenderHint(QPainter::Antialiasing);
        view->setFrameShape(QFrame::NoFrame);
        view->setMinimumSize(160, 160);
        m_views << view;
    }
    if (ids.isEmpty()) {
        auto *empty =
            new QLabel(tr("No framework is compared. Check some in the Frameworks list."));
        empty->setAlignment(Qt::AlignCenter);
        empty->setWordWrap(true);
        m_grid->addWidget(empty, 0, 0);
    }
    m_columns = 0;
    layoutPanels();
}

int SmallMultiplesView::bestColumnCount() const
{
    // Square panels as large as they can be: the number of columns that gives the largest.
    const int count = int(m_views.size());
    const qreal w = qMax(1, width());
    const qreal h = qMax(1, height());
    int best = 1;
    qreal bestSide = 0;
    for (int columns = 1; columns <= count; ++columns) {
        const int rows = (count + columns - 1) / columns;
        const qreal side = qMin(w / columns, h / rows);
        if (side > bestSide) {
            bestSide = side;
            best = columns;
        }
    }
    return best;
}

void SmallMultiplesView::layoutPanels()
{
    const int columns = bestColumnCount();
    if (columns == m_columns && !m_views.isEmpty() && m_grid->count() == m_views.size())
        return;
    m_columns = columns;
    for (QChartView *view : m_views)
        m_grid->removeWidget(view);
    for (int i = 0; i < m_grid->columnCount(); ++i)
        m_grid->setColumnStretch(i, 0);
    for (int i = 0; i < m_grid->rowCount(); ++i)
        m_grid->setRowStretch(i, 0);
    for (int i = 0; i < m_views.size(); ++i)
        m_grid->addWidget(m_views.at(i), i / columns, i % columns);
    for (int i = 0; i < columns; ++i)
        m_grid->setColumnStretch(i, 1);
    const int rows = m_views.isEmpty() ? 0 : (int(m_views.size()) + columns - 1) / columns;
    for (int i = 0; i < rows; ++i)
        m_grid->setRowStretch(i, 1);
}

void SmallMultiplesView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutPanels();
}

void SmallMultiplesView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        for (RadarChart *chart : charts())
            if (chart->isDark() != dark)
                chart->setDark(dark);
    }
}

} // namespace Versus
