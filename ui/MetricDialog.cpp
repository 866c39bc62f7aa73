// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricDialog.h"

#include "DataReader.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

constexpr int OriginRole = Qt::UserRole;

QListWidgetItem *levelItem(const QString &label, int origin)
{
    auto *item = new QListWidgetItem(label);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    item->setData(OriginRole, origin);
    return item;
}

} // namespace

MetricDialog::MetricDialog(QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit), m_description(new QPlainTextEdit),
      m_levels(new QListWidget), m_remove(new QPushButton(tr("&Remove"))),
      m_up(new QPushButton(tr("Move &Up"))), m_down(new QPushButton(tr("Move &Down"))),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"metricDialog"_s);
    setWindowTitle(tr("Metric"));
    m_name->setObjectName(u"metricName"_s);
    m_description->setObjectName(u"metricDescription"_s);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 5 + 12);
    m_description->setPlaceholderText(tr("What the metric measures and what a high rating means"));
    m_levels->setObjectName(u"levelList"_s);
    m_levels->setToolTip(tr("Lowest level first. Double-click a level to rename it."));
    auto *add = new QPushButton(tr("&Add Level"));
    add->setObjectName(u"addLevel"_s);
    m_remove->setObjectName(u"removeLevel"_s);

    auto *levelButtons = new QVBoxLayout;
    for (QPushButton *button : {add, m_remove, m_up, m_down})
        levelButtons->addWidget(button);
    levelButtons->addStretch();
    auto *levels = new QHBoxLayout;
    levels->addWidget(m_levels);
    levels->addLayout(levelButtons);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("D&escription:"), m_description);
    auto *levelsLabel = new QLabel(tr("&Levels:"));
    levelsLabel->setBuddy(m_levels);
    form->addRow(levelsLabel, levels);
    form->addRow(m_buttons);

    connect(add, &QPushButton::clicked, this, &MetricDialog::addLevel);
    connect(m_remove, &QPushButton::clicked, this, &MetricDialog::removeLevel);
    connect(m_up, &QPushButton::clicked, this, [this] { moveLevel(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveLevel(1); });
    connect(m_levels, &QListWidget::currentRowChanged, this, &MetricDialog::updateButtons);
    connect(m_levels->model(), &QAbstractItemModel::dataChanged, this,
            &MetricDialog::updateButtons);
    connect(m_name, &QLineEdit::textChanged, this, &MetricDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (const QString &label :
         {tr("Very low"), tr("Low"), tr("Moderate"), tr("High"), tr("Very high")})
        m_levels->addItem(levelItem(label, 0));
    updateButtons();
}

void MetricDialog::setMetric(const QString &name, const QString &description,
                             const QStringList &levels)
{
    m_name->setText(name);
    m_description->setPlainText(description);
    m_levels->clear();
    for (int score = 1; score <= levels.size(); ++score)
        m_levels->addItem(levelItem(levels.at(score - 1), score));
    updateButtons();
}

QString MetricDialog::name() const
{
    return m_name->text().simplified();
}

QString MetricDialog::description() const
{
    return m_description->toPlainText().trimmed();
}

QStringList MetricDialog::levels() const
{
    QStringList labels;
    for (int row = 0; row < m_levels->count(); ++row)
        labels << m_levels->item(row)->text().simplified();
    return labels;
}

QList<int> MetricDialog::origins() const
{
    QList<int> origins;
    for (int row = 0; row < m_levels->count(); ++row)
        origins << m_levels->item(row)->data(OriginRole).toInt();
    return origins;
}

void MetricDialog::setRatingsLostCounter(std::function<int(const QList<int> &)> counter)
{
    m_ratingsLost = std::move(counter);
}

void MetricDialog::accept()
{
    const int lost = m_ratingsLost ? m_ratingsLost(origins()) : 0;
    if (lost > 0) {
        QMessageBox box(QMessageBox::Question, tr("Versus"),
                        tr("Remove levels that frameworks are rated on?"), QMessageBox::Cancel,
                        this);
        box.setObjectName(u"confirmDialog"_s);
        box.setInformativeText(
            lost == 1 ? tr("1 rating uses a removed level and will become “Not rated”. "
                           "You can undo this.")
                      : tr("%n ratings use removed levels and will become “Not rated”. "
                           "You can undo this.",
                           nullptr, lost));
        QPushButton *remove = box.addButton(tr("&Remove Levels"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != remove)
            return; // back to the dialog, nothing lost
    }
    QDialog::accept();
}

void MetricDialog::addLevel()
{
    const int row = m_levels->currentRow() + 1;
    m_levels->insertItem(row > 0 ? row : m_levels->count(), levelItem(tr("New level"), 0));
    QListWidgetItem *item = m_levels->item(row > 0 ? row : m_levels->count() - 1);
    m_levels->setCurrentItem(item);
    m_levels->editItem(item);
    updateButtons();
}

void MetricDialog::removeLevel()
{
    delete m_levels->takeItem(m_levels->currentRow());
    updateButtons();
}

void MetricDialog::moveLevel(int by)
{
    const int row = m_levels->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_levels->count())
        return;
    QListWidgetItem *item = m_levels->takeItem(row);
    m_levels->insertItem(to, item);
    m_levels->setCurrentItem(item);
}

void MetricDialog::updateButtons()
{
    const int row = m_levels->currentRow();
    const int count = m_levels->count();
    m_remove->setEnabled(row >= 0 && count > DataReader::MinLevels);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < count - 1);
    findChild<QPushButton *>(u"addLevel"_s)->setEnabled(count < DataReader::MaxLevels);
    // The file format needs a name and 2 to 10 labelled levels.
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!name().isEmpty() && !levels().contains(QString()));
}

} // namespace Versus
