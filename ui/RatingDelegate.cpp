// SPDX-License-Identifier: GPL-3.0-or-later
#include "RatingDelegate.h"

#include "Appearance.h"
#include "ChangeMarkPainter.h"
#include "ModelRoles.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPainter>
#include <QSpinBox>

#include <algorithm>
#include <cmath>

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
    if (isScoreCell(index)) {
        paintScore(painter, option, index);
        return;
    }
    if (!isRatingCell(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        paintFactChange(painter, option, index);
        return;
    }

    QString text;
    const QStyleOptionViewItem opt = drawBackground(painter, option, index, &text);
    const QVariant score = index.data(Role::Score);
    const int levels = index.data(Role::LevelCount).toInt();

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QRect area = opt.rect.adjusted(6, 2, -6, -2);

    if (index.data(Role::Disagreement).toBool())
        markDisagreement(painter, opt);
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
        const QColor edge = color.darker(130);
        // A range: its levels other than the score drawn lighter, the score itself full.
        const QVariantList range = index.data(Role::Range).toList();
        const int low = range.size() == 2 ? range.at(0).toInt() : score.toInt();
        const int high = range.size() == 2 ? range.at(1).toInt() : score.toInt();
        QColor light = color;
        light.setAlphaF(0.35f);
        for (int level = 1; level <= levels; ++level, x += PipSize + PipGap) {
            if (level >= low && level <= high && level != score.toInt())
                drawPip(painter, x, y, edge, light);
            else if (level <= score.toInt())
                drawPip(painter, x, y, edge, color);
            else
                drawPip(painter, x, y, ring, QColor());
        }
        textRect.setRight(area.right() - width - 8);
        painter->setFont(opt.font);
        painter->setPen(
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    } else {
        QFont italic = opt.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText
                                                          : QPalette::PlaceholderText));
    }
    const bool rated = score.isValid() && levels > 0;
    if (rated && index.data(Role::Unsourced).toBool()) {
        // Unsourced: a small corner, as a spreadsheet marks a cell with a comment, in the
        // placeholder colour; the tooltip says it in words.
        const QRect cell = opt.rect;
        const int side = 6;
        painter->setPen(Qt::NoPen);
        painter->setBrush(opt.palette.color(group, selected ? QPalette::HighlightedText
                                                            : QPalette::PlaceholderText));
        painter->drawPolygon(QPolygon(
            {cell.topLeft(), cell.topLeft() + QPoint(side, 0), cell.topLeft() + QPoint(0, side)}));
    }
    if (!m_compact)
        textRect = reserveChangeMark(painter, opt, index, textRect);
    if (!m_compact || !rated) {
        // Compact, "Not rated" is a dash: the tooltip says it in words.
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                          elided(painter, m_compact ? u"—"_s : text, textRect.width()));
    }
    painter->restore();
}

