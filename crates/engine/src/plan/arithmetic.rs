//! How each figure of a card was reached, a step a line, each with its clause: the ceiling less
//! what was received, the talents' count times the sum per person, the pilot project's countable
//! base and its share in place, the tax saving's formula with the enterprise's own figures.

use crate::catalogue::Benefit;
use crate::eval::{Amount, Ceiling, PilotBase, ProgrammeResult, TaxEffect};
use crate::facts::Fact;
use crate::msg;
use crate::params::{self, Parameter};
use crate::profile::Profile;
use crate::text::{Arg, Msg};
use rust_decimal::Decimal;
use serde::Serialize;

/// One step of a figure's arithmetic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    pub text: Msg,
    /// The clause (or national source) the step rests on.
    pub clause: &'static str,
}

/// An amount of money, written as the page writes it in each language (万元 / ¥).
struct Yuan(Decimal);

impl Arg for Yuan {
    fn val(&self) -> crate::text::Val {
        crate::text::Val::Written(self.0, crate::input::format_yuan)
    }
}

/// A percentage without trailing zeros.
fn pct(d: Decimal) -> Decimal {
    d.normalize()
}

/// The lines of a card's figure (none for a card without one, or a figure that is a single
/// published value, the guideline's, whose source the card names).
pub fn arithmetic(r: &ProgrammeResult, p: &Profile, params: &[Parameter]) -> Vec<Line> {
    let clause = r.programme.clauses.first().copied().unwrap_or_default();
    let line = |text: Msg| Line { text, clause };
    match (&r.amount, r.programme.benefit) {
        (Amount::Ceiling(c), Benefit::PerRecognised { per, count, .. }) => {
            let per = params::value(params, per);
            let n = p.number(count);
            match (per, n) {
                (Some(per), Some(count)) => vec![line(msg!(
                    plan.arith_per,
                    per = Yuan(per),
                    count,
                    total = Yuan(c.cap)
                ))],
                _ => Vec::new(),
            }
        }
        (Amount::Ceiling(c), _) => ceiling(c).into_iter().map(line).collect(),
        (Amount::Pilot(pilot), _) => pilot_lines(pilot, p).into_iter().map(line).collect(),
        (Amount::Tax(t), Benefit::TaxDeduction { rate, base }) => {
            deduction_lines(t, p.number(base), params::value(params, rate), params)
                .into_iter()
                .map(line)
                .collect()
        }
        (Amount::Tax(t), Benefit::TaxRate { reduced, standard }) => {
            let (Some(points), Some(reduced), Some(standard)) = (
                t.points,
                params::value(params, reduced),
                params::value(params, standard),
            ) else {
                return Vec::new();
            };
            let year = t.year;
            let text = match (p.number(Fact::TaxableIncome), t.saving_up_to) {
                (Some(income), Some(saving)) => msg!(
                    plan.arith_rate,
                    year,
                    income = Yuan(income),
                    standard = pct(standard),
                    reduced = pct(reduced),
                    saving = Yuan(saving)
                ),
                _ => msg!(plan.arith_rate_no_income, points = pct(points)),
            };
            vec![line(text)]
        }
        _ => Vec::new(),
    }
}

/// A fixed ceiling: the cap, less what was received.
fn ceiling(c: &Ceiling) -> Vec<Msg> {
    let mut out = vec![msg!(plan.arith_cap, cap = Yuan(c.cap))];
    out.push(match c.used {
        Some(used) => msg!(
            plan.arith_remaining,
            cap = Yuan(c.cap),
            used = Yuan(used),
            remaining = Yuan(c.remaining)
        ),
        None => msg!(plan.arith_used_unknown, remaining = Yuan(c.remaining)),
    });
    out
}

/// The pilot project: the countable base, the share of it in place, the guideline's amount.
fn pilot_lines(pilot: &PilotBase, p: &Profile) -> Vec<Msg> {
    let mut out = Vec::new();
    let split = [
        Fact::PilotInvestment,
        Fact::PilotLand,
        Fact::PilotBuildings,
        Fact::PilotEngineering,
    ]
    .map(|f| p.number(f));
    if let [Some(total), Some(land), Some(buildings), Some(engineering)] = split {
        out.push(msg!(
            plan.arith_pilot_base,
            total = Yuan(total),
            land = Yuan(land),
            buildings = Yuan(buildings),
            engineering = Yuan(engineering),
            base = Yuan(pilot.base)
        ));
    }
    if let (Some(funds), Some(percent)) =
        (p.number(Fact::PilotFundsInPlace), pilot.in_place_percent)
    {
        let base = Yuan(pilot.base);
        out.push(match pilot.in_place_percent_at_least {
            Some(low) if low != percent => msg!(
                plan.arith_pilot_in_place_range,
                funds = Yuan(funds),
                low,
                percent
            ),
            // The share is at most all of it: more money in place than the base is 100 %.
            _ if funds >= pilot.base => {
                msg!(plan.arith_pilot_in_place_full, funds = Yuan(funds), base)
            }
            _ => msg!(
                plan.arith_pilot_in_place,
                funds = Yuan(funds),
                base,
                percent
            ),
        });
    }
    if let (Some(amount), Some(rate)) = (pilot.amount, pilot.parameter.value) {
        out.push(msg!(
            plan.arith_pilot_amount,
            base = Yuan(pilot.base),
            rate = pct(rate),
            amount = Yuan(amount)
        ));
    }
    out
}

/// The super-deduction: the expense times the rate, then what it saves at the income-tax rate.
fn deduction_lines(
    t: &TaxEffect,
    base: Option<Decimal>,
    rate: Option<Decimal>,
    params: &[Parameter],
) -> Vec<Msg> {
    let (Some(deduction), Some(base), Some(rate)) = (t.deduction, base, rate) else {
        return Vec::new();
    };
    let year = t.year;
    let mut out = vec![msg!(
        plan.arith_deduction,
        year,
        base = Yuan(base),
        rate = pct(rate),
        deduction = Yuan(deduction)
    )];
    let (Some(high), Some(low), Some(tax_rate)) = (t.saving_up_to, t.saving_at_least, t.rate)
    else {
        return out;
    };
    let d = Yuan(deduction);
    out.push(if low == high {
        msg!(
            plan.arith_saving,
            deduction = d,
            rate = pct(tax_rate),
            saving = Yuan(high)
        )
    } else if low.is_zero() {
        msg!(
            plan.arith_saving_no_income,
            deduction = d,
            rate = pct(tax_rate),
            saving = Yuan(high)
        )
    } else {
        // Two rates: whether the 高企 certificate is valid is not settled.
        let low_rate = params::value(params, params::id::HNTE_CIT_RATE)
            .unwrap_or(tax_rate)
            .min(tax_rate);
        msg!(
            plan.arith_saving_rates,
            deduction = d,
            low_rate = pct(low_rate),
            rate = pct(tax_rate),
            low = Yuan(low),
            saving = Yuan(high)
        )
    });
    out
}
