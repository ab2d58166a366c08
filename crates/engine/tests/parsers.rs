//! Every parser that reads what a person or another program wrote, fuzzed at scale: typed money,
//! counts and dates, profile documents and share-link fragments. For each: it never panics, it
//! reads back what the tool writes (`parse(format(x)) == x`), and what it accepts is
//! well-formed (a profile document only if `serde_json` reads it as JSON).
//!
//! Each proptest case checks a batch of inputs, so the totals run to hundreds of thousands per
//! parser while the file stays within a minute in a debug build (figures in
//! docs/benchmarks.md). `PROPTEST_CASES=n` sets the number of cases of every test for a deeper
//! run. Failing inputs are kept in `parsers.proptest-regressions` and replayed first.

mod common;

use proptest::prelude::*;
use proptest::sample::select;
use rust_decimal::Decimal;
use yc_engine::date::{MAX_YEAR, MIN_YEAR};
use yc_engine::document::LoadError;
use yc_engine::facts::{Kind, FACT_DEFS};
use yc_engine::input::{
    format_yuan, parse_count, parse_date, parse_money, MAX_COUNT, MAX_MONEY_YUAN,
};
use yc_engine::{Date, Fact, Lang, Profile, Value};

/// Inputs checked per proptest case.
const BATCH: usize = 64;

fn config(cases: u32) -> ProptestConfig {
    let mut c = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        c.cases = cases;
    }
    c
}

fn today() -> Date {
    Date::new(2026, 11, 26).unwrap()
}

/// Characters that reach every branch of the typed-input parsers.
const TYPED: &[char] = &[
    '0', '1', '2', '5', '9', '０', '３', '９', '.', '．', '。', ',', '，', '-', '－', '—', '+',
    ' ', '十', '百', '千', '万', '亿', '元', '人', '分', '¥', '￥', '年', '月', '日', '号', '/',
    'e', 'x',
];

fn text_from(alphabet: &'static [char], max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(select(alphabet), 0..max).prop_map(|cs| cs.into_iter().collect())
}

fn batch<T: std::fmt::Debug>(s: impl Strategy<Value = T>) -> impl Strategy<Value = Vec<T>> {
    prop::collection::vec(s, BATCH)
}

/// Full-width digits, as an input method types them.
fn wide(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + 0xFF10).unwrap_or(c),
            c => c,
        })
        .collect()
}

/// An amount the tool accepts: 0 to 10^12 yuan, 0–2 decimals.
fn money() -> impl Strategy<Value = Decimal> {
    (0..=MAX_MONEY_YUAN, 0u32..100, 0u32..=2).prop_map(|(yuan, fen, scale)| {
        let d = Decimal::from(yuan) + Decimal::new(i64::from(fen), 2);
        let d = d.round_dp(scale);
        d.min(Decimal::from(MAX_MONEY_YUAN)).normalize()
    })
}

fn date() -> impl Strategy<Value = Date> {
    (MIN_YEAR..=MAX_YEAR, 1u8..=12, 1u8..=31).prop_map(|(y, m, d)| {
        // Month ends included: the 31st becomes the month's last day.
        (28..=d.max(28))
            .rev()
            .find_map(|last| Date::new(y, m, d.min(last)))
            .unwrap_or_else(|| Date::jan_first(y))
    })
}

/// A valid value for a fact, from a seed ("not sure" about one time in eleven).
fn value_for(fact: Fact, seed: u64) -> Value {
    let def = fact.def();
    // Now and then "not sure", which any question takes.
    if seed % 11 == 3 {
        return Value::Unsure;
    }
    match def.kind {
        Kind::Bool => Value::Bool(seed.is_multiple_of(2)),
        Kind::ThisYear => Value::InYear {
            yes: seed.is_multiple_of(2),
            year: 2020 + (seed % 12) as i32,
        },
        Kind::Choice | Kind::Set => common::option_value(fact, seed),
        // 0 to 10^12 yuan in fen.
        Kind::Money => {
            Value::Money(Decimal::new((seed % 100_000_000_000_001) as i64, 2).normalize())
        }
        Kind::Count => Value::Count((seed % (MAX_COUNT as u64 + 1)) as i64),
        Kind::Score => Value::Count((seed % 101) as i64),
        Kind::Date => Value::Date(
            Date::new(
                MIN_YEAR + (seed % 301) as i32,
                1 + (seed % 12) as u8,
                1 + (seed % 28) as u8,
            )
            .unwrap(),
        ),
    }
}

