//! Turning what people type into typed values: money, counts, scores and dates.
//!
//! Shared by the app, the command-line evaluator and (later) batch import, so every channel accepts
//! the same spellings and gives the same messages. Accepted: surrounding and inner spaces, full-width
//! digits and punctuation, thousands separators, the units 元, 万 and 亿. Never a float.

use crate::date::{Date, MAX_YEAR, MIN_YEAR};
use crate::text::Lang;
use crate::{say, t};
use rust_decimal::Decimal;
use serde::Serialize;

/// The largest amount of money accepted: one trillion yuan (1万亿元). Anything larger is a typo.
pub const MAX_MONEY_YUAN: i64 = 1_000_000_000_000;
/// The largest count accepted (people, patents, talents): ten million.
pub const MAX_COUNT: i64 = 10_000_000;
/// Inputs longer than this are rejected before any parsing.
pub const MAX_INPUT_CHARS: usize = 40;

/// Why a typed value was refused. Each has a message in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum InputError {
    Empty,
    TooLong,
    NotANumber,
    NotACount,
    Negative,
    TooManyDecimals,
    NotWhole,
    TooLarge {
        max: String,
    },
    OutOfRange {
        min: i64,
        max: i64,
    },
    BadDate,
    DateOutOfRange,
    NotAnOption,
    WrongType,
    /// Two plausible readings (`1万20000`: 30,000 or 12,000); both are shown.
    Ambiguous {
        readings: [String; 2],
    },
    /// Units out of order or a later part as large as the unit before it (`1万50千`).
    UnitOrder,
    /// A yes/no about a year written wrongly: not `y@2026` in a link, not
    /// `{"answer": true, "year": 2026}` in a document.
    BadYear,
    /// Not a percentage from 0 to 100.
    NotAPercent,
    /// A guideline rate above the one the text says it must stay below (§2.1: the software-firm
    /// rate is "降低", lower than the general rate).
    AboveGeneralRate,
}

impl InputError {
    /// A short message for the person who typed the value.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            InputError::Empty => t!(input.error.empty).get(lang).into(),
            InputError::TooLong => t!(input.error.too_long).get(lang).into(),
            InputError::NotANumber => t!(input.error.not_a_number).get(lang).into(),
            InputError::NotACount => t!(input.error.not_a_count).get(lang).into(),
            InputError::Negative => t!(input.error.negative).get(lang).into(),
            InputError::TooManyDecimals => t!(input.error.too_many_decimals).get(lang).into(),
            InputError::NotWhole => t!(input.error.not_whole).get(lang).into(),
            InputError::TooLarge { max } => say!(lang, input.error.too_large, max),
            InputError::OutOfRange { min, max } => say!(lang, input.error.out_of_range, min, max),
            InputError::BadDate => t!(input.error.bad_date).get(lang).into(),
            InputError::DateOutOfRange => say!(
                lang,
                input.error.date_out_of_range,
                min_year = MIN_YEAR,
                max_year = MAX_YEAR
            ),
            InputError::NotAnOption => t!(input.error.not_an_option).get(lang).into(),
            InputError::WrongType => t!(input.error.wrong_type).get(lang).into(),
            InputError::Ambiguous { readings: [a, b] } => say!(lang, input.error.ambiguous, a, b),
            InputError::NotAPercent => t!(input.error.not_a_percent).get(lang).into(),
            InputError::AboveGeneralRate => t!(input.error.above_general_rate).get(lang).into(),
            InputError::UnitOrder => t!(input.error.unit_order).get(lang).into(),
            InputError::BadYear => t!(input.error.bad_year).get(lang).into(),
        }
    }
}

/// Maps full-width characters and Chinese punctuation to their ASCII forms, drops spaces and a
/// leading currency sign, and keeps commas (checked as thousands separators later).
fn normalise(raw: &str) -> Result<String, InputError> {
    if raw.chars().count() > MAX_INPUT_CHARS {
        return Err(InputError::TooLong);
    }
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        let c = match c {
            '\u{FF10}'..='\u{FF19}' => char::from(b'0' + (c as u32 - 0xFF10) as u8),
            '\u{FF0E}' | '。' => '.',
            '\u{FF0D}' | '\u{2212}' | '\u{2013}' | '\u{2014}' => '-',
            '\u{FF0B}' => '+',
            '\u{FF0C}' => ',',
            '\u{FFE5}' | '\u{A5}' if out.is_empty() => continue,
            c if c.is_whitespace() => continue,
            c => c,
        };
        out.push(c);
    }
    Ok(out)
}

