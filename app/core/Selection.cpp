// SPDX-License-Identifier: GPL-3.0-or-later
#include "Selection.h"

namespace Versus {

void Selection::selectFramework(const QString &frameworkId)
{
    set(frameworkId, QString(), frameworkId.isEmpty() ? Focus::None : Focus::Framework);
}

void Selection::selectMetric(const QString &metricId)
{
    set(QString(), metricId, metricId.isEmpty() ? Focus::None : Focus::Metric);
}

void Selection::selectRating(const QString &frameworkId, const QString &metricId)
{
    set(frameworkId, metricId, Focus::Framework);
}

void Selection::clear()
{
    set(QString(), QString(), Focus::None);
}

void Selection::set(const QString &frameworkId, const QString &metricId, Focus focus)
{
    if (frameworkId == m_frameworkId && metricId == m_metricId && focus == m_focus)
        return;
    m_frameworkId = frameworkId;
    m_metricId = metricId;
    m_focus = focus;
    emit changed();
}

} // namespace Versus
