#!/usr/bin/env bash
# Remakes kiev-states.xlf from kiev-states.en.po with Translate Toolkit's po2xliff (Debian's
# translate-toolkit), as a translator's tool writes it: a translated message becomes state="translated", the
# fuzzy one state="needs-translation", the untranslated one an empty <target>. The file is committed; tests
# only read it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$here"  # a relative "original" in the XLIFF
po2xliff --progress=none -i kiev-states.en.po -o "$work/kiev-states.xlf"
/usr/bin/python3 - "$work/kiev-states.xlf" "$here/kiev-states.xlf" <<'PY'
import sys
from translate.storage import xliff
store = xliff.xlifffile.parsefile(sys.argv[1])
store.setsourcelanguage("fr")
store.settargetlanguage("en")
with open(sys.argv[2], "wb") as out:
    store.serialize(out)
PY
