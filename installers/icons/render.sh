#!/usr/bin/env sh
# Renders the committed icons from mop-studio.svg. Run after editing the SVG; the build itself only
# reads the committed files, so no SVG renderer is needed to package MOP Studio.
# Needs (Debian): librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
set -eu
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" mop-studio.svg -o "mop-studio-$size.png"
done
# Windows: one .ico holding the sizes Explorer and the taskbar ask for.
convert mop-studio-16.png mop-studio-32.png mop-studio-48.png mop-studio-256.png mop-studio.ico
# macOS: png2icns takes the sizes Finder and the Dock use.
png2icns mop-studio.icns mop-studio-16.png mop-studio-32.png mop-studio-128.png mop-studio-256.png \
  mop-studio-512.png >/dev/null
