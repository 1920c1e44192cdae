#!/usr/bin/env bash
# Hostile-input benchmark: wall time of `./praksis validate` on files built to hurt a YAML reader,
# each next to a good agreement, on a built checkout (docs/security.md says what each defends
# against). Needs hyperfine (Debian: apt-get install hyperfine) and python3. Prints the median of
# 10 runs after 2 warm-ups for each file, and the same for the good agreement alone, so that the
# cost of the hostile file is the difference. The figures go into docs/benchmarks.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
good="examples/oslomet-baerum-helse-2026.yaml"
./praksis validate "$good" >/dev/null   # builds if needed and records the class-data-sharing archive
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import sys, os
d = sys.argv[1]
def write(name, text):
    with open(os.path.join(d, name), "w", encoding="utf-8") as f:
        f.write(text)
# A billion laughs: nine levels of ten aliases, a billion values once expanded.
laughs = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
for i in range(1, 10):
    laughs += f"a{i}: &a{i} [" + ", ".join([f"*a{i-1}"] * 10) + "]\n"
write("billion-laughs.yaml", laughs)
# 100 000 nested brackets: a stack overflow for a recursive reader.
write("brackets.yaml", "a: " + "[" * 100_000 + "]" * 100_000 + "\n")
# One word of 4 MiB less a little: quadratic scanning with a small read buffer.
write("huge-word.yaml", "title: " + "x" * (4 * 1024 * 1024 - 100) + "\n")
# A 4 MiB flow list of one-letter values: two million values.
write("flow-list.yaml", "a: [" + ", ".join(["x"] * 1_390_000) + "]\n")
# Two million comment lines.
write("comment-lines.yaml", "#\n" * 2_000_000)
# 49 000 aliases to one value of 99 000 characters: five billion characters once expanded.
long = "x" * 99_000
write("alias-text.yaml", "format: praksisavtale/v1\ntitle: &t " + long + "\nextensions:\n  l:\n" + "    - *t\n" * 49_000)
# Aliases to that value where a code is expected: 1 000 (beyond the limit on expanded text) and 80
# (within it: each place is checked, and reported, with no "did you mean" to compute).
def sites(count):
    return "format: praksisavtale/v1\nid: x\ntitle: &t " + long + "\nsites:\n" + "  - serviceArea: *t\n" * count
write("alias-code-1000.yaml", sites(1000))
write("alias-code-80.yaml", sites(80))
# 40 000 values under one key of 99 000 characters: each value's path holds the key.
write("long-key.yaml", "format: praksisavtale/v1\n? " + "k" * 99_000 + "\n: [" + "1, " * 40_000 + "1]\n")
# 4 000 numbers of 1 000 digits, the longest read as numbers.
write("long-numbers.yaml", "format: praksisavtale/v1\nextensions:\n  n:\n" + ("    - " + "9" * 1000 + "\n") * 4000)
# Forty values of 9 000 placeholder starts without an end.
write("placeholder-starts.yaml", "format: praksisavtale/v1\nextensions:\n  p:\n"
      + ("    - \"" + "<<FYLL INN:" * 9000 + "\"\n") * 40)
PY
printf '%-22s %s\n' "file" "median ms (min-max), with the good agreement"
for case in good billion-laughs brackets huge-word flow-list comment-lines alias-text alias-code-1000 alias-code-80 \
    long-key long-numbers placeholder-starts; do
  if [ "$case" = good ]; then files="$good"; else files="$work/$case.yaml $good"; fi
  # Exit code 2 (a file that cannot be read) or 1 (findings) is the expected outcome for the hostile files.
  hyperfine --warmup 2 --runs 10 -i --export-json "$work/$case.json" "./praksis validate $files" >/dev/null 2>&1
  python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print(f\"{sys.argv[2]:<22} {r['median']*1000:.0f} ({r['min']*1000:.0f}-{r['max']*1000:.0f})\")" \
    "$work/$case.json" "$case"
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -n 1)"
