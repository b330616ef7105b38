#!/usr/bin/env bash
# Validates Concord's SARIF against the official OASIS SARIF 2.1.0 schema (a copy in tests/data, so the test
# needs nothing outside the repository): a batch with findings, a clean pair, a broken pair, and the same
# report rebuilt by `concord merge`.
# Usage: sarif_schema_test.sh CONCORD_BINARY REPO_DIR
set -euo pipefail
concord="$1"
repo="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/batch"
cp "$repo/corpora/belgorod/source.fr.txt" "$work/batch/seed.fr.txt"
cp "$repo/corpora/belgorod/target.en.txt" "$work/batch/seed.en.txt"
cp "$repo/corpora/belgorod/source.fr.txt" "$work/batch/clean.fr.txt"
sed -e 's/ “The whole Russian/ The whole Russian/' -e 's/Ukraine\.” We don’t/Ukraine. We don’t/' \
  "$repo/corpora/belgorod/target.en.txt" > "$work/batch/clean.en.txt"
cp "$repo/corpora/belgorod/source.fr.txt" "$work/batch/name with space é.fr.txt"
cp "$repo/corpora/belgorod/target.en.txt" "$work/batch/name with space é.en.txt"
: > "$work/batch/empty.fr.txt"
cp "$repo/corpora/belgorod/target.en.txt" "$work/batch/empty.en.txt"

cd "$work"
set +e
"$concord" check batch --source-lang fr --target-lang en -j2 --quiet \
  --format sarif:out.sarif --format jsonl:out.jsonl
status=$?
"$concord" check "$repo/corpora/belgorod/source.fr.txt" "$repo/corpora/belgorod/target.en.txt" \
  --format sarif:single.sarif
"$concord" merge out.jsonl --format sarif:merged.sarif --quiet
set -e
test "$status" -eq 2 || { echo "expected exit 2 (one broken pair), got $status"; exit 1; }

python3 - "$repo/tests/data/sarif-schema-2.1.0.json" out.sarif single.sarif merged.sarif <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
validator = jsonschema.Draft4Validator(schema)
for path in sys.argv[2:]:
    log = json.load(open(path))
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    for e in errors[:5]:
        print(f"{path}: {'/'.join(map(str, e.path))}: {e.message}")
    if errors:
        sys.exit(1)
    results = log["runs"][0]["results"]
    assert results, f"{path}: no results"
    for r in results:
        uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert " " not in uri, f"{path}: unencoded URI {uri}"
    print(f"{path}: valid SARIF 2.1.0, {len(results)} results")
PY
cmp <(python3 -c 'import json,sys; d=json.load(open("out.sarif")); d["runs"][0].pop("originalUriBaseIds"); print(json.dumps(d, sort_keys=True))') \
    <(python3 -c 'import json,sys; d=json.load(open("merged.sarif")); d["runs"][0].pop("originalUriBaseIds"); print(json.dumps(d, sort_keys=True))') \
  || { echo "merge changed the SARIF report"; exit 1; }
