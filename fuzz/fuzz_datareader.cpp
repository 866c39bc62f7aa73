// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness for the data reader: any bytes, as if they were a data file someone opened.
// The sanitizers catch memory errors and undefined behaviour; ReadCheck::check() catches
// results that are wrong without crashing (an error with no place, a round trip through the
// writer that changes the data). Build and run it with fuzz/run.sh.
#include "ReadCheck.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A copy, not QByteArray::fromRawData(): a file is read into a QByteArray that owns its
    // bytes, and that is what the reader must handle.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = Versus::ReadCheck::check(bytes);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_datareader: %s\n", qUtf8Printable(problem));
        std::abort(); // libFuzzer saves the input as a crash
    }
    return 0;
}
