// SPDX-License-Identifier: GPL-3.0-or-later
#include "RatingDelegate.h"

#include "Appearance.h"
#include "ModelRoles.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPainter>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

bool isRatingCell(const QModelIndex &index)
{
    return index.data(Role::ColumnKind).toInt() == int(ColumnKind::Metric);
}

// Which fact a cell shows, or -1.
int factOf(const QModelIndex &index)
{
    const QVariant fact = index.data(Role::FactKind);
    return fact.isValid() ? fact.toInt() : -1;
}

int pipsWidth(int levels)
{
    return levels * RatingDelegate::PipSize + (levels - 1) * RatingDelegate::PipGap;
}

} // namespace

void RatingDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    if (!isRatingCell(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QVariant score = index.data(Role::Score);
    const int levels = index.data(Role::LevelCount).toInt();
    const QString text = opt.text;

    // Background, focus and selection as the style draws them, without the text.
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QRect area = opt.rect.adjusted(6, 2, -6, -2);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QRect textRect = area;
    if (score.isValid() && levels > 0) {
        // A framework's colour is chosen for a light background; on a dark base a dark colour
        // is lightened until its pips can be told apart from the background.
        const QColor base = opt.palette.color(group, QPalette::Base);
        const QColor own = index.data(Role::Color).value<QColor>();
        const QColor color =
            Appearance::isDark(opt.palette) ? Appearance::readableOn(own, base) : own;
        const int width = pipsWidth(levels);
        int x = area.right() - width + 1;
        const int y = area.center().y() - PipSize / 2;
        const QColor ring =
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        for (int level = 1; level <= levels; ++level, x += PipSize + PipGap) {
            const QRectF pip(x + 0.5, y + 0.5, PipSize - 1, PipSize - 1);
            painter->setPen(QPen(level <= score.toInt() ? color.darker(130) : ring, 1));
            painter->setBrush(level <= score.toInt() ? QBrush(color) : Qt::NoBrush);
            painter->drawEllipse(pip);
        }
        textRect.setRight(area.right() - width - 8);
        painter->setPen(
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    } else {
        QFont italic = opt.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText
                                                          : QPalette::PlaceholderText));
    }
    const QString elided =
        painter->fontMetrics().elidedText(text, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, elided);
    painter->restore();
}

QSize RatingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (isRatingCell(index)) {
        const int levels = index.data(Role::LevelCount).toInt();
        size.rwidth() += pipsWidth(levels) + 20;
        size.setHeight(qMax(size.height(), PipSize + 12));
    }
    return size;
}

QWidget *RatingDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    if (isRatingCell(index)) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(u"ratingEditor"_s);
        combo->addItem(tr("Not rated"), 0);
        const QStringList levels = index.data(Role::LevelLabels).toStringList();
        for (int level = 1; level <= levels.size(); ++level)
            combo->addItem(levels.at(level - 1), level);
        return combo;
    }
    switch (factOf(index)) {
    case int(Fact::FirstRelease):
    case int(Fact::LastRelease): {
        auto *year = new QSpinBox(parent);
        year->setObjectName(u"yearEditor"_s);
        year->setRange(NoYear, LastYear);
        year->setSpecialValueText(tr("Unknown"));
        year->setAccelerated(true);
        return year;
    }
    case int(Fact::Status): {
        auto *status = new QComboBox(parent);
        status->setObjectName(u"statusEditor"_s);
        status->setEditable(true);
        status->addItems({tr("Active"), tr("Maintenance only"), tr("Discontinued")});
        return status;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void RatingDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (isRatingCell(index)) {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Role::Score).toInt()));
        return;
    }
    switch (factOf(index)) {
    case int(Fact::FirstRelease):
    case int(Fact::LastRelease): {
        const QVariant year = index.data(Qt::EditRole);
        static_cast<QSpinBox *>(editor)->setValue(year.isValid() ? year.toInt() : NoYear);
        return;
    }
    case int(Fact::Status):
        static_cast<QComboBox *>(editor)->setCurrentText(index.data(Qt::EditRole).toString());
        return;
    default:
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void RatingDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (isRatingCell(index)) {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData());
        return;
    }
    switch (factOf(index)) {
    case int(Fact::FirstRelease):
    case int(Fact::LastRelease): {
        const int year = static_cast<QSpinBox *>(editor)->value();
        model->setData(index, year == NoYear ? QVariant(QString()) : QVariant(year));
        return;
    }
    case int(Fact::Status):
        model->setData(index, static_cast<QComboBox *>(editor)->currentText());
        return;
    default:
        // A text left as it was is no edit, even where the model would tidy its spaces.
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && !line->isModified())
            return;
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace Versus
