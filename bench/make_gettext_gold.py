#!/usr/bin/env python3
"""Builds a sentence-alignment gold set from the human translations installed under /usr/share/locale.

Each msgid/msgstr pair of a gettext catalogue (turned back into PO text by `msgunfmt`) is a 1-1 pair translated
by a person. Sentence-like pairs of one language are concatenated into documents (source = the translation,
target = the English msgid) and then perturbed with a fixed seed so that every link type has gold:
  1-0  a target sentence deleted          0-1  a foreign target sentence inserted
  2-1  two target sentences merged        1-2  two source sentences merged
  2-2  a sentence boundary moved          1-3 / 3-1  three sentences merged on one side
Output: OUT/gettext-LANG-NN.LANG, .en and .LANGen (gold, `[src ids]:[tgt ids]` per line), the format
`align-eval --gold OUT --lang-pair LANG-en` reads. Nothing is committed: the text is each package's own.
Exit status 77 (ctest's skip) when no catalogue of a requested language is installed.
"""
import argparse
import glob
import os
import random
import re
import subprocess
import sys

SENTENCE_END = re.compile(r"[.!?]$")
SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ¿¡«\"])")


def unquote(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(n, n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def po_pairs(text):
    """(msgid, msgstr) of the singular, non-header entries of a PO text."""
    pairs, current, field = [], {}, None
    for line in text.splitlines() + [""]:
        line = line.strip()
        if not line:
            if "msgid" in current and "msgstr" in current and "msgid_plural" not in current:
                pairs.append((current["msgid"], current["msgstr"]))
            current, field = {}, None
            continue
        if line.startswith("#"):
            continue
        m = re.match(r'^(msgid|msgstr|msgid_plural|msgctxt|msgstr\[\d+\])\s+"(.*)"$', line)
        if m:
            field = m.group(1)
            current[field] = unquote(m.group(2))
        elif line.startswith('"') and field:
            current[field] += unquote(line[1:-1])
    return [(i, s) for i, s in pairs if i and s]


def clean(s):
    return re.sub(r"\s+", " ", s.replace("&", "")).strip()


def sentence_like(msgid, msgstr):
    if "%" in msgid or "{" in msgid or "<" in msgid or "\t" in msgid or "_" in msgid:
        return False
    a, b = clean(msgid), clean(msgstr)
    return len(a.split()) >= 6 and SENTENCE_END.search(a) and SENTENCE_END.search(b) and len(b) > 10


def catalogue_pairs(lang, max_files):
    files = sorted(f for f in glob.glob(f"/usr/share/locale/{lang}/LC_MESSAGES/*.mo")
                   if not os.path.basename(f).startswith("iso_"))
    if max_files:
        files = files[:max_files]
    seen, result = set(), []
    for path in files:
        try:
            po = subprocess.run(["msgunfmt", path], capture_output=True, text=True, check=True).stdout
        except (subprocess.CalledProcessError, UnicodeDecodeError):
            continue
        for msgid, msgstr in po_pairs(po):
            if not sentence_like(msgid, msgstr):
                continue
            key = clean(msgid)
            if key in seen:
                continue
            seen.add(key)
            result.append((clean(msgstr), key))
    return result


def perturb(units, extra, rng):
    """units: [(src, tgt)] 1-1 pairs. Returns (src lines, tgt lines, gold links)."""
    src, tgt, gold = [], [], []
    i = 0

    def emit(s_lines, t_lines):
        s_ids = list(range(len(src), len(src) + len(s_lines)))
        t_ids = list(range(len(tgt), len(tgt) + len(t_lines)))
        src.extend(s_lines)
        tgt.extend(t_lines)
        gold.append((s_ids, t_ids))

    while i < len(units):
        r = rng.random()
        s, t = units[i]
        if r < 0.04:  # the translation left a sentence out
            emit([s], [])
            i += 1
        elif r < 0.08:  # the translation added one
            emit([], [rng.choice(extra)[1]])
        elif r < 0.14 and i + 1 < len(units):  # two targets merged: 2-1
            emit([s, units[i + 1][0]], [t + " " + units[i + 1][1]])
            i += 2
        elif r < 0.20 and i + 1 < len(units):  # two sources merged: 1-2
            emit([s + " " + units[i + 1][0]], [t, units[i + 1][1]])
            i += 2
        elif r < 0.24 and i + 1 < len(units) and len(SPLIT.split(units[i + 1][1])) >= 2:  # boundary moved: 2-2
            first, rest = SPLIT.split(units[i + 1][1], maxsplit=1)
            emit([s, units[i + 1][0]], [t + " " + first, rest])
            i += 2
        elif r < 0.26 and i + 2 < len(units):  # three sources merged: 1-3
            emit([" ".join(u[0] for u in units[i:i + 3])], [u[1] for u in units[i:i + 3]])
            i += 3
        elif r < 0.28 and i + 2 < len(units):  # three targets merged: 3-1
            emit([u[0] for u in units[i:i + 3]], [" ".join(u[1] for u in units[i:i + 3])])
            i += 3
        else:
            emit([s], [t])
            i += 1
    return src, tgt, gold


def ids(xs):
    return "[" + ", ".join(str(x) for x in xs) + "]"


def write_gold(base, src_lang, tgt_lang, src, tgt, links):
    """BASE.SRC and BASE.TGT (one sentence a line) and BASE.SRCTGT (`[src ids]:[tgt ids]` a line)."""
    with open(f"{base}.{src_lang}", "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in src))
    with open(f"{base}.{tgt_lang}", "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in tgt))
    with open(f"{base}.{src_lang}{tgt_lang}", "w", encoding="utf-8") as f:
        f.write("".join(f"{ids(s)}:{ids(t)}\n" for s, t in links))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--langs", default="fr,de,es,ru")
    parser.add_argument("--docs", type=int, default=4, help="documents per language")
    parser.add_argument("--units", type=int, default=250, help="translation pairs per document")
    parser.add_argument("--seed", type=int, default=20261124)
    parser.add_argument("--max-files", type=int, default=0, help="read only the first N catalogues (0: all)")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    made = 0
    for lang in args.langs.split(","):
        pairs = catalogue_pairs(lang, args.max_files)
        if len(pairs) < 50:
            print(f"{lang}: only {len(pairs)} sentence pairs installed, skipped", file=sys.stderr)
            continue
        rng = random.Random(f"{args.seed}-{lang}")
        # Keep catalogue order (neighbouring messages read like a document), start each document at random.
        for d in range(args.docs):
            start = rng.randrange(0, max(1, len(pairs) - args.units))
            units = pairs[start:start + args.units]
            src, tgt, gold = perturb(units, pairs, rng)
            write_gold(os.path.join(args.out, f"gettext-{lang}-{d:02d}"), lang, "en", src, tgt, gold)
            made += 1
        print(f"{lang}: {len(pairs)} sentence pairs, {args.docs} documents of {args.units} pairs", file=sys.stderr)
    return 0 if made else 77


if __name__ == "__main__":
    sys.exit(main())
