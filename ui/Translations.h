// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace Versus {

// The window speaks the person's language: Versus's own translation (embedded as
// :/i18n/versus_LANG.qm) and Qt's, for its standard buttons and dialogs, when installed.
// The command line stays in English (see docs/using.md), so only the window installs these.
class Translations
{
public:
    // Installs the translations for `locale`'s UI languages (by default the system's, which
    // follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG), replacing any installed before. Returns
    // whether a translation of Versus itself was found; English needs none.
    static bool install(const QLocale &locale = QLocale());
    // Removes what install() put in place, so that the texts are English again.
    static void remove();
};

} // namespace Versus
