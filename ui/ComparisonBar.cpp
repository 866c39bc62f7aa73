// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonBar.h"

#include "ChangeMarks.h"
#include "Document.h"
#include "FrameworkModel.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Versus {

ComparisonBar::ComparisonBar(FrameworkModel *model, Document *document, QAction *clear,
                             QWidget *parent)
    : QFrame(parent), m_model(model), m_document(document), m_label(new QLabel),
      m_clear(new QToolButton)
{
    setObjectName(u"comparisonBar"_s);
    setAccessibleName(tr("Comparison with a file"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_label->setObjectName(u"comparisonSummary"_s);
    m_label->setTextFormat(Qt::PlainText); // file and framework names are data, never markup
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clear->setObjectName(u"clearComparisonButton"_s);
    // Short, unlike the menu's text, so that the summary keeps the bar's width.
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(clear->statusTip());
    m_clear->setAccessibleName(QString(clear->text()).remove(u'&'));
    connect(m_clear, &QToolButton::clicked, clear, &QAction::trigger);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 3, 3);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_clear, 0, Qt::AlignTop);
    hide();

    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &ComparisonBar::refresh);
    const auto later = [this] { m_pending.start(); };
    connect(document, &Document::comparisonChanged, this, &ComparisonBar::refresh);
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(model, &QAbstractItemModel::columnsInserted, this, later);
    connect(model, &QAbstractItemModel::columnsRemoved, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, later);
}

QString ComparisonBar::text() const
{
    return m_label->text();
}

QString ComparisonBar::summary(const FrameworkModel &model, const Document &document)
{
    const ChangeMarks *marks = document.changeMarks();
    if (!marks)
        return {};
    const DataSet &data = model.dataSet();
    int byChange[6] = {};
    int facts = 0;
    QStringList added;
    QSet<QString> present;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Framework &framework = data.frameworks.at(row);
        present.insert(framework.id);
        if (!marks->framework(framework.id))
            added << framework.name;
        for (const Metric &metric : data.metrics)
            ++byChange[int(marks->rating(framework, metric).change)];
        for (const Fact fact : FactOrder)
            facts += model.data(model.index(row, model.factColumn(fact)), Role::Change).toInt() !=
                     int(Change::None);
    }
    QStringList removed;
    for (const Framework &framework : marks->compared().frameworks)
        if (!present.contains(framework.id))
            removed << framework.name;

    QString text = tr("Compared with %1.").arg(QFileInfo(marks->path()).fileName());
    // Only the kinds of change there are, so that the bar stays short.
    QStringList parts;
    const auto count = [&](const QString &label, int n) {
        if (n > 0)
            parts << label.arg(n);
    };
    count(tr("Higher: %1"), byChange[int(Change::Higher)]);
    count(tr("Lower: %1"), byChange[int(Change::Lower)]);
    count(tr("Added: %1"), byChange[int(Change::Added)]);
    count(tr("Removed: %1"), byChange[int(Change::Removed)]);
    count(tr("Other: %1"), byChange[int(Change::Changed)] + facts);
    if (parts.isEmpty() && added.isEmpty() && removed.isEmpty())
        return text + u' ' + tr("No differences.");
    if (!parts.isEmpty())
        text += u' ' + parts.join(u", "_s) + u'.';
    if (!added.isEmpty())
        text += u' ' + tr("New: %1.").arg(added.join(u", "_s));
    if (!removed.isEmpty())
        text += u' ' + tr("Removed: %1.").arg(removed.join(u", "_s));
    return text;
}

void ComparisonBar::refresh()
{
    const QString text = summary(*m_model, *m_document);
    m_label->setText(text);
    setVisible(!text.isEmpty());
}

} // namespace Versus
