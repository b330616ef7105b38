#!/usr/bin/env bash
# The Debian package as scripts/package builds it (CPack, from the build tree as it is: nothing is rebuilt):
# it declares the runtime dependencies, and unpacked with `dpkg -x` into a temporary root its concord checks
# the seed pair exactly as the build tree does, with nothing of the source tree reachable.
# Usage: deb_test.sh BUILD_DIR REPO_DIR
source "$(dirname "${BASH_SOURCE[0]}")/relocated_check.sh" "$@"

cpack --config "$build/CPackConfig.cmake" -B "$work/package" >/dev/null
deb="$(ls "$work"/package/concord_*.deb)"

depends="$(dpkg-deb --field "$deb" Depends)"
for package in libicu libhunspell $(grep -E '^[a-z0-9]' "$repo/scripts/runtime-packages"); do
  [[ ", $depends" == *", $package"* ]] || fail "the package does not depend on $package: $depends"
done

dpkg -x "$deb" "$work/root"
[[ -x "$work/root/usr/bin/concord" ]] || fail "no usr/bin/concord in $deb"
relocated_check "$work/root/usr"
files="$(dpkg-deb --contents "$deb" | grep -vc '/$')"
echo "deb test: $(basename "$deb") $(du -h "$deb" | cut -f1), $files files"
