// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdio>

namespace Versus::Console {

// Writes text to a standard stream in the locale's encoding, at once: the commands' messages
// must not wait in a buffer behind a crash or a long run, and must read in the user's terminal.
void printTo(FILE *stream, const QString &text);
inline void printError(const QString &text)
{
    printTo(stderr, text);
}

} // namespace Versus::Console
