#!/usr/bin/env python3
"""Check the expected.tsv of every article pair in this folder (or in the folders given).

Each pair folder holds source.<lang>.txt, target.<lang>.txt, README.md and expected.tsv with the header
category, side, line, text, suggestion, note. A row must have 6 TAB-separated fields, a category among
numbers, quotes, untranslated, omission, addition, truncation, side 'source' for omission and 'target'
for the others, a 1-based line that exists in that side's file, and a text that occurs on that line
(as many times as rows name it there). The source must have 250 words or more. Exit 1 on any problem.
Standard library only."""
import collections
import glob
import os
import sys

HDR = "category\tside\tline\ttext\tsuggestion\tnote"
CATS = {"numbers", "quotes", "untranslated", "omission", "addition", "truncation"}


def check(d):
    problems = []
    src = glob.glob(os.path.join(d, "source.*.txt"))
    tgt = glob.glob(os.path.join(d, "target.*.txt"))
    exp = os.path.join(d, "expected.tsv")
    if len(src) != 1 or len(tgt) != 1 or not os.path.exists(exp) or not os.path.exists(os.path.join(d, "README.md")):
        return [f"{d}: needs one source.*.txt, one target.*.txt, expected.tsv and README.md"]
    sides = {}
    for side, path in (("source", src[0]), ("target", tgt[0])):
        with open(path, encoding="utf-8") as f:
            sides[side] = f.read().split("\n")
    words = sum(len(line.split()) for line in sides["source"])
    if words < 250:
        problems.append(f"{src[0]}: {words} words, fewer than 250")
    with open(exp, encoding="utf-8") as f:
        rows = f.read().rstrip("\n").split("\n")
    if rows[0] != HDR:
        problems.append(f"{exp}: bad header {rows[0]!r}")
    need = collections.Counter()
    for n, r in enumerate(rows[1:], start=2):
        f = r.split("\t")
        where = f"{exp}:{n}"
        if len(f) != 6:
            problems.append(f"{where}: {len(f)} fields, not 6")
            continue
        cat, side, line, text = f[0], f[1], f[2], f[3]
        if cat not in CATS:
            problems.append(f"{where}: unknown category {cat!r}")
        want = "source" if cat == "omission" else "target"
        if side != want:
            problems.append(f"{where}: side {side!r}, {cat} rows name the {want}")
            continue
        if not line.isdigit() or not 1 <= int(line) <= len(sides[side]):
            problems.append(f"{where}: no line {line} in the {side}")
            continue
        if not text:
            problems.append(f"{where}: empty text")
            continue
        if cat == "numbers" and not f[4]:
            problems.append(f"{where}: a numbers row needs the right figure as suggestion")
        need[(side, int(line), text)] += 1
    for (side, line, text), k in need.items():
        have = sides[side][line - 1].count(text)
        if have < k:
            problems.append(f"{exp}: {text!r} occurs {have} time(s) on {side} line {line}, {k} row(s) name it")
    return problems


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    dirs = argv or sorted(os.path.dirname(p) for p in glob.glob(os.path.join(here, "*", "expected.tsv")))
    if not dirs:
        print("no article pairs found")
        return 1
    problems = []
    rows = collections.Counter()
    for d in dirs:
        problems += check(d)
        with open(os.path.join(d, "expected.tsv"), encoding="utf-8") as f:
            for r in f.read().rstrip("\n").split("\n")[1:]:
                rows[r.split("\t")[0]] += 1
    for p in problems:
        print(p)
    print(f"{len(dirs)} pairs, rows: " + ", ".join(f"{c} {rows[c]}" for c in sorted(CATS)))
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