/// A profile with a few answers of every kind (answers about a year: of any year).
fn profile() -> impl Strategy<Value = Profile> {
    (
        date(),
        prop::collection::vec((0..FACT_DEFS.len(), any::<u64>()), 0..12),
    )
        .prop_map(|(on, answers)| {
            let mut p = Profile::new(on);
            for (i, seed) in answers {
                let fact = FACT_DEFS[i].fact;
                p.set(fact, value_for(fact, seed)).unwrap();
            }
            p
        })
}

/// Edits at character positions: insert, delete, replace, or copy a stretch elsewhere (which
/// repeats keys).
#[derive(Debug, Clone)]
enum Edit {
    Insert(usize, char),
    Delete(usize),
    Replace(usize, char),
    Copy(usize, usize, usize),
}

const JSONISH: &[char] = &[
    '{', '}', '[', ']', '"', ',', ':', ' ', '\n', '\\', '0', '1', '9', '-', '+', '.', 'e', 'E',
    'u', 'n', 't', 'f', 'a', 'x', '万', '\u{1}', '\u{7f}',
];

fn edits(alphabet: &'static [char]) -> impl Strategy<Value = Vec<Edit>> {
    let edit = prop_oneof![
        (any::<usize>(), select(alphabet)).prop_map(|(i, c)| Edit::Insert(i, c)),
        any::<usize>().prop_map(Edit::Delete),
        (any::<usize>(), select(alphabet)).prop_map(|(i, c)| Edit::Replace(i, c)),
        (any::<usize>(), 1usize..40, any::<usize>()).prop_map(|(a, n, b)| Edit::Copy(a, n, b)),
    ];
    prop::collection::vec(edit, 1..4)
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut cs: Vec<char> = text.chars().collect();
    for e in edits {
        let n = cs.len().max(1);
        match *e {
            Edit::Insert(i, c) => cs.insert(i % (cs.len() + 1), c),
            Edit::Delete(i) if !cs.is_empty() => {
                cs.remove(i % n);
            }
            Edit::Replace(i, c) if !cs.is_empty() => cs[i % n] = c,
            Edit::Copy(a, len, b) if !cs.is_empty() => {
                let a = a % n;
                let stretch: Vec<char> = cs[a..(a + len).min(cs.len())].to_vec();
                let b = b % (cs.len() + 1);
                cs.splice(b..b, stretch);
            }
            _ => {}
        }
    }
    cs.into_iter().collect()
}

/// What the profile reader may do with any text: refuse it, or accept a JSON document and give
/// a profile that it writes and reads back unchanged.
fn check_document(text: &str) {
    match Profile::from_json_lenient(text, today()) {
        Ok((p, _)) => {
            assert!(
                serde_json::from_str::<serde_json::Value>(text).is_ok(),
                "accepted what serde_json refuses: {text:?}"
            );
            let (again, issues) = Profile::from_json_lenient(&p.to_json_string(), today())
                .unwrap_or_else(|e| panic!("cannot re-read its own output: {e:?}"));
            assert!(issues.is_empty(), "{issues:?}");
            assert_eq!(again, p);
        }
        // Refused: not JSON, or JSON that breaks the format's rules (repeated keys included,
        // which serde_json itself would read as last-wins). Either way it is said in both
        // languages.
        Err(e) => {
            assert!(!e.message(Lang::Zh).is_empty() && !e.message(Lang::En).is_empty());
        }
    }
}

/// What the fragment reader may do with any text: refuse it, or give a profile whose own link
/// reads back to the same profile.
/// Both ways of writing it: the compact `v=2` link and the readable `v=1` one.
fn check_fragment(text: &str) {
    if let Ok((p, _)) = Profile::from_fragment(text, today()) {
        for link in [p.to_fragment(), p.to_readable_fragment()] {
            let (again, issues) = Profile::from_fragment(&link, today()).unwrap();
            assert!(issues.is_empty(), "{text:?} → {link}: {issues:?}");
            assert_eq!(again, p, "{text:?} → {link}");
        }
    }
}

