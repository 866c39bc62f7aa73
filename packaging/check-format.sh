#!/usr/bin/env bash
# Checks that Versus' own C++ sources (app, ui, tests, bench, fuzz) are laid out as .clang-format
# says, with Debian 12's clang-format (14); lists every difference and fails when there is one.
#
#   packaging/check-format.sh        check (what .ci/run does)
#   packaging/check-format.sh --fix  format the files in place
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

mapfile -t files < <(find app ui tests bench fuzz -type f \( -name '*.cpp' -o -name '*.h' \) | sort)
if [[ "${1:-}" == --fix ]]; then
    clang-format -i "${files[@]}"
else
    clang-format --dry-run --Werror "${files[@]}"
fi
