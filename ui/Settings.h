// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace Versus {

// What Versus remembers between runs, in one place: every key is named here with its default,
// and nothing else in the program spells a key or writes QSettings itself. The key strings are
// those earlier versions wrote, so a person's settings file stays readable.
class Settings
{
public:
    enum class Key
    {
        WindowGeometry,
        WindowState,
        MainSplitter,
        LeftSplitter,
        SmallMultiples,     // read only: what earlier versions kept instead of ChartLayout
        ChartLayout,        // the chart shown: ChartExporter::Layout as a number
        ShowAllFrameworks,  // the table shows every framework, not only the compared
        ComparedFrameworks, // ids of the frameworks compared last
        LastDirectory,      // where the last file was opened, saved or exported
        RecentFiles,        // File > Open Recent, newest first
        TableExportFormat,  // the name filter chosen last in Export Table
        ChartExportPath,
        ChartExportSize,
        ChartExportScale,
        ChartExportBackground, // absent until chosen: the export follows the window's palette
        ChartExportLayout,
        ReportExportFormat, // the name filter chosen last in Export Report
    };

    // The application's settings (QSettings' default place for its organization and name).
    Settings();
    // The settings in an INI file of its own.
    explicit Settings(const QString &iniPath);

    // The stored value, else the key's default.
    QVariant value(Key key) const;
    bool contains(Key key) const;
    // Stores `value` only when the stored value differs (see store()).
    template <typename T> void setValue(Key key, const T &value) { store(name(key), value); }

    // The weights the person set last, by metric id, for data that has none of its own; only
    // whole numbers from 0 to `maxWeight` are returned.
    QHash<QString, int> rememberedWeights(int maxWeight) const;
    void rememberWeight(const QString &metricId, int weight);

    static QString name(Key key);
    static QVariant defaultValue(Key key);

private:
    // Any setValue(), even of the value already there, makes QSettings rewrite the whole file
    // when it syncs: a lock file, a temporary file, fdatasync()s and a rename. Saving the
    // unchanged comparison on every start cost that each time; on a spinning disk one fdatasync
    // can take longer than the window takes to appear. The stored value is read back as T
    // because the INI format keeps strings: a bool comes back as "true", a one-element list as
    // a plain string.
    template <typename T> void store(const QString &key, const T &value)
    {
        if (!m_settings.contains(key) || m_settings.value(key).template value<T>() != value)
            m_settings.setValue(key, value);
    }

    mutable QSettings m_settings; // mutable: reading a group enters and leaves it
};

} // namespace Versus
