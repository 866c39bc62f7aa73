// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPersistentModelIndex>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace Versus {

class FrameworkModel;
class Selection;
class SourcesEditor;
class TextEditField;

// The editor panel: everything about the selected framework (name, facts, summary, colour,
// each rating with its note, sources). It keeps no data of its own: it shows the model, and
// each finished edit goes to the model's setData() as one undo step, so it follows undo and
// edits made in the table like every other view.
class FrameworkEditor : public QWidget
{
    Q_OBJECT

public:
    FrameworkEditor(FrameworkModel *model, Selection *selection, QWidget *parent = nullptr);
    ~FrameworkEditor() override;

    // The row of the framework being edited, or -1.
    int currentRow() const;
    // Moves the keyboard focus to the name, selected, e.g. for a framework just added.
    void focusName();

private:
    struct RatingRow
    {
        QString metricId;
        QLabel *label;
        QComboBox *level;
        QSpinBox *low; // the range; 0 ("certain") on both when there is none
        QSpinBox *high;
        TextEditField *note;
    };

    void buildRatings();
    void refresh();
    void refreshIfCurrent(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    bool commit(int column, const QVariant &value, int role = Qt::EditRole);
    void commitText(QLineEdit *field, int column, int role = Qt::EditRole);
    // A commit from a field typed in: see FrameworkModel::setTypingOn().
    bool commitTyped(QWidget *field, int column, const QVariant &value, int role);
    void commitRange(int metric);
    void chooseColor();
    void showColor(const QColor &color, bool own);

    FrameworkModel *m_model;
    Selection *m_selection;
    QStackedWidget *m_pages;
    QLabel *m_heading;
    QLineEdit *m_name;
    QLineEdit *m_developer;
    QSpinBox *m_firstRelease;
    QSpinBox *m_lastRelease;
    int m_shownYear = 0; // the years shown, to tell an edit from passing through
    int m_shownLastYear = 0;
    QLineEdit *m_license;
    QLineEdit *m_language;
    QLineEdit *m_apis;
    QComboBox *m_status;
    QLineEdit *m_homepage;
    QLineEdit *m_repository;
    QPushButton *m_color;
    QPushButton *m_automaticColor;
    TextEditField *m_summary;
    QFormLayout *m_ratingsForm;
    QList<RatingRow> m_ratings;
    SourcesEditor *m_sources;
};

} // namespace Versus
