//! The parameters file (`policy/parameters.toml`): its format and its validation.
//!
//! This module stands alone (serde and toml only, nothing of the crate), because two programs use
//! it: the build script, which checks the shipped file and compiles it into the engine, and
//! `yc-eval --params`, which checks a draft file and evaluates with it. Every problem is reported
//! with the file, the line and the parameter, in words a non-programmer can act on.

use serde::Deserialize;
use std::collections::HashSet;
use std::fmt;
use toml::Spanned;

/// The whole file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFile {
    pub version: Spanned<String>,
    #[serde(rename = "parameter", default)]
    pub parameters: Vec<Spanned<RawParameter>>,
    /// The thresholds of the national rules the conditions compare with (`[[threshold]]`).
    #[serde(rename = "threshold", default)]
    pub thresholds: Vec<Spanned<RawParameter>>,
}

/// One `[[parameter]]` (or `[[threshold]]`) table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawParameter {
    pub id: String,
    pub zh: String,
    pub en: String,
    pub unit: Spanned<String>,
    /// The clause of the 2022 reply that names the parameter, where one does.
    #[serde(default)]
    pub clause: Option<String>,
    #[serde(default)]
    pub values: Vec<Spanned<RawValue>>,
}

/// One dated value.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawValue {
    pub from: String,
    pub value: String,
    #[serde(default)]
    pub source: Option<String>,
}

/// What a value measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitName {
    /// An amount in yuan, not negative, at most two decimals.
    Yuan,
    /// A rate from 0 to 100 (10 means 10 %).
    Percent,
    /// Days of the year, `MM-DD` separated by spaces, in order.
    MonthDays,
    /// A whole number, not negative: people, points, years (thresholds only).
    Count,
    /// A points table, `bound:points` pairs from the highest bound down, e.g. `"30:20 25:16"`:
    /// the first bound the figure reaches gives its points, below the last none (thresholds only).
    Bands,
}

impl UnitName {
    fn parse(s: &str) -> Option<UnitName> {
        match s {
            "yuan" => Some(UnitName::Yuan),
            "percent" => Some(UnitName::Percent),
            "month_days" => Some(UnitName::MonthDays),
            "count" => Some(UnitName::Count),
            "bands" => Some(UnitName::Bands),
            _ => None,
        }
    }
}

/// A checked dated value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedValue {
    /// (year, month, day).
    pub from: (i32, u8, u8),
    /// The value as written (a decimal number, or month-days), already checked.
    pub value: String,
    pub source: String,
}

/// A checked parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedParameter {
    pub id: String,
    pub zh: String,
    pub en: String,
    pub unit: UnitName,
    pub clause: Option<String>,
    /// Oldest first; the `from` dates strictly increase.
    pub values: Vec<CheckedValue>,
}

/// A checked file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedFile {
    pub version: String,
    pub parameters: Vec<CheckedParameter>,
    /// The `[[threshold]]` tables, in file order.
    pub thresholds: Vec<CheckedParameter>,
}

/// One problem in a parameters file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    /// The parameter concerned, where there is one.
    pub parameter: Option<String>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.parameter {
            Some(p) => write!(
                f,
                "{}:{}: parameter {p}: {}",
                self.file, self.line, self.message
            ),
            None => write!(f, "{}:{}: {}", self.file, self.line, self.message),
        }
    }
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .map_or(1, |before| before.matches('\n').count() + 1)
}

/// `YYYY-MM-DD`, a real date between 1900 and 2200.
fn parse_date(s: &str) -> Option<(i32, u8, u8)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits =
        |r: std::ops::Range<usize>| s.get(r).filter(|p| p.bytes().all(|c| c.is_ascii_digit()));
    let y: i32 = digits(0..4)?.parse().ok()?;
    let m: u8 = digits(5..7)?.parse().ok()?;
    let d: u8 = digits(8..10)?.parse().ok()?;
    (1900..=2200).contains(&y).then_some(())?;
    (d >= 1 && d <= days_in_month(y, m)?).then_some((y, m, d))
}

fn days_in_month(y: i32, m: u8) -> Option<u8> {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    Some(match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    })
}

/// A plain decimal: digits, at most one point, at most `max_decimals` after it.
fn is_decimal(s: &str, max_decimals: usize) -> bool {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
        && frac.len() <= max_decimals
        && frac.is_empty() != s.contains('.')
        && int.len() <= 13
}

