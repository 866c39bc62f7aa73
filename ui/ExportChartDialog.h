// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartExporter.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Versus {

// File ▸ Export Chart…: where to write the chart and how — size, scale for high-DPI slides,
// background, the overlay or one small chart per framework. The format follows the file's
// extension. The last choices are remembered.
class ExportChartDialog : public QDialog
{
    Q_OBJECT

public:
    ExportChartDialog(const FrameworkModel *model, QWidget *parent = nullptr);

    QString path() const;
    ChartExporter::Options options() const;
    void setPath(const QString &path);

    // The options remembered from the last export (or the defaults), for Copy Chart too.
    static ChartExporter::Options savedOptions();
    // Makes `layout` the one the next export starts with: the window's chart mode, when the
    // person switches it, so that an export draws what the window shows.
    static void rememberLayout(ChartExporter::Layout layout);

    void accept() override;

signals:
    void exported(const QString &path);

private:
    void browse();
    void update();
    void saveChoices() const;

    const FrameworkModel *m_model;
    QLineEdit *m_path;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QComboBox *m_background;
    QComboBox *m_layout;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Versus