proptest! {
    #![proptest_config(config(2_000))]

    /// Every amount reads back from its link text, its digits in full width, and both ways it is
    /// shown to people (`50万元`, `¥500,000`).
    #[test]
    fn money_reads_back(amounts in batch(money())) {
        for d in amounts {
            let text = Value::Money(d).to_text();
            prop_assert_eq!(parse_money(&text), Ok(d), "{}", text);
            prop_assert_eq!(parse_money(&wide(&text)), Ok(d));
            for lang in [Lang::Zh, Lang::En] {
                let shown = format_yuan(d, lang);
                prop_assert_eq!(parse_money(&shown), Ok(d), "{}", shown);
            }
        }
    }

    /// Any typed text: an amount within the limits with at most two decimals, or a refusal.
    #[test]
    fn money_from_any_text(texts in batch(text_from(TYPED, 16))) {
        for t in texts {
            if let Ok(d) = parse_money(&t) {
                prop_assert!(d >= Decimal::ZERO && d <= Decimal::from(MAX_MONEY_YUAN), "{} → {}", t, d);
                prop_assert!(d.scale() <= 2, "{} → {}", t, d);
                prop_assert_eq!(parse_money(&d.to_string()), Ok(d));
            }
        }
    }

    #[test]
    fn counts_read_back(counts in batch(0..=MAX_COUNT)) {
        for n in counts {
            let plain = n.to_string();
            prop_assert_eq!(parse_count(&plain), Ok(n));
            prop_assert_eq!(parse_count(&wide(&plain)), Ok(n));
            prop_assert_eq!(parse_count(&format!("{plain}人")), Ok(n));
            let grouped = format_yuan(Decimal::from(n), Lang::En);
            prop_assert_eq!(parse_count(grouped.trim_start_matches('¥')), Ok(n), "{}", grouped);
        }
    }

    #[test]
    fn counts_from_any_text(texts in batch(text_from(TYPED, 16))) {
        for t in texts {
            if let Ok(n) = parse_count(&t) {
                prop_assert!((0..=MAX_COUNT).contains(&n), "{} → {}", t, n);
            }
        }
    }

    /// Every date reads back in each of the three spellings, and strictly as ISO.
    #[test]
    fn dates_read_back(dates in batch(date())) {
        for d in dates {
            let iso = d.to_string();
            prop_assert_eq!(parse_date(&iso), Ok(d));
            prop_assert_eq!(Date::parse_iso(&iso), Some(d));
            prop_assert_eq!(parse_date(&wide(&iso)), Ok(d));
            let chinese = format!("{}年{}月{}日", d.year(), d.month(), d.day());
            prop_assert_eq!(parse_date(&chinese), Ok(d), "{}", chinese);
            prop_assert_eq!(parse_date(&wide(&chinese.replace('日', "号"))), Ok(d));
            prop_assert_eq!(parse_date(&iso.replace('-', "")), Ok(d));
        }
    }

    /// Any typed text: a valid date written in one of the three spellings, or a refusal.
    #[test]
    fn dates_from_any_text(texts in batch(text_from(TYPED, 14))) {
        for t in texts {
            if let Ok(d) = parse_date(&t) {
                let core = t.trim();
                prop_assert!(
                    !core.contains(['/', '.', '．', '。', '+', ' ', ',']),
                    "accepted a separator outside the grammar: {:?}", t
                );
                prop_assert_eq!(parse_date(&d.to_string()), Ok(d));
            }
            if let Some(d) = Date::parse_iso(&t) {
                prop_assert_eq!(d.to_string(), t);
            }
        }
    }
}

