#!/usr/bin/env bash
# Renders packaging/icons/versus.svg to the PNG sizes of the hicolor theme, next to it
# (versus-SIZE.png). Run it after changing the SVG and commit the PNGs with it.
#
# The PNGs are committed rather than made at build time: the build then needs no SVG renderer
# (rsvg-convert, from Debian's librsvg2-bin, is needed only here), and the pixels that were
# looked at, at 16 px above all, are the ones that ship.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
command -v rsvg-convert >/dev/null || { echo "render.sh: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" versus.svg --output "versus-$size.png"
done
