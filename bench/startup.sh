#!/usr/bin/env bash
# Start-up benchmark: wall time of `./praksis validate` on one agreement, on a built checkout.
# Needs hyperfine (Debian: apt-get install hyperfine). Prints the median of 10 runs after 2 warm-ups,
# with the launcher as shipped (class-data-sharing archive) and without the archive, for comparison.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
agreement="examples/oslomet-baerum-helse-2026.yaml"
./praksis validate "$agreement" >/dev/null   # builds if needed and records the CDS archive
out="$(mktemp -d)"
hyperfine --warmup 2 --runs 10 --export-json "$out/with-cds.json" "./praksis validate $agreement" >/dev/null
jar="$(ls web/target/praksis-web-*.jar | head -n 1)"
hyperfine --warmup 2 --runs 10 --export-json "$out/without-cds.json" \
  "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:off -jar $jar validate $agreement" >/dev/null
for run in with-cds without-cds; do
  python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print(f\"{sys.argv[2]}: median {r['median']*1000:.0f} ms (min {r['min']*1000:.0f}, max {r['max']*1000:.0f})\")" \
    "$out/$run.json" "$run"
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -n 1)"