/// The most decimal places accepted before units are applied (`1.23456789万` is fine; a string
/// of thirty decimals is a typo, not an amount).
const MAX_TYPED_DECIMALS: usize = 8;

/// Parses a non-negative decimal number of ASCII digits, at most one point, and optional commas
/// that must group the integer part by thousands (`1,234,567.5`; not `12,5`).
fn parse_plain(s: &str) -> Result<Decimal, InputError> {
    let s = s.strip_prefix('+').unwrap_or(s);
    if let Some(rest) = s.strip_prefix('-') {
        if !rest.is_empty() && parse_plain(rest).is_ok() {
            return Err(InputError::Negative);
        }
        return Err(InputError::NotANumber);
    }
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let int_ok = if int.is_empty() {
        frac.is_some() // ".5"
    } else if int.contains(',') {
        let groups: Vec<&str> = int.split(',').collect();
        groups[0].len() <= 3
            && groups.iter().all(|g| digits(g))
            && groups[1..].iter().all(|g| g.len() == 3)
    } else {
        digits(int)
    };
    if !int_ok || frac.is_some_and(|f| !digits(f)) {
        return Err(InputError::NotANumber);
    }
    if frac.is_some_and(|f| f.len() > MAX_TYPED_DECIMALS) {
        return Err(InputError::TooManyDecimals);
    }
    plain_decimal(&s.replace(',', "")).ok_or_else(too_large)
}

/// A plain decimal of ASCII digits with at most one point (`1500`, `0.15`, `.5`) and an optional
/// leading minus, read exactly with the point's scale kept (`1.50` has two places), as
/// `Decimal::from_str` reads it; `None` when it is not one or does not fit a `Decimal`. No
/// exponent: `from_str` brings a scientific-notation parser (about 10 KB of Wasm) that nothing here
/// reads.
pub fn plain_decimal(text: &str) -> Option<Decimal> {
    let (negative, s) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let mut mantissa: i128 = 0;
    for b in int.bytes().chain(frac.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        mantissa = mantissa
            .checked_mul(10)?
            .checked_add(i128::from(b - b'0'))?;
    }
    let scale = u32::try_from(frac.len()).ok()?;
    let signed = if negative { -mantissa } else { mantissa };
    Decimal::try_from_i128_with_scale(signed, scale).ok()
}

fn too_large() -> InputError {
    InputError::TooLarge {
        max: "1万亿 (1,000,000,000,000)".into(),
    }
}

/// The units people write after a number, as powers of ten: 十 百 千 万 亿 and their compounds
/// (十万 百万 千万, 十亿 百亿 千亿, 万亿).
fn unit_exponent(unit: &str) -> Option<u32> {
    Some(match unit {
        "十" => 1,
        "百" => 2,
        "千" => 3,
        "万" => 4,
        "十万" => 5,
        "百万" => 6,
        "千万" => 7,
        "亿" => 8,
        "十亿" => 9,
        "百亿" => 10,
        "千亿" => 11,
        "万亿" => 12,
        _ => return None,
    })
}

fn is_unit_char(c: char) -> bool {
    matches!(c, '十' | '百' | '千' | '万' | '亿')
}

/// A number followed by its unit (`exp` = 0 for a bare number).
struct Term<'a> {
    number: &'a str,
    exp: u32,
}

/// Splits `1亿2000万5` into terms: (1, 亿), (2000, 万), (5, bare).
fn terms(s: &str) -> Result<Vec<Term<'_>>, InputError> {
    let mut out = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        let number_end = rest.find(is_unit_char).unwrap_or(rest.len());
        let (number, after) = rest.split_at(number_end);
        if number.is_empty() {
            return Err(InputError::NotANumber);
        }
        let unit_end = after
            .find(|c: char| !is_unit_char(c))
            .unwrap_or(after.len());
        let (unit, next) = after.split_at(unit_end);
        let exp = if unit.is_empty() {
            0
        } else {
            unit_exponent(unit).ok_or(InputError::NotANumber)?
        };
        out.push(Term { number, exp });
        rest = next;
    }
    Ok(out)
}

