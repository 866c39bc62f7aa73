// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Versus {

// What the person is looking at, shared by the table, the chart and the description pane so
// that choosing a framework or a metric in one shows it in all. Ids rather than rows, so that
// the choice survives rows moving.
class Selection : public QObject
{
    Q_OBJECT

public:
    enum class Focus
    {
        None,
        Framework,
        Metric
    };
    Q_ENUM(Focus)

    using QObject::QObject;

    QString frameworkId() const { return m_frameworkId; }
    QString metricId() const { return m_metricId; }
    Focus focus() const { return m_focus; }

    void selectFramework(const QString &frameworkId);
    void selectMetric(const QString &metricId);
    // A rating cell: both, with the framework in focus.
    void selectRating(const QString &frameworkId, const QString &metricId);
    void clear();

signals:
    void changed();

private:
    void set(const QString &frameworkId, const QString &metricId, Focus focus);

    QString m_frameworkId;
    QString m_metricId;
    Focus m_focus = Focus::None;
};

} // namespace Versus
