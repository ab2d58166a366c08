//! National tax incentives (`policy/sources/national-tax.txt`): the R&D super-deduction and the
//! 15 % rate of a 高新技术企业. What they are worth is computed only as far as the answers tell,
//! exactly (Decimal), and never enters the city's known maximum.

use super::{Criteria, Extras, Judged, Status, TaxEffect};
use crate::cond::Truth;
use crate::facts::Fact;
use crate::input::round_yuan;
use crate::params::{self, Parameter};
use crate::profile::Profile;
use crate::text::Text;
use crate::tx;
use rust_decimal::Decimal;

/// What the super-deduction gives.
pub(super) const DEDUCTION: Text = tx!(
    "研发费用在据实扣除的基础上，再按实际发生额的100%在税前加计扣除",
    "R&D expense is deducted once more, at 100% of the amount, before income tax",
);

/// What the 高企 rate gives.
pub(super) const LOWER_RATE: Text = tx!(
    "减按15%的税率征收企业所得税（一般企业为25%）",
    "Income tax at 15% instead of the standard 25%",
);

/// `amount` × `percent` %, checked and rounded to the fen.
fn percent_of(amount: Decimal, percent: Decimal) -> Option<Decimal> {
    amount
        .checked_mul(percent)
        .and_then(|x| x.checked_div(Decimal::ONE_HUNDRED))
        .map(round_yuan)
}

/// The income-tax rate of the enterprise: the 高企 rate with a valid certificate, else the
/// standard rate (small low-profit enterprises are not computed; the card says so).
fn income_tax_rate(p: &Profile, params: &[Parameter]) -> Option<Decimal> {
    let valid_hnte = matches!(p.choice(Fact::HnteStatus), Some("first" | "again"));
    if valid_hnte {
        params::value(params, "hnte_cit_rate")
    } else {
        params::value(params, "cit_rate")
    }
}

/// The R&D super-deduction: the extra deduction is `base` × the rate in force (100 % since
/// 2023-01-01); the tax saved is at most that × the income-tax rate, and nothing in a year
/// without taxable profit. Before the rate is in force (assessments before 2023) the card says
/// the calculator does not cover it.
pub(super) fn deduction(
    p: &Profile,
    params: &[Parameter],
    rate: &str,
    base: Fact,
    criteria: &Criteria,
) -> Judged {
    let text = DEDUCTION;
    let Some(rate) = params::value(params, rate) else {
        let status = match criteria.truth {
            Truth::NotMet => Status::NotEligible,
            _ => Status::Possible,
        };
        return Judged::plain(
            tx!(
                "本计算器只覆盖2023年1月1日起的加计扣除规定；更早年度的比例因行业而异，请查阅当年的规定",
                "This calculator covers the super-deduction from 1 January 2023 only; earlier years had rates by industry, so check that year's rules",
            ),
            status,
        );
    };
    let status = criteria.status(Status::Eligible);
    let deduction = p.number(base).and_then(|b| percent_of(b, rate));
    let income_rate = income_tax_rate(p, params);
    let loss_year = p.number(Fact::TaxableIncome) == Some(Decimal::ZERO);
    let saving_up_to = match (deduction, income_rate) {
        (Some(_), _) if loss_year => Some(Decimal::ZERO),
        (Some(d), Some(r)) => percent_of(d, r),
        _ => None,
    };
    Judged {
        text,
        status,
        extras: Extras {
            tax: Some(TaxEffect {
                deduction,
                rate: income_rate,
                saving_up_to,
                points: None,
            }),
            ..Extras::default()
        },
    }
}

/// The 15 % rate of a 高新技术企业 instead of 25 %: with last year's taxable income the saving is
/// exactly the difference on it; without, "10 percentage points of taxable income".
pub(super) fn lower_rate(
    p: &Profile,
    params: &[Parameter],
    reduced: &str,
    standard: &str,
    criteria: &Criteria,
) -> Judged {
    let text = LOWER_RATE;
    let points = params::value(params, standard)
        .zip(params::value(params, reduced))
        .and_then(|(s, r)| s.checked_sub(r));
    let saving_up_to = p
        .number(Fact::TaxableIncome)
        .zip(points)
        .and_then(|(income, points)| percent_of(income, points));
    Judged {
        text,
        status: criteria.status(Status::Eligible),
        extras: Extras {
            tax: Some(TaxEffect {
                deduction: None,
                rate: params::value(params, reduced),
                saving_up_to,
                points,
            }),
            ..Extras::default()
        },
    }
}
