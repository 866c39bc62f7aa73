// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartView.h"

#include "Appearance.h"
#include "ChartDrawing.h"
#include "FrameworkModel.h"
#include "ToolTip.h"

#include <QAccessible>
#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionFocusRect>
#include <QToolTip>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Versus {

ChartView::ChartView(ChartDrawing *drawing, QWidget *parent)
    : QScrollArea(parent), m_drawing(drawing), m_canvas(new QWidget)
{
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidgetResizable(false);
    setWidget(m_canvas);
    setMinimumSize(200, 200);
    // Reachable with Tab, so that a screen reader can read the description.
    setFocusPolicy(Qt::StrongFocus);
    m_canvas->setObjectName(u"chartCanvas"_s);
    m_canvas->setMouseTracking(true);
    m_canvas->setAttribute(Qt::WA_OpaquePaintEvent);
    m_canvas->installEventFilter(this);
    connect(m_drawing.get(), &ChartDrawing::changed, this, [this] {
        fitCanvas();
        m_canvas->update();
        // Queued, so that a burst of changes (a reset, an undo of several steps) is described
        // once, after the chart has followed.
        if (!m_describeQueued) {
            m_describeQueued = true;
            QMetaObject::invokeMethod(this, &ChartView::describe, Qt::QueuedConnection);
        }
    });
    followPalette();
    describe();
}

ChartView::~ChartView() = default;

void ChartView::fitCanvas()
{
    // As wide as the view; as tall as the chart needs to keep its text legible, at least the
    // view's height. A scroll bar, when it appears, takes width: measured again without it.
    const QSize view = maximumViewportSize();
    int width = view.width();
    int height = int(std::ceil(m_drawing->neededHeight(width, view.height())));
    if (height > view.height()) {
        width -= verticalScrollBar()->sizeHint().width();
        height = int(std::ceil(m_drawing->neededHeight(width, view.height())));
    }
    if (m_canvas->size() != QSize(width, height))
        m_canvas->resize(width, height);
    m_drawing->setSize(QSizeF(width, height));
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    fitCanvas();
}

void ChartView::changeEvent(QEvent *event)
{
    QScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        followPalette();
}

void ChartView::followPalette()
{
    m_drawing->setDark(Appearance::isDark(palette()));
}

void ChartView::describe()
{
    m_describeQueued = false;
    const QString description = m_drawing->description();
    if (description == accessibleDescription())
        return;
    setAccessibleDescription(description);
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void ChartView::focusInEvent(QFocusEvent *event)
{
    QScrollArea::focusInEvent(event);
    m_canvas->update();
}

void ChartView::focusOutEvent(QFocusEvent *event)
{
    QScrollArea::focusOutEvent(event);
    m_canvas->update();
}

void ChartView::pointerAt(const QPoint &position, const QPoint &global)
{
    QString framework;
    const QString text = m_drawing->toolTipAt(position, &framework);
    m_drawing->setHovered(framework);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(global, ToolTip::html(text), m_canvas);
    m_canvas->setCursor(m_drawing->legendKeyAt(position).isEmpty() ? Qt::ArrowCursor
                                                                   : Qt::PointingHandCursor);
}

bool ChartView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_canvas)
        return QScrollArea::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Paint: {
        QPainter painter(m_canvas);
        m_drawing->paint(&painter);
        if (hasFocus()) {
            // The view has no frame, so without this nothing would show where the keyboard is.
            QStyleOptionFocusRect option;
            option.initFrom(this);
            option.rect = m_canvas->rect().adjusted(2, 2, -2, -2);
            option.backgroundColor = palette().color(QPalette::Base);
            style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
        }
        return true;
    }
    case QEvent::MouseMove: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        pointerAt(mouse->position().toPoint(), mouse->globalPosition().toPoint());
        return false;
    }
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        // A click on a legend entry hides or shows what it stands for.
        if (const QString key = m_drawing->legendKeyAt(mouse->position());
            mouse->button() == Qt::LeftButton && !key.isEmpty()) {
            m_drawing->setHidden(key, !m_drawing->isHidden(key));
            return true;
        }
        return false;
    }
    case QEvent::Leave:
        m_drawing->setHovered(QString());
        QToolTip::hideText();
        return false;
    default:
        // The scroll area watches its widget too: a canvas grown taller (more panels, the view
        // unchanged) must reach it for the scroll bar to follow.
        return QScrollArea::eventFilter(watched, event);
    }
}

} // namespace Versus
