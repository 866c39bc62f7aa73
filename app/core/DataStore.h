// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataError.h"
#include "DataSet.h"

#include <QCoreApplication>

namespace Versus {

// Where the data comes from (DESIGN.md, "Where data lives"): the user's saved file in the
// application data folder when it is present and valid, else the bundled data. A user file
// that cannot be read is moved aside, never overwritten, and the person is told where it went.
class DataStore
{
    Q_DECLARE_TR_FUNCTIONS(DataStore)

public:
    struct Loaded
    {
        DataSet data;
        QString path;        // the file the data came from
        bool bundled = true; // the data is the bundled resource
        QString problem;     // for the person: why their own file is not shown; empty if none
        DataErrors errors;   // the problems with the user's file
    };

    static QString bundledPath();
    static QString userDataPath();

    static Loaded loadStartupData();
    // The same choice, changing no file: a user file that cannot be read is reported in
    // `errors` and `problem` and left where it is. For the headless commands, which must not
    // move a person's files about behind their back.
    static Loaded readStartupData();
    static Loaded loadBundled();
};

} // namespace Versus
