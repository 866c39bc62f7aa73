// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportArguments.h"

#include "DataSet.h"

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

// Larger than any layout ChartExporter has: layoutFromName() tries every value below it, and
// layoutName() names each (the compiler warns of one it does not name).
constexpr int LayoutLimit = 16;

} // namespace

QString ExportArguments::layoutName(ChartExporter::Layout layout)
{
    switch (layout) {
    case ChartExporter::Layout::Overlay:
        return u"overlay"_s;
    case ChartExporter::Layout::Grid:
        return u"grid"_s;
    case ChartExporter::Layout::Bars:
        return u"bars"_s;
    case ChartExporter::Layout::Score:
        return u"score"_s;
    }
    return {};
}

std::optional<ChartExporter::Layout> ExportArguments::layoutFromName(const QString &name)
{
    for (int i = 0; i < LayoutLimit; ++i) {
        const auto layout = ChartExporter::Layout(i);
        if (const QString known = layoutName(layout);
            !known.isEmpty() && known.compare(name, Qt::CaseInsensitive) == 0)
            return layout;
    }
    return std::nullopt;
}

QStringList ExportArguments::layoutNames()
{
    QStringList names;
    for (int i = 0; i < LayoutLimit; ++i)
        if (const QString name = layoutName(ChartExporter::Layout(i)); !name.isEmpty())
            names << name;
    return names;
}

QString ExportArguments::badLayout(const QString &name)
{
    return tr("versus: bad --layout \"%1\": give %2\n").arg(name, layoutNames().join(u", "_s));
}

QString ExportArguments::readFrameworks(const QString &text, QStringList *ids)
{
    ids->clear();
    for (const QString &id : text.split(u','))
        *ids << id.trimmed();
    if (ids->contains(QString()))
        return tr("versus: --frameworks \"%1\" has an empty id; give ids separated by commas, "
                  "e.g. caffe,theano\n")
            .arg(text);
    ids->removeDuplicates();
    return {};
}

QString ExportArguments::unknownFrameworks(const DataSet &data, const QStringList &ids)
{
    QStringList unknown;
    for (const QString &id : ids)
        if (data.frameworkIndex(id) < 0)
            unknown << u'"' + id + u'"';
    if (unknown.isEmpty())
        return {};
    QStringList known;
    for (const Framework &framework : data.frameworks)
        known << framework.id;
    return (unknown.size() == 1 ? tr("versus: unknown framework id %1 in --frameworks; ")
                                : tr("versus: unknown framework ids %1 in --frameworks; "))
               .arg(unknown.join(u", "_s)) +
           (known.isEmpty() ? tr("the data has no frameworks\n")
                            : tr("the ids are: %1\n").arg(known.join(u", "_s)));
}

} // namespace Versus
