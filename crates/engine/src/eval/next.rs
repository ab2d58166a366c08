//! When to act on a programme: the next batch cut-off (city practice, a dated value), all year,
//! when the bureau announces a call, or from the date a support period opens.

use super::window::reading_periods;
use super::{NextAction, Status, When};
use crate::catalogue::{Benefit, Programme, Timing};
use crate::date::Date;
use crate::params::{self, Parameter};
use crate::profile::Profile;

/// The next batch cut-off on or after `today`, by the city practice in force that day (the
/// parameter `batch_cutoffs`); `None` before any practice is recorded.
pub(super) fn next_cutoff(today: Date, params: &[Parameter]) -> Option<Date> {
    let month_days = params::batch_cutoffs(params)?;
    let y = today.year();
    [y, y + 1]
        .iter()
        .flat_map(|&year| {
            month_days
                .iter()
                .filter_map(move |&(m, d)| Date::new(year, m, d))
        })
        .find(|c| *c >= today)
}

/// The next step of a programme for a profile and its status.
pub(super) fn next_action(
    prog: &Programme,
    p: &Profile,
    status: &Status,
    next_cutoff: Option<Date>,
    practice: Option<&std::sync::Arc<crate::text::Msg>>,
) -> NextAction {
    // The end of a first-recognition support period (the later of the two readings).
    let window_end = match prog.benefit {
        Benefit::FirstRecognition { date, .. } => p
            .date(date)
            .map(|d| reading_periods(d).iter().map(|r| r.last).max().unwrap_or(d)),
        _ => None,
    };
    let a = p.assessment_date;
    let when = match (status, prog.next_step.timing) {
        // Next year's project after this year's last batch cut-off: applications are taken now
        // and count for next year's first batch.
        (Status::Upcoming { opens }, Timing::Batches)
            if next_cutoff
                .is_some_and(|c| c.year() > a.year() && *opens == Date::jan_first(c.year())) =>
        {
            When::YearClosed {
                next: next_cutoff.unwrap_or(*opens),
            }
        }
        (Status::Upcoming { opens }, _) => When::From { date: *opens },
        (_, Timing::Batches) => match next_cutoff {
            None => When::Announced,
            Some(cutoff) => match window_end {
                Some(ends) if cutoff > ends => When::LastBatchPassed { ends },
                // A support year whose last batch has passed: this year's project can no
                // longer be applied for; the next cut-off is next year's.
                Some(_) if cutoff.year() > a.year() => When::YearClosed { next: cutoff },
                _ => When::Cutoff { date: cutoff },
            },
        },
        (_, Timing::Ongoing) => When::Ongoing,
        (_, Timing::Announced) => When::Announced,
        (_, Timing::Unstated) => When::Unstated,
    };
    let practice = matches!(
        when,
        When::Cutoff { .. } | When::YearClosed { .. } | When::LastBatchPassed { .. }
    )
    .then(|| practice.cloned())
    .flatten();
    NextAction {
        how: prog.next_step.how,
        when,
        clause: prog.next_step.clause,
        reach: prog.next_step.reach,
        practice,
    }
}

/// The batch practice in force, in words: its cut-offs as the dated parameter gives them, and
/// that applications after the last one roll into the next year.
pub(super) fn practice(params: &[Parameter]) -> Option<crate::text::Msg> {
    let cutoffs = params::batch_cutoffs(params)?;
    let since = params::find(params, params::id::BATCH_CUTOFFS)?.as_of?;
    let zh_days: Vec<String> = cutoffs.iter().map(|(m, d)| format!("{m}月{d}日")).collect();
    let en_days: Vec<String> = cutoffs
        .iter()
        .map(|(m, d)| format!("{} {d}", MONTHS[usize::from(*m).saturating_sub(1) % 12]))
        .collect();
    let days = crate::text::Msg::written(zh_days.join("、"), en_days.join(" and "));
    Some(crate::msg!(eval.next.batch_practice, since, days))
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
