#!/usr/bin/env bash
# The library as another program gets it: `cmake --install --component Development` into a temporary
# prefix, then tests/consumer built against it twice — with find_package(Concord) and with pkg-config — and run on a
# copy of the seed pair; its findings (rule, side, line, column) must be `concord check`'s.
# Usage: consumer_test.sh BUILD_DIR REPO_DIR
source "$(dirname "${BASH_SOURCE[0]}")/relocated_check.sh" "$@"

prefix="$work/prefix"
cmake --install "$build" --prefix "$prefix" >/dev/null
cmake --install "$build" --prefix "$prefix" --component Development >/dev/null
for file in include/concord/concord.h lib/libconcord.a lib/cmake/Concord/ConcordConfig.cmake \
  lib/pkgconfig/concord.pc; do
  [[ -s "$prefix/$file" ]] || fail "not installed: $file"
done

mkdir -p "$work/pair"
cp "$repo/corpora/belgorod/source.fr.txt" "$repo/corpora/belgorod/target.en.txt" "$work/pair/"
(cd "$work/pair" && "$build/concord" check source.fr.txt target.en.txt --format json >../expected.json) ||
  true  # exit 1: findings
python3 - "$work/expected.json" >"$work/expected.tsv" <<'PY'
import json, sys
for f in json.load(open(sys.argv[1]))["findings"]:
    side = f["side"]
    loc = f[side]
    print(f"{f['rule']}\t{side}\t{loc['line']}\t{loc['column']}")
PY
[[ -s "$work/expected.tsv" ]] || fail "concord check found nothing in the seed pair"

compiler="${CXX:-c++}"
cmake -S "$repo/tests/consumer" -B "$work/consumer-cmake" -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_BUILD_TYPE=Release >/dev/null || fail "find_package(Concord) failed"
cmake --build "$work/consumer-cmake" >/dev/null || fail "the consumer did not build with find_package"
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
# shellcheck disable=SC2046  # pkg-config prints several flags
"$compiler" -std=c++20 -O1 "$repo/tests/consumer/main.cpp" -o "$work/consumer-pc" \
  $(pkg-config --cflags --libs concord) || fail "the consumer did not build with pkg-config"

for consumer in "$work/consumer-cmake/consumer" "$work/consumer-pc"; do
  (cd "$work/pair" && env CONCORD_DATA_DIR="$prefix/share/concord" CONCORD_NO_SOURCE_DATA=1 \
    "$consumer" source.fr.txt target.en.txt >"$work/got.txt") || fail "$consumer failed"
  head -1 "$work/got.txt" | grep -q "^concord [0-9.]*, [1-9][0-9]* rules$" ||
    fail "first line: $(head -1 "$work/got.txt")"
  tail -n +2 "$work/got.txt" | cmp -s - "$work/expected.tsv" ||
    fail "$consumer's findings differ from concord check's: $(diff "$work/got.txt" "$work/expected.tsv")"
  status=0
  message="$(cd "$work/pair" && env CONCORD_DATA_DIR="$prefix/share/concord" "$consumer" missing.fr.txt \
    target.en.txt 2>&1 >/dev/null)" || status=$?
  [[ $status -eq 2 && "$message" == *missing.fr.txt* ]] ||
    fail "a missing file: expected exit 2 naming it, got $status: $message"
done
size="$(du -h "$prefix/lib/libconcord.a" | cut -f1)"
echo "consumer test: libconcord.a $size, $(wc -l <"$work/expected.tsv") findings"
