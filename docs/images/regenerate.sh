#!/usr/bin/env bash
# Regenerates the pictures in docs/images/: of the rendered example contract, the first page and the
# signature page (the last), at 100 dpi; and of the HTML portfolio report of examples/portfolio/.
# Needs pdftoppm and Chromium (Debian: apt-get install poppler-utils chromium).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$(mktemp -d)"
"$root/praksis" render "$root/examples/oslomet-baerum-helse-2026.yaml" -o "$out/kontrakt.pdf" >/dev/null
pages="$(pdfinfo "$out/kontrakt.pdf" | awk '/^Pages:/ {print $2}')"
pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$out/kontrakt.pdf" "$root/docs/images/kontrakt-side-1"
pdftoppm -png -r 100 -f "$pages" -l "$pages" -singlefile "$out/kontrakt.pdf" "$root/docs/images/kontrakt-signaturside"
# The report's judgement date is fixed, so that the picture is the same on every day it is made.
"$root/praksis" portfolio --as-of 2026-12-01 --format html --output "$out/portefolje.html" "$root/examples/portfolio/"
chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2250 \
  --screenshot="$root/docs/images/portfolio-html.png" "file://$out/portefolje.html" 2>/dev/null
rm -rf "$out"
echo "docs/images/kontrakt-side-1.png and docs/images/kontrakt-signaturside.png (of $pages pages), docs/images/portfolio-html.png"
