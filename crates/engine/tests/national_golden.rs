//! The national self-checks of every fixture case and every example, kept as a golden file
//! (`tests/golden/national.txt`): each row's truth, what the figures say (both languages) and the
//! answers still missing, in order. A refactor of the self-checks (they are `Cond` rows over the
//! thresholds of `policy/parameters.toml`, see `national.rs`) must leave this file as it is; a
//! deliberate change of a row rewrites it with `YC_BLESS=1 cargo test -p yc-engine --test
//! national_golden`, and the diff shows every case it touches.
//!
//! A case is a fixture case (`tests/fixtures/*.json`, built on `base.json` as `fixtures.rs`
//! builds it) or an example (`examples.rs`) assessed on four days around a year's turn and its
//! batch cut-offs. Cases with the same self-checks share one block.

use serde_json::Value as Json;
use yc_engine::examples::EXAMPLES;
use yc_engine::national::{Check, NationalChecks};
use yc_engine::{evaluate, Date, Fact, Lang, Profile, Value};

const GOLDEN: &str = "tests/golden/national.txt";

fn path(rel: &str) -> String {
    format!("{}/{rel}", env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> Json {
    let text = std::fs::read_to_string(path(&format!("tests/fixtures/{name}"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// A fixture case's profile: `base.json` (with the case's assessment date), its `set` answers
/// and its `clear`ed ones.
fn fixture_profile(case: &Json) -> Profile {
    let mut doc = fixture("base.json");
    if let Some(d) = case.get("assessment_date") {
        doc["assessment_date"] = d.clone();
    }
    let text = serde_json::to_string(&doc).unwrap();
    let (mut p, issues) =
        Profile::from_json_lenient(&text, Date::new(2026, 11, 26).unwrap()).unwrap();
    assert!(issues.is_empty(), "base.json: {issues:?}");
    if let Some(Json::Object(set)) = case.get("set") {
        for (k, v) in set {
            let fact = Fact::from_id(k).unwrap();
            p.set(fact, Value::from_json_text(fact, &v.to_string()).unwrap())
                .unwrap();
        }
    }
    for f in case
        .get("clear")
        .and_then(Json::as_array)
        .into_iter()
        .flatten()
    {
        p.clear(Fact::from_id(f.as_str().unwrap()).unwrap());
    }
    p
}

/// Every case: its name and profile.
fn cases() -> Vec<(String, Profile)> {
    let mut out = vec![("fixture base".to_string(), fixture_profile(&Json::Null))];
    let mut files: Vec<String> = std::fs::read_dir(path("tests/fixtures"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".json") && n != "base.json")
        .collect();
    files.sort();
    for file in files {
        let doc = fixture(&file);
        for (i, case) in doc["cases"].as_array().unwrap().iter().enumerate() {
            let name = case["name"].as_str().unwrap_or_default();
            out.push((
                format!("fixture {file}#{i:03} {name}"),
                fixture_profile(case),
            ));
        }
    }
    for (y, m, d) in [(2025, 12, 31), (2026, 1, 15), (2026, 6, 30), (2026, 11, 26)] {
        let day = Date::new(y, m, d).unwrap();
        for ex in EXAMPLES {
            let (p, issues) = Profile::from_fragment(&ex.fragment_on(day), day).unwrap();
            assert!(issues.is_empty(), "{}: {issues:?}", ex.id);
            out.push((format!("example {} on {day}", ex.id), p));
        }
    }
    out
}

fn truth(t: yc_engine::cond::Truth) -> &'static str {
    match t {
        yc_engine::cond::Truth::Met => "met",
        yc_engine::cond::Truth::NotMet => "not_met",
        yc_engine::cond::Truth::Unknown => "unknown",
    }
}

fn facts(list: &[Fact]) -> String {
    list.iter().map(|f| f.id()).collect::<Vec<_>>().join(" ")
}

/// The rows' fixed parts (label and basis), written once at the top.
fn row_table(n: &NationalChecks) -> String {
    let mut out = String::new();
    for c in [&n.tsme, &n.hnte] {
        out.push_str(&format!(
            "{} | {} | {} | {}\n",
            c.id,
            c.name.get(Lang::Zh),
            c.name.get(Lang::En),
            c.basis.get(Lang::Zh)
        ));
        for r in &c.rows {
            out.push_str(&format!(
                "{}.{} | {} | {} | {}\n",
                c.id,
                r.id,
                r.label.get(Lang::Zh),
                r.label.get(Lang::En),
                r.basis
            ));
        }
    }
    out
}

fn check_block(c: &Check) -> String {
    let mut out = format!(
        "{} applies {} verdict {}",
        c.id,
        truth(c.applies),
        truth(c.verdict)
    );
    if let Some(s) = &c.score {
        out.push_str(&format!(
            " score tech {:?} rd {:?} ip {:?} total {:?} rd_at_least {:?}",
            s.tech_staff, s.rd, s.ip, s.total, s.rd_at_least
        ));
    }
    out.push('\n');
    for r in &c.rows {
        out.push_str(&format!("  {}.{} {}", c.id, r.id, truth(r.truth)));
        if let Some(d) = &r.detail {
            out.push_str(&format!(" — {} | {}", d.get(Lang::Zh), d.get(Lang::En)));
        }
        if !r.missing.is_empty() {
            out.push_str(&format!(" ; missing: {}", facts(&r.missing)));
        }
        out.push('\n');
    }
    out
}

fn render() -> String {
    let cases = cases();
    // Blocks in the order their first case appears; each lists every case that gives it.
    let mut blocks: Vec<(String, Vec<String>)> = Vec::new();
    let mut table = None;
    for (name, p) in &cases {
        let a = evaluate(p);
        table.get_or_insert_with(|| row_table(&a.national));
        let missing = a.national.missing();
        let block = format!(
            "{}{}missing (applying checks):{}{}\n",
            check_block(&a.national.tsme),
            check_block(&a.national.hnte),
            if missing.is_empty() { "" } else { " " },
            facts(&missing)
        );
        match blocks.iter_mut().find(|(b, _)| *b == block) {
            Some((_, names)) => names.push(name.clone()),
            None => blocks.push((block, vec![name.clone()])),
        }
    }
    let mut out = format!(
        "# The national self-checks of {} cases ({} distinct). Rewrite with YC_BLESS=1 (see tests/national_golden.rs).\n\n## Rows: id | label (zh) | label (en) | basis\n{}",
        cases.len(),
        blocks.len(),
        table.unwrap_or_default()
    );
    for (block, names) in &blocks {
        out.push('\n');
        for n in names {
            out.push_str(&format!("= {n}\n"));
        }
        out.push_str(block);
    }
    out
}

#[test]
fn the_self_checks_of_every_fixture_and_example_are_the_golden_ones() {
    let got = render();
    let file = path(GOLDEN);
    if std::env::var_os("YC_BLESS").is_some() {
        std::fs::create_dir_all(path("tests/golden")).unwrap();
        std::fs::write(&file, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&file)
        .unwrap_or_else(|e| panic!("{file}: {e} (write it with YC_BLESS=1)"));
    if got != want {
        let first = got
            .lines()
            .zip(want.lines())
            .position(|(g, w)| g != w)
            .unwrap_or_else(|| got.lines().count().min(want.lines().count()));
        panic!(
            "the self-checks differ from {GOLDEN} from line {}:\n  now:    {:?}\n  golden: {:?}\n(a deliberate change: YC_BLESS=1 cargo test -p yc-engine --test national_golden, and review the diff)",
            first + 1,
            got.lines().nth(first),
            want.lines().nth(first)
        );
    }
}