proptest! {
    #![proptest_config(config(1_200))]

    /// Any profile: its document and its link read back to the same profile, without issues.
    #[test]
    fn profiles_read_back(profiles in prop::collection::vec(profile(), 32)) {
        for p in profiles {
            let (back, issues) = Profile::from_json_lenient(&p.to_json_string(), today()).unwrap();
            prop_assert!(issues.is_empty(), "{:?}", issues);
            prop_assert_eq!(&back, &p);
            for link in [p.to_fragment(), p.to_readable_fragment()] {
                let (back, issues) = Profile::from_fragment(&link, today()).unwrap();
                prop_assert!(issues.is_empty(), "{:?}", issues);
                prop_assert_eq!(&back, &p);
            }
        }
    }

    /// Written documents with a few characters changed, inserted, deleted or copied (which
    /// repeats keys): never a panic; accepted only if serde_json reads the text as JSON.
    #[test]
    fn damaged_documents(p in profile(), damage in prop::collection::vec(edits(JSONISH), 48)) {
        let text = p.to_json_string();
        for edits in damage {
            check_document(&apply(&text, &edits));
        }
    }

    /// Any short text from JSON's alphabet.
    #[test]
    fn any_text_as_a_document(texts in prop::collection::vec(text_from(JSONISH, 24), 96)) {
        for t in texts {
            check_document(&t);
            check_document(&format!("{{\"format\":\"yc-profile\",\"version\":2,\"answers\":{{{t}}}}}"));
        }
    }

    /// A key written twice, at any depth, refuses the document.
    #[test]
    fn repeated_keys_are_always_refused(p in profile(), at in any::<prop::sample::Index>()) {
        let text = p.to_json_string();
        let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
        let answers = doc["answers"].as_object().unwrap();
        if !answers.is_empty() {
            let (key, value) = answers.iter().nth(at.index(answers.len())).unwrap();
            let repeated = text.replacen("\"answers\": {", &format!("\"answers\": {{\n    \"{key}\": {value},"), 1);
            prop_assert_eq!(
                Profile::from_json_lenient(&repeated, today()),
                Err(LoadError::DuplicateKey(format!("answers.{key}")))
            );
        }
    }

    /// Written links with characters changed: never a panic, and what is read writes a link
    /// that reads back the same.
    #[test]
    fn damaged_links(p in profile(), damage in prop::collection::vec(edits(LINKISH), 32)) {
        let link = p.to_readable_fragment();
        for edits in damage {
            check_fragment(&apply(&link, &edits));
        }
    }

    /// The same for compact links: any change is refused or reads into answers that write and
    /// read back the same (a change the check byte cannot see must still be safe).
    #[test]
    fn damaged_compact_links(p in profile(), damage in prop::collection::vec(edits(BASE64ISH), 32)) {
        let link = p.to_fragment();
        check_fragment(&link);
        for edits in damage {
            check_fragment(&apply(&link, &edits));
        }
    }

    #[test]
    fn any_text_as_a_link(texts in batch(text_from(LINKISH, 40))) {
        for t in texts {
            check_fragment(&t);
            check_fragment(&format!("v=1&{t}"));
        }
    }

    #[test]
    fn any_text_as_a_compact_link(texts in batch(text_from(BASE64ISH, 60))) {
        for t in texts {
            check_fragment(&format!("v=2&p={t}"));
            check_fragment(&format!("#v=2&{t}"));
        }
    }
}

const LINKISH: &[char] = &[
    'v', '=', '1', '&', 'd', '#', '%', '2', '0', 'E', 'F', '+', '@', 'y', 'n', '-', '.', '万',
    '年', 'a', '_', ' ', '９',
];

/// The characters of compact links, and a few that break them.
const BASE64ISH: &[char] = &[
    'A', 'B', 'P', 'Q', 'g', 'w', 'z', '0', '1', '9', '-', '_', '+', '/', '=', '&', '%', ' ', 'p',
    'v', '万',
];

/// Every key and option code written in a link, with any value spelling, keeps the rest.
#[test]
fn every_fact_in_a_link_with_bad_values() {
    for def in FACT_DEFS {
        for bad in [
            "",
            "%",
            "%ZZ",
            "y@",
            "@2026",
            "-1",
            "1e5",
            "1万亿1",
            "２０２６年",
            "+",
        ] {
            let link = format!("v=1&sme=y&{}={bad}", def.fact.id());
            let (p, _) = Profile::from_fragment(&link, today()).unwrap();
            if def.fact != Fact::Sme {
                assert_eq!(p.bool(Fact::Sme), Some(true), "{link}");
            }
        }
    }
}
