//! A calendar date without time zone. The engine never reads a clock: the assessment date comes in
//! with the profile.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A valid Gregorian date between the years 1900 and 2200.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// The earliest and latest years the engine accepts.
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2200;

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date, or `None` when it does not exist or lies outside the supported years.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// A date written in the source code (constants such as the batch-cut-off practice's start).
    /// The caller guarantees it exists; `params`' tests check every such constant with `new`.
    pub(crate) const fn known(year: i32, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// The first day of a year (clamped to the supported range).
    pub fn jan_first(year: i32) -> Date {
        Date {
            year: year.clamp(MIN_YEAR, MAX_YEAR),
            month: 1,
            day: 1,
        }
    }

    /// The last day of a year (clamped to the supported range).
    pub fn dec_last(year: i32) -> Date {
        Date {
            year: year.clamp(MIN_YEAR, MAX_YEAR),
            month: 12,
            day: 31,
        }
    }

    /// The same day `years` later; 29 February becomes 28 February in a common year.
    pub fn add_years(self, years: i32) -> Date {
        let year = (self.year + years).clamp(MIN_YEAR, MAX_YEAR);
        let day = self.day.min(days_in_month(year, self.month));
        Date {
            year,
            month: self.month,
            day,
        }
    }

    /// The day after (the last supported day stays itself).
    pub fn next_day(self) -> Date {
        if self.day < days_in_month(self.year, self.month) {
            Date {
                day: self.day + 1,
                ..self
            }
        } else if self.month < 12 {
            Date {
                month: self.month + 1,
                day: 1,
                ..self
            }
        } else if self.year < MAX_YEAR {
            Date::jan_first(self.year + 1)
        } else {
            self
        }
    }

    /// Parses the canonical form `YYYY-MM-DD` strictly: exactly four, two and two ASCII digits
    /// (used by the profile format, the share link and the command line).
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        let shape = b.len() == 10
            && b.iter().enumerate().all(|(i, c)| {
                if i == 4 || i == 7 {
                    *c == b'-'
                } else {
                    c.is_ascii_digit()
                }
            });
        if !shape {
            return None;
        }
        let year = s.get(0..4)?.parse().ok()?;
        let month = s.get(5..7)?.parse().ok()?;
        let day = s.get(8..10)?.parse().ok()?;
        Date::new(year, month, day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse_iso(&s).ok_or_else(|| serde::de::Error::custom("expected a date YYYY-MM-DD"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_impossible_dates() {
        assert!(Date::new(2023, 2, 29).is_none());
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2023, 13, 1).is_none());
        assert!(Date::new(1899, 1, 1).is_none());
        for bad in [
            "2023-1-01",
            "2024-+1-+1",
            "+202-01-01",
            "2024-02-3 ",
            "2024/02/03",
            "２０２４-02-03",
            "2024-1٣-01",
        ] {
            assert!(Date::parse_iso(bad).is_none(), "{bad:?}");
        }
        assert_eq!(
            Date::parse_iso("2023-04-30").map(|d| d.to_string()),
            Some("2023-04-30".into())
        );
    }

    #[test]
    fn add_years_clamps_leap_day() {
        let d = Date::new(2024, 2, 29).unwrap();
        assert_eq!(d.add_years(1).to_string(), "2025-02-28");
    }
}
