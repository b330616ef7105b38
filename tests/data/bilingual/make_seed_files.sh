#!/usr/bin/env bash
# Remakes belgorod.en.po and belgorod.xlf, the seed article pair as a PO catalogue and as XLIFF 1.2,
# with Translate Toolkit (Debian's translate-toolkit): txt2po makes one message per paragraph of the French
# source, the English target's paragraphs (the same count, in the same order) become the translations, and
# po2xliff turns the catalogue into XLIFF (Debian's python3, where translate-toolkit installs its module). Run from anywhere; the files are committed, tests only read them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seed="$here/../../../corpora/belgorod"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$seed"  # relative paths in the catalogue's "#:" references
txt2po --progress=none -i source.fr.txt -o "$work/source.po"
/usr/bin/python3 - "$work/source.po" target.en.txt "$here/belgorod.en.po" <<'PY'
import sys
from translate.storage import po
catalogue = po.pofile.parsefile(sys.argv[1])
paragraphs = [p.strip() for p in open(sys.argv[2], encoding="utf-8").read().split("\n\n") if p.strip()]
units = [u for u in catalogue.units if not u.isheader()]
assert len(units) == len(paragraphs), (len(units), len(paragraphs))
for unit, text in zip(units, paragraphs):
    unit.target = text
catalogue.updateheader(add=True, Language="en")
with open(sys.argv[3], "wb") as out:
    catalogue.serialize(out)
PY
cd "$here"
po2xliff --progress=none -i belgorod.en.po -o "$work/belgorod.xlf"
# po2xliff says source-language="en-US" whatever the catalogue; Translate Toolkit's own XLIFF class sets both.
/usr/bin/python3 - "$work/belgorod.xlf" "$here/belgorod.xlf" <<'PY'
import sys
from translate.storage import xliff
store = xliff.xlifffile.parsefile(sys.argv[1])
store.setsourcelanguage("fr")
store.settargetlanguage("en")
with open(sys.argv[2], "wb") as out:
    store.serialize(out)
PY
