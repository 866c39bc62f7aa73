// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartExporter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Versus {

struct DataSet;

// The arguments --export-chart and --export-report share, read and checked in one place so that
// both take the same words and say the same when one is wrong. Every message is a whole line
// for standard error, starting with "versus: ".
class ExportArguments
{
    Q_DECLARE_TR_FUNCTIONS(ExportArguments)

public:
    // The name --layout takes for each of ChartExporter's layouts, and back (any case).
    static QString layoutName(ChartExporter::Layout layout);
    static std::optional<ChartExporter::Layout> layoutFromName(const QString &name);
    static QStringList layoutNames();
    // The message for a --layout that names none of them.
    static QString badLayout(const QString &name);

    // The ids of --frameworks' `text`, repeats dropped; a message when one of them is empty.
    static QString readFrameworks(const QString &text, QStringList *ids);
    // A message naming the ids that are no framework of `data`; empty when all are.
    static QString unknownFrameworks(const DataSet &data, const QStringList &ids);
};

} // namespace Versus
