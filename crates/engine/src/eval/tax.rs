//! National tax incentives (`policy/sources/national-tax.txt`): the R&D super-deduction and the
//! 15 % rate of a 高新技术企业. What they are worth is computed only as far as the answers tell,
//! exactly (Decimal), and never enters the city's known maximum.
//!
//! One reading of the income asked (`taxable_income`): the 应纳税所得额 of last year's annual
//! return, the figure the rate is applied to, **after** the super-deduction (docs/interpretation.md,
//! with a table worked by hand). With it:
//!
//! - the super-deduction saves `D × r`, `D` the extra deduction and `r` the enterprise's own rate:
//!   exactly, when that income is above zero (the deduction was then used in full); between 0 and
//!   `D × r` in a year without taxable income (how much of it the year absorbed is not asked);
//! - the 15 % rate saves `(25 − 15) % × T` on that income `T`, exactly;
//! - each card is what its incentive saves with the other in place, as the return computes them,
//!   so the two add up to the total, and neither is ever above the tax the enterprise would pay
//!   without it (`tests/properties.rs`).

use super::{Amount, Criteria, Extras, Judged, Status, TaxEffect};
use crate::cond::Truth;
use crate::date::Date;
use crate::facts::Fact;
use crate::input::round_yuan;
use crate::params::{self, Parameter};
use crate::profile::Profile;
use crate::t;
use crate::text::Text;
use rust_decimal::Decimal;

/// What the super-deduction gives.
pub(super) const DEDUCTION: Text = t!(eval.tax.r_d_expense_deducted_once);

/// What the 高企 rate gives.
pub(super) const LOWER_RATE: Text = t!(eval.tax.income_tax_15_instead_standard);

/// `amount` × `percent` %, checked and rounded to the fen.
fn percent_of(amount: Decimal, percent: Decimal) -> Option<Decimal> {
    amount
        .checked_mul(percent)
        .and_then(|x| x.checked_div(Decimal::ONE_HUNDRED))
        .map(round_yuan)
}

/// Whether the 高新技术企业 certificate is valid on the assessment date, as far as the answers
/// tell: `Some(true)` for a first or renewed recognition, `Some(false)` for none or an expired
/// one, `None` while the status is unanswered or a first certificate's date says it has expired
/// although the answer says it is valid (an inconsistency: renewed, or expired?).
pub(crate) fn valid_hnte(p: &Profile) -> Option<bool> {
    match p.choice(Fact::HnteStatus)? {
        "again" => Some(true),
        "first" if first_certificate_expired(p) => None,
        "first" => Some(true),
        _ => Some(false),
    }
}

/// The last day of a certificate issued on `issued`: valid three years (国科发火〔2016〕32号 第九条),
/// ending on the corresponding day (the same counting as the support period's second reading).
pub(crate) fn certificate_last_day(issued: Date) -> Date {
    issued.add_years(3)
}

/// A first recognition whose certificate date lies more than three years before the assessment.
pub(crate) fn first_certificate_expired(p: &Profile) -> bool {
    p.choice(Fact::HnteStatus) == Some("first")
        && p.date(Fact::HnteDate)
            .is_some_and(|d| p.assessment_date > certificate_last_day(d))
}

/// The enterprise's income-tax rate as a range (lowest, highest): the 高企 rate with a valid
/// certificate, else the standard rate, both while that is not known (small low-profit
/// enterprises are not computed; the card says so).
fn income_tax_rates(p: &Profile, params: &[Parameter]) -> Option<(Decimal, Decimal)> {
    let standard = params::value(params, params::id::CIT_RATE)?;
    let reduced = params::value(params, params::id::HNTE_CIT_RATE)?;
    Some(match valid_hnte(p) {
        Some(true) => (reduced, reduced),
        Some(false) => (standard, standard),
        None => (reduced.min(standard), reduced.max(standard)),
    })
}

/// The year whose figures the tax cards use: the R&D expense and the taxable income asked are
/// last year's.
pub(super) fn expense_year(p: &Profile) -> i32 {
    p.assessment_date.year() - 1
}

/// The R&D super-deduction. The rate is the one for the year the expense was incurred (last
/// year): a rate in force on the assessment date that came into force after that year began does
/// not cover it (100 % applies to R&D incurred from 2023-01-01), and the card says the calculator
/// does not cover that year, "possible", rather than apply a later rate.
pub(super) fn deduction(
    p: &Profile,
    params: &[Parameter],
    rate: params::ParamId,
    base: Fact,
    criteria: &Criteria,
) -> Judged {
    let year = expense_year(p);
    let covering = params::find(params, rate)
        .filter(|r| r.as_of.is_some_and(|from| from <= Date::jan_first(year)))
        .and_then(|r| r.value);
    let Some(rate) = covering else {
        let status = match criteria.truth {
            Truth::NotMet => Status::NotEligible,
            _ => Status::Possible,
        };
        return Judged::plain(t!(eval.tax.calculator_covers_super_deduction_r), status);
    };
    let status = criteria.status(Status::Eligible);
    let deduction = p.number(base).and_then(|b| percent_of(b, rate));
    let rates = income_tax_rates(p, params);
    let income = p.number(Fact::TaxableIncome);
    let (at_least, up_to) = match (deduction, rates) {
        (Some(d), Some((low, high))) => {
            let up_to = percent_of(d, high);
            // Taxable income above zero after the deduction: the deduction was used in full.
            let at_least = match income {
                Some(t) if t > Decimal::ZERO => percent_of(d, low),
                _ => Some(Decimal::ZERO),
            };
            (at_least, up_to)
        }
        _ => (None, None),
    };
    Judged {
        text: DEDUCTION,
        status,
        extras: Extras {
            amount: Amount::Tax(TaxEffect {
                deduction,
                rate: rates.map(|(_, high)| high),
                saving_up_to: up_to,
                saving_at_least: at_least.filter(|_| up_to.is_some()),
                points: None,
                year,
            }),
            ..Extras::default()
        },
    }
}

/// The 15 % rate of a 高新技术企业 instead of 25 %: with last year's taxable income (after the
/// super-deduction) the saving is exactly the difference on it; without, "10 percentage points
/// of taxable income". A first certificate whose date says it has expired waits for the
/// enterprise to say whether it was renewed.
pub(super) fn lower_rate(
    p: &Profile,
    params: &[Parameter],
    reduced: params::ParamId,
    standard: params::ParamId,
    criteria: &Criteria,
) -> Judged {
    let points = params::value(params, standard)
        .zip(params::value(params, reduced))
        .and_then(|(s, r)| s.checked_sub(r));
    let saving = p
        .number(Fact::TaxableIncome)
        .zip(points)
        .and_then(|(income, points)| percent_of(income, points));
    let status = if criteria.truth == Truth::Met && first_certificate_expired(p) {
        Status::NeedsInfo {
            missing: vec![Fact::HnteStatus],
        }
    } else {
        criteria.status(Status::Eligible)
    };
    Judged {
        text: LOWER_RATE,
        status,
        extras: Extras {
            amount: Amount::Tax(TaxEffect {
                deduction: None,
                rate: params::value(params, reduced),
                saving_up_to: saving,
                saving_at_least: saving,
                points,
                year: expense_year(p),
            }),
            ..Extras::default()
        },
    }
}
