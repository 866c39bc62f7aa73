// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataSetEditor.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace Versus {

class FrameworkModel;

// Edit > Data Set Properties…: the title and the metrics (added, edited and deleted through
// MetricDialog and DataSetEditor). Every change is made on the model as it is made, so the
// table shows it; all of them together are one undo step, "Change data set properties", and
// Cancel takes them all back.
class DataSetPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DataSetPropertiesDialog(FrameworkModel *model, QWidget *parent = nullptr);

    void accept() override;
    void reject() override;

    // The metric dialog for a new metric (Add…) or the selected one (Edit…); shown with
    // open(), for the person or a test to answer.
    class MetricDialog *addMetric();
    class MetricDialog *editMetric();
    void deleteMetric();

private:
    // Opens the undo macro on the first change, so that a dialog closed without a change
    // leaves no step.
    void beginChange();
    void fillMetrics();
    void updateButtons();

    FrameworkModel *m_model;
    DataSetEditor m_editor;
    QLineEdit *m_title;
    QListWidget *m_metrics;
    QPushButton *m_edit;
    QPushButton *m_delete;
    bool m_changing = false;
};

} // namespace Versus
