// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeMarks.h"

#include "ModelRoles.h"
#include "RatingText.h"
#include "ToolTip.h"

using namespace Qt::StringLiterals;

namespace Versus {

ChangeMarks::ChangeMarks(DataSet compared, const QString &path)
    : m_compared(std::move(compared)), m_path(path)
{
    for (int i = 0; i < m_compared.frameworks.size(); ++i)
        m_frameworks.insert(m_compared.frameworks.at(i).id, i);
    for (int i = 0; i < m_compared.metrics.size(); ++i)
        m_metrics.insert(m_compared.metrics.at(i).id, i);
}

const Framework *ChangeMarks::framework(const QString &id) const
{
    const auto it = m_frameworks.constFind(id);
    return it == m_frameworks.cend() ? nullptr : &m_compared.frameworks.at(*it);
}

const Metric *ChangeMarks::metric(const QString &id) const
{
    const auto it = m_metrics.constFind(id);
    return it == m_metrics.cend() ? nullptr : &m_compared.metrics.at(*it);
}

QString ChangeMarks::scoreText(const Metric &metric, const Rating *rating)
{
    if (!rating)
        return tr("Not rated");
    if (rating->range)
        return tr("%1 (%2, %3–%4)")
            .arg(metric.levelLabel(rating->score))
            .arg(rating->score)
            .arg(rating->range->first)
            .arg(rating->range->second);
    return tr("%1 (%2)").arg(metric.levelLabel(rating->score)).arg(rating->score);
}

ChangeMarks::Mark ChangeMarks::rating(const Framework &framework, const Metric &metric) const
{
    const Rating *now = framework.rating(metric.id);
    const Framework *oldFramework = this->framework(framework.id);
    const Metric *oldMetric = this->metric(metric.id);
    if (!oldFramework || !oldMetric) {
        if (!now)
            return {};
        return {Change::Added,
                oldFramework ? tr("No such metric in the compared file")
                             : tr("No such framework in the compared file"),
                {},
                false};
    }
    const Rating *old = oldFramework->rating(metric.id);
    Mark mark;
    mark.was = scoreText(*oldMetric, old);
    mark.noteChanged = (old ? old->note : QString()) != (now ? now->note : QString());
    if (mark.noteChanged)
        mark.noteWas = old && !old->note.isEmpty() ? old->note : tr("(none)");
    if (!old && !now)
        return {};
    if (!old) {
        mark.change = Change::Added;
        return mark;
    }
    if (!now) {
        mark.change = Change::Removed;
        return mark;
    }
    // Cross-multiplied fractions of the scales: (now - 1) / (n - 1) against (old - 1) / (o - 1).
    const qint64 nowPart = qint64(now->score - 1) * (oldMetric->levelCount() - 1);
    const qint64 oldPart = qint64(old->score - 1) * (metric.levelCount() - 1);
    if (nowPart != oldPart)
        mark.change = nowPart > oldPart ? Change::Higher : Change::Lower;
    else if (now->score != old->score || now->range != old->range || mark.noteChanged ||
             oldMetric->levels != metric.levels)
        mark.change = Change::Changed;
    else
        return {};
    return mark;
}

QVariant ChangeMarks::frameworkData(const Framework &framework, int role) const
{
    // Only a new framework is marked; what else changed is in its cells.
    if (this->framework(framework.id))
        return {};
    if (role == Role::Change)
        return int(Change::Added);
    if (role == Qt::ToolTipRole)
        return ToolTip::html(framework.name + u"\n"_s + tr("New: not in the compared file"));
    return {};
}

QVariant ChangeMarks::ratingData(const Framework &framework, const Metric &metric,
                                 const QStringList &raters, int role) const
{
    const Mark mark = rating(framework, metric);
    if (mark.change == Change::None)
        return {};
    if (role == Role::Change)
        return int(mark.change);
    if (role == Role::Was)
        return mark.was;
    if (role != Qt::ToolTipRole)
        return {};
    QString text =
        RatingText::toolTip(framework, metric, raters) + u"\n\n"_s + tr("Was: %1").arg(mark.was);
    if (mark.noteChanged)
        text += u"\n"_s + tr("Its note was: %1").arg(mark.noteWas);
    return ToolTip::html(text);
}

QVariant ChangeMarks::factData(const QString &was, const QString &now, int role)
{
    if (was == now)
        return {};
    if (role == Role::Change)
        return int(Change::Changed);
    if (role == Role::Was)
        return was;
    if (role != Qt::ToolTipRole)
        return {};
    return ToolTip::html((now.isEmpty() ? tr("(none)") : now) + u"\n\n"_s +
                         tr("Was: %1").arg(was.isEmpty() ? tr("(none)") : was));
}

} // namespace Versus
