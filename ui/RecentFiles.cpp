// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentFiles.h"

#include "Settings.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace Versus {

RecentFiles::RecentFiles(QObject *parent) : QObject(parent), m_menu(new QMenu(tr("Open &Recent")))
{
    m_menu->setObjectName(u"openRecentMenu"_s);
    connect(this, &QObject::destroyed, m_menu, &QObject::deleteLater);
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFiles::rebuildMenu);
    rebuildMenu();
}

QStringList RecentFiles::files() const
{
    return Settings().value(Settings::Key::RecentFiles).toStringList();
}

void RecentFiles::setFiles(const QStringList &files)
{
    Settings().setValue(Settings::Key::RecentFiles, files);
    rebuildMenu();
}

void RecentFiles::add(const QString &path)
{
    // The bundled data (":/...") is no file of the person's.
    if (path.isEmpty() || path.startsWith(u':'))
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxFiles)
        list.removeLast();
    setFiles(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(path);
    setFiles(list);
}

void RecentFiles::removeMissing()
{
    QStringList list = files();
    list.removeIf([](const QString &path) { return !QFileInfo::exists(path); });
    setFiles(list);
}

void RecentFiles::clear()
{
    setFiles({});
}

void RecentFiles::rebuildMenu()
{
    // Not clear(): this may run from one of the menu's own actions (Clear Menu), which must
    // outlive its triggered signal.
    const QList<QAction *> old = m_menu->actions();
    for (QAction *action : old) {
        m_menu->removeAction(action);
        action->deleteLater();
    }
    const QStringList list = files();
    bool missing = false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString &path = list.at(i);
        const bool exists = QFileInfo::exists(path);
        missing = missing || !exists;
        // "&1" … "&9", "1&0": a number to choose it by keyboard. The name is data: "&" in it
        // is doubled so that it stays a character, not a mnemonic.
        const QString number = i < 9 ? u"&"_s + QString::number(i + 1) : u"1&0"_s;
        QString name = QFileInfo(path).fileName();
        name.replace(u'&', u"&&"_s);
        QAction *action = m_menu->addAction(exists ? number + u' ' + name
                                                   : tr("%1 %2 (missing)").arg(number, name));
        action->setObjectName(u"recentFile"_s);
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setEnabled(exists);
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (list.isEmpty()) {
        QAction *none = m_menu->addAction(tr("No recent files"));
        none->setEnabled(false);
    }
    m_menu->addSeparator();
    QAction *removeMissingAction =
        m_menu->addAction(tr("Remove &Missing Files"), this, &RecentFiles::removeMissing);
    removeMissingAction->setObjectName(u"actionRemoveMissing"_s);
    removeMissingAction->setEnabled(missing);
    QAction *clearAction = m_menu->addAction(tr("&Clear Menu"), this, &RecentFiles::clear);
    clearAction->setObjectName(u"actionClearRecent"_s);
    clearAction->setEnabled(!list.isEmpty());
}

} // namespace Versus
