//! Dated parameters: every amount, rate and date the rules use, each with its history, from
//! `policy/parameters.toml` (compiled in by the build script; see `docs/policy-data.md`).
//!
//! The value used for an assessment is the latest one whose `from` is on or before the assessment
//! date. A parameter with no value in force makes its card say "set by the year's application
//! guideline"; nothing here is ever guessed. Staff can try a draft (a newer guideline) without
//! changing the file: `yc-eval --params` in the command line, the guideline preview in the app.

#[cfg(feature = "draft-params")]
pub mod file;

use crate::date::Date;
use crate::text::Text;
use rust_decimal::Decimal;
use serde::Serialize;

/// What a parameter's value measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// An amount in yuan.
    Yuan,
    /// A rate in percent (10 means 10 %).
    Percent,
    /// Days of the year (`MM-DD`), e.g. batch cut-offs.
    MonthDays,
}

/// One dated value of the shipped file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dated {
    pub from: Date,
    /// The value as written in the file (checked by the build script).
    pub value: &'static str,
    pub source: &'static str,
    /// The value as the rules read it, read by the build script (never parsed at run time).
    pub parsed: Parsed,
}

/// A value of the shipped file, read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parsed {
    /// An amount, a rate or a count.
    Number(Decimal),
    /// Days of the year (month, day), in order.
    Days(&'static [(u8, u8)]),
    /// A points table: (bound, points), highest bound first.
    Bands(&'static [(Decimal, u32)]),
}

/// A parameter of the shipped file with its history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Def {
    pub id: &'static str,
    pub name: Text,
    pub unit: Unit,
    /// The clause of the reply that names it, where one does.
    pub clause: Option<&'static str>,
    /// Oldest first.
    pub values: &'static [Dated],
}

/// What a threshold of a national rule measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ThresholdUnit {
    /// An amount in yuan.
    Yuan,
    /// A share in percent (10 means 10 %).
    Percent,
    /// A whole number: people, points, years.
    Count,
    /// A points table: `bound:points` pairs from the highest bound down.
    Bands,
}

/// A threshold of a national rule (`[[threshold]]` in the file): a number a condition compares
/// with (`cond::Num::Param`), with its history. Not a guideline value: drafts do not change it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThresholdDef {
    pub id: &'static str,
    pub name: Text,
    pub unit: ThresholdUnit,
    /// Oldest first; never empty (the file check refuses a threshold without a value).
    pub values: &'static [Dated],
}

/// The id of a parameter or threshold of `policy/parameters.toml`. Only the build script makes
/// them (`params::id::HNTE_FIRST_CAP` …), one per entry of the file: code cannot name an id the
/// file does not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParamId(&'static str, u16);

impl PartialEq<&str> for ParamId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl std::fmt::Display for ParamId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl ParamId {
    /// The id as the file writes it.
    pub const fn as_str(self) -> &'static str {
        self.0
    }
}

include!(concat!(env!("OUT_DIR"), "/parameters.rs"));

/// The threshold with this id.
pub fn threshold_def(id: &str) -> Option<&'static ThresholdDef> {
    THRESHOLDS.iter().find(|d| d.id == id)
}

/// The value of a threshold in force on `date` (`None` before its first value, or for an
/// unknown id).
fn threshold_value(id: &str, date: Date) -> Option<&'static Dated> {
    values_on(threshold_def(id)?, date)
}

/// The value of a threshold in force on `date`, by its typed id: its position in `THRESHOLDS`,
/// no search (the build script writes each id with its entry's position; a test checks them).
fn threshold_value_of(id: ParamId, date: Date) -> Option<&'static Dated> {
    values_on(THRESHOLDS.get(usize::from(id.1))?, date)
}

fn values_on(def: &'static ThresholdDef, date: Date) -> Option<&'static Dated> {
    def.values.iter().rev().find(|v| v.from <= date)
}

/// The value of a threshold in force on `date`, as written (`None` before its first value, or
/// for an unknown id).
pub fn threshold_text(id: &str, date: Date) -> Option<&'static str> {
    threshold_value(id, date).map(|v| v.value)
}

/// A number threshold (yuan, percent or count) in force on `date`.
pub fn threshold(id: ParamId, date: Date) -> Option<Decimal> {
    match threshold_value_of(id, date)?.parsed {
        Parsed::Number(n) => Some(n),
        Parsed::Days(_) | Parsed::Bands(_) => None,
    }
}

/// A points table in force on `date`: (bound, points), highest bound first.
pub fn bands(id: ParamId, date: Date) -> Option<&'static [(Decimal, u32)]> {
    match threshold_value_of(id, date)?.parsed {
        Parsed::Bands(b) => Some(b),
        Parsed::Number(_) | Parsed::Days(_) => None,
    }
}

/// A dated value from a draft (owned, so it may come from a file or from what staff type).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftValue {
    pub from: Date,
    pub value: String,
    pub source: String,
}

