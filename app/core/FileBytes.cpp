// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileBytes.h"

#include <QFile>
#include <QFileInfo>

namespace Versus {

FileBytes::Result FileBytes::read(const QString &path, const QString &directoryProblem)
{
    const auto fail = [](const QString &problem) { return Result{{}, problem}; };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("no such file"));
    if (info.isDir())
        return fail(directoryProblem);
    if (!info.isFile())
        return fail(tr("is not a regular file"));
    if (info.size() > MaxSize)
        return fail(tr("is %1 MiB; data files are limited to 16 MiB")
                        .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot be read: %1").arg(file.errorString()));
    // One byte past the limit tells a file that grew past it from one at it.
    QByteArray bytes = file.read(MaxSize + 1);
    if (bytes.size() > MaxSize)
        return fail(tr("is larger than 16 MiB"));
    return {std::move(bytes), {}};
}

} // namespace Versus
