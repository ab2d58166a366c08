//! Answers about one year ("this year's first-recognition post-subsidy project already granted"):
//! recorded with their year, counted only in an assessment of that year, read from every older
//! form (version-1 files and autosaves, links) and written in the dated form.

use yc_engine::document::PROFILE_VERSION;
use yc_engine::facts::{Kind, FACT_DEFS};
use yc_engine::input::InputError;
use yc_engine::questions::question;
use yc_engine::relevant_questions;
use yc_engine::{evaluate, Date, Fact, Profile, Value};

const GRANTED: Fact = Fact::HnteSupportedThisYear;

fn date(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

fn in_year(yes: bool, year: i32) -> Value {
    Value::InYear { yes, year }
}

/// The fixtures' base enterprise (first recognised on 2025-06-30), assessed on `on`, with its
/// answer about this year's HNTE project replaced by `granted`.
fn base(on: &str, granted: Value) -> Profile {
    let text = include_str!("fixtures/base.json");
    let (mut p, issues) = Profile::from_json_lenient(text, date(on)).unwrap();
    assert!(issues.is_empty(), "{issues:?}");
    p.assessment_date = date(on);
    p.set(GRANTED, granted).unwrap();
    p
}

/// The HNTE first-recognition card's status code and the facts it still waits for.
fn hnte_card(p: &Profile) -> (&'static str, Vec<Fact>) {
    let a = evaluate(p);
    let r = a.result("hnte-first-recognition").unwrap();
    let missing = match &r.status {
        yc_engine::Status::NeedsInfo { missing } => missing.clone(),
        _ => Vec::new(),
    };
    (r.status.code(), missing)
}

#[test]
fn a_plain_answer_is_about_the_assessment_year() {
    let mut p = Profile::new(date("2026-11-26"));
    p.set(GRANTED, Value::Bool(true)).unwrap();
    assert_eq!(p.stored(GRANTED), Some(&in_year(true, 2026)));
    assert_eq!(p.bool(GRANTED), Some(true));
    assert!(p.is_answered(GRANTED));
}

#[test]
fn last_years_yes_does_not_close_this_years_support() {
    // Before the year's last batch cut-off: after it, this year's answer no longer matters (the
    // next project is next year's either way).
    let stale = base("2026-06-15", in_year(true, 2025));
    assert_eq!(
        stale.bool(GRANTED),
        None,
        "a 2025 answer says nothing about 2026"
    );
    assert!(!stale.is_answered(GRANTED));
    assert_eq!(stale.get(GRANTED), None);
    assert_eq!(stale.stored(GRANTED), Some(&in_year(true, 2025)));
    let (status, missing) = hnte_card(&stale);
    assert_eq!(
        status, "needs_info",
        "the card asks again instead of closing"
    );
    assert_eq!(missing, vec![GRANTED]);
    assert!(relevant_questions(&stale).contains(&GRANTED));

    // The same yes about 2026 closes this year's support (the next chance is next year); a no
    // leaves it open.
    let (closed, _) = hnte_card(&base("2026-06-15", in_year(true, 2026)));
    assert!(matches!(closed, "upcoming" | "not_eligible"), "{closed}");
    let (open, _) = hnte_card(&base("2026-06-15", in_year(false, 2026)));
    assert!(matches!(open, "eligible" | "possible"), "{open}");
}

#[test]
fn version_1_documents_date_their_booleans_by_their_assessment_date() {
    let v1 = r#"{"format": "yc-profile", "version": 1, "assessment_date": "2025-06-01",
        "answers": {"hnte_supported_this_year": true, "giant_supported_this_year": false}}"#;
    let (p, issues) = Profile::from_json_lenient(v1, date("2026-11-26")).unwrap();
    assert!(issues.is_empty());
    assert_eq!(p.stored(GRANTED), Some(&in_year(true, 2025)));
    assert_eq!(
        p.stored(Fact::GiantSupportedThisYear),
        Some(&in_year(false, 2025))
    );
    assert_eq!(
        p.bool(GRANTED),
        Some(true),
        "read in its own year it counts"
    );

    // An autosave is reassessed as of today (the app sets today's date after loading): the
    // answer then belongs to another year and is asked again.
    let mut restored = p.clone();
    restored.assessment_date = date("2026-11-26");
    assert_eq!(restored.bool(GRANTED), None);

    // A version-1 document without a date: the booleans belong to the date filled in.
    let undated =
        r#"{"format": "yc-profile", "version": 1, "answers": {"hnte_supported_this_year": false}}"#;
    let (p, _) = Profile::from_json_lenient(undated, date("2026-11-26")).unwrap();
    assert_eq!(p.stored(GRANTED), Some(&in_year(false, 2026)));
}

