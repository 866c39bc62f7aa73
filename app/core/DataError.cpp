// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Versus {

QString DataError::toString() const
{
    QString text = file;
    if (line > 0)
        text += u':' + QString::number(line) + u':' + QString::number(column);
    text += u": "_s;
    if (!pointer.isEmpty())
        text += pointer + u": "_s;
    return text + message;
}

QString formatErrors(const DataErrors &errors, int limit)
{
    QStringList lines;
    for (qsizetype i = 0; i < errors.size() && i < limit; ++i)
        lines << errors.at(i).toString();
    if (errors.size() > limit)
        lines << QCoreApplication::translate("Versus::DataError", "… and %1 more")
                     .arg(errors.size() - limit);
    return lines.join(u'\n');
}

} // namespace Versus
