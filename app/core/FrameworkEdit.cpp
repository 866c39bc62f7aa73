// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkEdit.h"

#include "ChangeValueCommand.h"
#include "FactText.h"
#include "FrameworkModel.h"
#include "FrameworkModelMutation.h"

#include <QColor>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

std::optional<QList<Source>> toSources(const QVariant &value)
{
    QList<Source> sources;
    for (const QVariant &item : value.toList()) {
        const QVariantMap map = item.toMap();
        Source source;
        source.title = map.value(u"title"_s).toString().simplified();
        source.url = map.value(u"url"_s).toString().trimmed();
        source.extra = map.value(u"extra"_s).toJsonObject();
        if (source.title.isEmpty())
            return std::nullopt; // the file format requires a title
        sources << source;
    }
    return sources;
}

} // namespace

std::optional<QString> FrameworkEdit::apply(Framework &edited, const Target &target,
                                            const QVariant &value, int role)
{
    QString field;
    const ColumnKind kind = target.kind;
    if (role == Qt::EditRole && kind == ColumnKind::Name) {
        edited.name = value.toString().simplified();
        if (edited.name.isEmpty())
            return std::nullopt;
        field = tr("Name");
    } else if (role == Qt::EditRole && kind == ColumnKind::Fact) {
        const Fact fact = target.fact;
        field = FactText::name(fact);
        const QString text = value.toString().simplified();
        switch (fact) {
        case Fact::Developer:
            edited.developer = text;
            break;
        case Fact::FirstRelease:
        case Fact::LastRelease: {
            bool ok = true;
            const int year = text.isEmpty() ? 0 : text.toInt(&ok);
            if (!ok || year < 0)
                return std::nullopt;
            (fact == Fact::FirstRelease ? edited.firstRelease : edited.lastRelease) =
                year > 0 ? std::optional<int>(year) : std::nullopt;
            break;
        }
        case Fact::License:
            edited.license = text;
            break;
        case Fact::Language:
            edited.language = text;
            break;
        case Fact::Apis: {
            const QStringList parts = value.typeId() == QMetaType::QStringList
                                          ? value.toStringList()
                                          : value.toString().split(u',');
            edited.apis.clear();
            for (const QString &part : parts)
                if (const QString api = part.simplified(); !api.isEmpty())
                    edited.apis << api;
            break;
        }
        case Fact::Status:
            edited.status = text;
            break;
        }
    } else if (role == Role::Note && kind == ColumnKind::Metric && target.metric) {
        const auto rating = edited.ratings.find(target.metric->id);
        if (rating == edited.ratings.end())
            return std::nullopt; // a note explains a rating: there is none to explain
        rating->note = value.toString().trimmed();
        field = tr("Note on %1").arg(target.metric->name);
    } else if (role == Role::Range && kind == ColumnKind::Metric && target.metric) {
        const auto rating = edited.ratings.find(target.metric->id);
        if (rating == edited.ratings.end())
            return std::nullopt; // a range is around a rating
        const QVariantList pair = value.toList();
        if (pair.isEmpty()) {
            rating->range.reset(); // certain
        } else {
            const int low = pair.value(0).toInt();
            const int high = pair.value(1).toInt();
            if (pair.size() != 2 || low < 1 || high > target.metric->levelCount() ||
                low > rating->score || high < rating->score)
                return std::nullopt;
            rating->range = std::pair(low, high);
        }
        field = tr("Range of %1").arg(target.metric->name);
    } else if (role == Role::Summary) {
        edited.summary = value.toString().trimmed();
        field = tr("Summary");
    } else if (role == Role::Color) {
        // An invalid colour gives the framework back to the palette.
        edited.color = value.value<QColor>();
        field = tr("Colour");
    } else if (role == Role::Homepage) {
        edited.homepage = value.toString().trimmed();
        field = tr("Homepage");
    } else if (role == Role::Repository) {
        edited.repository = value.toString().trimmed();
        field = tr("Repository");
    } else if (role == Role::Sources) {
        const std::optional<QList<Source>> sources = toSources(value);
        if (!sources)
            return std::nullopt;
        edited.sources = *sources;
        field = tr("Sources");
    } else {
        return std::nullopt;
    }
    return field;
}

