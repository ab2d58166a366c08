//! The first-recognition post-subsidies (2.1): one R&D post-subsidy project a year within 2 years
//! of a first recognition as 高新技术企业 or 科技小巨人, at most a fixed sum in all. The support
//! period has two readings; both are evaluated and shown.

use super::{
    answer, Amount, Answers, Ceiling, Criteria, Extras, Judged, Reading, Status, TraceRow,
};
use crate::cond::Truth;
use crate::date::Date;
use crate::facts::Fact;
use crate::profile::Profile;
use crate::t;
use crate::text::Text;
use rust_decimal::Decimal;

/// The facts and cap of one first-recognition programme.
pub(super) struct Facts {
    /// The cap in force (yuan); `None` before the reply fixed one.
    pub(super) cap: Option<Decimal>,
    /// The recognition status; the window's questions matter once it says "first".
    pub(super) status: Fact,
    pub(super) date: Fact,
    pub(super) paid: Fact,
    pub(super) this_year: Fact,
    /// The other first-recognition programme's status and "this year's project granted" facts:
    /// "高企或小巨人…每年支持一个后补助项目" (2.1), read as one project a year in all.
    pub(super) other: Option<(Fact, Fact)>,
    /// The next batch cut-off on or after the assessment date (city practice), if any.
    pub(super) next_cutoff: Option<Date>,
}

/// The verdict of a first-recognition programme. The window and the cap are judged from the
/// answers they need alone, so a closed window or a used-up cap is "not eligible" even while
/// another answer is missing.
pub(super) fn first_recognition(
    p: &Profile,
    f: Facts,
    criteria: &Criteria,
    trace: &mut Vec<TraceRow>,
) -> Judged {
    let ceiling = f.cap.map(|cap| {
        let used = p.number(f.paid).map(|u| u.min(cap));
        Ceiling {
            cap,
            used,
            remaining: (cap - used.unwrap_or_default()).max(Decimal::ZERO),
            project_year: None,
        }
    });
    let text = t!(eval.window.one_post_subsidy_r_d);
    let mut readings = Vec::new();
    let window = if criteria.truth == Truth::NotMet {
        Status::NotEligible
    } else {
        let w = recognition_window(p, f.cap, &f, trace);
        readings = w.readings;
        w.status
    };
    let status = match (criteria.truth, window) {
        (Truth::NotMet, _) | (_, Status::NotEligible) => Status::NotEligible,
        // Both still waiting: ask for everything either needs, so the recognition date comes
        // right after the recognition, not only after the R&D question.
        (Truth::Unknown, Status::NeedsInfo { missing: more })
            if p.choice(f.status) == Some("first") =>
        {
            let mut all = criteria.missing.clone();
            super::push_new(&mut all, more);
            Status::NeedsInfo { missing: all }
        }
        (Truth::Unknown, _) => criteria.status(Status::Eligible),
        (Truth::Met, window) => window,
    };
    let project_year = match &status {
        Status::Eligible => Some(p.assessment_date.year()),
        Status::Upcoming { opens } => Some(opens.year()),
        _ => None,
    };
    let ceiling = ceiling.map(|c| Ceiling { project_year, ..c });
    Judged {
        text,
        status,
        extras: Extras {
            amount: ceiling.map_or(Amount::None, Amount::Ceiling),
            readings,
        },
    }
}

/// Where the assessment date lies relative to a support period.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Before,
    Within,
    After,
}

/// The support period and verdict under each reading, and the combined status.
struct Window {
    status: Status,
    readings: Vec<Reading>,
}

/// One reading's support period.
pub(super) struct Period {
    pub(super) id: &'static str,
    pub(super) label: Text,
    pub(super) first: Date,
    pub(super) last: Date,
}

/// The two readings of "认定后2年内" (2.1); see docs/interpretation.md.
pub(super) fn reading_periods(recognised: Date) -> [Period; 2] {
    let y = recognised.year();
    [
        Period {
            id: "calendar_years",
            label: t!(eval.window.label),
            first: Date::jan_first(y + 1),
            last: Date::dec_last(y + 2),
        },
        Period {
            id: "months_24",
            label: t!(eval.window.reading_2_24_months_certificate),
            first: recognised,
            last: recognised.add_years(2),
        },
    ]
}

