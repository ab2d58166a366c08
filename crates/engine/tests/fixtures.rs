//! Data-driven engine tests: every case in `tests/fixtures/*.json` (other than `base.json`) is a
//! set of answer changes on the base profile and the verdicts expected, run through one `check`.

use rust_decimal::Decimal;
use serde_json::{Map, Value as Json};
use std::str::FromStr;
use yc_engine::cond::Target;
use yc_engine::eval::missing_facts;
use yc_engine::{evaluate, Date, Fact, Profile, Value, CATALOGUE};
use yc_engine::{next_question, relevant_questions};

fn fixture(name: &str) -> Json {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `base.json`: a Yinchuan enterprise that answers yes to everything, so every programme is
/// eligible, upcoming or possible. The other fixture files change a few answers of this base. (It
/// is a profile document, read as the app reads one: no keys beyond the format's.) A case's own
/// `assessment_date` replaces the base's, as if the base were saved on that day: its yes/no
/// answers about "this year" are then about the case's year.
fn base(assessment_date: Option<&Json>) -> Profile {
    let mut doc = fixture("base.json");
    if let Some(d) = assessment_date {
        doc["assessment_date"] = d.clone();
    }
    let text = serde_json::to_string(&doc).unwrap();
    let (p, issues) = Profile::from_json_lenient(&text, Date::new(2026, 11, 26).unwrap()).unwrap();
    assert!(issues.is_empty(), "base.json: {issues:?}");
    p
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap_or_else(|_| panic!("not a decimal: {s}"))
}

fn change_text(c: &yc_engine::cond::Change) -> String {
    let id = c.fact.id();
    match &c.to {
        Target::Yes => format!("{id}=yes"),
        Target::No => format!("{id}=no"),
        Target::Option(o) => format!("{id}={o}"),
        Target::Includes(o) => format!("{id}+={o}"),
        Target::AtLeast(n) | Target::SumAtLeast(n) => format!("{id}>={n}"),
        Target::Above(n) => format!("{id}>{n}"),
    }
}

/// A JSON list of strings.
fn strings(list: &Json) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

fn facts(list: &Json) -> Vec<Fact> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|f| Fact::from_id(f.as_str().unwrap()).unwrap_or_else(|| panic!("unknown fact {f}")))
        .collect()
}

