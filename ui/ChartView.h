// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

#include <memory>

namespace Versus {

class ChartDrawing;

// Shows a chart in the window: the same drawing an export makes, at the view's size, scrolled
// when the chart needs more height than the view has to keep its text legible. A tooltip on
// each point or bar, a click on a legend entry hides or shows what it stands for, the pointer
// brings a framework forward. It follows the application palette between light and dark. For
// screen readers, which cannot read a picture, its accessible description states what is drawn
// in words.
class ChartView : public QScrollArea
{
    Q_OBJECT

public:
    // Takes `drawing` over.
    explicit ChartView(ChartDrawing *drawing, QWidget *parent = nullptr);
    ~ChartView() override;

    ChartDrawing *drawing() const { return m_drawing.get(); }
    // The widget the chart is painted on (for tests: grab() it, send it the mouse).
    QWidget *canvas() const { return m_canvas; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitCanvas();
    void followPalette();
    void describe();
    void pointerAt(const QPoint &position, const QPoint &global);

    std::unique_ptr<ChartDrawing> m_drawing;
    QWidget *m_canvas;
    bool m_describeQueued = false;
};

} // namespace Versus
