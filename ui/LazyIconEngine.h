// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QIconEngine>
#include <QList>
#include <QPixmap>
#include <QSize>
#include <QString>

namespace Versus {

// An icon made of one image file per size that reads a file only when a pixmap of its size is
// asked for. QIcon::addFile decodes every file at once, and the first image read loads every
// image-format plugin (Qt asks each whether it handles "png"): at start that was a twentieth of
// the instructions, for an icon that the offscreen and Wayland platforms never draw.
class LazyIconEngine : public QIconEngine
{
public:
    // Files are given square, one per size; the order does not matter.
    void addFile(int size, const QString &fileName);

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    // The file drawn for a request: the smallest at least as large, else the largest.
    int bestSize(const QSize &size) const;

    QList<int> m_sizes; // ascending
    QHash<int, QString> m_files;
    QHash<int, QPixmap> m_loaded;
};

} // namespace Versus
