#!/usr/bin/env python3
"""Check every expected.tsv in this set: exact header, 6 tab-separated fields,
known category, side=target, and each row's text occurring on its target line
(as many times as rows name it there)."""
import collections, glob, os, sys

HDR = "category\tside\tline\ttext\tsuggestion\tnote"
here = os.path.dirname(os.path.abspath(__file__))
bad = 0
for exp in sorted(glob.glob(os.path.join(here, "*", "*", "expected.tsv"))):
    d = os.path.dirname(exp)
    tgt = glob.glob(os.path.join(d, "target.*.txt"))
    src = glob.glob(os.path.join(d, "source.*.txt"))
    if len(tgt) != 1 or len(src) != 1 or not os.path.exists(os.path.join(d, "README.md")):
        print("missing files in", d); bad += 1; continue
    lines = open(tgt[0], encoding="utf-8").read().split("\n")
    rows = open(exp, encoding="utf-8").read().rstrip("\n").split("\n")
    if rows[0] != HDR:
        print("bad header", exp); bad += 1
    need = collections.Counter()
    for r in rows[1:]:
        f = r.split("\t")
        if len(f) != 6 or f[0] not in ("transliteration", "consistency") or f[1] != "target":
            print("bad row", exp, r); bad += 1; continue
        need[(int(f[2]), f[3])] += 1
    for (ln, text), k in need.items():
        if ln < 1 or ln > len(lines) or lines[ln - 1].count(text) < k:
            print("text not on line", exp, ln, text); bad += 1
print("ok" if not bad else f"{bad} problem(s)")
sys.exit(1 if bad else 0)
