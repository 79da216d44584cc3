#!/usr/bin/env bash
# Regenerates the bundled Latin subsets of DejaVu Sans used by Congress.Platform.Pdf.
#
# Why a subset: SkiaSharp's NoDependencies native assets have no system font, so the PDF layer
# loads these files by path; a Latin subset keeps the app and every generated PDF small.
# Characters outside the subset are drawn as '?' by the PDF layer (see PdfFonts.cs).
#
# Requirements (Debian): apt-get install -y fonttools fonts-dejavu-core
# Usage: ./make-subset.sh [source-dir]   (default source-dir: /usr/share/fonts/truetype/dejavu)
# Output: DejaVuSans-Latin.ttf and DejaVuSans-Bold-Latin.ttf next to this script.
set -euo pipefail

src="${1:-/usr/share/fonts/truetype/dejavu}"
out="$(cd "$(dirname "$0")" && pwd)"

# Basic Latin, Latin-1 Supplement, Latin Extended-A, then typographic punctuation:
# U+2009 thin space, U+2010-2011 hyphens, U+2013-2014 en/em dashes, U+2018-201E quotes,
# U+2020-2022 daggers and bullet, U+2026 ellipsis, U+202F narrow no-break space, U+2030 per mille,
# U+2039-203A single guillemets, U+20AC euro, U+2116 numero, U+2122 trade mark, U+2212 minus.
unicodes="U+0020-007E,U+00A0-00FF,U+0100-017F,U+2009-2011,U+2013-2014,U+2018-201E,U+2020-2022,U+2026,U+202F,U+2030,U+2039-203A,U+20AC,U+2116,U+2122,U+2212"

for face in DejaVuSans DejaVuSans-Bold; do
  # No hinting and no layout features: Skia's PDF backend draws outlines without shaping,
  # so those tables would only add weight.
  pyftsubset "$src/$face.ttf" \
    --unicodes="$unicodes" \
    --layout-features='' \
    --no-hinting \
    --drop-tables+=MATH,FFTM \
    --output-file="$out/$face-Latin.ttf"
done

ls -l "$out"/*-Latin.ttf
