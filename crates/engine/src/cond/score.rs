//! Points as data: the scorecards of the national self-checks (科技型中小企业's evaluation, 高企's
//! innovation score), each indicator scored from the answers by a points table of
//! `policy/parameters.toml`, and the truth of "the total reaches the line".

use super::{push_unique, Num, Truth};
use crate::facts::Fact;
use crate::params::ParamId;
use crate::profile::Profile;
use rust_decimal::Decimal;

/// Points as data: indicators, each scored from the answers by a points table
/// (`bound:points` bands in `policy/parameters.toml`).
#[derive(Debug, Clone, Copy)]
pub struct Scorecard {
    pub indicators: &'static [Indicator],
}

/// One indicator of a scorecard.
#[derive(Debug, Clone, Copy)]
pub struct Indicator {
    pub points: Points,
    /// A score of 0 on this indicator fails the card, whatever the rest.
    pub required: bool,
}

/// How an indicator scores.
#[derive(Debug, Clone, Copy)]
pub enum Points {
    /// `part` as a percentage of `whole`, by a bands threshold (a zero `whole` scores 0).
    ShareBands {
        part: Fact,
        whole: Fact,
        bands: ParamId,
    },
    /// A number fact, by a bands threshold.
    Bands { fact: Fact, bands: ParamId },
    /// The best of several ways of scoring.
    Best(&'static [Points]),
}

/// What the answers tell about an indicator's points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scored {
    /// The points, once certain.
    pub exact: Option<u32>,
    /// The points already certain (the best way known so far), while one way is unanswered.
    pub at_least: Option<u32>,
}

/// The points of the first band `value` reaches (bands highest first), else 0.
fn band_points(value: Decimal, bands: &[(Decimal, u32)]) -> u32 {
    bands
        .iter()
        .find(|(min, _)| value >= *min)
        .map(|(_, pts)| *pts)
        .unwrap_or(0)
}

impl Points {
    /// The points for a profile.
    pub fn score(&self, p: &Profile) -> Scored {
        let date = p.assessment_date;
        let exact = match *self {
            Points::ShareBands { part, whole, bands } => {
                match (
                    p.number(part),
                    p.number(whole),
                    crate::params::bands(bands, date),
                ) {
                    (Some(n), Some(w), Some(b)) => Some(if w.is_zero() {
                        0
                    } else {
                        n.checked_div(w)
                            .map(|r| band_points(r * Decimal::ONE_HUNDRED, b))
                            .unwrap_or(0)
                    }),
                    _ => None,
                }
            }
            Points::Bands { fact, bands } => p
                .number(fact)
                .zip(crate::params::bands(bands, date))
                .map(|(v, b)| band_points(v, b)),
            Points::Best(ways) => {
                let scored: Vec<Scored> = ways.iter().map(|w| w.score(p)).collect();
                let known = scored.iter().filter_map(|s| s.exact).max();
                let at_least = scored.iter().filter_map(|s| s.at_least).max();
                // Certain once every way is known, or the best known one is the most any
                // unknown way could give.
                let certain = ways.iter().zip(&scored).all(|(w, s)| {
                    s.exact.is_some() || known.is_some_and(|k| w.most(date).is_some_and(|m| k >= m))
                });
                return Scored {
                    exact: if certain { known } else { None },
                    at_least,
                };
            }
        };
        Scored {
            exact,
            at_least: exact,
        }
    }

    /// The most points this way can give.
    fn most(&self, date: crate::date::Date) -> Option<u32> {
        match *self {
            Points::ShareBands { bands, .. } | Points::Bands { bands, .. } => {
                crate::params::bands(bands, date)?.iter().map(|b| b.1).max()
            }
            Points::Best(ways) => ways.iter().map(|w| w.most(date)).max().flatten(),
        }
    }

    fn facts(&self, out: &mut Vec<Fact>) {
        match *self {
            Points::ShareBands { part, whole, .. } => push_unique(out, &[part, whole]),
            Points::Bands { fact, .. } => push_unique(out, &[fact]),
            Points::Best(ways) => ways.iter().for_each(|w| w.facts(out)),
        }
    }
}

impl Scorecard {
    /// Every indicator's points for a profile.
    pub fn score(&self, p: &Profile) -> Vec<Scored> {
        self.indicators.iter().map(|i| i.points.score(p)).collect()
    }

    /// Every fact the card reads, in order.
    pub fn facts(&self) -> Vec<Fact> {
        let mut out = Vec::new();
        for i in self.indicators {
            i.points.facts(&mut out);
        }
        out
    }

    pub(super) fn truth(&self, p: &Profile, line: Num) -> Truth {
        let scored = self.score(p);
        let required = || {
            self.indicators
                .iter()
                .zip(&scored)
                .filter(|(i, _)| i.required)
        };
        if required().any(|(_, s)| s.exact == Some(0)) {
            return Truth::NotMet;
        }
        let Some(line) = line.on(p.assessment_date) else {
            return Truth::Unknown;
        };
        let sure: Option<u32> = scored.iter().map(|s| s.at_least).sum();
        if sure.is_some_and(|s| Decimal::from(s) >= line)
            && required().all(|(_, s)| s.at_least.is_some_and(|a| a > 0))
        {
            Truth::Met
        } else if scored.iter().all(|s| s.exact.is_some()) {
            Truth::NotMet
        } else {
            Truth::Unknown
        }
    }
}
