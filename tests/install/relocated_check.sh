# Sourced by the install tests (source relocated_check.sh BUILD_DIR REPO_DIR): sets `build`, `repo` and a
# temporary `work` folder removed on exit, and defines
#   relocated_check ROOT
# which checks that an installed Concord under ROOT (bin/concord, share/concord …) works with nothing of the
# build or source tree:
# - `ROOT/bin/concord --version` reads its data from ROOT/share/concord, with the same fingerprint as the
#   build tree's data;
# - a check of a copy of the seed pair (corpora/belgorod) prints the same JSON as the build tree's binary;
# - with ROOT/share/concord gone, the binary fails with exit 2 and one line saying where it looked.
# The source tree is hidden from the installed binary: CONCORD_DATA_DIR unset and CONCORD_NO_SOURCE_DATA=1
# (data_dir.cpp); the build tree's binary finds its data there as usual.

set -euo pipefail
build="$1"
repo="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

relocated_check() {
  local root built="$build/concord"
  root="$(cd "$1" && pwd -P)"  # the binary names its data by its real path
  local installed=(env -u CONCORD_DATA_DIR CONCORD_NO_SOURCE_DATA=1 "$root/bin/concord")

  # "data DIR (fingerprint F, N files)" -> "DIR F N"
  local data_line='s/^data \(.*\) (fingerprint \([0-9a-f]*\), \([0-9]*\) files)$/\1 \2 \3/p'
  local installed_data built_data
  installed_data="$("${installed[@]}" --version | sed -n "$data_line")"
  built_data="$("$built" --version | sed -n "$data_line")"
  [[ -n "$built_data" ]] || fail "the build tree's concord --version names no data"
  [[ "$installed_data" == "$root/share/concord ${built_data#* }" ]] ||
    fail "installed data is '$installed_data', expected '$root/share/concord ${built_data#* }'"

  mkdir -p "$work/pair"
  cp "$repo/corpora/belgorod/source.fr.txt" "$repo/corpora/belgorod/target.en.txt" "$work/pair/"
  local status
  (cd "$work/pair" && "${installed[@]}" check source.fr.txt target.en.txt --format json >../installed.json) &&
    status=0 || status=$?
  [[ $status -eq 1 ]] || fail "installed check of the seed exited $status (expected 1: findings)"
  (cd "$work/pair" && "$built" check source.fr.txt target.en.txt --format json >../built.json) || true
  [[ -s "$work/built.json" ]] || fail "the build tree's check printed nothing"
  cmp -s "$work/installed.json" "$work/built.json" ||
    fail "installed findings differ from the build tree's: $(diff "$work/installed.json" "$work/built.json")"

  mv "$root/share/concord" "$root/share/concord.hidden"
  local message
  message="$(cd "$work/pair" && "${installed[@]}" check source.fr.txt target.en.txt 2>&1 >/dev/null)" &&
    status=0 || status=$?
  mv "$root/share/concord.hidden" "$root/share/concord"
  [[ $status -eq 2 ]] || fail "without its data the installed binary exited $status (expected 2)"
  [[ "$message" == *"$root/share/concord"* && $(wc -l <<<"$message") -eq 1 ]] ||
    fail "without its data: expected one line naming $root/share/concord, got: $message"
}
