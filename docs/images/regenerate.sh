#!/usr/bin/env bash
# Regenerates the pictures of the rendered example contract in docs/images/:
# the first page and the signature page (the last), at 100 dpi.
# Needs pdftoppm (Debian: apt-get install poppler-utils).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$(mktemp -d)"
"$root/praksis" render "$root/examples/oslomet-baerum-helse-2026.yaml" -o "$out/kontrakt.pdf" >/dev/null
pages="$(pdfinfo "$out/kontrakt.pdf" | awk '/^Pages:/ {print $2}')"
pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$out/kontrakt.pdf" "$root/docs/images/kontrakt-side-1"
pdftoppm -png -r 100 -f "$pages" -l "$pages" -singlefile "$out/kontrakt.pdf" "$root/docs/images/kontrakt-signaturside"
rm -rf "$out"
echo "docs/images/kontrakt-side-1.png and docs/images/kontrakt-signaturside.png (of $pages pages)"