FrameworkEdit::Step FrameworkEdit::step(FrameworkModel *model, int row, int column,
                                        const QVariant &value, int role)
{
    switch (model->columnKind(column)) {
    case ColumnKind::Score:
        return {};
    case ColumnKind::Metric:
        if (role == Qt::EditRole)
            return ratingStep(model, row, model->metricIndexOfColumn(column), value);
        break;
    case ColumnKind::Name:
    case ColumnKind::Fact:
        break;
    }
    return frameworkStep(model, row, column, value, role);
}

FrameworkEdit::Step FrameworkEdit::ratingStep(FrameworkModel *model, int row, int metricIndex,
                                              const QVariant &value)
{
    const Framework &framework = model->dataSet().frameworks.at(row);
    const Metric &metric = model->dataSet().metrics.at(metricIndex);
    // A score is a whole number of levels: 4 or 4.0, never 4.5 or "High".
    bool ok = value.isNull();
    int score = 0;
    if (!ok && value.canConvert<double>() && value.typeId() != QMetaType::QString) {
        const double d = value.toDouble(&ok);
        ok = ok && d == std::floor(d) && d >= 0 && d <= metric.levelCount();
        score = ok ? int(d) : 0;
    }
    if (!ok)
        return {};
    const Rating *current = framework.rating(metric.id);
    if ((current ? current->score : 0) == score)
        return {true, nullptr}; // nothing changes
    std::optional<Rating> before;
    if (current)
        before = *current;
    std::optional<Rating> next;
    if (score > 0) {
        next = current ? *current : Rating();
        next->score = score;
        // A range holds its score: a new score outside it widens it.
        if (next->range)
            next->range =
                std::pair(qMin(next->range->first, score), qMax(next->range->second, score));
    }
    const QString level = next ? metric.levelLabel(next->score) : FrameworkModel::tr("Not rated");
    // Named by id, not by row: the step stays right when rows move between doing and undoing.
    auto set = [model, frameworkId = framework.id,
                metricId = metric.id](const std::optional<Rating> &rating) {
        FrameworkModel::Mutation(model).setRating(frameworkId, metricId, rating);
    };
    // Each rating chosen is a step of its own: no target.
    return {true, std::make_unique<ChangeValueCommand<std::optional<Rating>>>(
                      QString(), before, next, set,
                      tr("Set %1's %2 to %3").arg(framework.name, metric.name, level), false)};
}

// Every edit of one framework other than its score: the name, the facts, the note on a rating,
// the summary, the colour, the links and the sources. Edits of one field merge while the person
// types on in it (FrameworkModel::setTypingOn()).
FrameworkEdit::Step FrameworkEdit::frameworkStep(FrameworkModel *model, int row, int column,
                                                 const QVariant &value, int role)
{
    const Framework &framework = model->dataSet().frameworks.at(row);
    Target target{model->columnKind(column)};
    QString field = QString::number(role);
    if (target.kind == ColumnKind::Fact) {
        target.fact = model->factOfColumn(column);
        field += u'/' + QString::number(int(target.fact));
    } else if (target.kind == ColumnKind::Metric) {
        target.metric = &model->dataSet().metrics.at(model->metricIndexOfColumn(column));
        field += u'/' + target.metric->id;
    }
    Framework edited = framework;
    const std::optional<QString> name = apply(edited, target, value, role);
    if (!name)
        return {};
    if (edited == framework)
        return {true, nullptr};
    // The framework is found by id when the step is undone or redone.
    auto set = [model](const Framework &f) { FrameworkModel::Mutation(model).replaceFramework(f); };
    return {true, std::make_unique<ChangeValueCommand<Framework>>(
                      u"framework/"_s + framework.id + u'/' + field, framework, edited, set,
                      tr("Change %1: %2").arg(framework.name, *name), model->isTypingOn())};
}

} // namespace Versus
