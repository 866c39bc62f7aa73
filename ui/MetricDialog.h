// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Versus {

// Asks for a metric's name, description and levels, for a new metric or to edit one. Each
// level remembers which old level it was, so ratings can follow their level when levels are
// reordered, renamed or removed (see DataSetEditor::editMetric).
class MetricDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MetricDialog(QWidget *parent = nullptr);

    // Fills the dialog with an existing metric; without it the dialog offers five levels.
    void setMetric(const QString &name, const QString &description, const QStringList &levels);

    QString name() const;
    QString description() const;
    QStringList levels() const;
    // For each level, the old score it was, or 0 for a level added here.
    QList<int> origins() const;

    // How many ratings the levels as they stand would drop. When set, OK asks before dropping
    // any, and Cancel there returns to the dialog with everything entered kept.
    void setRatingsLostCounter(std::function<int(const QList<int> &origins)> counter);

    void accept() override;

private:
    void addLevel();
    void removeLevel();
    void moveLevel(int by);
    void updateButtons();

    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QListWidget *m_levels;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QDialogButtonBox *m_buttons;
    std::function<int(const QList<int> &)> m_ratingsLost;
};

} // namespace Versus
