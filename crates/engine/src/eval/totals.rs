//! The headline sums of an assessment: the enterprise's known maximum (the first-recognition
//! post-subsidies once, the larger: "高企或小巨人…每年支持一个后补助项目", 2.1), the combined
//! figure "if the bureau allows both", and the talents' and teams' money (2.3) on its own line.

use super::{ProgrammeResult, Status};
use crate::catalogue::Benefit;
use rust_decimal::Decimal;

/// The headline sums of an assessment.
pub(super) struct Totals {
    pub(super) known_maximum: Decimal,
    /// The year of the first-recognition project counted in the known maximum, where it has one.
    pub(super) project_year: Option<i32>,
    pub(super) if_combined: Option<Decimal>,
    pub(super) talent: Decimal,
    /// The national tax savings of the eligible tax cards (least, most), where every one of them
    /// has a figure.
    pub(super) tax: Option<(Decimal, Decimal)>,
}

impl Totals {
    pub(super) fn of(results: &[ProgrammeResult]) -> Totals {
        let sums = Sums::over(results, counts);
        // Every eligible tax card must have a figure, or the sum would understate the most.
        let tax = results
            .iter()
            .filter(|r| r.status == Status::Eligible)
            .filter_map(ProgrammeResult::tax)
            .try_fold(None, |sum: Option<(Decimal, Decimal)>, t| {
                let (low, high) = (t.saving_at_least?, t.saving_up_to?);
                let (l, h) = sum.unwrap_or_default();
                Some(Some((l.checked_add(low)?, h.checked_add(high)?)))
            })
            .flatten();
        Totals {
            known_maximum: sums.known_maximum,
            project_year: sums.project_year,
            if_combined: sums.if_combined,
            talent: sums.talent,
            tax,
        }
    }
}

/// Whether a card's ceiling counts in the headline: the money is certain to be open at some
/// point (eligible or upcoming, or "possible" only because the two readings of the window differ
/// in timing while each still gives it).
pub(crate) fn counts(r: &ProgrammeResult) -> bool {
    match r.status {
        Status::Eligible | Status::Upcoming { .. } => true,
        Status::Possible => {
            !r.readings.is_empty()
                && r.readings
                    .iter()
                    .all(|x| matches!(x.status, Status::Eligible | Status::Upcoming { .. }))
        }
        _ => false,
    }
}

/// The ceilings of the cards a caller picks, added as the headline adds them: the
/// first-recognition post-subsidies once, the larger (2.1), the talents' money apart (2.3).
pub(crate) struct Sums {
    pub(crate) known_maximum: Decimal,
    pub(crate) project_year: Option<i32>,
    pub(crate) if_combined: Option<Decimal>,
    pub(crate) talent: Decimal,
}

impl Sums {
    pub(crate) fn over<'a>(
        results: impl IntoIterator<Item = &'a ProgrammeResult>,
        counts: impl Fn(&ProgrammeResult) -> bool,
    ) -> Sums {
        let mut recognition: Vec<(Decimal, Option<i32>)> = Vec::new();
        let mut other = Decimal::ZERO;
        let mut talent = Decimal::ZERO;
        for r in results.into_iter().filter(|r| counts(r)) {
            let Some(c) = r.ceiling() else { continue };
            match r.programme.benefit {
                Benefit::FirstRecognition { .. } => recognition.push((c.remaining, c.project_year)),
                Benefit::PerRecognised { .. } => talent += c.remaining,
                _ => other += c.remaining,
            }
        }
        let larger = recognition
            .iter()
            .copied()
            .max_by_key(|(amount, _)| *amount);
        let if_combined = (recognition.len() > 1).then(|| {
            recognition
                .iter()
                .map(|(amount, _)| *amount)
                .sum::<Decimal>()
                + other
        });
        Sums {
            known_maximum: larger.map(|(amount, _)| amount).unwrap_or_default() + other,
            project_year: larger.and_then(|(_, year)| year),
            if_combined,
            talent,
        }
    }
}
