#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Accuracy of `crossread analyse` on real coverage nobody here wrote.

Runs the analysis on every story of ../shared/real-coverage/stories (70 real stories, three
outlets each), scores the labelled ones with that folder's score.py, and scores the 310 real
sentence pairs of ../shared/figure-pairs with theirs. Prints both summaries and the stories
that fare worst, then checks the targets of issue #16; exits 1 when one is missed, 77 (skip)
when the evaluation data is absent. The data is evaluation material only and never enters
the repository.

usage: realcoverage.py CROSSREAD_BIN SHARED_DIR [--no-targets] [-v]
"""
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

# Targets of issue #16. The real-coverage ones are stated there directly; the figure-pair ones
# are stated for a held-out part of 114 pairs with 6 conflicts ("≥ 4 of 6 / ≤ 8 false"), so
# here they are rates: two conflicts in three found, at most 7 false ones per 100 pairs.
REAL_TARGETS = [
    ("alignP", ">=", 0.85),
    ("alignR", ">=", 0.55),
    ("alignR_strong", ">=", 0.85),
    ("agreeR", ">=", 0.80),
    ("conflictR", ">=", 0.50),
    ("falseConflictsPer10", "<=", 1.0),
    ("quoteR", ">=", 0.95),
    ("variantAcc", ">=", 0.90),
]
PAIR_TARGETS = [
    ("conflictR", ">=", 0.66),
    ("falsePer100", "<=", 7.0),
    ("agreeR", ">=", 0.85),
]


def parse_summary(line):
    values = {}
    for key, value in re.findall(r"(\w+)=([\d.]+)(?:/\d+)?", line):
        values[key] = float(value)
    return values


def analyse(binary, story_dir, out):
    files = sorted(os.path.join(story_dir, f) for f in os.listdir(story_dir) if f.endswith(".txt"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([binary, "analyse", "--json", out] + files, capture_output=True, env=env, timeout=300)
    return result.returncode, result.stderr.decode("utf-8", "replace")


def check(name, values, targets):
    missed = []
    for key, op, target in targets:
        value = values.get(key)
        ok = value is not None and (value >= target if op == ">=" else value <= target)
        print(f"  {name} {key} = {value if value is not None else 'n/a'} (target {op} {target}) {'ok' if ok else 'MISSED'}")
        if not ok:
            missed.append(f"{name} {key}")
    return missed


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    if len(args) != 2:
        print(__doc__)
        return 2
    binary, shared = args
    verbose = "-v" in sys.argv
    coverage = os.path.join(shared, "real-coverage")
    pairs = os.path.join(shared, "figure-pairs")
    if not os.path.isdir(coverage) or not os.path.isdir(pairs):
        print(f"evaluation data not found under {shared}: skipped")
        return 77

    stories_dir = os.path.join(coverage, "stories")
    out_dir = tempfile.mkdtemp(prefix="crossread-realcoverage-")
    stories = sorted(os.listdir(stories_dir))
    failed = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        jobs = {pool.submit(analyse, binary, os.path.join(stories_dir, s), os.path.join(out_dir, s + ".json")): s
                for s in stories}
        for job in concurrent.futures.as_completed(jobs):
            code, err = job.result()
            if code != 0:
                failed.append(f"{jobs[job]}: exit {code}: {err.strip()[:200]}")
    print(f"analysed {len(stories)} real stories ({len(failed)} failed) into {out_dir}")
    for line in failed:
        print("  " + line)

    scored = subprocess.run([sys.executable, os.path.join(coverage, "score.py"), stories_dir,
                             os.path.join(coverage, "labels"), out_dir] + (["-v"] if verbose else []),
                            capture_output=True, text=True)
    lines = scored.stdout.strip().splitlines()
    if not lines:
        print("score.py printed nothing:", scored.stderr)
        return 1
    if verbose:
        print("\n".join(lines[:-1]))
    per_story = []
    for line in lines[:-1]:
        m = re.match(r"(\w+): alignF1=([\d.]+).*fp=(\d+)", line)
        if m:
            per_story.append((float(m.group(2)), -int(m.group(3)), line))
    per_story.sort()
    print("worst stories (alignment F1, false conflicts):")
    for _, _, line in per_story[:8]:
        print("  " + line)
    real = parse_summary(lines[-1])
    story_count = real.get("stories", 1) or 1
    real["falseConflictsPer10"] = round(real.get("falseConflicts", 0) * 10 / story_count, 2)
    print("real coverage: " + lines[-1])

    paired = subprocess.run([sys.executable, os.path.join(pairs, "score.py"), os.path.join(pairs, "items.json"),
                             os.path.join(pairs, "labels.json"), binary] + (["-v"] if verbose else []),
                            capture_output=True, text=True)
    plines = paired.stdout.strip().splitlines()
    if not plines:
        print("figure-pairs score.py printed nothing:", paired.stderr)
        return 1
    if verbose:
        print("\n".join(plines[:-1]))
    pair = parse_summary(plines[-1])
    pair["falsePer100"] = round(pair.get("falseConflicts", 0) * 100 / (pair.get("items", 1) or 1), 2)
    print("figure pairs: " + plines[-1])

    if "--no-targets" in sys.argv:
        return 0
    missed = check("real", real, REAL_TARGETS) + check("pairs", pair, PAIR_TARGETS)
    if failed:
        missed.append("stories that failed to analyse")
    if missed:
        print("targets missed: " + ", ".join(missed))
        return 1
    print("all targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
