#!/usr/bin/env python3
"""How `concord check` scales with input size: an old and a new binary on the same generated inputs.

Inputs (generated from the seed article, written to a temporary folder):
  line KB        a target of about KB kilobytes on one line (the seed's sentences joined, typos included)
  paras N FMT    N short paragraphs, a changed number in each (a finding per paragraph), output FMT
                 (html: the review page; sarif; text)
Each case runs each binary once per --runs, alternating, output to a file; whole-process wall time and peak
resident memory (wait4). Figures to report are the ratios new/old from one run, with the load (`uptime`).
Usage: bench/scaling.py --old OLD_BINARY --new build/concord [--runs 1] [--cases 'line 256' 'paras 25000 html']
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CASES = ["line 128", "line 256", "paras 12500 html", "paras 25000 html", "paras 25000 sarif"]


def read(path):
    with open(os.path.join(REPO, path), encoding="utf-8") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def make_line(folder, kilobytes):
    """The seed pair; the target's sentences on one line, repeated to size, with a misspelling per copy."""
    source, target = read("corpora/belgorod/source.fr.txt"), read("corpora/belgorod/target.en.txt")
    one_line = " ".join(line.strip() for line in target.splitlines() if line.strip())
    copies, i = [], 0
    while sum(len(c) + 1 for c in copies) < kilobytes * 1024:
        copies.append(one_line.replace("engineer", f"engneer{'x' * (i % 7)}", 1))
        i += 1
    write(os.path.join(folder, "line.fr.txt"), source)
    write(os.path.join(folder, "line.en.txt"), " ".join(copies) + "\n")
    return os.path.join(folder, "line.fr.txt"), os.path.join(folder, "line.en.txt"), "text"


def make_paragraphs(folder, count, fmt):
    source = "".join(f"Le maire a parlé {i} fois.\n\n" for i in range(count))
    # A number no source paragraph has, so the aligner cannot pair paragraph i with i + 1 by it.
    target = "".join(f"The mayor spoke {i + 1_000_000} times.\n\n" for i in range(count))
    write(os.path.join(folder, "paras.fr.txt"), source)
    write(os.path.join(folder, "paras.en.txt"), target)
    return os.path.join(folder, "paras.fr.txt"), os.path.join(folder, "paras.en.txt"), fmt


def run_once(concord, source, target, fmt, out_path):
    start = time.perf_counter()
    process = subprocess.Popen(
        [concord, "check", source, target, "--format", f"{fmt}:{out_path}", "--fail-on", "never", "--no-config",
         "--source-lang", "fr", "--target-lang", "en"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    err = process.stderr.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{concord} failed on {target}: {err}")
    return seconds, usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", required=True)
    parser.add_argument("--new", default=os.path.join(REPO, "build/concord"))
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--cases", nargs="*", default=DEFAULT_CASES)
    args = parser.parse_args()
    print("load:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    print(f"{'case':<22} {'old s':>8} {'new s':>8} {'new/old':>8} {'old MB':>8} {'new MB':>8} {'new/old':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for case in args.cases:
            words = case.split()
            if words[0] == "line":
                source, target, fmt = make_line(folder, int(words[1]))
            else:
                source, target, fmt = make_paragraphs(folder, int(words[1]), words[2])
            times = {"old": [], "new": []}
            memory = {"old": [], "new": []}
            for _ in range(args.runs):
                for name in ("old", "new"):
                    seconds, megabytes = run_once(getattr(args, name), source, target, fmt,
                                                  os.path.join(folder, "out"))
                    times[name].append(seconds)
                    memory[name].append(megabytes)
            t_old, t_new = statistics.median(times["old"]), statistics.median(times["new"])
            m_old, m_new = statistics.median(memory["old"]), statistics.median(memory["new"])
            print(f"{case:<22} {t_old:8.2f} {t_new:8.2f} {t_new / t_old:8.2f} {m_old:8.0f} {m_new:8.0f} "
                  f"{m_new / m_old:8.2f}", flush=True)
    print("load:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())


if __name__ == "__main__":
    main()
