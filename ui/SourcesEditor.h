// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariantList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace Versus {

// The list of a framework's sources, each a title and a URL, with Add and Remove. It shows a
// list given to it and hands back the edited list; the framework editor turns that into one
// undo step. Members it does not show (unknown keys) ride along untouched.
class SourcesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SourcesEditor(QWidget *parent = nullptr);

    void setSources(const QVariantList &sources);
    QVariantList sources() const { return m_sources; }
    QTableWidget *table() const { return m_table; }

signals:
    void sourcesEdited(const QVariantList &sources);

private:
    void addSource();
    void removeSource();
    void cellEdited(int row, int column);

    QTableWidget *m_table;
    QPushButton *m_remove;
    QVariantList m_sources;
};

} // namespace Versus
