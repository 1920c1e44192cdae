#!/usr/bin/env bash
# Hostile-PDF benchmark: peak memory (maximum resident set size, from /usr/bin/time -v) and wall
# time of `./praksis extract` and `./praksis verify` on PDFs built to fill a reader's memory, on a
# built checkout (docs/security.md says what each defends against). Each case runs twice: with the
# launcher's default heap (a quarter of the machine's memory), and with PRAKSIS_JAVA_OPTS=-Xmx300m,
# where it must still end with exit code 2 and one line. Needs GNU time (Debian: apt-get install
# time) and python3. The figures go into docs/benchmarks.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
good="examples/oslomet-baerum-helse-2026.yaml"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./praksis render "$good" -o "$work/contract.pdf" >/dev/null   # builds if needed
python3 - "$work" <<'PY'
import sys, os, zlib
d = sys.argv[1]
MIB = 1 << 20

def zeros(n):
    """zlib data for n zero bytes: a mebibyte compressed on its own (a full flush) and repeated."""
    seg = zlib.compressobj(9, zlib.DEFLATED, -15)
    one = seg.compress(b"\0" * MIB) + seg.flush(zlib.Z_FULL_FLUSH)
    return b"\x78\xda" + one * (n // MIB) + b"\x03\x00"

def pdf(objects, trailer_root=1):
    """A PDF with a classic cross-reference table; objects[i] is object i+1 (bytes, without obj/endobj)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_root, xref)
    return bytes(out)

def stream(dictionary, data):
    return b"<< " + dictionary + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"

def write(name, data):
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)

pages = b"<< /Type /Pages /Kids [] /Count 0 >>"
catalog = b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(avtale.yaml) 3 0 R] >> >> >>"
spec = b"<< /Type /Filespec /F (avtale.yaml) /AFRelationship /Source /EF << /F 4 0 R >> >>"
# 8 MB of zlib inflating to 8 GiB, as the agreement: once 6 GB of heap and an OutOfMemoryError.
write("flate-8-gib.pdf", pdf([catalog, pages, spec, stream(b"/Type /EmbeddedFile /Filter /FlateDecode", zeros(8 << 30))]))
# A cross-reference stream that inflates to 4 GiB: PDFBox decodes it while it opens the file.
x = bytearray(b"%PDF-1.7\n")
offsets = [len(x)]
x += b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
offsets.append(len(x))
x += b"2 0 obj\n" + pages + b"\nendobj\n"
start = len(x)
x += b"3 0 obj\n" + stream(b"/Type /XRef /Size 4 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode", zeros(4 << 30)) + b"\nendobj\n"
x += b"startxref\n%d\n%%%%EOF\n" % start
write("xref-stream-4-gib.pdf", bytes(x))
# Three million cross-reference entries (60 MB), and twenty million empty arrays (40 MB).
head = b"%PDF-1.7\n"
o1 = b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
o2 = b"2 0 obj\n" + pages + b"\nendobj\n"
n = 3_000_000
entry = b"%010d 00000 n \n" % len(head)
write("xref-table-3-million.pdf", head + o1 + o2 + b"xref\n0 %d\n0000000000 65535 f \n" % n + entry
      + b"%010d 00000 n \n" % (len(head) + len(o1)) + entry * (n - 3)
      + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, len(head) + len(o1) + len(o2)))
write("twenty-million-arrays.pdf", pdf([b"<< /Type /Catalog /Pages 2 0 R /Junk [" + b"[]" * 20_000_000 + b"] >>", pages]))
PY
cp "$work/contract.pdf" "$work/genuine.pdf"
# Pages built for the text reader, which only verify reads: the fuzz seeds of the same names.
seeds="validator/src/test/resources/no/praksis/validator/fuzz/ValidatorFuzzTestInputs/extractNeverThrows"
for page in page-too-many-characters page-forms-drawn-a-million-times page-character-map-bomb page-content-bomb; do
  cp "$seeds/$page.pdf" "$work/"
done
printf '%-34s %-8s %-22s %-22s\n' "file" "command" "default heap: MB, s" "-Xmx300m: MB, s, exit"
for case in genuine flate-8-gib xref-stream-4-gib xref-table-3-million twenty-million-arrays \
    page-too-many-characters page-forms-drawn-a-million-times page-character-map-bomb page-content-bomb; do
  commands="extract verify"
  case "$case" in page-*) commands="verify" ;; esac
  for command in $commands; do
    args=("$work/$case.pdf")
    [ "$command" = extract ] && args+=(-o "$work/out.yaml" --force)
    measure() {
      /usr/bin/time -v -o "$work/time.txt" "$@" >/dev/null 2>"$work/err.txt" && rc=0 || rc=$?
      rss=$(awk -F: '/Maximum resident set size/ {printf "%d", $2 / 1024}' "$work/time.txt")
      wall=$(awk '/Elapsed \(wall clock\)/ {print $NF}' "$work/time.txt")
      echo "$rss MB, $wall s, exit $rc"
    }
    full=$(measure ./praksis "$command" "${args[@]}")
    small=$(PRAKSIS_JAVA_OPTS=-Xmx300m measure ./praksis "$command" "${args[@]}")
    printf '%-34s %-8s %-22s %-22s\n' "$case" "$command" "${full%, exit*}" "$small"
    rm -f "$work/out.yaml"
  done
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -n 1)"
