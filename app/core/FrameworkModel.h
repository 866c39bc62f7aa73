// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataSet.h"
#include "ModelRoles.h"
#include "Scoring.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>
#include <QSet>

#include <optional>

class QUndoStack;

namespace Versus {

class ChangeMarks;

// The one model of Versus. A row per framework; column 0 is the framework's name (checkable:
// "compared"), then a column per metric, the weighted score, then the fact columns. The comparison
// table shows it transposed, the radar chart and the description pane read it through roles.
//
// Edits go through setData(), which pushes an undo command; the commands are the only code
// that changes the data set, through a Mutation (FrameworkModelMutation.h).
class FrameworkModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit FrameworkModel(QObject *parent = nullptr);
    ~FrameworkModel() override;

    const DataSet &dataSet() const { return m_data; }
    // Replaces the data (a new file was opened): resets the model, clears the undo history
    // and compares what the data set asks to compare.
    void setDataSet(DataSet data);
    QUndoStack *undoStack() const { return m_undoStack; }

    int metricCount() const { return int(m_data.metrics.size()); }
    int metricColumn(int metricIndex) const { return 1 + metricIndex; }
    int scoreColumn() const { return 1 + metricCount(); }
    int factColumn(Fact fact) const { return 2 + metricCount() + factPosition(fact); }
    // The fact of a fact column (`column` must be one).
    Fact factOfColumn(int column) const { return FactOrder[size_t(column - 2 - metricCount())]; }
    ColumnKind columnKind(int column) const;
    int metricIndexOfColumn(int column) const; // -1 when `column` is not a metric column
    int rowOfFramework(const QString &id) const { return m_data.frameworkIndex(id); }

    // Its own colour, else one of the palette's (FrameworkPalette).
    QColor frameworkColor(int row) const;
    // "Theano — Scalability: High (4 of 5)", or "... : Not rated".
    QString ratingSummary(int row, int metricIndex) const;

    // The weights and the weighted score: see Scoring.
    int weight(int metricIndex) const { return m_scoring.weight(metricIndex); }
    bool setWeight(int metricIndex, int weight) { return m_scoring.setWeight(metricIndex, weight); }
    // The weights used when the data set has none, by metric id (the window remembers the
    // last ones the person set). Changes no data and no undo history.
    void setRememberedWeights(const QHash<QString, int> &weights);
    using WeightedScore = Scoring::WeightedScore;
    static constexpr double ScoreScale = Scoring::ScoreScale;
    WeightedScore weightedScore(int row) const { return m_scoring.weightedScore(row); }
    static QString scoreText(const WeightedScore &score) { return Scoring::scoreText(score); }

    // Which frameworks are compared: state shared by every view, not part of the data set.
    QStringList comparedIds() const; // in row order
    bool isCompared(int row) const;
    void setComparedIds(const QStringList &ids);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // Set while the person goes on typing in the field whose value is being set (Enter, not
    // leaving it): the next change of that field merges into this undo step.
    void setTypingOn(bool typingOn) { m_typingOn = typingOn; }
    bool isTypingOn() const { return m_typingOn; }
    // Role::Weight on a metric column sets its weight (setWeight()).
    bool setHeaderData(int section, Qt::Orientation orientation, const QVariant &value,
                       int role = Qt::EditRole) override;

    // The file compared with (File > Compare With File), owned by the document; nullptr for
    // none. Its marks are served as Role::Change and Role::Was and in the tooltips.
    void setChangeMarks(const ChangeMarks *marks);
    const ChangeMarks *changeMarks() const { return m_marks; }

    // The changes of the data set that the undo commands make (FrameworkModelMutation.h).
    class Mutation;

signals:
    void comparedChanged();
    // Any metric's weight changed (the score column's dataChanged follows too).
    void weightsChanged();
    // The data set's title changed (an edit or its undo).
    void titleChanged(const QString &title);

private:
    // Every score, and the best of each column, may have changed.
    void emitScoresChanged();

    QVariant metricData(const Framework &framework, int row, int metricIndex, int role) const;
    QVariant factData(const Framework &framework, Fact fact, int role) const;
    QVariant frameworkData(const Framework &framework, int row, int role) const;
    // Role::Change, Role::Was and the tooltip of a cell or framework header against the compared
    // file; invalid when it has no mark.
    QVariant markData(const Framework &framework, int column, int role) const;

    DataSet m_data;
    QSet<QString> m_compared;
    Scoring m_scoring{this};
    QUndoStack *m_undoStack;
    bool m_typingOn = false;
    const ChangeMarks *m_marks = nullptr;
};

} // namespace Versus
