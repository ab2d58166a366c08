//! "不确定 / Not sure": any question can be answered with it. The questionnaire then moves on,
//! every rule sees the fact as unknown (exactly as if it were unanswered), and the answer is kept
//! in saved files and share links.

use yc_engine::date::Date;
use yc_engine::eval::relevance::{next_question, relevant_questions};
use yc_engine::examples::EXAMPLES;
use yc_engine::facts::FACT_DEFS;
use yc_engine::profile::UNSURE;
use yc_engine::{evaluate, Fact, Profile, Value};

fn today() -> Date {
    Date::new(2026, 11, 26).unwrap()
}

fn examples() -> Vec<Profile> {
    EXAMPLES
        .iter()
        .map(|ex| {
            Profile::from_fragment(&ex.fragment_on(today()), today())
                .unwrap()
                .0
        })
        .collect()
}

#[test]
fn no_option_is_spelled_like_not_sure() {
    for def in FACT_DEFS {
        for o in def.options {
            assert_ne!(o.code, UNSURE, "{}", def.fact.id());
            assert_ne!(o.code, "不确定", "{}", def.fact.id());
        }
    }
}

#[test]
fn not_sure_is_kept_in_files_and_links_for_every_kind_of_question() {
    let mut p = Profile::new(today());
    for f in Fact::ALL {
        p.set(*f, Value::Unsure)
            .expect("every question takes “not sure”");
    }
    let json = p.to_json_string();
    assert!(json.contains(r#""industries": "unsure""#), "{json}");
    let (read, issues) = Profile::from_json_lenient(&json, today()).unwrap();
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(read, p);
    let link = p.to_readable_fragment();
    assert!(link.contains("&revenue=unsure"), "{link}");
    let (read, issues) = Profile::from_fragment(&link, today()).unwrap();
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(read, p);
    // The compact link this release writes keeps them too.
    let (read, issues) = Profile::from_fragment(&p.to_fragment(), today()).unwrap();
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(read, p);
    // Typed as text, both spellings mean it.
    for text in ["unsure", "不确定", " 不确定 "] {
        assert_eq!(Value::parse_text(Fact::Revenue, text), Ok(Value::Unsure));
    }
}

#[test]
fn not_sure_decides_nothing_a_missing_answer_would_not() {
    for base in examples() {
        let answered: Vec<Fact> = base.answers().map(|(f, _)| f).collect();
        for f in answered {
            let mut unsure = base.clone();
            unsure.set(f, Value::Unsure).unwrap();
            let mut missing = base.clone();
            missing.clear(f);
            let (a, b) = (evaluate(&unsure), evaluate(&missing));
            assert_eq!(a.results, b.results, "{}", f.id());
            assert_eq!(a.national, b.national, "{}", f.id());
            assert!(!unsure.is_answered(f) && unsure.is_unsure(f) && unsure.is_responded(f));
        }
    }
}

#[test]
fn the_questionnaire_moves_on_from_not_sure_and_still_shows_the_question() {
    let mut p = Profile::new(today());
    let first = next_question(&p).expect("a first question");
    p.set(first, Value::Unsure).unwrap();
    assert_ne!(next_question(&p), Some(first), "not asked again");
    assert!(
        relevant_questions(&p).contains(&first),
        "still shown, so it can be changed"
    );
    // A card that needs it still lists it as missing.
    let waiting = evaluate(&p).results.iter().any(|r| match &r.status {
        yc_engine::Status::NeedsInfo { missing } => missing.contains(&first),
        _ => false,
    });
    assert!(waiting, "{} is still needed", first.id());
}

#[test]
fn every_question_says_how_to_tell_in_both_languages() {
    for q in yc_engine::questions::QUESTIONS {
        let how = q
            .how
            .unwrap_or_else(|| panic!("{} has no how-to-tell line", q.fact.id()));
        for lang in [yc_engine::Lang::Zh, yc_engine::Lang::En] {
            assert!(
                how.get(lang).chars().count() > 8,
                "{}: {:?}",
                q.fact.id(),
                how.get(lang)
            );
        }
    }
}
