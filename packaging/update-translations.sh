#!/usr/bin/env bash
# Refreshes every resources/translations/*.ts from the sources of the window (app/core/ and ui/;
# the command line stays English) and says how many texts each still lacks. Run it after adding
# or changing a tr() text, translate what it reports (with Qt Linguist,
# `linguist resources/translations/versus_de.ts`, or in the XML), and build: CMake makes the .qm
# files and embeds them in the program.
#
#   packaging/update-translations.sh          refresh and report
#   packaging/update-translations.sh --check  report only; exit 1 when a text is untranslated
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

lupdate=$(command -v lupdate6 || command -v lupdate-qt6 || true)
for candidate in /usr/lib/qt6/bin/lupdate /usr/lib/qt6/libexec/lupdate; do
    [[ -z $lupdate && -x $candidate ]] && lupdate=$candidate
done
[[ -z $lupdate ]] && lupdate=$(command -v lupdate || true)
if [[ -z $lupdate ]]; then
    echo "update-translations: lupdate not found (Debian and Ubuntu: apt-get install qt6-l10n-tools)" >&2
    exit 2
fi

check=false
[[ ${1:-} == --check ]] && check=true

status=0
shopt -s nullglob
for ts in resources/translations/*.ts; do
    if ! $check; then
        # No line numbers: they would change with every edit and make merges conflict.
        "$lupdate" -silent -locations none -no-obsolete app/core ui -ts "$ts"
    fi
    total=$(grep -c '<source>' "$ts" || true)
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    echo "$ts: $total texts, $unfinished unfinished"
    [[ $unfinished -ne 0 ]] && status=1
done
$check && exit $status
exit 0
