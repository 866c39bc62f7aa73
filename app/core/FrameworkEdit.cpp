// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkEdit.h"

#include "FrameworkModel.h"

#include <QColor>

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
        field = FrameworkModel::factName(fact);
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

} // namespace Versus
