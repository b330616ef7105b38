#!/usr/bin/env bash
# `cmake --install` into a temporary prefix, which is then moved, so that the install path compiled into
# nothing can help: the moved copy must find its data beside itself, check the seed pair exactly as the build
# tree does, and hold the FHS layout (binary, data files only, man page, docs, completions for three shells).
# Usage: install_test.sh BUILD_DIR REPO_DIR
source "$(dirname "${BASH_SOURCE[0]}")/relocated_check.sh" "$@"

cmake --install "$build" --prefix "$work/staged" >/dev/null
mv "$work/staged" "$work/moved"
root="$work/moved"

for file in bin/concord share/man/man1/concord.1 \
  share/concord/dictionaries/romanization/uk-kmu2010.rules share/concord/dictionaries/styles/ap.tsv \
  share/concord/docs/rules/quotes/unbalanced.md share/doc/concord/README.md share/doc/concord/CHANGELOG.md \
  share/doc/concord/docs/json.md share/bash-completion/completions/concord \
  share/zsh/vendor-completions/_concord share/fish/vendor_completions.d/concord.fish; do
  [[ -s "$root/$file" ]] || fail "not installed: $file"
done
stray="$(find "$root/share/concord" -type f ! -name '*.tsv' ! -name '*.txt' ! -name '*.rules' ! -name '*.md' \
  -o -name CMakeLists.txt)"
[[ -z "$stray" ]] || fail "non-data files installed as data: $stray"

for pair in bash=concord zsh=_concord fish=concord.fish; do
  shell="${pair%%=*}"
  installed="$(find "$root/share" -name "${pair#*=}" -path '*complet*')"
  cmp -s "$installed" <("$build/concord" completion "$shell") ||
    fail "$installed is not \`concord completion $shell\`"
done

relocated_check "$root"
echo "install test: $(find "$root" -type f | wc -l) files, $(du -sh "$root" | cut -f1)"
