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
        // A ceiling counts when the money is certain to be open at some point: eligible or
        // upcoming, or "possible" only because the two readings of the window differ in timing
        // while each still gives it.
        let counts = |r: &ProgrammeResult| match r.status {
            Status::Eligible | Status::Upcoming { .. } => true,
            Status::Possible => {
                !r.readings.is_empty()
                    && r.readings
                        .iter()
                        .all(|x| matches!(x.status, Status::Eligible | Status::Upcoming { .. }))
            }
            _ => false,
        };
        let mut recognition: Vec<(Decimal, Option<i32>)> = Vec::new();
        let mut other = Decimal::ZERO;
        let mut talent = Decimal::ZERO;
        for r in results.iter().filter(|r| counts(r)) {
            let Some(c) = r.ceiling() else { continue };
            match r.programme.benefit {
                Benefit::FirstRecognition { .. } => recognition.push((c.remaining, c.project_year)),
                Benefit::PerRecognised { .. } => talent += c.remaining,
                _ => other += c.remaining,
            }
        }
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
        Totals {
            known_maximum: larger.map(|(amount, _)| amount).unwrap_or_default() + other,
            project_year: larger.and_then(|(_, year)| year),
            if_combined,
            talent,
            tax,
        }
    }
}
