#!/usr/bin/env python3
"""How `concord check` scales with input size: one binary, or an old and a new one, on generated inputs.

Inputs (generated from the corpora, written to a temporary folder):
  line KB        a target of about KB kilobytes on one line (the seed's sentences joined, typos included)
  paras N FMT    N short paragraphs, a changed number in each (a finding per paragraph), output FMT
  news N FMT     N news paragraphs: the French-English corpora's paragraphs in turn, each copy's numbers
                 shifted on both sides (so the aligner's anchors stay unique), one target number in eight
                 changed, one target paragraph in forty dropped and one in forty-three doubled (findings
                 for numbers, omission and addition), output FMT
  pair MB        a source and a target of about MB megabytes each (the news paragraphs), text output
  names N FMT    N short paragraphs, each about its own invented name (Kobaru, Telimande …) on both sides,
                 the target's name a letter off in one paragraph in ten (consistency/name-variants' slips):
                 N distinct spellings, where the news pair repeats the corpora's few hundred
FMT is a --format name (text, json, sarif, html, junit …).

Each case runs each binary once per --runs (alternating when there are two), output to a file, and reports
the median CPU time (user + sys), wall time and peak resident memory of the whole process (wait4). A case
whose kind and format match an earlier case of half its size also gets its ratios per doubling: CPU time and
peak memory of N over N/2 (2.0 is linear, 4.0 quadratic). Memory ratios start from the ~70 MB every check
holds for its dictionaries, so they stay under 2.0 even for a stage that is linear. The load average is
printed before and after: on a shared machine compare CPU time, never wall time.

Usage: bench/scaling.py [--old OLD_BINARY] [--new build/concord] [--runs 1] [--timeout S] [--rules RULES]
                        [--cases 'news 5000 json' 'news 10000 json' …]
"""
import argparse
import os
import re
import statistics
import subprocess
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CASES = ["news 5000 json", "news 10000 json", "news 20000 json", "news 40000 json",
                 "news 25000 html", "news 50000 html", "news 100000 html",
                 "paras 25000 json", "paras 50000 json", "paras 25000 sarif", "paras 50000 sarif",
                 "line 2560", "line 5120", "pair 32", "pair 64"]


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
    copies, size, i = [], 0, 0
    while size < kilobytes * 1024:
        copies.append(one_line.replace("engineer", f"engneer{'x' * (i % 7)}", 1))
        size += len(copies[-1]) + 1
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


def corpus_paragraphs():
    """(French, English) paragraph pairs of every French-English corpus whose sides have as many paragraphs."""
    pairs = []
    for name in sorted(os.listdir(os.path.join(REPO, "corpora"))):
        folder = os.path.join("corpora", name)
        if not os.path.exists(os.path.join(REPO, folder, "source.fr.txt")) or \
                not os.path.exists(os.path.join(REPO, folder, "target.en.txt")):
            continue
        source = [p.strip() for p in read(os.path.join(folder, "source.fr.txt")).split("\n\n") if p.strip()]
        target = [p.strip() for p in read(os.path.join(folder, "target.en.txt")).split("\n\n") if p.strip()]
        if len(source) == len(target):
            pairs.extend(zip(source, target))
    return pairs


def shift_numbers(text, shift):
    """Every run of digits plus shift: both sides of a copy get the same numbers, each copy its own."""
    return re.sub(r"\d+", lambda m: str(int(m.group()) + shift), text) if shift else text


def news_pair(count):
    """count source paragraphs and their translation, with the variations make_news describes."""
    pairs = corpus_paragraphs()
    source, target = [], []
    for i in range(count):
        french, english = pairs[i % len(pairs)]
        shift = i // len(pairs)
        source.append(shift_numbers(french, shift))
        english = shift_numbers(english, shift)
        if i % 8 == 3:
            english = re.sub(r"\d+", lambda m: str(int(m.group()) + 7), english, count=1)
        if i % 40 == 17:
            continue
        target.append(english)
        if i % 43 == 29:
            target.append(english)
    return "\n\n".join(source) + "\n", "\n\n".join(target) + "\n"


def make_news(folder, count, fmt):
    source, target = news_pair(count)
    write(os.path.join(folder, "news.fr.txt"), source)
    write(os.path.join(folder, "news.en.txt"), target)
    return os.path.join(folder, "news.fr.txt"), os.path.join(folder, "news.en.txt"), fmt


SYLLABLES = ["ba", "ko", "ru", "te", "li", "ma", "nde", "so", "vi", "ga", "pe", "lu", "dra", "mi", "zo", "ne"]


def invented_name(i):
    """A capitalised name of syllables, different for every i (i in base 16, at least three syllables)."""
    syllables = []
    for _ in range(3):
        syllables.append(SYLLABLES[i % 16])
        i //= 16
    while i:
        syllables.append(SYLLABLES[i % 16])
        i //= 16
    return "".join(syllables).capitalize()


