// SPDX-License-Identifier: GPL-3.0-or-later
#include "LazyIconEngine.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>

#include <algorithm>

namespace Versus {

void LazyIconEngine::addFile(int size, const QString &fileName)
{
    if (!m_files.contains(size)) {
        m_sizes.insert(std::lower_bound(m_sizes.begin(), m_sizes.end(), size), size);
    }
    m_files.insert(size, fileName);
    m_loaded.remove(size);
}

int LazyIconEngine::bestSize(const QSize &size) const
{
    const int wanted = std::max(size.width(), size.height());
    const auto it = std::lower_bound(m_sizes.cbegin(), m_sizes.cend(), wanted);
    return it != m_sizes.cend() ? *it : m_sizes.constLast();
}

QSize LazyIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    if (m_sizes.isEmpty())
        return {};
    // Like Qt's own engines: never larger than asked, never scaled up.
    const int best = bestSize(size);
    return QSize(best, best).boundedTo(size);
}

QPixmap LazyIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    if (m_sizes.isEmpty() || size.isEmpty())
        return {};
    const int best = bestSize(size);
    auto loaded = m_loaded.constFind(best);
    if (loaded == m_loaded.constEnd())
        loaded = m_loaded.insert(best, QPixmap(m_files.value(best)));
    QPixmap pixmap = *loaded;
    const QSize actual = actualSize(size, mode, state);
    if (pixmap.size() != actual)
        pixmap = pixmap.scaled(actual, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (mode != QIcon::Normal && qApp) {
        QStyleOption option;
        option.palette = QApplication::palette();
        const QPixmap styled = QApplication::style()->generatedIconPixmap(mode, pixmap, &option);
        if (!styled.isNull())
            pixmap = styled;
    }
    Q_UNUSED(state)
    return pixmap;
}

void LazyIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                           QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QPixmap image = pixmap(rect.size() * ratio, mode, state);
    painter->drawPixmap(rect, image);
}

QList<QSize> LazyIconEngine::availableSizes(QIcon::Mode, QIcon::State)
{
    QList<QSize> sizes;
    sizes.reserve(m_sizes.size());
    for (int size : std::as_const(m_sizes))
        sizes.append(QSize(size, size));
    return sizes;
}

QIconEngine *LazyIconEngine::clone() const
{
    return new LazyIconEngine(*this);
}

QString LazyIconEngine::key() const
{
    return QStringLiteral("VersusLazyIconEngine");
}

bool LazyIconEngine::isNull()
{
    return m_sizes.isEmpty();
}

} // namespace Versus