void RatingDelegate::drawPip(QPainter *painter, int x, int y, const QColor &pen,
                             const QColor &fill) const
{
    const QRectF pip(x + 0.5, y + 0.5, PipSize - 1, PipSize - 1);
    // A copy is the same pixels only where the pip falls on whole device pixels: no rotation or
    // scaling beyond a whole screen scale, no fraction in the offset.
    const QTransform &transform = painter->worldTransform();
    const qreal ratio = painter->device()->devicePixelRatio();
    const int scale = qRound(ratio);
    if (transform.type() > QTransform::TxTranslate || scale < 1 || ratio != scale ||
        transform.dx() != std::floor(transform.dx()) ||
        transform.dy() != std::floor(transform.dy())) {
        painter->setPen(QPen(pen, 1));
        painter->setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
        painter->drawEllipse(pip);
        return;
    }
    const PipStyle style{pen.rgba(), fill.isValid() ? fill.rgba() : 0, fill.isValid(), scale};
    auto it = m_pips.constFind(style);
    if (it == m_pips.cend()) {
        if (m_pips.size() >= 4096) // frameworks of many colours scrolled past
            m_pips.clear();
        QPixmap pixmap(PipSize * scale, PipSize * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter pipPainter(&pixmap);
        pipPainter.setRenderHint(QPainter::Antialiasing);
        pipPainter.setPen(QPen(pen, 1));
        pipPainter.setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
        pipPainter.drawEllipse(pip.translated(-x, -y));
        pipPainter.end();
        it = m_pips.insert(style, pixmap);
    }
    painter->drawPixmap(QPoint(x, y), *it);
}

QString RatingDelegate::elided(const QPainter *painter, const QString &text, int width) const
{
    const QFont &font = painter->font();
    const int dpi = painter->device()->logicalDpiX();
    auto cache = std::find_if(m_elided.begin(), m_elided.end(), [&](const ElidedTexts &texts) {
        return texts.dpi == dpi && texts.font == font;
    });
    if (cache == m_elided.end()) {
        if (m_elided.size() >= 8) // the fonts changed (a new font, a zoom): start again
            m_elided.clear();
        m_elided.append({font, dpi, {}});
        cache = m_elided.end() - 1;
    }
    const ElidedKey key{text, width};
    if (const auto it = cache->texts.constFind(key); it != cache->texts.cend())
        return *it;
    if (cache->texts.size() >= 1024) // texts of their own (long labels) in many widths
        cache->texts.clear();
    const QString shown = painter->fontMetrics().elidedText(text, Qt::ElideRight, width);
    cache->texts.insert(key, shown);
    return shown;
}

QRect RatingDelegate::reserveChangeMark(QPainter *painter, const QStyleOptionViewItem &option,
                                        const QModelIndex &index, const QRect &textRect) const
{
    const auto change = Change(index.data(Role::Change).toInt());
    if (change == Change::None)
        return textRect;
    // Between the label and the pips, where the eye reads the level.
    const QRect slot(textRect.right() - ChangeMarkPainter::Width + 1, textRect.top(),
                     ChangeMarkPainter::Width, textRect.height());
    ChangeMarkPainter::paint(painter, option, change, slot);
    return textRect.adjusted(0, 0, -ChangeMarkPainter::Width - 4, 0);
}

void RatingDelegate::paintFactChange(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const auto change = Change(index.data(Role::Change).toInt());
    if (change == Change::None || m_compact)
        return;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QRect area = option.rect.adjusted(2, 2, -3, -2);
    ChangeMarkPainter::paint(painter, opt, change,
                             QRect(area.right() - ChangeMarkPainter::Width + 1, area.top(),
                                   ChangeMarkPainter::Width, area.height()));
}

bool RatingDelegate::isScoreCell(const QModelIndex &index)
{
    return index.data(Role::ColumnKind).toInt() == int(ColumnKind::Score);
}

void RatingDelegate::markBest(QStyleOptionViewItem *opt)
{
    // Bold on a faint tint of the highlight colour: seen at a glance, never taken for a
    // selected cell.
    opt->font.setBold(true);
    if (!(opt->state & QStyle::State_Selected)) {
        QColor tint = opt->palette.color(QPalette::Highlight);
        tint.setAlphaF(0.16f);
        opt->backgroundBrush = tint;
    }
}

void RatingDelegate::markDisagreement(QPainter *painter, const QStyleOptionViewItem &opt)
{
    // Amber (Okabe-Ito's orange) is neither a framework's pips nor the highlight, and is seen
    // on a light and on a dark base; the tint stays faint so that the text keeps its contrast.
    const QColor amber(0xE6, 0x9F, 0x00);
    painter->save();
    if (!(opt.state & QStyle::State_Selected)) {
        QColor tint = amber;
        tint.setAlphaF(0.22f);
        painter->fillRect(opt.rect, tint);
    }
    painter->setPen(QPen(amber, 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(opt.rect.adjusted(1, 1, -1, -1));
    painter->restore();
}

QStyleOptionViewItem RatingDelegate::drawBackground(QPainter *painter,
                                                    const QStyleOptionViewItem &option,
                                                    const QModelIndex &index, QString *text) const
{
    // Background, focus, selection and the best value's tint as the style draws them, without
    // the text, which the caller draws beside its pips or bar.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (index.data(Role::Best).toBool())
        markBest(&opt);
    *text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    return opt;
}

void RatingDelegate::paintScore(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QString text;
    const QStyleOptionViewItem opt = drawBackground(painter, option, index, &text);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor ink =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = opt.rect.adjusted(6, 2, -6, -2);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(ink);
    // The number first, in a column wide enough for "10.0*", so that the bars line up.
    const int numberWidth = QFontMetrics(opt.font).horizontalAdvance(u"10.0*"_s) + 4;
    painter->drawText(QRect(area.left(), area.top(), numberWidth, area.height()),
                      Qt::AlignVCenter | Qt::AlignLeft, text);
    const QVariant value = index.data(Role::WeightedScore);
    const QRect track(area.left() + numberWidth + 4, area.center().y() - PipSize / 2,
                      qMax(0, area.right() - area.left() - numberWidth - 4), PipSize);
    // A stub of a bar in a narrow column reads as a broken one: none then.
    if (value.isValid() && track.width() > (m_compact ? 3 * PipSize : 8)) {
        painter->setRenderHint(QPainter::Antialiasing);
        const QColor color = index.data(Role::Color).value<QColor>();
        QColor groove = ink;
        groove.setAlphaF(0.25f);
        painter->setPen(QPen(groove, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(track).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
        const qreal fraction = qBound(0.0, value.toDouble() / 10.0, 1.0);
        QRectF bar(track);
        bar.setWidth(track.width() * fraction);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color.isValid() ? color : opt.palette.color(QPalette::Highlight));
        painter->drawRoundedRect(bar, 2, 2);
    }
    painter->restore();
}

QSize RatingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (isScoreCell(index)) {
        // In the ranking's narrow dock the number, and a bar only in the room its header leaves,
        // so that the chances beside it are in sight.
        size.setWidth(option.fontMetrics.horizontalAdvance(u"10.0*"_s) + (m_compact ? 12 : 80));
        size.setHeight(qMax(size.height(), PipSize + 12));
    } else if (m_compact && isRatingCell(index)) {
        size.setWidth(pipsWidth(index.data(Role::LevelCount).toInt()) + 14);
        size.setHeight(qMax(size.height(), PipSize + 12));
    } else if (isRatingCell(index)) {
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
