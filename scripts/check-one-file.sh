#!/usr/bin/env bash
# "A guideline value is one file" (issue 21), checked: a copy of the tree gets
#
#   1. a new dated value in policy/parameters.toml (a rate for R&D post-subsidies, with its source,
#      and the file's version bumped, as docs/policy-data.md says): one file;
#   2. a corrected rule text in policy/sources/yc2022-029.txt (one clause's punctuation): one file;
#   3. a corrected sentence, in English only: texts/en.toml, one file,
#
# and the native tests of the workspace must pass unchanged on the copy: no golden file, hash or version is copied by hand anywhere (the build
# script computes the content hash, the prerender goldens hold placeholders). Then, in the same
# copy, as docs/contributing.md says:
#
#   4. a new question: its row in the facts table, its words in both texts files, and a rule
#      that reads it (a note of a programme): three places by hand, and only the data contract's
#      table (docs/profile.md) generated;
#   5. a new programme with an existing kind of benefit: one Programme in the catalogue, its
#      words and its fixture cases (a met case and a failing one): three places by hand, and only
#      the examples' golden file generated,
#
# each followed by the bless commands for the generated files and the native tests, which must
# pass. A step of scripts/test.sh; it builds the copy in target/one-file/ (a few minutes the first
# time).
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

# The copy as a repository, so each change below lists exactly the files it touched.
(cd "$copy" && git init -q && git add -A && git -c user.name=check -c user.email=check@localhost commit -qm base)
# touched FILE...: the files changed since the last commit of the copy are exactly these; then
# commit them.
touched() {
  local got want
  got=$(cd "$copy" && git status --porcelain | awk '{print $2}' | sort | tr '\n' ' ')
  want=$(printf '%s\n' "$@" | sort | tr '\n' ' ')
  [ "$got" = "$want" ] || yc_die "the change touched: $got; expected: $want" "docs/contributing.md says which files each change touches; a new file in the list above copies what another file holds"
  (cd "$copy" && git add -A && git -c user.name=check -c user.email=check@localhost commit -qm step)
}
tests() { (cd "$copy" && CARGO_TARGET_DIR="$root/target/one-file" cargo test --workspace --quiet "$@"); }

yc_step "a new question" "the facts table, the texts files or the catalogue no longer has the lines this check edits; update scripts/check-one-file.sh"
python3 - "$copy" <<'PY'
import pathlib, re, sys
copy = pathlib.Path(sys.argv[1])
def edit(rel, old, new):
    p = copy / rel
    text = p.read_text()
    if text.count(old) != 1:
        sys.exit(f"check-one-file: {rel} no longer has {old!r} once")
    p.write_text(text.replace(old, new))
facts = (copy / "crates/engine/src/facts.rs").read_text()
slot = max(int(n) for n in re.findall(r"@ (\d+):", facts)) + 1
edit("crates/engine/src/facts.rs", """            .how(t!(facts.no_major_incident.how));
""", f"""            .how(t!(facts.no_major_incident.how));
    OneFileCheck = "one_file_check" @ {slot}:
        def(Bool, t!(facts.one_file_check.label), false),
        q(SelfCheck, t!(facts.one_file_check.question))
            .how(t!(facts.one_file_check.how));
""")
words = {
    "zh": ("核对项", "贵企业是否属于核对项？", "按贵企业的实际情况选择；拿不准的，选“不确定”。"),
    "en": ("Check item", "Is the enterprise a check item?", "Answer as things stand for the enterprise; if in doubt choose “Not sure”."),
}
for lang, (label, question, how) in words.items():
    edit(f"texts/{lang}.toml", "[engine.facts.no_major_incident]\n",
         f'[engine.facts.one_file_check]\nlabel = "{label}"\nquestion = "{question}"\nhow = "{how}"\n\n[engine.facts.no_major_incident]\n')
edit("crates/engine/src/catalogue.rs", """            Note {
                when: Some(Yes(Fact::StateOwned)),""", """            Note {
                when: Some(Yes(Fact::OneFileCheck)),
                text: t!(catalogue.rd_post_subsidy.text),
                clause: "2.1",
            },
            Note {
                when: Some(Yes(Fact::StateOwned)),""")
PY
touched crates/engine/src/catalogue.rs crates/engine/src/facts.rs texts/en.toml texts/zh.toml
YC_BLESS=1 tests -p yc-engine --test properties every_fact_is_documented
touched docs/profile.md
tests

yc_step "a new programme" "the catalogue or the texts files no longer have the lines this check edits; update scripts/check-one-file.sh"
python3 - "$copy" <<'PY'
import pathlib, sys
copy = pathlib.Path(sys.argv[1])
def edit(rel, old, new):
    p = copy / rel
    text = p.read_text()
    if text.count(old) != 1:
        sys.exit(f"check-one-file: {rel} no longer has {old!r} once")
    p.write_text(text.replace(old, new))
edit("crates/engine/src/catalogue.rs", """        next_step: ongoing(t!(catalogue.entrepreneur_training.watch_event_notices_platform_mini), Some("4.2.3")),
        notes: &[],
    },
""", """        next_step: ongoing(t!(catalogue.entrepreneur_training.watch_event_notices_platform_mini), Some("4.2.3")),
        notes: &[],
    },
    Programme {
        id: "one-file-check",
        name: t!(catalogue.one_file_check.name),
        category: Category::Service,
        clauses: &["2.2.2"],
        quote: crate::cited!("持续深入开展企业家创新精神培育行动"),
        criteria: &[in_yinchuan("2.2.2")],
        benefit: Benefit::Service {
            what: t!(catalogue.one_file_check.what),
        },
        next_step: ongoing(t!(catalogue.one_file_check.how), Some("4.2.3")),
        notes: &[],
    },
""")
words = {
    "zh": ("核对用服务", "为核对而设的服务项目。", "关注平台发布的活动通知。"),
    "en": ("A service for the check", "A service item made for the check.", "Watch the platform's event notices."),
}
for lang, (name, what, how) in words.items():
    edit(f"texts/{lang}.toml", "[engine.catalogue.entrepreneur_training]\n",
         f'[engine.catalogue.one_file_check]\nname = "{name}"\nwhat = "{what}"\nhow = "{how}"\n\n[engine.catalogue.entrepreneur_training]\n')
# Its fixture cases: it is met and not met where the programme it copies is.
fixtures = "crates/engine/tests/fixtures/programmes.json"
edit(fixtures, '"entrepreneur-training": "eligible",', '"entrepreneur-training": "eligible", "one-file-check": "eligible",')
edit(fixtures, '"entrepreneur-training": "not_eligible",', '"entrepreneur-training": "not_eligible", "one-file-check": "not_eligible",')
PY
touched crates/engine/src/catalogue.rs crates/engine/tests/fixtures/programmes.json texts/en.toml texts/zh.toml
YC_BLESS=1 tests -p yc-engine --test examples_golden
touched crates/engine/tests/golden/examples.json
tests
printf 'check-one-file: ok    a new question (facts table, words, a rule; docs/profile.md generated) and a new programme (catalogue, words, fixture cases; the examples golden generated) pass the native tests\n'
