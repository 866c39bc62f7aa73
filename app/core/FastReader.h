// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataSet.h"

#include <QByteArrayView>

#include <optional>

namespace Versus {

// The quick way through a data file that is valid, as nearly every file is: it walks the bytes
// once (JsonScanner) and fills the DataSet as it goes, with no QJsonDocument in between. Going
// through QJsonDocument and then validating cost three times the target for 10,000 frameworks
// (README, "Performance"), in time and in memory (the text, the document and the data set held
// at once).
//
// It only ever says "valid, and this is the data" or "not sure": at anything it does not fully
// handle, or any fault, it gives up and DataReader reads the file the thorough way, which is
// the one source of every error message. So a file it accepts must be one DataReader accepts,
// read to an equal DataSet; tst_fastreader and the fuzzer (fuzz/FastPathCheck.h) hold it to
// that.
class FastReader
{
public:
    // The data set, or nothing when the full reader has to decide.
    static std::optional<DataSet> read(QByteArrayView bytes);
};

} // namespace Versus
