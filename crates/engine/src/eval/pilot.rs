//! Pilot-scale maturation support (3.3.2): "按其投资额(不包括土地、厂房、工程等投入)及投资额到位进度、
//! 项目进度给予资金支持". The countable base is the investment less land, buildings and
//! engineering (an upper bound: the list ends in 等); the share in place is measured against it.

use super::{answer, Amount, Criteria, Extras, Judged, PilotBase, Status, TraceRow};
use crate::cond::Truth;
use crate::facts::Fact;
use crate::input::round_yuan;
use crate::params::{self, Parameter, Unit};
use crate::profile::Profile;
use crate::t;
use rust_decimal::Decimal;

/// The investment split of a pilot project.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PilotSplit {
    /// An amount is not answered yet.
    Missing,
    /// Land, buildings and engineering add up to more than the investment: an input error.
    Inconsistent,
    /// The countable base (investment − land − buildings − engineering), zero or more.
    Base(Decimal),
}

/// The amounts of the split, in the order the card quotes them.
const SPLIT: [Fact; 4] = [
    Fact::PilotInvestment,
    Fact::PilotLand,
    Fact::PilotBuildings,
    Fact::PilotEngineering,
];

/// The countable base of the pilot project, from the answers.
pub fn pilot_base(p: &Profile) -> PilotSplit {
    let [Some(total), Some(land), Some(buildings), Some(engineering)] = SPLIT.map(|f| p.number(f))
    else {
        return PilotSplit::Missing;
    };
    let excluded = land
        .checked_add(buildings)
        .and_then(|x| x.checked_add(engineering));
    match excluded {
        Some(excluded) if excluded <= total => PilotSplit::Base(total - excluded),
        _ => PilotSplit::Inconsistent,
    }
}

/// The pilot card's verdict: once the criteria hold, the base decides.
pub(super) fn judge(
    p: &Profile,
    params: &[Parameter],
    param: crate::params::ParamId,
    criteria: &Criteria,
    trace: &mut Vec<TraceRow>,
) -> Judged {
    let text = t!(eval.pilot.support_based_investment_less_land);
    if criteria.truth != Truth::Met {
        return Judged::plain(text, criteria.status(Status::Possible));
    }
    let split = pilot_base(p);
    trace.push(TraceRow {
        criterion: "pilot_base",
        label: t!(eval.pilot.label),
        clause: "3.3.2",
        truth: match split {
            PilotSplit::Base(b) if b > Decimal::ZERO => Truth::Met,
            PilotSplit::Base(_) => Truth::NotMet,
            _ => Truth::Unknown,
        },
        answers: SPLIT.iter().map(|f| answer(p, *f)).collect(),
        detail: None,
    });
    let (status, pilot) = match split {
        PilotSplit::Missing => (
            Status::NeedsInfo {
                missing: SPLIT.into_iter().filter(|f| !p.is_answered(*f)).collect(),
            },
            None,
        ),
        // An inconsistent split is an input error: the answers must be corrected.
        PilotSplit::Inconsistent => (
            Status::NeedsInfo {
                missing: SPLIT.to_vec(),
            },
            None,
        ),
        PilotSplit::Base(b) if b <= Decimal::ZERO => (Status::NotEligible, None),
        PilotSplit::Base(b) => (Status::Possible, support(p, params, param, b)),
    };
    Judged {
        text,
        status,
        extras: Extras {
            amount: pilot.map_or(Amount::None, |b| Amount::Pilot(Box::new(b))),
            ..Extras::default()
        },
    }
}

/// The base, the share in place and, once the guideline's rate is entered, the amount.
fn support(
    p: &Profile,
    params: &[Parameter],
    param: crate::params::ParamId,
    base: Decimal,
) -> Option<PilotBase> {
    let parameter = params::find(params, param).cloned()?;
    // Measured against the countable base, not the total with land and buildings. The money in
    // place is asked as a whole: at most all of it is countable (up to the base), at least what
    // is left once land, buildings and works have taken all they could.
    let funds = p.number(Fact::PilotFundsInPlace);
    let in_place_ratio = funds
        .and_then(|f| f.checked_div(base))
        .map(|r| r.min(Decimal::ONE).round_dp(4));
    let excluded = SPLIT[1..]
        .iter()
        .try_fold(Decimal::ZERO, |sum, f| sum.checked_add(p.number(*f)?));
    let in_place_ratio_at_least = funds
        .zip(excluded)
        .and_then(|(f, e)| (f - e).max(Decimal::ZERO).checked_div(base))
        .map(|r| {
            r.min(Decimal::ONE)
                .round_dp_with_strategy(4, rust_decimal::RoundingStrategy::ToZero)
        });
    let amount = match (parameter.unit, parameter.value) {
        (Unit::Percent, Some(rate)) => base
            .checked_mul(rate)
            .and_then(|x| x.checked_div(Decimal::ONE_HUNDRED))
            .map(round_yuan),
        _ => None,
    };
    let percent = |r: Decimal| {
        (r * Decimal::ONE_HUNDRED)
            .round_dp_with_strategy(1, rust_decimal::RoundingStrategy::ToZero)
            .normalize()
    };
    Some(PilotBase {
        base,
        in_place_ratio,
        in_place_percent: in_place_ratio.map(percent),
        in_place_ratio_at_least,
        in_place_percent_at_least: in_place_ratio_at_least.map(percent),
        amount,
        parameter,
    })
}