#[test]
fn version_2_writes_the_year_and_reads_it_back() {
    let mut p = Profile::new(date("2026-11-26"));
    p.set(GRANTED, Value::Bool(true)).unwrap();
    p.set(Fact::GiantSupportedThisYear, in_year(false, 2025))
        .unwrap();
    p.set(Fact::Location, Value::Choice("jinfeng")).unwrap();
    let text = p.to_json_string();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["version"], PROFILE_VERSION);
    assert_eq!(PROFILE_VERSION, 2);
    assert_eq!(
        doc["answers"]["hnte_supported_this_year"],
        serde_json::json!({"answer": true, "year": 2026})
    );
    assert_eq!(
        doc["answers"]["giant_supported_this_year"],
        serde_json::json!({"answer": false, "year": 2025}),
        "an answer about another year is kept as it is"
    );
    let (back, issues) = Profile::from_json_lenient(&text, date("2030-01-01")).unwrap();
    assert!(issues.is_empty());
    assert_eq!(back, p);

    // A version-2 document may still give a bare boolean: it is about its assessment year.
    let bare = r#"{"format": "yc-profile", "version": 2, "assessment_date": "2027-03-01",
        "answers": {"hnte_supported_this_year": true}}"#;
    let (p, _) = Profile::from_json_lenient(bare, date("2026-11-26")).unwrap();
    assert_eq!(p.stored(GRANTED), Some(&in_year(true, 2027)));
}

#[test]
fn malformed_dated_answers_are_dropped_and_reported() {
    let cases = [
        (r#"{"answer": true}"#, InputError::BadYear),
        (r#"{"year": 2026}"#, InputError::BadYear),
        (r#"{"answer": true, "year": "2026"}"#, InputError::BadYear),
        (r#"{"answer": "yes", "year": 2026}"#, InputError::BadYear),
        (r#"{"answer": true, "year": 2026.0}"#, InputError::BadYear),
        (
            r#"{"answer": true, "year": 2026, "by": "me"}"#,
            InputError::BadYear,
        ),
        (
            r#"{"answer": true, "year": 1800}"#,
            InputError::DateOutOfRange,
        ),
        (r#""y@2026""#, InputError::WrongType),
        ("2026", InputError::WrongType),
    ];
    for (json, want) in cases {
        let doc = format!(
            r#"{{"format": "yc-profile", "version": 2, "answers": {{"hnte_supported_this_year": {json}, "sme": true}}}}"#
        );
        let (p, issues) = Profile::from_json_lenient(&doc, date("2026-11-26")).unwrap();
        assert_eq!(issues.len(), 1, "{json}");
        assert_eq!(issues[0].error, Some(want.clone()), "{json}");
        assert_eq!(
            p.bool(Fact::Sme),
            Some(true),
            "{json}: the other answers are kept"
        );
        assert!(!p.is_answered(GRANTED));
    }
    // A repeated key inside the dated answer refuses the document, like any repeated key.
    let doc = r#"{"format": "yc-profile", "version": 2, "answers": {"hnte_supported_this_year": {"answer": true, "answer": false, "year": 2026}}}"#;
    assert!(Profile::from_json_lenient(doc, date("2026-11-26")).is_err());
}

#[test]
fn links_carry_the_year() {
    let today = date("2026-11-26");
    // Written dated; read back the same.
    let mut p = Profile::new(today);
    p.set(GRANTED, Value::Bool(false)).unwrap();
    p.set(Fact::GiantSupportedThisYear, in_year(true, 2025))
        .unwrap();
    let link = p.to_readable_fragment();
    assert!(link.contains("hnte_supported_this_year=n@2026"), "{link}");
    assert!(link.contains("giant_supported_this_year=y@2025"), "{link}");
    assert_eq!(Profile::from_fragment(&link, today).unwrap().0, p);
    // The compact link keeps the years too.
    assert_eq!(
        Profile::from_fragment(&p.to_fragment(), today).unwrap().0,
        p
    );

    // A bare y/n takes the link's `d`, even when `d` comes after it; without `d`, today's year.
    let (p, issues) =
        Profile::from_fragment("v=1&hnte_supported_this_year=y&d=2025-03-01", today).unwrap();
    assert!(issues.is_empty());
    assert_eq!(p.stored(GRANTED), Some(&in_year(true, 2025)));
    let (p, _) = Profile::from_fragment("v=1&hnte_supported_this_year=n", today).unwrap();
    assert_eq!(p.stored(GRANTED), Some(&in_year(false, 2026)));

    for (value, want) in [
        ("y@26", InputError::BadYear),
        ("y@", InputError::BadYear),
        ("y@２０２６", InputError::BadYear),
        ("y@1800", InputError::DateOutOfRange),
        ("maybe@2026", InputError::NotAnOption),
        ("maybe", InputError::NotAnOption),
    ] {
        let (p, issues) = Profile::from_fragment(
            &format!("v=1&hnte_supported_this_year={value}&sme=y"),
            today,
        )
        .unwrap();
        assert_eq!(issues.len(), 1, "{value}");
        assert_eq!(issues[0].error, Some(want), "{value}");
        assert_eq!(p.bool(Fact::Sme), Some(true));
    }
}

#[test]
fn questions_about_a_year_name_it() {
    for def in FACT_DEFS {
        let q = question(def.fact);
        let dated = def.kind == Kind::ThisYear;
        for text in [
            q.text.get(yc_engine::Lang::Zh),
            q.text.get(yc_engine::Lang::En),
        ] {
            assert_eq!(text.contains("{year}"), dated, "{}: {text}", def.fact.id());
            assert!(!text.contains("今年") || !dated, "{text}");
        }
    }
}
