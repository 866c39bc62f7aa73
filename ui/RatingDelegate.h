// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QPixmap>
#include <QStyledItemDelegate>

namespace Versus {

// Paints a rating cell as its level's label followed by a row of pips, one per level, the
// first `score` filled in the framework's colour. "Not rated" is written in the placeholder
// colour without pips, so it never looks like the lowest level. The weighted score is its
// number and a bar; the best value of a row (Role::Best) is bold on a faint tint. Other cells
// are painted as usual. A merged rating whose raters disagree by two levels or more is framed
// and tinted in amber. Compact, a rating is its pips alone (the ranking list).
//
// Its editors: a rating is chosen from the metric's level labels or "Not rated"; the first
// release is a year; the status is picked from common states or typed; other facts are text.
class RatingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setCompact(bool compact) { m_compact = compact; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

    // The year editors' range, wide enough for any year a file may hold (an editor that
    // clamped it would change the data when only looked at). Its minimum shows as "Unknown".
    static constexpr int NoYear = 0;
    static constexpr int LastYear = 9999;

    static constexpr int PipSize = 9;
    static constexpr int PipGap = 3;

private:
    static bool isScoreCell(const QModelIndex &index);
    static void markBest(QStyleOptionViewItem *opt);
    // Raters two levels or more apart (Role::Disagreement): an amber tint and frame.
    static void markDisagreement(QPainter *painter, const QStyleOptionViewItem &opt);
    // Draws what the style draws for the cell but its text, which goes to `text`; returns the
    // option it drew with.
    QStyleOptionViewItem drawBackground(QPainter *painter, const QStyleOptionViewItem &option,
                                        const QModelIndex &index, QString *text) const;
    // The mark of a cell changed since the compared file (Role::Change): a rating's drawn at the
    // right of `textRect`, which is returned narrowed to leave it room; a fact's at the cell's
    // right edge.
    QRect reserveChangeMark(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index, const QRect &textRect) const;
    void paintFactChange(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const;
    void paintScore(QPainter *painter, const QStyleOptionViewItem &option,
                    const QModelIndex &index) const;
    // Draws one pip whose top left corner is at (x, y).
    void drawPip(QPainter *painter, int x, int y, const QColor &pen, const QColor &fill) const;
    // fontMetrics().elidedText() for the painter's font, remembered: the table shows the same
    // few level labels in thousands of cells, and laying each out again took a fifth of the
    // time spent painting them.
    QString elided(const QPainter *painter, const QString &text, int width) const;

    struct PipStyle
    {
        QRgb pen = 0;
        QRgb fill = 0;
        bool filled = false;
        int scale = 1; // device pixels per pixel
        friend bool operator==(const PipStyle &, const PipStyle &) = default;
        friend size_t qHash(const PipStyle &style, size_t seed = 0)
        {
            return qHashMulti(seed, style.pen, style.fill, style.filled, style.scale);
        }
    };
    struct ElidedKey
    {
        QString text;
        int width = 0;
        friend bool operator==(const ElidedKey &, const ElidedKey &) = default;
        friend size_t qHash(const ElidedKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width);
        }
    };
    struct ElidedTexts
    {
        QFont font;
        int dpi = 0; // of the device painted on: the same font is wider on a printer
        QHash<ElidedKey, QString> texts;
    };

    bool m_compact = false;
    // A pip of each colour, drawn once and copied: drawing 10,000 frameworks' antialiased
    // circles one by one was a third of the time spent scrolling the table.
    mutable QHash<PipStyle, QPixmap> m_pips;
    mutable QList<ElidedTexts> m_elided; // by font: normal, bold (the best), italic (not rated)
};

} // namespace Versus
