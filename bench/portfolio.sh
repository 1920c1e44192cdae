#!/usr/bin/env bash
# Portfolio benchmark: `./praksis portfolio` over N agreements (default 10 000, the country several
# times over), on a built checkout. The agreements are the three of examples/portfolio/, copied N/3
# times: each copy of the region gets ids of its own and sites of its own (the names carry the copy's
# number), so that every region shares one site between its two institutions, as the example does.
# Prints wall time and peak memory (/usr/bin/time) for the JSON report, once with the default heap and
# once with the heap capped, which shows the memory bound; and the same for `validate` of the folder.
# Needs GNU time (Debian: apt-get install time) and python3. The figures go into docs/benchmarks.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
count="${1:-10000}"
heap="${2:-256m}"
./praksis validate examples/portfolio >/dev/null   # builds if needed and records the class-data-sharing archive
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$work/avtaler" "$count" examples/portfolio/*.yaml <<'PY'
import os, re, sys
out, count, templates = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
texts = [open(t, encoding="utf-8").read() for t in templates]
for i in range(count):
    region, text = i // len(texts), texts[i % len(texts)]
    text = re.sub(r"(?m)^id: (.*)$", rf"id: \1-{region}", text, count=1)
    # The site names (under sites:, indented four) carry the region's number: a site is matched
    # across agreements by municipality and name, so each region's shared site stays its own.
    head, sites, tail = re.split(r"(?m)^(sites:\n(?:(?:  .*)?\n)*?)(?=^\S)", text, maxsplit=1)
    sites = re.sub(r"(?m)^(    name: .*)$", rf"\1 {region}", sites)
    folder = os.path.join(out, f"region-{region // 100:03d}")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"{region:05d}-{os.path.basename(templates[i % len(texts)])}"), "w",
              encoding="utf-8") as f:
        f.write(head + sites + tail)
PY
echo "$count agreements in $(du -sh "$work/avtaler" | cut -f1)"
measure() {
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || [ $? -le 1 ] || { cat "$work/err"; exit 2; }
  read -r seconds kib <"$work/time"
  echo "$label: ${seconds} s wall, peak RSS $((kib / 1024)) MiB"
}
measure "portfolio --format json" ./praksis portfolio --as-of 2026-12-01 --format json --output "$work/p.json" "$work/avtaler"
PRAKSIS_JAVA_OPTS="-Xmx$heap" measure "portfolio --format json, -Xmx$heap" \
  ./praksis portfolio --as-of 2026-12-01 --format json --output "$work/p.json" "$work/avtaler"
measure "validate" ./praksis validate --as-of 2026-12-01 "$work/avtaler"
python3 -c "import json,sys; s=json.load(open(sys.argv[1]))['summary']; print('summary:', s)" "$work/p.json"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -n 1)"