/// Builds the case's profile from the base and checks every expectation it states.
fn check(case: &Map<String, Json>) {
    let name = case["name"].as_str().unwrap();
    let mut p = base(case.get("assessment_date"));
    if let Some(Json::Object(set)) = case.get("set") {
        for (k, v) in set {
            let fact = Fact::from_id(k).unwrap_or_else(|| panic!("{name}: unknown fact {k}"));
            let value = Value::from_json_text(fact, &v.to_string())
                .unwrap_or_else(|e| panic!("{name}: {k}: {e:?}"));
            p.set(fact, value).unwrap();
        }
    }
    if let Some(list) = case.get("clear") {
        for f in facts(list) {
            p.clear(f);
        }
    }
    let a = evaluate(&p);

    if let Some(Json::Object(expect)) = case.get("expect") {
        for (id, want) in expect {
            let r = a
                .result(id)
                .unwrap_or_else(|| panic!("{name}: no programme {id}"));
            let (status, detail) = match want {
                Json::String(s) => (s.as_str(), Map::new()),
                Json::Object(o) => (o["status"].as_str().unwrap(), o.clone()),
                _ => panic!("{name}: bad expectation for {id}"),
            };
            assert_eq!(
                r.status.code(),
                status,
                "{name}: status of {id}: {:#?}",
                r.trace
            );
            for (key, v) in &detail {
                let ceiling = r.ceiling();
                match key.as_str() {
                    "status" => {}
                    "remaining" => assert_eq!(
                        ceiling.map(|c| c.remaining),
                        Some(dec(v.as_str().unwrap())),
                        "{name}: remaining of {id}"
                    ),
                    "cap" => assert_eq!(
                        ceiling.map(|c| c.cap),
                        Some(dec(v.as_str().unwrap())),
                        "{name}: cap of {id}"
                    ),
                    "project_year" => assert_eq!(
                        ceiling.and_then(|c| c.project_year).map(|y| y.to_string()),
                        v.as_str().map(str::to_string),
                        "{name}: project year of {id}"
                    ),
                    "used" => assert_eq!(
                        ceiling.and_then(|c| c.used),
                        Some(dec(v.as_str().unwrap())),
                        "{name}: used of {id}"
                    ),
                    "opens" => match &r.status {
                        yc_engine::Status::Upcoming { opens } => {
                            assert_eq!(opens.to_string(), v.as_str().unwrap(), "{name}")
                        }
                        s => panic!("{name}: {id} is {s:?}, not upcoming"),
                    },
                    "missing" => match &r.status {
                        yc_engine::Status::NeedsInfo { missing } => {
                            assert_eq!(missing, &facts(v), "{name}: missing of {id}")
                        }
                        s => panic!("{name}: {id} is {s:?}, not needs_info"),
                    },
                    "changes" => {
                        let got: Vec<String> = r
                            .smallest_change
                            .as_ref()
                            .map(|c| c.changes.iter().map(change_text).collect())
                            .unwrap_or_default();
                        let want = strings(v);
                        assert_eq!(got, want, "{name}: smallest change of {id}");
                    }
                    "also_opens" => assert_eq!(
                        r.smallest_change.as_ref().map(|c| c
                            .also_opens
                            .iter()
                            .map(|p| p.id)
                            .collect::<Vec<_>>()),
                        Some(
                            v.as_array()
                                .unwrap()
                                .iter()
                                .map(|s| s.as_str().unwrap())
                                .collect::<Vec<_>>()
                        ),
                        "{name}: also opens of {id}"
                    ),
                    // What a tax incentive is worth: {"deduction", "saving_up_to", "saving_at_least",
                    // "points", "rate", "year"}, each a decimal string or null.
                    "tax" => {
                        let t = r.tax().unwrap_or_else(|| panic!("{name}: {id} has no tax"));
                        let got = |x: Option<Decimal>| x.map(|d| d.normalize().to_string());
                        for (k, want) in v.as_object().unwrap() {
                            let value = match k.as_str() {
                                "deduction" => got(t.deduction),
                                "saving_up_to" => got(t.saving_up_to),
                                "points" => got(t.points),
                                "rate" => got(t.rate),
                                "saving_at_least" => got(t.saving_at_least),
                                "year" => Some(t.year.to_string()),
                                other => panic!("{name}: unknown tax key {other}"),
                            };
                            assert_eq!(value.as_deref(), want.as_str(), "{name}: {id} tax {k}");
                        }
                    }
                    "would_open" => assert_eq!(
                        r.smallest_change.as_ref().and_then(|c| c.would_open),
                        Some(dec(v.as_str().unwrap())),
                        "{name}: would_open of {id}"
                    ),
                    "when" => {
                        use yc_engine::eval::When;
                        let got = match &r.next_step.when {
                            When::Cutoff { date } => format!("cutoff:{date}"),
                            When::LastBatchPassed { ends } => format!("last_batch_passed:{ends}"),
                            When::YearClosed { next } => format!("year_closed:{next}"),
                            When::From { date } => format!("from:{date}"),
                            When::Ongoing => "ongoing".into(),
                            When::Announced => "announced".into(),
                            When::Unstated => "unstated".into(),
                        };
                        assert_eq!(got, v.as_str().unwrap(), "{name}: next step of {id}");
                    }
                    "no_ceiling" => {
                        assert_eq!(r.ceiling(), None, "{name}: {id} should show no figure")
                    }
                    "no_change" => assert_eq!(
                        r.smallest_change, None,
                        "{name}: {id} should have no smallest change"
                    ),
                    "in_place_ratio" => assert_eq!(
                        r.pilot().and_then(|b| b.in_place_ratio),
                        Some(dec(v.as_str().unwrap())),
                        "{name}: share of the countable base in place"
                    ),
                    "in_place_ratio_at_least" => assert_eq!(
                        r.pilot().and_then(|b| b.in_place_ratio_at_least),
                        Some(dec(v.as_str().unwrap())),
                        "{name}: least share of the countable base in place"
                    ),
                    "pilot_base" => assert_eq!(
                        r.pilot().map(|b| b.base),
                        Some(dec(v.as_str().unwrap())),
                        "{name}: pilot base"
                    ),
                    "notes" => assert_eq!(
                        r.notes.len() as u64,
                        v.as_u64().unwrap(),
                        "{name}: notes of {id}"
                    ),
                    // A note (English text) the card must show.
                    "note" => assert!(
                        r.notes.iter().any(|n| n
                            .text
                            .get(yc_engine::Lang::En)
                            .contains(v.as_str().unwrap())),
                        "{name}: {id} lacks a note with {v}: {:?}",
                        r.notes
                    ),
                    "no_note" => assert!(
                        !r.notes.iter().any(|n| n
                            .text
                            .get(yc_engine::Lang::En)
                            .contains(v.as_str().unwrap())),
                        "{name}: {id} should not have a note with {v}"
                    ),
                    // The verdict under each reading of the support window, in order
                    // (calendar years, 24 months): "upcoming:2027-01-01", "eligible", …
                    "readings" => {
                        let got: Vec<String> = r
                            .readings
                            .iter()
                            .map(|x| match &x.status {
                                yc_engine::Status::Upcoming { opens } => {
                                    format!("upcoming:{opens}")
                                }
                                s => s.code().to_string(),
                            })
                            .collect();
                        let want = strings(v);
                        assert_eq!(got, want, "{name}: readings of {id}");
                    }
                    other => panic!("{name}: unknown expectation {other}"),
                }
            }
        }
    }
    if case.get("all_programmes").is_some() {
        let listed = case["expect"].as_object().unwrap();
        for prog in CATALOGUE {
            assert!(
                listed.contains_key(prog.id),
                "{name}: the base case must list {}",
                prog.id
            );
        }
    }
    // Every city programme (the national tax incentives are their own group).
    // `true`, or the list of programmes excepted.
    if let Some(all) = case.get("all_not_eligible") {
        let except: Vec<String> = if all.is_array() {
            strings(all)
        } else {
            Vec::new()
        };
        for r in &a.results {
            let national = r.is_national();
            if !national && !except.iter().any(|e| e == r.id()) {
                assert_eq!(r.status.code(), "not_eligible", "{name}: {}", r.id());
            }
        }
    }
    if let Some(v) = case.get("known_maximum") {
        assert_eq!(
            a.known_maximum,
            dec(v.as_str().unwrap()),
            "{name}: known maximum"
        );
    }
    if let Some(v) = case.get("known_maximum_if_combined") {
        assert_eq!(
            a.known_maximum_if_combined,
            v.as_str().map(dec),
            "{name}: combined maximum"
        );
    }
    if let Some(v) = case.get("tax_saving_up_to") {
        assert_eq!(
            a.tax_saving_up_to,
            v.as_str().map(dec),
            "{name}: tax saving line"
        );
    }
    if let Some(v) = case.get("tax_saving_at_least") {
        assert_eq!(
            a.tax_saving_at_least,
            v.as_str().map(dec),
            "{name}: tax saving line, least"
        );
    }
    if let Some(v) = case.get("talent_maximum") {
        assert_eq!(
            a.talent_maximum,
            dec(v.as_str().unwrap()),
            "{name}: talent maximum"
        );
    }
    if case.get("no_next_question").is_some() {
        assert_eq!(
            next_question(&p),
            None,
            "{name}: still asking {:?}",
            missing_facts(&a)
        );
    }
    if let Some(v) = case.get("next_question") {
        assert_eq!(
            next_question(&p).map(Fact::id),
            v.as_str(),
            "{name}: next question"
        );
    }
    let relevant = relevant_questions(&p);
    if let Some(list) = case.get("relevant") {
        for f in facts(list) {
            assert!(relevant.contains(&f), "{name}: {} should be asked", f.id());
        }
    }
    if let Some(list) = case.get("not_relevant") {
        for f in facts(list) {
            assert!(
                !relevant.contains(&f),
                "{name}: {} should not be asked",
                f.id()
            );
        }
    }
    if let Some(list) = case.get("inconsistent") {
        let got: Vec<Fact> = a.inconsistencies.iter().map(|i| i.fact).collect();
        assert_eq!(got, facts(list), "{name}: inconsistencies");
    }
    let national = serde_json::to_value(&a.national).unwrap();
    if let Some(Json::Object(want)) = case.get("national") {
        for (key, v) in want {
            let (check, row) = key.split_once('.').unwrap();
            let c = &national[check];
            let got = match row {
                "verdict" => c["verdict"].clone(),
                "score_total" => c["score"]["total"].clone(),
                _ => c["rows"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|r| r["id"] == row)
                    .unwrap_or_else(|| panic!("{name}: no row {key}"))["truth"]
                    .clone(),
            };
            assert_eq!(&got, v, "{name}: {key}: {c:#}");
        }
    }
    if let Some(Json::Object(want)) = case.get("national_detail") {
        for (key, v) in want {
            let (check, row) = key.split_once('.').unwrap();
            let r = national[check]["rows"]
                .as_array()
                .unwrap()
                .iter()
                .find(|r| r["id"] == row)
                .unwrap()
                .clone();
            let en = r["detail"]["en"].as_str().unwrap_or_default();
            assert!(
                en.contains(v.as_str().unwrap()),
                "{name}: {key} detail {en:?} lacks {v}"
            );
        }
    }
}

fn run(file: &str) {
    let doc = fixture(file);
    let cases = doc["cases"].as_array().unwrap();
    assert!(!cases.is_empty());
    // Every case runs, and the failures are reported together.
    let failed: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            let case = case.as_object().unwrap();
            std::panic::catch_unwind(|| check(case))
                .err()
                .map(|_| case["name"].as_str().unwrap_or_default().to_string())
        })
        .collect();
    assert!(failed.is_empty(), "{file}: failed cases: {failed:#?}");
}

#[test]
fn programmes() {
    run("programmes.json");
}

#[test]
fn boundaries() {
    run("boundaries.json");
}

#[test]
fn every_programme_has_a_met_case_and_a_failing_case() {
    let doc = fixture("programmes.json");
    for prog in CATALOGUE {
        let mentioned = doc["cases"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["expect"].get(prog.id).is_some())
            .count();
        assert!(
            mentioned >= 2,
            "{} needs a met case and a failing case",
            prog.id
        );
    }
}
