//! What the views read from the state: the mapping's ids, each row's verdicts, district and
//! nearest deadline, and the summary's counts, total and smallest changes.

use super::Screening;
use rust_decimal::Decimal;
use yc_engine::catalogue::{Programme, CATALOGUE};
use yc_engine::eval::{Assessment, StatusKind, When};
use yc_engine::list::{self, headers::Target};
use yc_engine::profile::Value;
use yc_engine::{Date, Fact, Lang};

/// A mapping target's id as the mapping select and the device's memory write it.
pub fn target_id(target: Target) -> &'static str {
    match target {
        Target::Name => "name",
        Target::CreditCode => "credit_code",
        Target::Fact(f) => f.id(),
    }
}

pub fn target_from_id(id: &str) -> Option<Target> {
    match id {
        "name" => Some(Target::Name),
        "credit_code" => Some(Target::CreditCode),
        _ => Fact::from_id(id).map(Target::Fact),
    }
}

/// A programme's verdict for a row.
pub fn verdict(a: &Assessment, programme: &str) -> Option<StatusKind> {
    a.results
        .iter()
        .find(|r| r.programme.id == programme)
        .map(|r| r.status.kind())
}

pub fn eligible_count(a: &Assessment) -> usize {
    a.results
        .iter()
        .filter(|r| r.status.kind() == StatusKind::Eligible)
        .count()
}

/// The district a row names (its `location` answer's option code).
pub fn district(row: &list::Row) -> Option<&'static str> {
    match row.profile.get(Fact::Location) {
        Some(Value::Choice(code)) => Some(code),
        _ => None,
    }
}

/// The nearest date by which the enterprise must act on a programme it can apply for now: the
/// next batch cut-off, or the end of a support period whose last cut-off has passed.
pub fn nearest_deadline(a: &Assessment) -> Option<Date> {
    a.results
        .iter()
        .filter(|r| r.status.kind() == StatusKind::Eligible)
        .filter_map(|r| match r.next_step.when {
            When::Cutoff { date } => Some(date),
            When::LastBatchPassed { ends } => Some(ends),
            _ => None,
        })
        .min()
}

/// Per programme, how many rows have each verdict (in `StatusKind::ALL`'s order). One pass over
/// every row's results (a result names its programme, a `&'static` entry of the catalogue).
pub fn counts(s: &Screening) -> Vec<(&'static Programme, [usize; 5])> {
    let mut n = vec![[0usize; 5]; CATALOGUE.len()];
    for a in s.assessments() {
        for r in &a.results {
            let programme = CATALOGUE.iter().position(|p| std::ptr::eq(p, r.programme));
            let slot = StatusKind::ALL.iter().position(|&x| x == r.status.kind());
            if let (Some(p), Some(slot)) = (programme, slot) {
                n[p][slot] += 1;
            }
        }
    }
    CATALOGUE.iter().zip(n).collect()
}

/// The sum of the rows' known maxima (`None` beyond what a decimal holds, never wrapped).
pub fn total_known(s: &Screening) -> Option<Decimal> {
    s.assessments()
        .try_fold(Decimal::ZERO, |sum, a| sum.checked_add(a.known_maximum))
}

/// The smallest changes that would open a programme, each with how many enterprises it would
/// help, most first: "12 enterprises would qualify with 研发费用 > 0". A row counts once per
/// change however many programmes that change opens.
pub fn smallest_changes(s: &Screening, lang: Lang) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    for a in s.assessments() {
        let mut seen: Vec<String> = Vec::new();
        for r in &a.results {
            let Some(change) = &r.smallest_change else {
                continue;
            };
            let words: Vec<String> = change
                .changes
                .iter()
                .map(|c| yc_calculator::format::change_text(c, lang))
                .collect();
            let key = words.join(t!(summary.and).get(lang));
            if !seen.contains(&key) {
                seen.push(key);
            }
        }
        for key in seen {
            match out.iter_mut().find(|(k, _)| *k == key) {
                Some((_, n)) => *n += 1,
                None => out.push((key, 1)),
            }
        }
    }
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}
