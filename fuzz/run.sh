#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer harness of the data reader (preset "fuzz": clang, ASan + UBSan) and runs
# it for SECONDS (default 60), seeded with every JSON file under tests/data, the bundled data
# and the inputs in fuzz/regressions. Exits non-zero when the fuzzer finds a crash, a leak, a
# timeout or a failed check; the input that did it is kept in the crash folder.
#
#   fuzz/run.sh [SECONDS] [LIBFUZZER-OPTION...]
#
# Environment:
#   VERSUS_FUZZ_BUILD_DIR   build folder (default: build/fuzz); its corpus/ grows from run to run
#   VERSUS_FUZZ_CRASH_DIR   where crashing inputs go (default: BUILD/crashes)
#
# Reproduce a crash:  BUILD/fuzz/fuzz_datareader CRASH-FILE
# Minimise it:        BUILD/fuzz/fuzz_datareader -minimize_crash=1 -runs=100000 CRASH-FILE
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
source_dir=$PWD

seconds=${1:-60}
[[ $# -gt 0 ]] && shift
if ! [[ $seconds =~ ^[0-9]+$ ]]; then
    echo "usage: $0 [SECONDS] [LIBFUZZER-OPTION...]" >&2
    exit 2
fi
if ! command -v clang++ >/dev/null; then
    echo "fuzz/run.sh: clang++ is needed (Debian: apt-get install clang)" >&2
    exit 2
fi

build=${VERSUS_FUZZ_BUILD_DIR:-$source_dir/build/fuzz}
crashes=${VERSUS_FUZZ_CRASH_DIR:-$build/crashes}

cmake --preset fuzz -B "$build" >/dev/null
cmake --build "$build" --target fuzz_datareader

# The seeds are copied afresh each time, so that a file deleted from tests/data is no seed any
# more; what the fuzzer finds goes to corpus/, which is kept to start the next run further on.
rm -rf "$build/seeds"
mkdir -p "$build/seeds" "$build/corpus" "$crashes"
# Same names in different folders are kept apart by --backup.
{
    find tests/data -type f -name '*.json' -print0
    find fuzz/regressions -type f ! -name '.*' -print0
} | xargs -0 -r cp --backup=numbered -t "$build/seeds"
cp resources/frameworks.json "$build/seeds/bundled.json"
crashes_before=$(find "$crashes" -type f | wc -l)

# -max_len: large enough for a data set of a dozen frameworks, small enough to run fast; the
# size limits of the reader themselves are tested in tests/core. -timeout: an input that takes
# seconds under the sanitizers would take the person's window minutes at 16 MiB.
status=0
"$build/fuzz/fuzz_datareader" \
    -max_total_time="$seconds" \
    -max_len=65536 \
    -timeout=10 \
    -rss_limit_mb=2048 \
    -dict="$source_dir/fuzz/datareader.dict" \
    -artifact_prefix="$crashes/" \
    -print_final_stats=1 \
    "$@" \
    "$build/corpus" "$build/seeds" || status=$?

crashes_after=$(find "$crashes" -type f | wc -l)
if [[ $status -ne 0 || $crashes_after -gt $crashes_before ]]; then
    echo "fuzz/run.sh: the fuzzer found a problem (exit status $status); inputs in $crashes:" >&2
    find "$crashes" -type f -newer "$build/seeds" >&2 || true
    exit 1
fi
echo "fuzz/run.sh: no problem found in $seconds s; corpus: $(find "$build/corpus" -type f | wc -l) inputs"