/// The window rule of the first-recognition post-subsidies: one project a year within 2 years
/// of recognition, within the cap. Both readings of the period are evaluated; where they agree
/// their verdict stands, where they differ the status is "possible". Decides "not eligible" as
/// soon as the answers given show it under every reading (cap used up, both periods over, this
/// year's project granted in the last year), whatever else is still missing.
fn recognition_window(
    p: &Profile,
    cap: Option<Decimal>,
    f: &Facts,
    trace: &mut Vec<TraceRow>,
) -> Window {
    let (date, paid, this_year) = (f.date, f.paid, f.this_year);
    let a = p.assessment_date;
    let decided = |status| Window {
        status,
        readings: Vec::new(),
    };
    // The cap first: it needs only the amount already received.
    if cap_used_up(p, cap, paid, trace) {
        return decided(Status::NotEligible);
    }
    let Some(recognised) = p.date(date) else {
        return decided(date_missing(p, date, paid, trace));
    };
    let granted = p.bool(this_year);
    // One project a year in all (2.1): when both first recognitions apply, the other
    // programme's project granted this year uses this year's under that reading; where the
    // bureau allows both, it does not. Where the two differ, the reading decides: "possible".
    let other_granted = f.other.is_some_and(|(status, other_this_year)| {
        p.choice(f.status) == Some("first")
            && p.choice(status) == Some("first")
            && p.bool(other_this_year) == Some(true)
    });
    let granted_in_all = if other_granted { Some(true) } else { granted };
    // After this year's last batch cut-off (city practice): applications are still taken, and
    // count for next year's first batch, so the next project is next year's.
    let after_last_cutoff = f.next_cutoff.is_some_and(|c| c.year() > a.year());
    let mut readings = Vec::new();
    let mut needs_this_year = false;
    for Period {
        id,
        label,
        first,
        last,
    } in reading_periods(recognised)
    {
        let phase = if a < first {
            Phase::Before
        } else if a <= last {
            Phase::Within
        } else {
            Phase::After
        };
        trace.push(TraceRow {
            criterion: id,
            label,
            clause: "2.1",
            truth: match phase {
                Phase::Within => Truth::Met,
                Phase::After => Truth::NotMet,
                Phase::Before => Truth::Unknown,
            },
            answers: Answers::one(answer(p, date)),
            detail: Some(crate::msg!(eval.window.support_period, first, last)),
        });
        let verdict = |granted| {
            reading_verdict(
                phase,
                granted,
                (first, last),
                a,
                after_last_cutoff,
                this_year,
            )
        };
        let own = verdict(granted);
        let in_all = verdict(granted_in_all);
        let status = if own == in_all { own } else { Status::Possible };
        if matches!(status, Status::NeedsInfo { .. }) {
            needs_this_year = true;
        }
        readings.push(Reading {
            id,
            label,
            first,
            last,
            status,
        });
    }
    one_a_year_rows(p, f, granted, other_granted, &readings, trace);
    if readings.iter().all(|r| r.status == Status::NotEligible) {
        return Window {
            status: Status::NotEligible,
            readings,
        };
    }
    let mut missing = Vec::new();
    if !p.is_answered(paid) {
        missing.push(paid);
    }
    if needs_this_year {
        missing.push(this_year);
    }
    let status = if !missing.is_empty() {
        Status::NeedsInfo { missing }
    } else if readings.windows(2).all(|w| w[0].status == w[1].status) {
        readings[0].status.clone()
    } else {
        Status::Possible
    };
    Window { status, readings }
}

/// The window's "why" row and status while the recognition date is not given.
fn date_missing(p: &Profile, date: Fact, paid: Fact, trace: &mut Vec<TraceRow>) -> Status {
    trace.push(TraceRow {
        criterion: "support_window",
        label: t!(eval.window.within_2_years_after_recognition),
        clause: "2.1",
        truth: Truth::Unknown,
        answers: Answers::one(answer(p, date)),
        detail: None,
    });
    let mut missing = vec![date];
    if !p.is_answered(paid) {
        missing.push(paid);
    }
    Status::NeedsInfo { missing }
}

/// The cap's "why" row, when the amount already received is known; true when none is left.
fn cap_used_up(p: &Profile, cap: Option<Decimal>, paid: Fact, trace: &mut Vec<TraceRow>) -> bool {
    let (Some(cap), Some(used)) = (cap, p.number(paid)) else {
        return false;
    };
    let left = cap - used;
    trace.push(TraceRow {
        criterion: "cap_left",
        label: t!(eval.window.some_cap_still_unused),
        clause: "2.1",
        truth: if left > Decimal::ZERO {
            Truth::Met
        } else {
            Truth::NotMet
        },
        answers: Answers::one(answer(p, paid)),
        detail: None,
    });
    left <= Decimal::ZERO
}

/// The "one project a year" rows of the window's "why": this year's project under the other
/// first recognition granted (read as one a year in all), and this year's own project granted.
fn one_a_year_rows(
    p: &Profile,
    f: &Facts,
    granted: Option<bool>,
    other_granted: bool,
    readings: &[Reading],
    trace: &mut Vec<TraceRow>,
) {
    let this_year = f.this_year;
    if other_granted && granted != Some(true) {
        trace.push(TraceRow {
            criterion: "one_project_a_year_in_all",
            label: t!(eval.window.one_project_year_years_project),
            clause: "2.1",
            truth: Truth::Unknown,
            answers: f
                .other
                .map(|(_, other_this_year)| Answers::one(answer(p, other_this_year)))
                .unwrap_or_default(),
            detail: None,
        });
    }
    if granted == Some(true) {
        trace.push(TraceRow {
            criterion: "one_project_a_year",
            label: t!(eval.window.one_project_year_years_already),
            clause: "2.1",
            truth: if readings.iter().all(|r| r.status == Status::NotEligible) {
                Truth::NotMet
            } else {
                Truth::Unknown
            },
            answers: Answers::one(answer(p, this_year)),
            detail: None,
        });
    }
}

/// One reading's verdict: before, within or after its support period, with this year's project
/// granted or not (or not known), and whether this year's batches have closed.
fn reading_verdict(
    phase: Phase,
    granted: Option<bool>,
    (first, last): (Date, Date),
    a: Date,
    after_last_cutoff: bool,
    this_year: Fact,
) -> Status {
    let next_year = Status::Upcoming {
        opens: Date::jan_first(a.year() + 1),
    };
    match (phase, granted) {
        (Phase::Before, _) => Status::Upcoming { opens: first },
        (Phase::After, _) => Status::NotEligible,
        // One project a year: this year's is granted, or this year's batches have closed,
        // so the next chance is next year's project, if the period reaches into next year.
        (Phase::Within, Some(true)) if last.year() > a.year() => next_year,
        (Phase::Within, _) if after_last_cutoff && last.year() > a.year() => next_year,
        (Phase::Within, Some(true)) => Status::NotEligible,
        // The period ends this year and its last batch has closed: whether a late
        // application still counts is the bureau's to say.
        (Phase::Within, Some(false)) if after_last_cutoff => Status::Possible,
        (Phase::Within, Some(false)) => Status::Eligible,
        (Phase::Within, None) => Status::NeedsInfo {
            missing: vec![this_year],
        },
    }
}
