// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataStore.h"

#include "DataReader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Versus {

QString DataStore::bundledPath()
{
    return u":/frameworks.json"_s;
}

QString DataStore::userDataPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           u"/frameworks.json"_s;
}

DataStore::Loaded DataStore::loadBundled()
{
    Loaded loaded;
    loaded.path = bundledPath();
    ReadResult result = DataReader::readFile(bundledPath());
    // The bundled file is checked by the tests; failing here means a broken build.
    Q_ASSERT_X(result.ok(), "DataStore", qPrintable(formatErrors(result.errors)));
    loaded.data = std::move(result.data);
    return loaded;
}

DataStore::Loaded DataStore::readStartupData()
{
    const QString userPath = userDataPath();
    if (!QFile::exists(userPath))
        return loadBundled();

    ReadResult result = DataReader::readFile(userPath);
    if (result.ok()) {
        Loaded loaded;
        loaded.data = std::move(result.data);
        loaded.path = userPath;
        loaded.bundled = false;
        return loaded;
    }

    Loaded loaded = loadBundled();
    loaded.errors = result.errors;
    loaded.problem = tr("Your saved data in %1 could not be read, so the bundled data is used.")
                         .arg(QDir::toNativeSeparators(userPath));
    return loaded;
}

DataStore::Loaded DataStore::loadStartupData()
{
    Loaded loaded = readStartupData();
    if (loaded.errors.isEmpty())
        return loaded;

    const QString userPath = userDataPath();
    const QString stem =
        userPath + u".invalid-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    // A file moved aside earlier in the same second keeps its name: this one gets a counter.
    QString aside = stem;
    for (int n = 2; QFile::exists(aside) && n < 1000; ++n)
        aside = stem + u'-' + QString::number(n);
    if (!QFile::exists(aside) && QFile::rename(userPath, aside))
        loaded.problem = tr("Your saved data could not be read, so the bundled data is shown. "
                            "Your file was kept as %1.")
                             .arg(QDir::toNativeSeparators(aside));
    else
        loaded.problem = tr("Your saved data in %1 could not be read, so the bundled data is "
                            "shown. The file was left where it is.")
                             .arg(QDir::toNativeSeparators(userPath));
    return loaded;
}

} // namespace Versus
