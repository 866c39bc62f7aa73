#!/usr/bin/env bash
# Builds the packages of Versus and checks them (packaging/README.md):
#
#   packaging/make-packages.sh          build/package/versus_VERSION_ARCH.deb and .tar.gz, checked
#   packaging/make-packages.sh --no-check    only build them
#
# The build is the preset `package` (Release, no tests, no benchmarks) in build/package; CPack
# makes a .deb (its dependencies from dpkg-shlibdeps) and a .tar.gz of the same files. Then
# every check that CI runs: desktop-file-validate, appstreamcli validate --pedantic, the MIME
# type registered and recognised, the manual page formatted without warnings, lintian on the
# .deb with no error and no warning that packaging/lintian-overrides does not explain, and the
# packaged program, unpacked into a temporary folder, run. Nothing is installed on the system.
# Needs (packaging/bootstrap.sh installs them): dpkg-dev, desktop-file-utils, appstream,
# shared-mime-info, libglib2.0-bin (gio), lintian, man-db, file.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

cmake --workflow --preset package
[[ ${1:-} == --no-check ]] && exit 0

build=build/package
debs=("$build"/versus_*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || { echo "make-packages: expected one .deb in $build" >&2; exit 1; }
deb=${debs[0]}
app_id=$(sed -n 's/^VERSUS_APP_ID:STRING=//p' "$build/CMakeCache.txt")
step() { echo "--- make-packages: $*"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

step "contents of $deb"
dpkg-deb --field "$deb"
dpkg-deb --contents "$deb" | awk '{print $6}'
dpkg-deb -x "$deb" "$tmp/root"
share=$tmp/root/usr/share

step "desktop-file-validate"
desktop-file-validate "$share/applications/$app_id.desktop"

step "appstreamcli validate --no-net --pedantic"
appstreamcli validate --no-net --pedantic "$share/metainfo/$app_id.metainfo.xml"

step "the MIME type: registered, and *.versus.json recognised"
mkdir -p "$tmp/xdg/mime/packages"
cp "$share/mime/packages/$app_id.xml" "$tmp/xdg/mime/packages/"
update-mime-database "$tmp/xdg/mime"
echo '{}' >"$tmp/sample.versus.json"
mime_type=$(sed -n 's/^VERSUS_MIME_TYPE:STRING=//p' "$build/CMakeCache.txt")
XDG_DATA_HOME=$tmp/xdg gio info -a standard::content-type "$tmp/sample.versus.json" |
    tee "$tmp/type"
grep -q "standard::content-type: $mime_type$" "$tmp/type"
grep -q "^MimeType=$mime_type;$" "$share/applications/$app_id.desktop"

step "the manual page"
LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$share/man/man1/versus.1.gz" 2>"$tmp/man-warnings" >/dev/null
if [[ -s $tmp/man-warnings ]]; then cat "$tmp/man-warnings" >&2; exit 1; fi

step "lintian"
# --fail-on error,warning: a warning fails too, unless packaging/lintian-overrides (installed
# with the package) overrides it with the reason beside it.
lintian --fail-on error,warning --display-info --show-overrides "$deb"

step "the packaged program runs"
# With folders of its own, so that no saved data or settings of the person's are read or written.
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/config XDG_DATA_HOME=$tmp/home/data \
    XDG_RUNTIME_DIR=$tmp/runtime
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
"$tmp/root/usr/bin/versus" --version
"$tmp/root/usr/bin/versus" --export-chart "$tmp/chart.png"
file "$tmp/chart.png" | tee "$tmp/chart-type"
grep -q "PNG image data, 1200 x 1200" "$tmp/chart-type"
# The window opens and keeps running (timeout's 124) on the offscreen platform.
status=0
QT_QPA_PLATFORM=offscreen timeout 5 "$tmp/root/usr/bin/versus" || status=$?
[[ $status -eq 124 ]] || { echo "make-packages: the window exited with $status" >&2; exit 1; }
step "all checks passed: $deb $(ls "$build"/versus-*.tar.gz)"
