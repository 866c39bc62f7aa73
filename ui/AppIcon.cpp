// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIcon.h"
#include "LazyIconEngine.h"

using namespace Qt::StringLiterals;

namespace Versus {

QString applicationId()
{
    return QStringLiteral(VERSUS_APP_ID);
}

QIcon appIcon()
{
    auto *engine = new LazyIconEngine;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        engine->addFile(size, u":/icons/versus-%1.png"_s.arg(size));
    return QIcon::fromTheme(applicationId(), QIcon(engine));
}

} // namespace Versus
