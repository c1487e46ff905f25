#!/usr/bin/env bash
# Renders the icon's source, ratecard.svg, into what jpackage takes on each system: a PNG on Linux, an .ico on
# Windows and an .icns on macOS. Run it after changing the SVG and commit the results with it.
# Needs rsvg-convert, ImageMagick's convert and png2icns (Debian: librsvg2-bin, imagemagick, icnsutils).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
sizes=$(mktemp -d)
trap 'rm -rf "$sizes"' EXIT

for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" ratecard.svg --output "$sizes/$size.png"
done
# Linux: one PNG; jpackage installs it as the menu and file-type icon.
cp "$sizes/256.png" ratecard.png
# Windows: every size Explorer asks for, in one file.
convert "$sizes"/{16,24,32,48,64,128,256}.png ratecard.ico
# macOS: the sizes an .icns holds that png2icns can encode.
png2icns ratecard.icns "$sizes"/{16,32,48,128,256,512}.png >/dev/null