def make_names(folder, count, fmt):
    source, target = [], []
    for i in range(count):
        name = invented_name(i)
        source.append(f"Le ministre {name} a parlé devant {name} et ses conseillers.")
        # A slip in one paragraph in ten: the name's last two letters swapped, the other mention intact.
        slipped = name[:-2] + name[-1] + name[-2] if i % 10 == 4 else name
        target.append(f"Minister {name} spoke in front of {slipped} and his advisers.")
    write(os.path.join(folder, "names.fr.txt"), "\n\n".join(source) + "\n")
    write(os.path.join(folder, "names.en.txt"), "\n\n".join(target) + "\n")
    return os.path.join(folder, "names.fr.txt"), os.path.join(folder, "names.en.txt"), fmt


def make_big_pair(folder, megabytes):
    """News paragraphs until each side has about megabytes MB (the input limit is 64 MiB)."""
    per_paragraph = len(news_pair(2000)[0].encode()) / 2000
    count = int(megabytes * 1_000_000 / per_paragraph)
    return make_news(folder, count, "text")


def make_case(folder, case):
    words = case.split()
    if words[0] == "line":
        return make_line(folder, int(words[1]))
    if words[0] == "paras":
        return make_paragraphs(folder, int(words[1]), words[2])
    if words[0] == "news":
        return make_news(folder, int(words[1]), words[2])
    if words[0] == "pair":
        return make_big_pair(folder, int(words[1]))
    if words[0] == "names":
        return make_names(folder, int(words[1]), words[2])
    raise SystemExit(f"unknown case '{case}' (line KB, paras N FMT, news N FMT, pair MB, names N FMT)")


def run_once(concord, source, target, fmt, out_path, timeout, rules):
    """CPU seconds, wall seconds and peak resident MB of one check (None for the times past timeout)."""
    command = [concord, "check", source, target, "--format", f"{fmt}:{out_path}", "--fail-on", "never",
               "--no-config", "--source-lang", "fr", "--target-lang", "en"]
    if timeout:
        command += ["--timeout", str(timeout)]
    if rules:
        command += ["--rules", rules]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = process.stderr.read().decode()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    cpu = usage.ru_utime + usage.ru_stime
    code = os.waitstatus_to_exitcode(status)
    if code == 2 and "longer than --timeout" in err:
        return None, wall, usage.ru_maxrss / 1024
    if code != 0:
        raise SystemExit(f"{concord} failed on {target} (exit {code}): {err}")
    return cpu, wall, usage.ru_maxrss / 1024


def load():
    with open("/proc/loadavg", encoding="ascii") as f:
        return " ".join(f.read().split()[:3])


def seconds(value):
    return f"{value:8.2f}" if value is not None else f"{'timeout':>8}"


def ratio(a, b):
    return f"{a / b:8.2f}" if a is not None and b else f"{'-':>8}"


def doubling_of(case, figures):
    """The figures of the case of the same kind and format with half the size, if one ran."""
    words = case.split()
    half = int(words[1]) // 2
    if int(words[1]) % 2:
        return None
    return figures.get(" ".join([words[0], str(half)] + words[2:]))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", help="an older binary, run in the same rounds; ratios new/old")
    parser.add_argument("--new", default=os.path.join(REPO, "build/concord"))
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--timeout", type=float, help="--timeout of each check (a case past it prints timeout)")
    parser.add_argument("--rules", help="--rules of each check: one stage's scaling without the others' time")
    parser.add_argument("--cases", nargs="*", default=DEFAULT_CASES)
    args = parser.parse_args()
    binaries = {"new": args.new} if not args.old else {"old": args.old, "new": args.new}
    print(f"load average: {load()}   cores: {os.cpu_count()}")
    header = f"{'case':<20} {'MB in':>6} {'CPU s':>8} {'wall s':>8} {'RSS MB':>8} {'x CPU':>8} {'x RSS':>8}"
    if args.old:
        header += f" {'old CPU':>8} {'old RSS':>8} {'CPU n/o':>8} {'RSS n/o':>8}"
    print(header + "   (x = per doubling: this case / the case of half its size; 2.0 is linear)")
    figures = {}
    with tempfile.TemporaryDirectory() as folder:
        for case in args.cases:
            source, target, fmt = make_case(folder, case)
            size = (os.path.getsize(source) + os.path.getsize(target)) / 1e6
            runs = {name: [] for name in binaries}
            for _ in range(args.runs):
                for name, binary in binaries.items():
                    runs[name].append(run_once(binary, source, target, fmt, os.path.join(folder, "out"),
                                               args.timeout, args.rules))
            medians = {}
            for name, results in runs.items():
                cpus = [r[0] for r in results]
                cpu = None if None in cpus else statistics.median(cpus)
                medians[name] = (cpu, statistics.median(r[1] for r in results),
                                 statistics.median(r[2] for r in results))
            cpu, wall, rss = medians["new"]
            figures[case] = medians["new"]
            half = doubling_of(case, figures)
            per_doubling = f"{ratio(cpu, half[0])} {ratio(rss, half[2])}" if half else f"{'-':>8} {'-':>8}"
            line = f"{case:<20} {size:6.1f} {seconds(cpu)} {wall:8.2f} {rss:8.0f} {per_doubling}"
            if args.old:
                old_cpu, _, old_rss = medians["old"]
                line += f" {seconds(old_cpu)} {old_rss:8.0f} {ratio(cpu, old_cpu)} {ratio(rss, old_rss)}"
            print(f"{line}   load {load()}", flush=True)
    print(f"load average: {load()}")


if __name__ == "__main__":
    main()
