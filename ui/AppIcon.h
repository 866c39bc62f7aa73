// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace Versus {

// The application id (packaging/README.md): the name of the desktop file, of the AppStream
// component and of the icon.
QString applicationId();

// The Versus icon: the icon theme's, where Versus is installed, else the PNGs built into the
// program (packaging/icons), so that a build run from its folder shows it too.
QIcon appIcon();

} // namespace Versus
