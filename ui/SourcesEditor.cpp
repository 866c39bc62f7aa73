// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourcesEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

const QString Keys[] = {u"title"_s, u"url"_s};

} // namespace

SourcesEditor::SourcesEditor(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, 2, this)),
      m_remove(new QPushButton(tr("Remo&ve Source"), this))
{
    m_table->setObjectName(u"sourcesTable"_s);
    m_table->setAccessibleName(tr("Sources"));
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("URL")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(120);
    auto *add = new QPushButton(tr("Add &Source"), this);
    add->setObjectName(u"addSource"_s);
    m_remove->setObjectName(u"removeSource"_s);
    m_remove->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &SourcesEditor::addSource);
    connect(m_remove, &QPushButton::clicked, this, &SourcesEditor::removeSource);
    connect(m_table, &QTableWidget::cellChanged, this, &SourcesEditor::cellEdited);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
}

void SourcesEditor::setSources(const QVariantList &sources)
{
    m_sources = sources;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(sources.size()));
    for (int row = 0; row < sources.size(); ++row) {
        const QVariantMap source = sources.at(row).toMap();
        for (int column = 0; column < 2; ++column) {
            const QString text = source.value(Keys[column]).toString();
            if (QTableWidgetItem *item = m_table->item(row, column)) {
                item->setText(text);
            } else {
                item = new QTableWidgetItem(text);
                m_table->setItem(row, column, item);
            }
            m_table->item(row, column)->setToolTip(text);
        }
    }
    m_remove->setEnabled(!m_table->selectedItems().isEmpty());
}

void SourcesEditor::addSource()
{
    QVariantList sources = m_sources;
    sources << QVariantMap{{u"title"_s, tr("New source")}, {u"url"_s, u"https://"_s}};
    emit sourcesEdited(sources);
    // The editor shows the new list once the model has it; then the title is ready to type.
    const int row = int(sources.size()) - 1;
    if (m_table->rowCount() > row) {
        m_table->setCurrentCell(row, 0);
        m_table->editItem(m_table->item(row, 0));
    }
}

void SourcesEditor::removeSource()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_sources.size())
        return;
    QVariantList sources = m_sources;
    sources.removeAt(row);
    emit sourcesEdited(sources);
}

void SourcesEditor::cellEdited(int row, int column)
{
    if (row < 0 || row >= m_sources.size())
        return;
    QVariantList sources = m_sources;
    QVariantMap source = sources.at(row).toMap();
    source.insert(Keys[column], m_table->item(row, column)->text());
    sources[row] = source;
    emit sourcesEdited(sources);
    // A refused edit (an empty title) is not shown as if it had been taken.
    if (m_sources != sources)
        setSources(m_sources);
}

} // namespace Versus
