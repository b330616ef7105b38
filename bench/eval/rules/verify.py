#!/usr/bin/env python3
"""Check the rules evaluation set (every half: dev*/ and blind*/, or the article folders or halves named on the
command line): every article folder has source.<lang>.txt, target.<lang>.txt, expected.tsv and
README.md; the source has 250+ words; expected.tsv has the exact header and 6 tab-separated fields
per row; the category is one of the six this set measures; side is `source` for omission and
`target` for the others; the line exists in that side's file and the row's text occurs on it (as
many times as rows name that text on that line). Exits 1 with one message per problem."""
import collections
import glob
import os
from pathlib import Path
import re
import sys

HDR = "category\tside\tline\ttext\tsuggestion\tnote"
CATEGORIES = ("numbers", "quotes", "untranslated", "omission", "addition", "truncation")
MIN_WORDS = 250

here = os.path.dirname(os.path.abspath(__file__))


def articles(args):
    roots = args or sorted(str(p) for p in Path(here).iterdir() if p.is_dir() and p.name.startswith(("dev", "blind")))
    for root in roots:
        if os.path.exists(os.path.join(root, "expected.tsv")):
            yield root
        else:
            for exp in sorted(glob.glob(os.path.join(root, "*", "expected.tsv"))):
                yield os.path.dirname(exp)


def read_lines(path):
    text = open(path, encoding="utf-8").read()
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.split("\n")


problems = []
count = collections.Counter()
folders = 0
for d in articles(sys.argv[1:]):
    folders += 1
    name = os.path.relpath(d, here)
    side_files = {"source": glob.glob(os.path.join(d, "source.*.txt")),
                  "target": glob.glob(os.path.join(d, "target.*.txt"))}
    if any(len(v) != 1 for v in side_files.values()) or not os.path.exists(os.path.join(d, "expected.tsv")):
        problems.append(f"{name}: needs one source.<lang>.txt, one target.<lang>.txt and expected.tsv")
        continue
    if not os.path.exists(os.path.join(d, "README.md")):
        problems.append(f"{name}: no README.md")
    lines = {side: read_lines(files[0]) for side, files in side_files.items()}
    words = sum(1 for w in "\n".join(lines["source"]).split() if re.search(r"\w", w))
    if words < MIN_WORDS:
        problems.append(f"{name}: source has {words} words, fewer than {MIN_WORDS}")
    rows = open(os.path.join(d, "expected.tsv"), encoding="utf-8").read().rstrip("\n").split("\n")
    if rows[0] != HDR:
        problems.append(f"{name}/expected.tsv: header is not {HDR!r}")
    need = collections.Counter()
    for n, row in enumerate(rows[1:], start=2):
        f = row.split("\t")
        where = f"{name}/expected.tsv:{n}"
        if len(f) != 6:
            problems.append(f"{where}: {len(f)} fields, not 6: {row!r}")
            continue
        category, side, line, text = f[0], f[1], f[2], f[3]
        if category not in CATEGORIES:
            problems.append(f"{where}: unknown category {category!r}")
            continue
        want_side = "source" if category == "omission" else "target"
        if side != want_side:
            problems.append(f"{where}: {category} rows take side {want_side!r}, not {side!r}")
            continue
        if not line.isdigit() or not text or f[5].strip() == "":
            problems.append(f"{where}: line must be a number, text and note non-empty")
            continue
        count[category] += 1
        need[(side, int(line), text)] += 1
    for (side, ln, text), k in need.items():
        file_lines = lines[side]
        if ln < 1 or ln > len(file_lines):
            problems.append(f"{name}: {side} has no line {ln}")
        elif file_lines[ln - 1].count(text) < k:
            problems.append(f"{name}: {side} line {ln} does not contain {text!r}"
                            + (f" {k} times" if k > 1 else ""))

for p in problems:
    print(p)
print(f"{folders} articles; rows: " + ", ".join(f"{c} {count[c]}" for c in CATEGORIES))
print("ok" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
