// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIcon.h"

using namespace Qt::StringLiterals;

namespace Versus {

QString applicationId()
{
    return QStringLiteral(VERSUS_APP_ID);
}

QIcon appIcon()
{
    QIcon fallback;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        fallback.addFile(u":/icons/versus-%1.png"_s.arg(size), QSize(size, size));
    return QIcon::fromTheme(applicationId(), fallback);
}

} // namespace Versus
