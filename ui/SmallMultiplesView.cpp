// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallMultiplesView.h"

#include "FrameworkModel.h"
#include "RadarChart.h"

#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLegend>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

// Smaller spoke labels and title than the overlay's: a panel is a third of its size or less.
constexpr qreal PanelFontScale = 0.85;

} // namespace

SmallMultiplesView::SmallMultiplesView(FrameworkModel *model, Selection *selection, QWidget *parent)
    : QScrollArea(parent), m_model(model), m_selection(selection), m_canvas(new QWidget),
      m_empty(new QLabel(tr("No framework is compared. Check some in the Frameworks list.")))
{
    setObjectName(u"smallMultiplesView"_s);
    setAccessibleName(tr("Small multiples"));
    setAccessibleDescription(tr("One radar chart per compared framework, on the same scale"));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(m_canvas);
    auto *empty = static_cast<QLabel *>(m_empty);
    empty->setParent(m_canvas);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
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
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (const QString &id : ids) {
        RadarChart::Setup setup;
        setup.frameworks = QStringList{id};
        setup.titledByFramework = true;
        setup.dark = dark;
        auto *chart = new RadarChart(m_model, m_selection, setup);
        chart->legend()->hide();
        QFont title = chart->titleFont();
        title.setBold(true);
        chart->setTitleFont(title);
        for (QAbstractAxis *axis : chart->axes()) {
            QFont font = axis->labelsFont();
            font.setPointSizeF(font.pointSizeF() * PanelFontScale);
            axis->setLabelsFont(font);
        }
        auto *view = new QChartView(chart, m_canvas);
        view->setObjectName(u"smallMultiple:"_s + id);
        view->setRenderHint(QPainter::Antialiasing);
        view->setFrameShape(QFrame::NoFrame);
        m_views << view;
    }
    m_empty->setVisible(ids.isEmpty());
    for (QChartView *view : m_views)
        view->show();
    m_columns = 0;
    layoutPanels();
}

void SmallMultiplesView::layoutPanels()
{
    // Square panels: as many to a row as are at least MinPanelSide wide, and no more than there
    // are panels; they share the width.
    const int width = viewport()->width();
    const int count = int(m_views.size());
    m_columns = qBound(1, width / MinPanelSide, qMax(1, count));
    const int rows = (count + m_columns - 1) / m_columns;
    // No taller than the view, unless that would make them smaller than MinPanelSide.
    const int side =
        qMin(width / m_columns, qMax(MinPanelSide, viewport()->height() / qMax(1, rows)));
    const int left = (width - m_columns * side) / 2;
    m_canvas->resize(width, qMax(viewport()->height(), rows * side));
    m_empty->setGeometry(0, 0, width, viewport()->height());
    for (int i = 0; i < count; ++i) {
        const int row = i / m_columns;
        // A last row that is not full is centred under the others.
        const int inRow = qMin(m_columns, count - row * m_columns);
        const int indent = (m_columns - inRow) * side / 2;
        m_views.at(i)->setGeometry(left + indent + (i % m_columns) * side, row * side, side, side);
    }
}

void SmallMultiplesView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    layoutPanels();
}

void SmallMultiplesView::changeEvent(QEvent *event)
{
    QScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        for (RadarChart *chart : charts())
            if (chart->isDark() != dark)
                chart->setDark(dark);
    }
}

} // namespace Versus
