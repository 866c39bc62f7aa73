// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include "ChartExporter.h"
#include "ReportExporter.h"
#include "TableExporter.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

// The group of the remembered weights: one entry per metric id.
const auto WeightsGroup = u"weights"_s;

} // namespace

Settings::Settings() = default;

Settings::Settings(const QString &iniPath) : m_settings(iniPath, QSettings::IniFormat) {}

QString Settings::name(Key key)
{
    switch (key) {
    case Key::WindowGeometry:
        return u"window/geometry"_s;
    case Key::WindowState:
        return u"window/state"_s;
    case Key::MainSplitter:
        return u"window/mainSplitter"_s;
    case Key::LeftSplitter:
        return u"window/leftSplitter"_s;
    case Key::SmallMultiples:
        return u"chart/smallMultiples"_s;
    case Key::ChartLayout:
        return u"chart/layout"_s;
    case Key::ShowAllFrameworks:
        return u"table/showAllFrameworks"_s;
    case Key::ComparedFrameworks:
        return u"comparison/frameworks"_s;
    case Key::LastDirectory:
        return u"files/lastDirectory"_s;
    case Key::RecentFiles:
        return u"files/recent"_s;
    case Key::TableExportFormat:
        return u"export/tableFormat"_s;
    case Key::ChartExportPath:
        return u"export/chartPath"_s;
    case Key::ChartExportSize:
        return u"export/chartSize"_s;
    case Key::ChartExportScale:
        return u"export/chartScale"_s;
    case Key::ChartExportBackground:
        return u"export/chartBackground"_s;
    case Key::ChartExportLayout:
        return u"export/chartLayout"_s;
    case Key::ReportExportFormat:
        return u"export/reportFormat"_s;
    }
    return {};
}

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::SmallMultiples:
    case Key::ShowAllFrameworks:
        return false;
    case Key::ChartLayout:
        return int(ChartExporter::Layout::Overlay);
    case Key::LastDirectory:
        return QDir::homePath();
    case Key::TableExportFormat:
        return TableExporter::nameFilters().first();
    case Key::ChartExportPath:
        return QDir(QDir::homePath()).filePath(u"radar.png"_s);
    case Key::ChartExportSize:
        return ChartExporter::Options().size;
    case Key::ChartExportScale:
        return ChartExporter::Options().scale;
    case Key::ChartExportLayout:
        return int(ChartExporter::Options().layout);
    case Key::ReportExportFormat:
        return ReportExporter::nameFilters().last();
    case Key::WindowGeometry:
    case Key::WindowState:
    case Key::MainSplitter:
    case Key::LeftSplitter:
    case Key::ComparedFrameworks:
    case Key::RecentFiles:
    case Key::ChartExportBackground:
        break;
    }
    return {};
}

QVariant Settings::value(Key key) const
{
    return m_settings.value(name(key), defaultValue(key));
}

bool Settings::contains(Key key) const
{
    return m_settings.contains(name(key));
}

QHash<QString, int> Settings::rememberedWeights(int maxWeight) const
{
    m_settings.beginGroup(WeightsGroup);
    QHash<QString, int> weights;
    for (const QString &id : m_settings.childKeys()) {
        bool ok = false;
        const int weight = m_settings.value(id).toInt(&ok);
        if (ok && weight >= 0 && weight <= maxWeight)
            weights.insert(id, weight);
    }
    m_settings.endGroup();
    return weights;
}

void Settings::rememberWeight(const QString &metricId, int weight)
{
    store(WeightsGroup + u'/' + metricId, weight);
}

} // namespace Versus
