// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace Versus {

// Sets `key` only when its stored value differs. Any setValue(), even of the value already
// there, makes QSettings rewrite the whole file when it syncs: a lock file, a temporary file,
// fdatasync()s and a rename. Saving the unchanged comparison on every start cost that each
// time; on a spinning disk one fdatasync can take longer than the window takes to appear.
// The stored value is read back as T because the INI format keeps strings: a bool comes back
// as "true", a one-element list as a plain string.
template <typename T> void storeSetting(QSettings &settings, const QString &key, const T &value)
{
    if (!settings.contains(key) || settings.value(key).template value<T>() != value)
        settings.setValue(key, value);
}

} // namespace Versus