/// Parses a number with the units people write, by the grammar in `docs/profile.md`:
/// `3.5万`, `1.2亿`, `5千万`, `1万亿`, `1亿2000万`, `1万5千`, and the spoken shortening `1万2`
/// (一万二 = 12,000) or `1亿2` (一亿二 = 120,000,000). Units go from large to small and each later
/// part is smaller than the unit before it. Forms with two plausible readings (`1万20000`,
/// `1.5万5千`, `1亿2000`) are refused with both readings. All arithmetic is checked.
fn parse_units(s: &str) -> Result<Decimal, InputError> {
    let terms = terms(s)?;
    let Some((first, later)) = terms.split_first() else {
        return Err(InputError::NotANumber);
    };
    let head = parse_plain(first.number)?;
    // The sums are of whole numbers counted in the head's last decimal place (10^-scale): a
    // later part is whole, so nothing is lost. Checked, and the result must fit a `Decimal`.
    let scale = head.scale();
    let times_ten_to = |n: i128, exp: u32| {
        10_i128
            .checked_pow(exp)
            .and_then(|p| n.checked_mul(p))
            .ok_or_else(too_large)
    };
    let add = |a: i128, b: i128| a.checked_add(b).ok_or_else(too_large);
    let decimal = |n: i128| Decimal::try_from_i128_with_scale(n, scale).map_err(|_| too_large());
    let m = head.mantissa();
    let mut total = times_ten_to(m, first.exp)?;
    if later.is_empty() {
        return decimal(total);
    }
    if first.exp == 0 {
        return Err(InputError::NotANumber);
    }
    // The reading that drops a decimal point typed before more parts (`1.5万5千` read as 1万5千).
    let one = times_ten_to(1, scale)?;
    let mut whole_head = times_ten_to(m / one * one, first.exp)?;
    let mut prev_exp = first.exp;
    for (i, term) in later.iter().enumerate() {
        if !term.number.bytes().all(|b| b.is_ascii_digit()) {
            return Err(InputError::NotANumber);
        }
        // Digits only, so a whole number.
        let n = parse_plain(term.number)?.mantissa();
        let part = if term.exp == 0 {
            // A bare number after the last unit: `1万2` (一万二) continues the digits, `1万2000`
            // fills the places below the unit; anything else could mean either.
            if i + 1 != later.len() {
                return Err(InputError::NotANumber);
            }
            let digits = u32::try_from(term.number.len()).map_err(|_| InputError::TooLong)?;
            let continued = if digits <= prev_exp {
                times_ten_to(n, prev_exp - digits)?
            } else {
                parse_plain(&term.number[..prev_exp as usize])?.mantissa()
            };
            if digits != 1 && digits != prev_exp {
                let reading = |part: i128| decimal(add(total, times_ten_to(part, scale)?)?);
                return Err(ambiguous(reading(n)?, reading(continued)?));
            }
            if digits == 1 {
                continued
            } else {
                n
            }
        } else {
            let value = times_ten_to(n, term.exp)?;
            if term.exp >= prev_exp || value >= times_ten_to(1, prev_exp)? {
                return Err(InputError::UnitOrder);
            }
            prev_exp = term.exp;
            value
        };
        let part = times_ten_to(part, scale)?;
        total = add(total, part)?;
        whole_head = add(whole_head, part)?;
    }
    if m % one != 0 {
        return Err(ambiguous(decimal(total)?, decimal(whole_head)?));
    }
    decimal(total)
}

fn ambiguous(one: Decimal, other: Decimal) -> InputError {
    InputError::Ambiguous {
        readings: [
            group_thousands(&one.normalize().to_string()),
            group_thousands(&other.normalize().to_string()),
        ],
    }
}

