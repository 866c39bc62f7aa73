// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataSet.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace Versus {

// File > New…: a title and the metrics of a new comparison, from a template: the bundled
// deep-learning metrics, or the metrics the person names, each with the levels chosen (five
// numbered levels, Very low … Very high, or labels of their own). The new data set has no
// frameworks yet.
class NewDataSetDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewDataSetDialog(QWidget *parent = nullptr);

    // The data set as the dialog stands; meaningful when problem() is empty.
    DataSet dataSet() const;
    // Why OK is not possible yet, for the person; empty when it is.
    QString problem() const;

private:
    QStringList metricNames() const;
    QStringList levels() const;
    void update();

    QLineEdit *m_title;
    QRadioButton *m_deepLearning;
    QRadioButton *m_named;
    QPlainTextEdit *m_metricNames;
    QComboBox *m_levels;
    QLineEdit *m_ownLevels;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Versus
