// SPDX-License-Identifier: GPL-3.0-or-later
#include "Console.h"

#include <QByteArray>

namespace Versus::Console {

void printTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace Versus::Console
