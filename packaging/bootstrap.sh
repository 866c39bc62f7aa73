#!/usr/bin/env bash
# Sets up a Debian 12 / Ubuntu 24.04 machine for Versus, builds it, and then either starts the
# program or runs every test headless.
#
#   packaging/bootstrap.sh run     install what is missing, build (release), start Versus
#   packaging/bootstrap.sh test    install what is missing, build (dev preset), run all tests
#
# Packages are installed with apt-get, through sudo when not root. Nothing else is downloaded.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(
    cmake ninja-build g++
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev zlib1g-dev
    fonts-dejavu-core
    # tests/data/check_schema.py: the JSON Schema of data files run over tests/data
    python3 python3-jsonschema
    # .ci/run: packaging/check-format.sh
    clang-format
    # the tests of the report's PDF read it back with pdfinfo, pdftotext and pdffonts
    poppler-utils
    # packaging/make-packages.sh: CPack's .deb and the checks of what it installs
    dpkg-dev file desktop-file-utils appstream shared-mime-info libglib2.0-bin lintian man-db
)

install_missing() {
    local missing=()
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    echo "bootstrap: installing ${missing[*]}"
    local sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

case "${1:-}" in
run)
    install_missing
    cmake --preset release
    cmake --build --preset release
    exec build/release/bin/versus "${@:2}"
    ;;
test)
    install_missing
    # configure, build and ctest (headless: every test sets QT_QPA_PLATFORM=offscreen)
    cmake --workflow --preset dev
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
