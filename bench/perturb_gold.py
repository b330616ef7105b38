#!/usr/bin/env python3
"""Adds omissions and additions to a gold sentence-alignment set by deleting sentences of its 1-1 links.

A gold set has few 1-0 links (Text+Berg dev has one), too few to tune omission detection on. This deletes, with
a fixed seed, the target sentence of some 1-1 links (the source sentence becomes a gold 1-0: an omission) and
the source sentence of others (a gold 0-1: an addition), renumbers the rest and writes a new gold set in the
same format, which `align-eval --gold OUT --lang-pair SRC-TGT` reads. Several seeds give several documents.
With --move-rate it also moves the target sentence of some 1-1 links 2 to 12 links up or down, as an editor
reorders a story: gold links that cross the others, which a monotone aligner can only report as an omission
plus an addition.

  bench/perturb_gold.py --gold ../shared/corpora/gold-align/textberg-de-fr --stem dev --lang-pair de-fr \
      --out /tmp/dev-omissions --copies 5 --rate 0.03
"""
import argparse
import os
import random
import re

from make_gettext_gold import write_gold

LINK = re.compile(r"^\[([0-9, ]*)\]:\[([0-9, ]*)\]")


def ids(text):
    return [int(x) for x in text.split(",") if x.strip()]


def read_links(path):
    links = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = LINK.match(line.strip())
            if m:
                links.append((ids(m.group(1)), ids(m.group(2))))
    return links


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def perturb(links, src, tgt, rate, rng):
    drop_src, drop_tgt = set(), set()
    for s, t in links:
        if len(s) != 1 or len(t) != 1:
            continue
        r = rng.random()
        if r < rate:
            drop_tgt.add(t[0])  # the translation left the source sentence out: 1-0
        elif r < 2 * rate:
            drop_src.add(s[0])  # the translation added the target sentence: 0-1
    src_map, tgt_map, new_src, new_tgt = {}, {}, [], []
    for i, line in enumerate(src):
        if i not in drop_src:
            src_map[i] = len(new_src)
            new_src.append(line)
    for i, line in enumerate(tgt):
        if i not in drop_tgt:
            tgt_map[i] = len(new_tgt)
            new_tgt.append(line)
    new_links = []
    for s, t in links:
        s2 = [src_map[x] for x in s if x in src_map]
        t2 = [tgt_map[x] for x in t if x in tgt_map]
        if s2 or t2:
            new_links.append((s2, t2))
    return new_src, new_tgt, new_links


def move(links, tgt, rate, rng):
    """Moves the target sentence of a share of the 1-1 links to another link boundary of the target."""
    groups = sorted((t for _, t in links if t), key=lambda t: t[0])  # target side, link by link, in order
    for t in [t for t in groups if len(t) == 1]:
        if rng.random() >= rate:
            continue
        at = groups.index(t)
        groups.pop(at)
        offset = rng.choice([-1, 1]) * rng.randint(2, 12)
        groups.insert(max(0, min(len(groups), at + offset)), t)
    order = [x for t in groups for x in t]
    new_index = {old: new for new, old in enumerate(order)}
    return [tgt[x] for x in order], [(s, [new_index[x] for x in t]) for s, t in links]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", required=True)
    parser.add_argument("--stem", required=True)
    parser.add_argument("--lang-pair", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--rate", type=float, default=0.03, help="share of 1-1 links turned into 1-0 (and 0-1)")
    parser.add_argument("--move-rate", type=float, default=0.0,
                        help="share of 1-1 links whose target sentence is moved 2 to 12 links away")
    parser.add_argument("--seed", type=int, default=20261125)
    args = parser.parse_args()
    sl, tl = args.lang_pair.split("-")
    base = os.path.join(args.gold, args.stem)
    src, tgt = read_lines(f"{base}.{sl}"), read_lines(f"{base}.{tl}")
    links = read_links(f"{base}.{sl}{tl}")
    os.makedirs(args.out, exist_ok=True)
    for copy in range(args.copies):
        rng = random.Random(f"{args.seed}-{copy}")
        new_src, new_tgt, new_links = perturb(links, src, tgt, args.rate, rng)
        if args.move_rate > 0:
            new_tgt, new_links = move(new_links, new_tgt, args.move_rate, rng)
        write_gold(os.path.join(args.out, f"{args.stem}{copy}"), sl, tl, new_src, new_tgt, new_links)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