/// Checks a value against its unit; `Err` says why in plain words.
fn check_value(unit: UnitName, value: &str) -> Result<(), String> {
    match unit {
        UnitName::Yuan => {
            if value.starts_with('-') {
                Err(format!("the amount {value:?} is negative"))
            } else if !is_decimal(value, 2) {
                Err(format!(
                    "the amount {value:?} is not a number of yuan (write digits, e.g. \"500000\" or \"1234.5\")"
                ))
            } else {
                Ok(())
            }
        }
        UnitName::Percent => {
            let outside = || Err(format!("the rate {value:?} lies outside 0–100 %"));
            if value.starts_with('-') {
                return outside();
            }
            if !is_decimal(value, 4) {
                return Err(format!(
                    "the rate {value:?} is not a percentage (write e.g. \"10\" for 10 %)"
                ));
            }
            let (int, frac) = value.split_once('.').unwrap_or((value, ""));
            let whole: u64 = int.parse().unwrap_or(u64::MAX);
            if whole > 100 || (whole == 100 && frac.bytes().any(|b| b != b'0')) {
                outside()
            } else {
                Ok(())
            }
        }
        UnitName::MonthDays => {
            let mut last = (0u8, 0u8);
            let parts: Vec<&str> = value.split_whitespace().collect();
            if parts.is_empty() {
                return Err("no dates given (write e.g. \"04-30 09-30\")".into());
            }
            for part in parts {
                let md = part
                    .split_once('-')
                    .filter(|(m, d)| m.len() == 2 && d.len() == 2)
                    .and_then(|(m, d)| Some((m.parse::<u8>().ok()?, d.parse::<u8>().ok()?)))
                    .filter(|&(m, d)| d >= 1 && days_in_month(2023, m).is_some_and(|n| d <= n));
                match md {
                    None => return Err(format!("{part:?} is not a day of the year as MM-DD")),
                    Some(md) if md <= last => {
                        return Err(format!("{part:?} is not after the date before it"))
                    }
                    Some(md) => last = md,
                }
            }
            Ok(())
        }
        UnitName::Count => {
            if value.is_empty() || value.len() > 12 || !value.bytes().all(|b| b.is_ascii_digit()) {
                Err(format!(
                    "{value:?} is not a whole number (write digits, e.g. \"500\")"
                ))
            } else {
                Ok(())
            }
        }
        UnitName::Bands => {
            let mut last: Option<u128> = None;
            let pairs: Vec<&str> = value.split_whitespace().collect();
            if pairs.is_empty() {
                return Err("no bands given (write e.g. \"30:20 25:16\")".into());
            }
            for pair in pairs {
                let bound = pair
                    .split_once(':')
                    .filter(|(b, pts)| {
                        is_decimal(b, 4)
                            && !pts.is_empty()
                            && pts.len() <= 6
                            && pts.bytes().all(|c| c.is_ascii_digit())
                    })
                    .and_then(|(b, _)| scaled(b));
                match bound {
                    None => {
                        return Err(format!(
                            "{pair:?} is not a band as bound:points (e.g. \"30:20\")"
                        ))
                    }
                    Some(b) if last.is_some_and(|l| b >= l) => {
                        return Err(format!(
                        "{pair:?} is not below the band before it (list the highest bound first)"
                    ))
                    }
                    Some(b) => last = Some(b),
                }
            }
            Ok(())
        }
    }
}

/// Reads and checks a parameters file. `file` names it in the messages. Returns every problem
/// found, not only the first.
/// Rate parameters where the first may never be above the second, because the text says so
/// (the same pairs as `params::NOT_ABOVE`; a test keeps them equal), with the reason.
pub const NOT_ABOVE: &[(&str, &str, &str)] = &[(
    "rd_post_subsidy_software_rate",
    "rd_post_subsidy_rate",
    "yc2022-029 §2.1 says 降低软件开发类企业的支持额度 (software firms get less)",
)];

/// A checked decimal (at most 4 decimals) as an integer of ten-thousandths, for comparing.
fn scaled(value: &str) -> Option<u128> {
    let (int, frac) = value.split_once('.').unwrap_or((value, ""));
    if frac.len() > 4 {
        return None;
    }
    let int: u128 = int.parse().ok()?;
    let frac: u128 = format!("{frac:0<4}").parse().ok()?;
    int.checked_mul(10_000)?.checked_add(frac)
}