/// Values that replace a parameter's history: a draft guideline.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Draft {
    /// (parameter id, its values oldest first); parameters not listed keep the shipped history.
    pub histories: Vec<(&'static str, Vec<DraftValue>)>,
}

/// One parameter as the evaluation uses it: the value in force on the assessment date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Parameter {
    pub id: &'static str,
    pub name: Text,
    pub unit: Unit,
    pub clause: Option<&'static str>,
    /// The value in force, for yuan and percent parameters.
    pub value: Option<Decimal>,
    /// The value in force as written (month-days too). Shared: an assessment copies the
    /// parameters it used into its results.
    pub text: Option<std::rc::Rc<str>>,
    /// The date the value applies from.
    pub as_of: Option<Date>,
    /// The document and clause the value comes from (shared, as `text`).
    pub source: Option<std::rc::Rc<str>>,
    /// Whether the value comes from a draft, not from the published file.
    pub draft: bool,
}

/// The shipped definition with this id.
pub fn def(id: &str) -> Option<&'static Def> {
    DEFS.iter().find(|d| d.id == id)
}

fn number(unit: Unit, text: &str) -> Option<Decimal> {
    match unit {
        Unit::Yuan | Unit::Percent => crate::input::plain_decimal(text),
        Unit::MonthDays => None,
    }
}

/// Every parameter with the value in force on `date`, from the shipped file.
pub fn in_force(date: Date) -> Vec<Parameter> {
    in_force_with(date, &Draft::default())
}

/// `in_force(date)`, kept for the last date asked: a screen of many enterprises, or every
/// keystroke of one, assesses on the same date, and the values are the same each time.
pub fn in_force_shared(date: Date) -> std::rc::Rc<[Parameter]> {
    use std::cell::RefCell;
    use std::rc::Rc;
    thread_local! {
        static LAST: RefCell<Option<(Date, Rc<[Parameter]>)>> = const { RefCell::new(None) };
    }
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        match &*last {
            Some((d, params)) if *d == date => Rc::clone(params),
            _ => {
                let params: Rc<[Parameter]> = in_force(date).into();
                *last = Some((date, Rc::clone(&params)));
                params
            }
        }
    })
}

/// Pairs of rate parameters where the first may never be above the second, because the text
/// says so: §2.1 "降低软件开发类企业的支持额度" (the software-firm rate is lower than the general one).
pub const NOT_ABOVE: &[(&str, &str)] = &[("rd_post_subsidy_software_rate", "rd_post_subsidy_rate")];

/// The draft values refused on `date` because they break a rule of the text (`NOT_ABOVE`): the
/// drafted parameter of each pair whose values in force would put the first above the second.
/// `in_force_with` leaves them out; the guideline preview shows the error next to the field.
pub fn draft_refusals(date: Date, draft: &Draft) -> Vec<(&'static str, crate::input::InputError)> {
    let params = in_force_raw(date, draft);
    let drafted = |id: &str| draft.histories.iter().any(|(d, _)| *d == id);
    let mut out = Vec::new();
    for (lower, upper) in NOT_ABOVE {
        let value = |id: &str| params.iter().find(|p| p.id == id).and_then(|p| p.value);
        if let (Some(l), Some(u)) = (value(lower), value(upper)) {
            if l > u {
                // The value typed last cannot be told apart: refuse the lower one where it is a
                // draft (that is where the text's rule lies), else the drafted upper one.
                let refused = if drafted(lower) { *lower } else { *upper };
                if drafted(refused) {
                    out.push((refused, crate::input::InputError::AboveGeneralRate));
                }
            }
        }
    }
    out
}

/// Every parameter with the value in force on `date`, a draft's histories replacing the shipped
/// ones where it gives them; a draft value refused by `draft_refusals` keeps the shipped history.
pub fn in_force_with(date: Date, draft: &Draft) -> Vec<Parameter> {
    let refused = draft_refusals(date, draft);
    if refused.is_empty() {
        return in_force_raw(date, draft);
    }
    let kept = Draft {
        histories: draft
            .histories
            .iter()
            .filter(|(id, _)| !refused.iter().any(|(r, _)| r == id))
            .cloned()
            .collect(),
    };
    in_force_raw(date, &kept)
}

fn in_force_raw(date: Date, draft: &Draft) -> Vec<Parameter> {
    DEFS.iter()
        .map(|def| {
            // The value in force as (from, value, source, number): the draft's, else the file's
            // (read by the build script).
            let drafted = draft.histories.iter().find(|(id, _)| *id == def.id);
            let current: Option<(Date, &str, &str, Option<Decimal>)> = match drafted {
                Some((_, values)) => values.iter().rev().find(|v| v.from <= date).map(|v| {
                    let n = number(def.unit, &v.value);
                    (v.from, v.value.as_str(), v.source.as_str(), n)
                }),
                None => def.values.iter().rev().find(|v| v.from <= date).map(|v| {
                    let n = match v.parsed {
                        Parsed::Number(n) => Some(n),
                        Parsed::Days(_) | Parsed::Bands(_) => None,
                    };
                    (v.from, v.value, v.source, n)
                }),
            };
            Parameter {
                id: def.id,
                name: def.name,
                unit: def.unit,
                clause: def.clause,
                value: current.and_then(|(_, _, _, n)| n),
                text: current.map(|(_, v, _, _)| std::rc::Rc::from(v)),
                as_of: current.map(|(from, _, _, _)| from),
                source: current.map(|(_, _, s, _)| std::rc::Rc::from(s)),
                draft: current.is_some() && drafted.is_some(),
            }
        })
        .collect()
}

