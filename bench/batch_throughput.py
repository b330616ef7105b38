#!/usr/bin/env python3
"""Batch throughput of `concord check FOLDER`: pairs per second with -j1 and -j2 on the same corpus.

Whole-process timing (start to exit, output to /dev/null), median of --runs runs each, alternating -j1 and
-j2 so machine load affects both alike. The figure to report is the ratio -j2 / -j1, measured in the same
run. Usage: bench/batch_throughput.py [--concord build/concord] [--pairs 24] [--runs 5]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def make_corpus(folder, count):
    """`count` pairs from the seed article, each target with a small, different edit."""
    with open(os.path.join(REPO, "corpora/belgorod/source.fr.txt"), encoding="utf-8") as f:
        source = f.read()
    with open(os.path.join(REPO, "corpora/belgorod/target.en.txt"), encoding="utf-8") as f:
        target = f.read()
    for i in range(count):
        edited = target.replace("a 42-year-old engineer", f"a {30 + i}-year-old engineer", 1)
        if i % 2:
            edited = edited.replace(" “The whole Russian", " The whole Russian", 1)
        with open(os.path.join(folder, f"story-{i:03}.fr.txt"), "w", encoding="utf-8") as f:
            f.write(source)
        with open(os.path.join(folder, f"story-{i:03}.en.txt"), "w", encoding="utf-8") as f:
            f.write(edited)


def run_once(concord, folder, jobs):
    start = time.perf_counter()
    status = subprocess.run(
        [concord, "check", folder, "--source-lang", "fr", "--target-lang", "en", "-j", str(jobs),
         "--fail-on", "never", "--no-config"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - start
    if status.returncode != 0:
        raise SystemExit(f"concord failed ({status.returncode}): {status.stderr.decode()}")
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concord", default=os.path.join(REPO, "build/concord"))
    parser.add_argument("--pairs", type=int, default=24)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="concord-bench-")
    try:
        make_corpus(folder, args.pairs)
        run_once(args.concord, folder, 1)  # warm the page cache and Hunspell files
        times = {1: [], 2: []}
        for _ in range(args.runs):
            for jobs in (1, 2):
                times[jobs].append(run_once(args.concord, folder, jobs))
        median = {jobs: statistics.median(t) for jobs, t in times.items()}
        for jobs in (1, 2):
            print(f"-j{jobs}: {args.pairs} pairs in {median[jobs]:.3f} s (median of {args.runs}) = "
                  f"{args.pairs / median[jobs]:.1f} pairs/s")
        print(f"-j2 / -j1 throughput ratio: {median[1] / median[2]:.2f} (cores: {os.cpu_count()}, "
              f"load average {os.getloadavg()[0]:.1f})")
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