pub fn check(file: &str, text: &str) -> Result<CheckedFile, Vec<Problem>> {
    let problem = |offset: usize, parameter: Option<&str>, message: String| Problem {
        file: file.to_string(),
        line: line_of(text, offset),
        parameter: parameter.map(str::to_string),
        message,
    };
    let raw: RawFile = toml::from_str(text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        vec![problem(offset, None, e.message().to_string())]
    })?;
    let mut problems = Vec::new();
    if raw.version.get_ref().trim().is_empty() {
        problems.push(problem(
            raw.version.span().start,
            None,
            "the version is empty".into(),
        ));
    }
    let mut seen = HashSet::new();
    let mut parameters = Vec::new();
    let mut thresholds = Vec::new();
    let tables = raw.parameters.iter().map(|p| (p, false));
    for (spanned, threshold) in tables.chain(raw.thresholds.iter().map(|p| (p, true))) {
        let at = spanned.span().start;
        let p = spanned.get_ref();
        let id = p.id.as_str();
        if id.is_empty()
            || !id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            problems.push(problem(
                at,
                Some(id),
                "the id must be lower-case letters, digits and _".into(),
            ));
        }
        if !seen.insert(id.to_string()) {
            problems.push(problem(at, Some(id), "this id is used twice".into()));
        }
        if p.zh.trim().is_empty() || p.en.trim().is_empty() {
            problems.push(problem(
                at,
                Some(id),
                "the meaning must be given in Chinese (zh) and English (en)".into(),
            ));
        }
        // A guideline parameter is an amount, a rate or dates; a threshold of a national rule is
        // an amount, a rate, a whole number or a points table.
        let unit = UnitName::parse(p.unit.get_ref()).filter(|u| {
            if threshold {
                !matches!(u, UnitName::MonthDays)
            } else {
                !matches!(u, UnitName::Count | UnitName::Bands)
            }
        });
        let Some(unit) = unit else {
            let allowed = if threshold {
                "\"yuan\", \"percent\", \"count\" or \"bands\""
            } else {
                "\"yuan\", \"percent\" or \"month_days\""
            };
            problems.push(problem(
                p.unit.span().start,
                Some(id),
                format!("unknown unit {:?} (use {allowed})", p.unit.get_ref()),
            ));
            continue;
        };
        if threshold && p.values.is_empty() {
            problems.push(problem(
                at,
                Some(id),
                "a threshold needs a value: the national rule's number, with its source".into(),
            ));
        }
        let values = check_values(&p.values, id, unit, &problem, &mut problems);
        let checked = CheckedParameter {
            id: id.to_string(),
            zh: p.zh.trim().to_string(),
            en: p.en.trim().to_string(),
            unit,
            clause: p.clause.clone(),
            values,
        };
        if threshold {
            thresholds.push(checked);
        } else {
            parameters.push(checked);
        }
    }
    check_not_above(text, &parameters, &problem, &mut problems);
    if problems.is_empty() {
        Ok(CheckedFile {
            version: raw.version.get_ref().trim().to_string(),
            parameters,
            thresholds,
        })
    } else {
        Err(problems)
    }
}

type MakeProblem<'a> = dyn Fn(usize, Option<&str>, String) -> Problem + 'a;

/// A parameter's dated values, checked: real dates, oldest first, a value in its unit, a source.
fn check_values(
    raw: &[Spanned<RawValue>],
    id: &str,
    unit: UnitName,
    problem: &MakeProblem,
    problems: &mut Vec<Problem>,
) -> Vec<CheckedValue> {
    let mut values = Vec::new();
    let mut last: Option<(i32, u8, u8)> = None;
    for v in raw {
        let at = v.span().start;
        let raw_value = v.get_ref();
        let Some(from) = parse_date(&raw_value.from) else {
            problems.push(problem(
                at,
                Some(id),
                format!(
                    "the date {:?} is not a real date as YYYY-MM-DD",
                    raw_value.from
                ),
            ));
            continue;
        };
        if last.is_some_and(|l| from <= l) {
            problems.push(problem(
                at,
                Some(id),
                format!(
                    "the date {} is not after the value before it (list values oldest first)",
                    raw_value.from
                ),
            ));
        }
        last = Some(from);
        if let Err(why) = check_value(unit, raw_value.value.trim()) {
            problems.push(problem(at, Some(id), why));
        }
        let source = raw_value
            .source
            .as_deref()
            .map(str::trim)
            .unwrap_or_default();
        if source.is_empty() {
            problems.push(problem(
                at,
                Some(id),
                "the value has no source (name the document and the clause, e.g. \"银科发〔2027〕5号 第三条\")".into(),
            ));
        }
        values.push(CheckedValue {
            from,
            value: raw_value.value.trim().to_string(),
            source: source.to_string(),
        });
    }
    values
}

/// The pairs of rates where one may not be above the other (`NOT_ABOVE`), on every day a value
/// of either starts.
fn check_not_above(
    text: &str,
    parameters: &[CheckedParameter],
    problem: &MakeProblem,
    problems: &mut Vec<Problem>,
) {
    for (lower, upper, why) in NOT_ABOVE {
        let find = |id: &str| parameters.iter().find(|p: &&CheckedParameter| p.id == id);
        let (Some(l), Some(u)) = (find(lower), find(upper)) else {
            continue;
        };
        let at = |p: &CheckedParameter, day: (i32, u8, u8)| {
            p.values
                .iter()
                .rev()
                .find(|v| v.from <= day)
                .and_then(|v| scaled(&v.value))
        };
        let days = l.values.iter().chain(&u.values).map(|v| v.from);
        if let Some(day) = days
            .filter(|day| at(l, *day).zip(at(u, *day)).is_some_and(|(a, b)| a > b))
            .min()
        {
            problems.push(problem(
                text.find(&format!("id = \"{lower}\"")).unwrap_or(0),
                Some(lower),
                format!(
                    "from {}-{:02}-{:02} the rate is above {upper}'s, though {why}",
                    day.0, day.1, day.2
                ),
            ));
        }
    }
}