/// Reads a draft parameters file (same format as `policy/parameters.toml`) strictly: every problem
/// the build would refuse, plus a parameter the engine does not know or with another unit.
#[cfg(feature = "draft-params")]
pub fn draft_from_file(file_name: &str, text: &str) -> Result<Draft, Vec<file::Problem>> {
    let checked = file::check(file_name, text)?;
    let mut problems = Vec::new();
    // The national rules' thresholds are not a guideline's to set: a draft may repeat them (a
    // copy of the published file), never change them.
    for t in &checked.thresholds {
        let published = threshold_def(&t.id).map(|d| {
            d.values
                .iter()
                .map(|v| (v.from.to_string(), v.value, v.source))
                .collect::<Vec<_>>()
        });
        let drafted: Vec<_> = t
            .values
            .iter()
            .map(|v| {
                let (y, m, d) = v.from;
                (
                    format!("{y:04}-{m:02}-{d:02}"),
                    v.value.as_str(),
                    v.source.as_str(),
                )
            })
            .collect();
        if published.as_ref() != Some(&drafted) {
            problems.push(file::Problem {
                file: file_name.to_string(),
                line: text
                    .find(&format!("id = \"{}\"", t.id))
                    .map_or(1, |at| text[..at].matches('\n').count() + 1),
                parameter: Some(t.id.clone()),
                message: "a threshold of a national rule is not a guideline value: a draft may \
                          only repeat the published one"
                    .into(),
            });
        }
    }
    let mut histories = Vec::new();
    for p in checked.parameters {
        let problem = |message: String| file::Problem {
            file: file_name.to_string(),
            line: text
                .find(&format!("id = \"{}\"", p.id))
                .map_or(1, |at| text[..at].matches('\n').count() + 1),
            parameter: Some(p.id.clone()),
            message,
        };
        let Some(known) = def(&p.id) else {
            problems.push(problem("the calculator has no such parameter".into()));
            continue;
        };
        let unit = match p.unit {
            file::UnitName::Yuan => Unit::Yuan,
            file::UnitName::Percent => Unit::Percent,
            file::UnitName::MonthDays => Unit::MonthDays,
            // The file check keeps these to thresholds.
            file::UnitName::Count | file::UnitName::Bands => continue,
        };
        if unit != known.unit {
            problems.push(problem(format!(
                "the unit differs from the published file's ({:?})",
                known.unit
            )));
            continue;
        }
        let values = p
            .values
            .into_iter()
            .filter_map(|v| {
                let (y, m, d) = v.from;
                Some(DraftValue {
                    from: Date::new(y, m, d)?,
                    value: v.value,
                    source: v.source,
                })
            })
            .collect();
        histories.push((known.id, values));
    }
    if problems.is_empty() {
        Ok(Draft { histories })
    } else {
        Err(problems)
    }
}

/// The amounts and rates (not dates) that the published file leaves without a value on `date`:
/// what a staff member may try in the guideline preview.
pub fn unset_on(date: Date) -> Vec<&'static Def> {
    DEFS.iter()
        .filter(|d| d.unit != Unit::MonthDays)
        .filter(|d| !d.values.iter().any(|v| v.from <= date))
        .collect()
}

/// The parameter with this id in a set.
pub fn find(params: &[Parameter], id: ParamId) -> Option<&Parameter> {
    // The values in force list the file's parameters in file order: the id's position first.
    match params.get(usize::from(id.1)) {
        Some(p) if p.id == id.as_str() => Some(p),
        _ => params.iter().find(|p| p.id == id.as_str()),
    }
}

/// The amount or rate in force for `id`, if any.
pub fn value(params: &[Parameter], id: ParamId) -> Option<Decimal> {
    find(params, id).and_then(|p| p.value)
}

/// The batch cut-offs in force (month, day), in order; `None` before any practice is recorded.
pub fn batch_cutoffs(params: &[Parameter]) -> Option<Vec<(u8, u8)>> {
    let text = find(params, id::BATCH_CUTOFFS)?.text.as_ref()?;
    text.split_whitespace()
        .map(|md| {
            let (m, d) = md.split_once('-')?;
            Some((m.parse().ok()?, d.parse().ok()?))
        })
        .collect()
}

#[cfg(test)]
mod tests;
