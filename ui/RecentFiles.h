// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace Versus {

// File > Open Recent: the last files opened or saved, newest first, at most ten, kept in the
// settings. A file that no longer exists is shown disabled, with Remove Missing Files to take
// it off the list; Clear Menu empties it.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxFiles = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    // Puts `path` (made absolute) first; the oldest beyond ten drop off.
    void add(const QString &path);
    void remove(const QString &path);
    void removeMissing();
    void clear();

    // The menu, rebuilt from the settings each time it is about to show (objectName
    // "openRecentMenu"), so that two windows and files deleted meanwhile are always current.
    QMenu *menu() const { return m_menu; }

signals:
    void openRequested(const QString &path);

private:
    void setFiles(const QStringList &files);
    void rebuildMenu();

    QMenu *m_menu;
};

} // namespace Versus
