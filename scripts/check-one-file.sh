#!/usr/bin/env bash
# "A guideline value is one file" (issue 21), checked: a copy of the tree gets
#
#   1. a new dated value in policy/parameters.toml (a rate for R&D post-subsidies, with its source,
#      and the file's version bumped, as docs/policy-data.md says): one file;
#   2. a corrected rule text in policy/sources/yc2022-029.txt (one clause's punctuation): one file;
#   3. a corrected sentence, in English only: texts/en.toml, one file,
#
# and the native tests of the workspace must pass unchanged on the copy: no golden file, hash or version is copied by hand anywhere (the build
# script computes the content hash, the prerender goldens hold placeholders). A step of
# scripts/test.sh; it builds the copy in target/one-file/ (a few minutes the first time).
#
#   bash scripts/check-one-file.sh

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/lib/errors.sh
source scripts/lib/errors.sh
yc_strict check-one-file
root="$PWD"

work="$(mktemp -d)"
trap 'rc=$?; rm -rf "$work"; yc_report_exit "$rc"' EXIT
copy="$work/tree"

yc_step copy "the tree could not be copied to $work"
mkdir -p "$copy"
git ls-files -z | (cd "$root" && xargs -0 cp --parents -t "$copy")

yc_step edit "policy/parameters.toml or policy/sources/ no longer has the lines this check edits; update scripts/check-one-file.sh"
params="$copy/policy/parameters.toml"
grep -q '^id = "rd_post_subsidy_rate"$' "$params"
# The parameter's empty history gets one value; the file's version moves on.
awk '
  /^id = "rd_post_subsidy_rate"$/ { inside = 1 }
  inside && /^values = \[\]$/ {
    print "values = ["
    print "  { from = \"2026-03-01\", value = \"8\", source = \"check-one-file: a guideline of 2026, art. 3\" },"
    print "]"
    inside = 0
    next
  }
  /^version = "/ { sub(/"$/, "-9\""); }
  { print }
' "$root/policy/parameters.toml" > "$params"
cmp -s "$params" "$root/policy/parameters.toml" && yc_die "the value was not added" "check the awk program above"
source_text="$copy/policy/sources/yc2022-029.txt"
grep -q '三员联动科技服务机制,' "$source_text"
sed -i 's/三员联动科技服务机制,/三员联动科技服务机制，/' "$source_text"
# A sentence corrected in one language.
en_texts="$copy/texts/en.toml"
grep -q '^mature = "Mature"$' "$en_texts"
sed -i 's/^mature = "Mature"$/mature = "Mature stage"/' "$en_texts"
changed=$(cd "$copy" && diff -rq . "$root" --exclude=target --exclude=node_modules --exclude=dist --exclude=.git 2>/dev/null | grep -c '^Files ' || true)
[ "$changed" -eq 3 ] || yc_die "$changed files differ from the tree, not 3" "the copy should differ in the edited files only: parameters.toml, yc2022-029.txt, texts/en.toml"

yc_step native-tests "a change to one data file made a native test fail: something still copies that file's content by hand (the lines above name the test)"
(cd "$copy" && CARGO_TARGET_DIR="$root/target/one-file" cargo test --workspace --quiet)
printf 'check-one-file: ok    a new guideline value, a corrected rule text and a corrected sentence, one file each; the native tests pass unchanged\n'
