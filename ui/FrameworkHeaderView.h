// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>

namespace Versus {

// The frameworks' header of the comparison table: each name underlined with the framework's
// colour, so that a column and its polygon in the radar chart are recognised as one.
class FrameworkHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit FrameworkHeaderView(Qt::Orientation orientation, QWidget *parent = nullptr);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override;

private:
    static constexpr int BarHeight = 4;
};

} // namespace Versus