/// Parses an amount of money in yuan, as people type it. Empty text is `Err(Empty)`: the caller
/// decides whether that means "not answered".
pub fn parse_money(raw: &str) -> Result<Decimal, InputError> {
    let s = normalise(raw)?;
    let s = s.strip_suffix('元').unwrap_or(&s);
    if s.is_empty() {
        return Err(InputError::Empty);
    }
    let yuan = parse_units(s)?.normalize();
    if yuan > Decimal::from(MAX_MONEY_YUAN) {
        return Err(too_large());
    }
    if yuan.scale() > 2 {
        return Err(InputError::TooManyDecimals);
    }
    Ok(yuan)
}

/// Parses an amount typed into a field whose unit is 万元 (the default of money fields: people
/// think in 万元, and a phone keypad has no 万 key): a bare number is read in 万元 (`150` is
/// 1,500,000 yuan); a number with its own unit (`150元`, `3500万`, `1.2亿`) keeps it.
pub fn parse_money_in_wan(raw: &str) -> Result<Decimal, InputError> {
    let has_unit = raw
        .chars()
        .any(|c| matches!(c, '元' | '十' | '百' | '千' | '万' | '亿'));
    if has_unit || raw.trim().is_empty() {
        parse_money(raw)
    } else {
        parse_money(&format!("{}万", raw.trim()))
    }
}

/// Whether an amount is implausibly small for a field that holds a year's business figure (a
/// revenue of 150 yuan is almost surely 150万元 typed in yuan): the app warns, never refuses.
pub fn implausibly_small(fact: crate::facts::Fact, yuan: Decimal) -> bool {
    fact.def().business_figure && yuan > Decimal::ZERO && yuan < Decimal::from(PLAUSIBLE_MIN_YUAN)
}

/// Below this many yuan, a year's business figure is taken as a unit slip (a warning only).
pub const PLAUSIBLE_MIN_YUAN: i64 = 1_000;

/// From this many digits before the decimal point, a bare number typed into a field read in 万元
/// looks like a ledger figure in yuan: `2600000` would be read as 2,600,000万元 (260亿元).
pub const YUAN_LOOKING_DIGITS: usize = 6;

/// What the yuan reading of `raw` would be, when `raw` is a bare number (no unit; separators
/// and full-width digits allowed) with at least [`YUAN_LOOKING_DIGITS`] digits before its decimal
/// point: the amount a person most likely meant when typing a ledger figure into a field read in
/// 万元. The app warns before moving on and offers that reading in one tap; it never refuses.
pub fn yuan_looking(raw: &str) -> Option<Decimal> {
    let s = normalise(raw).ok()?;
    let bare = s.trim();
    if bare.is_empty()
        || !bare
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ' '))
    {
        return None;
    }
    let whole = bare.split('.').next()?.trim_start_matches(['0', ',', ' ']);
    let digits = whole.chars().filter(char::is_ascii_digit).count();
    if digits < YUAN_LOOKING_DIGITS {
        return None;
    }
    parse_money(bare).ok()
}

/// Parses a whole count (people, patents, talents, a score). `万` is accepted, and a trailing
/// measure word (人, 名, 位, 个, 项, 件, 家, 分); decimals are not.
pub fn parse_count(raw: &str) -> Result<i64, InputError> {
    let s = normalise(raw)?;
    let s = s
        .strip_suffix(['人', '名', '位', '个', '项', '件', '家', '分'])
        .unwrap_or(&s);
    if s.is_empty() {
        return Err(InputError::Empty);
    }
    let count_too_large = || InputError::TooLarge {
        max: MAX_COUNT.to_string(),
    };
    let value = match parse_units(s) {
        Err(InputError::NotANumber) => return Err(InputError::NotACount),
        Err(InputError::TooLarge { .. }) => return Err(count_too_large()),
        other => other?.normalize(),
    };
    if value.scale() > 0 {
        return Err(InputError::NotWhole);
    }
    if value > Decimal::from(MAX_COUNT) {
        return Err(count_too_large());
    }
    i64::try_from(value).map_err(|_| InputError::NotACount)
}

