// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

bool add(const QLocale &locale, const QString &name, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    // load() tries each of the locale's UI languages in turn ("de_DE", then "de"), so a German
    // translation serves de_AT and de_CH too.
    if (!translator->load(locale, name, u"_"_s, directory))
        return false;
    QCoreApplication::installTranslator(translator.get());
    installed().push_back(std::move(translator));
    return true;
}

} // namespace

bool Translations::install(const QLocale &locale)
{
    remove();
    const bool own = add(locale, u"versus"_s, u":/i18n"_s);
    // Qt's own texts: the Save/Discard/Cancel buttons, the file dialog. Only worth loading when
    // Versus itself is translated, or the window would mix two languages the other way round.
    if (own)
        add(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return own;
}

void Translations::remove()
{
    for (const std::unique_ptr<QTranslator> &translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();
}

} // namespace Versus
