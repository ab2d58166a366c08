//! A list's cell read as an answer, with the questionnaire's grammar and what spreadsheets add:
//! amounts as typed (`1,234.56`, `50万`, `1.2亿`, full-width digits; a bare number in the unit
//! its header names), dates as Excel serials or `2024/3/1`, `2024.3.1`, `2024年3月1日`,
//! `20240301`, `2024-03-01`; yes and no as 是/否, √/×, Y/N, 有/无, 1/0; an option by its code,
//! its label in either language, or a unique part of its Chinese label (`金凤` for 金凤区).
//! A blank cell is unanswered (`Ok(None)`), never "no".

use super::headers::MoneyUnit;
use crate::date::Date;
use crate::facts::{Fact, Kind};
use crate::input::{self, InputError};
use crate::profile::Value;

/// The answer a cell gives, `None` for a blank cell.
pub fn read(fact: Fact, raw: &str, unit: Option<MoneyUnit>) -> Result<Option<Value>, InputError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    if matches!(raw, "不确定" | "unsure") {
        return Ok(Some(Value::Unsure));
    }
    let def = fact.def();
    let value = match def.kind {
        Kind::Money => Value::Money(money(raw, unit)?),
        Kind::Count => Value::Count(input::parse_count(whole_number(raw))?),
        Kind::Score => Value::Count(input::parse_bounded(whole_number(raw), 0, 100)?),
        Kind::Date => Value::Date(date(raw)?),
        Kind::Bool | Kind::ThisYear => Value::Bool(yes_no(raw)?),
        Kind::Choice => Value::Choice(option(fact, raw)?),
        Kind::Set => {
            let mut codes = Vec::new();
            for part in raw
                .split(['、', ',', '，', ';', '；', '/', '|', '+'])
                .map(str::trim)
                .filter(|p| !p.is_empty())
            {
                let code = option(fact, part)?;
                if !codes.contains(&code) {
                    codes.push(code);
                }
            }
            // The profile's own order and checks: parsed as the link's text form.
            Value::parse_text(fact, &codes.join("+"))?
        }
    };
    Ok(Some(value))
}

/// An amount: with its own unit (`150万`, `1200元`) as written, a bare number in the header's unit
/// (yuan when the header names none).
fn money(raw: &str, unit: Option<MoneyUnit>) -> Result<rust_decimal::Decimal, InputError> {
    let has_unit = raw
        .chars()
        .any(|c| matches!(c, '元' | '十' | '百' | '千' | '万' | '亿'));
    match unit {
        Some(u) if !has_unit => input::parse_money(&format!("{raw}{}", u.suffix())),
        _ => input::parse_money(raw),
    }
}

/// A count as a spreadsheet may hold it: `120` or `120.0` (a number cell), never `120.5`.
fn whole_number(raw: &str) -> &str {
    raw.strip_suffix(".0").unwrap_or(raw)
}

/// Yes or no, as lists write it.
pub fn yes_no(raw: &str) -> Result<bool, InputError> {
    match raw.trim().to_lowercase().as_str() {
        "是" | "√" | "✓" | "✔" | "y" | "yes" | "true" | "1" | "有" | "对" => Ok(true),
        "否" | "×" | "✗" | "✘" | "x" | "n" | "no" | "false" | "0" | "无" | "不是" | "没有" => {
            Ok(false)
        }
        _ => Err(InputError::NotAnOption),
    }
}

/// An option by code, label (either language, any case), or a part of the Chinese label that
/// only one option has (`金凤` or `银川市金凤区` for 金凤区).
fn option(fact: Fact, raw: &str) -> Result<&'static str, InputError> {
    let options = fact.def().options;
    let lower = raw.to_lowercase();
    if let Some(o) = options.iter().find(|o| {
        o.code == lower
            || o.label.get(crate::text::Lang::Zh) == raw
            || o.label.get(crate::text::Lang::En).to_lowercase() == lower
    }) {
        return Ok(o.code);
    }
    let stem = |label: &str| {
        label
            .trim_end_matches(['区', '县', '市'])
            .split(['（', '('])
            .next()
            .unwrap_or("")
            .to_string()
    };
    let matches: Vec<&'static str> = options
        .iter()
        .filter(|o| {
            let label = stem(o.label.get(crate::text::Lang::Zh));
            label.chars().count() >= 2 && (raw.contains(&label) || label.contains(raw))
        })
        .map(|o| o.code)
        .collect();
    match matches.as_slice() {
        [only] if raw.chars().count() >= 2 => Ok(*only),
        _ => Err(InputError::NotAnOption),
    }
}

/// A date as lists hold it: an Excel serial (`45352`, `45352.5`), the forms the questionnaire
/// takes, or year, month and day separated by `/`, `.` or `-` (`2024/3/1`).
pub fn date(raw: &str) -> Result<Date, InputError> {
    let raw = raw.trim();
    let serial_like = raw.len() <= 9
        && raw.split_once('.').map_or(raw, |(whole, _)| whole).len() <= 5
        && raw.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && raw.bytes().filter(|&b| b == b'.').count() <= 1;
    if serial_like {
        // The time of day after the point is dropped.
        let whole = raw.split('.').next().unwrap_or("");
        let serial: i64 = whole.parse().map_err(|_| InputError::BadDate)?;
        let date = serial_date(serial).ok_or(InputError::BadDate)?;
        if !(crate::date::MIN_YEAR..=crate::date::MAX_YEAR).contains(&date.year()) {
            return Err(InputError::DateOutOfRange);
        }
        return Ok(date);
    }
    let parts: Vec<&str> = raw.split(['/', '.', '-']).collect();
    if let [y, m, d] = parts.as_slice() {
        let digits = |t: &str, min: usize, max: usize| {
            (min..=max).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
        };
        if digits(y, 4, 4) && digits(m, 1, 2) && digits(d, 1, 2) {
            // Only ASCII digits remain, so the parses cannot fail.
            let year: i32 = y.parse().map_err(|_| InputError::BadDate)?;
            if !(crate::date::MIN_YEAR..=crate::date::MAX_YEAR).contains(&year) {
                return Err(InputError::DateOutOfRange);
            }
            let month: u8 = m.parse().map_err(|_| InputError::BadDate)?;
            let day: u8 = d.parse().map_err(|_| InputError::BadDate)?;
            return Date::new(year, month, day).ok_or(InputError::BadDate);
        }
    }
    input::parse_date(raw)
}

/// The day an Excel serial names (the 1900 date system: 1 is 1900-01-01; Excel counts a
/// 1900-02-29 that never was, so serials from 61 are one day ahead of a plain count). The time
/// of day is the part after the point, not passed here. `None` below 1, at 60 (the day that never
/// was) or beyond 9999-12-31.
pub fn serial_date(serial: i64) -> Option<Date> {
    let days_since_1899_12_31 = match serial {
        1..=59 => serial,
        61..=2_958_465 => serial - 1,
        _ => return None,
    };
    // Days from 1970-01-01: 1899-12-31 is 25,568 days before it.
    let (y, m, d) = civil_from_days(days_since_1899_12_31 - 25_568);
    Date::new(y, m, d)
}

/// The proleptic Gregorian date `days` after 1970-01-01 (H. Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year as i32, month, day)
}