/// Parses a percentage from 0 to 100 as people type it: `10`, `12.5%`, `１０％`; at most four
/// decimal places. The value is the number of percent (`10` means 10 %).
pub fn parse_percent(raw: &str) -> Result<Decimal, InputError> {
    let s = normalise(raw)?;
    let s = s.strip_suffix(['%', '％']).unwrap_or(&s);
    if s.is_empty() {
        return Err(InputError::Empty);
    }
    let value = match parse_plain(s) {
        Ok(v) => v.normalize(),
        Err(InputError::TooManyDecimals) => return Err(InputError::TooManyDecimals),
        Err(_) => return Err(InputError::NotAPercent),
    };
    if value > Decimal::ONE_HUNDRED || value.scale() > 4 {
        return Err(InputError::NotAPercent);
    }
    Ok(value)
}

/// Parses a whole number within `min..=max` (scores).
pub fn parse_bounded(raw: &str, min: i64, max: i64) -> Result<i64, InputError> {
    match parse_count(raw) {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        Ok(_) | Err(InputError::TooLarge { .. }) | Err(InputError::Negative) => {
            Err(InputError::OutOfRange { min, max })
        }
        Err(e) => Err(e),
    }
}

/// Parses a date as people write it, strictly: `2023-11-20` (four, two and two digits), the Chinese
/// `2023年11月20日` (月 and 日 may have one or two digits; 号 may stand for 日) or eight digits in a row,
/// `20231120`. Full-width digits and the dashes an input method may produce (－ − – —) count as
/// their ASCII forms; spaces around the date are ignored. Nothing else is guessed: `2023/11/20`,
/// `2023.11.20`, `2023 11 20`, `2023-+1-+1` or `2023-1-1` are refused.
pub fn parse_date(raw: &str) -> Result<Date, InputError> {
    if raw.chars().count() > MAX_INPUT_CHARS {
        return Err(InputError::TooLong);
    }
    let s: String = raw
        .trim()
        .chars()
        .map(|c| match c {
            '\u{FF10}'..='\u{FF19}' => char::from(b'0' + (c as u32 - 0xFF10) as u8),
            '\u{FF0D}' | '\u{2212}' | '\u{2013}' | '\u{2014}' => '-',
            c => c,
        })
        .collect();
    if s.is_empty() {
        return Err(InputError::Empty);
    }
    let digits = |t: &str, min: usize, max: usize| {
        (min..=max).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
    };
    let (year, month, day) = if let Some((y, rest)) = s.split_once('年') {
        let (m, d) = rest.split_once('月').ok_or(InputError::BadDate)?;
        let d = d
            .strip_suffix('日')
            .or_else(|| d.strip_suffix('号'))
            .ok_or(InputError::BadDate)?;
        (y, m, d)
    } else if s.len() == 8 && digits(&s, 8, 8) {
        (&s[0..4], &s[4..6], &s[6..8])
    } else {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(InputError::BadDate);
        }
        (&s[0..4], &s[5..7], &s[8..10])
    };
    let chinese = s.contains('年');
    let (m_min, d_min) = if chinese { (1, 1) } else { (2, 2) };
    if !digits(year, 4, 4) || !digits(month, m_min, 2) || !digits(day, d_min, 2) {
        return Err(InputError::BadDate);
    }
    // Only ASCII digits remain, so these parses cannot fail.
    let year: i32 = year.parse().map_err(|_| InputError::BadDate)?;
    let month: u8 = month.parse().map_err(|_| InputError::BadDate)?;
    let day: u8 = day.parse().map_err(|_| InputError::BadDate)?;
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(InputError::DateOutOfRange);
    }
    Date::new(year, month, day).ok_or(InputError::BadDate)
}

/// Rounds an amount to whole fen, half away from zero. The engine's one rounding function.
pub fn round_yuan(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}

/// Formats yuan for people: `500,000` or `1,234.5` in English, `50万` in Chinese where exact.
pub fn format_yuan(amount: Decimal, lang: Lang) -> String {
    let amount = round_yuan(amount).normalize();
    let wan = Decimal::from(10_000);
    if lang == Lang::Zh && !amount.is_zero() && (amount % wan).is_zero() {
        let n = (amount / wan).normalize();
        return format!("{}万元", group_thousands(&n.to_string()));
    }
    let grouped = group_thousands(&amount.to_string());
    match lang {
        Lang::Zh => format!("{grouped}元"),
        Lang::En => format!("¥{grouped}"),
    }
}

fn group_thousands(s: &str) -> String {
    let (sign, s) = match s.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", s),
    };
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

#[cfg(test)]
mod tests;
