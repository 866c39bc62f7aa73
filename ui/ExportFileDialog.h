// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Settings.h"

#include <QString>
#include <QStringList>

#include <functional>

class QFileDialog;
class QWidget;

namespace Versus {

// The "save as" dialog of an export (table, report): it opens in the folder used last with the
// format chosen last, gives a name typed without an extension the chosen format's, and remembers
// folder and format once a file is chosen. Window-modal and deleted when closed.
class ExportFileDialog
{
public:
    struct Kind
    {
        QString title;
        QString objectName;
        QStringList nameFilters; // "Markdown (*.md *.markdown)", ...: the first pattern names
        int defaultFilter = 0;   // the filter chosen when none is remembered
        Settings::Key formatKey; // where the chosen filter is remembered
        QString baseName;        // the name offered, without its extension
    };

    // Opens the dialog; `chosen` runs with the file's path when the person accepts.
    static QFileDialog *open(QWidget *parent, const Kind &kind,
                             std::function<void(const QString &path)> chosen);

    // The extension a name filter stands for: its first pattern's ("md" for the one above).
    static QString suffixOf(const QString &nameFilter);
};

} // namespace Versus
