#!/usr/bin/env python3
"""bench/run's reading of its raw results.

  results.py sample MANIFEST RESULTS N   whether the first N generated agreements are what the
                                         generator meant, to praksis and to Spectral
  results.py table RESULTS               the table of figure, goal and measured value (Markdown)
"""
import csv
import json
import os
import sys

# Goals of issue 17. Portfolio "in seconds" is read as under ten.
COLD_GOAL_S = 0.35
COLD_RATIO_GOAL = 0.35
BATCH_GOAL_S = 1.0
MEMORY_GOAL_MIB = 512
PORTFOLIO_GOAL_S = 10.0
RENDER_GOAL_MS = 150.0


def sample(manifest, results, count):
    rows = list(csv.DictReader(open(manifest, encoding="utf-8"), delimiter="\t"))[:count]
    lines = [check_praksis(rows, os.path.join(results, "sample-praksis.json"))]
    spectral = os.path.join(results, "sample-spectral.json")
    if os.path.exists(spectral):
        lines.append(check_spectral(rows, spectral))
    with open(os.path.join(results, "sample.txt"), "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    for line in lines:
        print("bench/run: " + line, file=sys.stderr)


def row_of(rows, path):
    return next(r for r in rows if path.endswith("/" + r["file"]))


def check_praksis(rows, path):
    """A valid agreement has no finding at all; an invalid one has its defect's rule among its findings."""
    report = json.load(open(path, encoding="utf-8"))
    wrong = []
    for file in report["files"]:
        row = row_of(rows, file["path"])
        rules = {f["ruleId"] for f in file["findings"]}
        if (row["expected"] == "-" and rules) or (row["expected"] != "-" and row["expected"] not in rules):
            wrong.append(f"{row['file']} ({row['defect']}): {sorted(rules)}")
    for line in wrong:
        print("bench/run: praksis, not as meant: " + line, file=sys.stderr)
    return f"praksis: {len(report['files']) - len(wrong)} of {len(report['files'])} sample agreements as meant"


def check_spectral(rows, path):
    """Spectral finds nothing in a valid agreement and something in an invalid one."""
    found = {}
    for result in json.load(open(path, encoding="utf-8")):
        found.setdefault(result["source"], set()).add(result["code"])
    wrong = []
    for row in rows:
        codes = next((c for source, c in found.items() if source.endswith("/" + row["file"])), set())
        if (row["expected"] == "-") != (not codes):
            wrong.append(f"{row['file']} ({row['defect']}): {sorted(codes)}")
    for line in wrong:
        print("bench/run: Spectral, not as meant: " + line, file=sys.stderr)
    return f"Spectral: {len(rows) - len(wrong)} of {len(rows)} sample agreements as meant"


def hyperfine(results, name):
    path = os.path.join(results, name + ".json")
    if not os.path.exists(path):
        return None
    return {r["command"]: r for r in json.load(open(path))["results"]}


def timed(results, name):
    path = os.path.join(results, name + ".time")
    if not os.path.exists(path):
        return None
    # GNU time puts "Command exited with non-zero status 1" first when the command found something.
    seconds, kib = open(path).read().split()[-2:]
    return float(seconds), int(kib) / 1024


def jmh(results):
    path = os.path.join(results, "jmh.json")
    if not os.path.exists(path):
        return None
    scores = {}
    for entry in json.load(open(path)):
        step = entry["benchmark"].rsplit(".", 1)[1]
        metric = entry["primaryMetric"]
        scores[(step, entry["params"]["size"])] = (metric["score"], metric["scoreError"])
    return scores


def met(ok):
    return "yes" if ok else "**no**"


def spread(r):
    return f"{r['median']:.3f} s (min {r['min']:.3f}, max {r['max']:.3f}, {len(r['times'])} runs)"


def table(results):
    rows = []
    cold = hyperfine(results, "cold")
    if cold:
        p, s = cold["praksis"], cold["spectral"]
        rows.append(("One agreement cold, `praksis validate`, median wall", f"≤ {COLD_GOAL_S} s", spread(p),
                     met(p["median"] <= COLD_GOAL_S)))
        rows.append(("One agreement cold, `spectral lint`, median wall", "", spread(s), ""))
        ratio = p["median"] / s["median"]
        rows.append(("praksis cold ÷ Spectral cold (same hyperfine run)", f"≤ {COLD_RATIO_GOAL}", f"{ratio:.2f}",
                     met(ratio <= COLD_RATIO_GOAL)))
    batch = hyperfine(results, "batch")
    if batch:
        p, s = batch["praksis"], batch["spectral"]
        rows.append(("1 000 agreements in one run, `praksis validate`, JVM start included", f"≤ {BATCH_GOAL_S} s",
                     spread(p), met(p["median"] <= BATCH_GOAL_S)))
        rows.append(("1 000 agreements in one run, `spectral lint`", "", spread(s),
                     f"praksis {s['median'] / p['median']:.1f}× faster"))
    memory = timed(results, "memory")
    if memory:
        rows.append(("10 000 agreements in one run, `praksis validate`, peak RSS", f"≤ {MEMORY_GOAL_MIB} MiB",
                     f"{memory[1]:.0f} MiB ({memory[0]:.1f} s wall)", met(memory[1] <= MEMORY_GOAL_MIB)))
    portfolio = timed(results, "portfolio")
    if portfolio:
        rows.append(("Portfolio of 10 000 agreements, `praksis portfolio --format json`, wall",
                     f"seconds (< {PORTFOLIO_GOAL_S:.0f} s)", f"{portfolio[0]:.1f} s (peak RSS {portfolio[1]:.0f} MiB)",
                     met(portfolio[0] < PORTFOLIO_GOAL_S)))
    scores = jmh(results)
    if scores:
        for size in ("small", "large"):
            floor = scores[("parseFloor", size)][0]
            steps = sum(scores[(step, size)][0] for step in ("schema", "bind", "rules"))
            rows.append((f"Steady state, {size}: schema + bind + rules vs the YAML parse floor (JMH)", "≤ 1.0× floor",
                         f"{steps:.0f} µs vs {floor:.0f} µs: {steps / floor:.2f}×", met(steps <= floor)))
        for size in ("small", "large"):
            render = scores[("render", size)][0] / 1000
            rows.append((f"Contract rendered warm, {size} (JMH, check + render from the bytes)",
                         f"≤ {RENDER_GOAL_MS:.0f} ms", f"{render:.0f} ms", met(render <= RENDER_GOAL_MS)))
    print("| Figure | Goal | Measured | Met |")
    print("|--------|------|----------|-----|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    if scores:
        print()
        print("JMH, average time per agreement (µs ± 99.9 % error), one thread:")
        print()
        print("| Step | small | large |")
        print("|------|-------|-------|")
        for step in ("parseFloor", "load", "schema", "bind", "rules", "check", "reportJson", "render"):
            cells = [f"{scores[(step, size)][0]:,.1f} ± {scores[(step, size)][1]:,.1f}" for size in ("small", "large")]
            print(f"| {step} | " + " | ".join(cells) + " |")
    print()
    for name in ("corpus.txt", "sample.txt", "machine.txt"):
        path = os.path.join(results, name)
        if os.path.exists(path):
            text = open(path, encoding="utf-8").read().strip()
            if name == "corpus.txt":
                files, mib = text.split()
                text = f"corpus: {int(files):,} generated agreements, {mib} MB"
            print(text)


if __name__ == "__main__":
    if sys.argv[1] == "sample":
        sample(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        table(sys.argv[2])
