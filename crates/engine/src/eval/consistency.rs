//! Answers that contradict each other. The profile keeps them; the app shows the message next to
//! the field, and the cards that depend on them ask to check them.

use super::pilot::{pilot_base, PilotSplit};
use super::Inconsistency;
use crate::catalogue::{Benefit, CATALOGUE};
use crate::facts::Fact;
use crate::params::{self, Parameter};
use crate::profile::Profile;
use crate::t;
use crate::text::Text;

/// A part that cannot exceed its whole: (part, whole, message). The message is reported on the
/// part.
static PART_OF_WHOLE: &[(Fact, Fact, Text)] = &[
    (
        Fact::PilotFundsInPlace,
        Fact::PilotInvestment,
        t!(eval.consistency.investment_place_cannot_exceed_total),
    ),
    (
        Fact::TechStaff,
        Fact::Employees,
        t!(eval.consistency.technical_staff_cannot_outnumber_all),
    ),
    (
        Fact::RdDomestic3y,
        Fact::Rd3y,
        t!(eval.consistency.r_d_spent_china_cannot),
    ),
    (
        Fact::HightechIncome,
        Fact::TotalIncome,
        t!(eval.consistency.high_tech_income_cannot_exceed),
    ),
];

/// Dates that cannot lie after the assessment date.
const PAST_DATES: [Fact; 3] = [Fact::HnteDate, Fact::GiantDate, Fact::RegistrationDate];

/// Every contradiction in the answers, in a stable order (the caps in force on the assessment
/// date).
pub fn inconsistencies(p: &Profile) -> Vec<Inconsistency> {
    inconsistencies_with(p, &params::in_force_shared(p.assessment_date))
}

/// As [`inconsistencies`], with the given parameters.
pub fn inconsistencies_with(p: &Profile, params: &[Parameter]) -> Vec<Inconsistency> {
    let mut out = Vec::new();
    if pilot_base(p) == PilotSplit::Inconsistent {
        out.push(Inconsistency {
            fact: Fact::PilotInvestment,
            message: t!(eval.consistency.land_buildings_engineering_add_up),
        });
    }
    for (part, whole, message) in PART_OF_WHOLE {
        if let (Some(part_value), Some(whole_value)) = (p.number(*part), p.number(*whole)) {
            if part_value > whole_value {
                out.push(Inconsistency {
                    fact: *part,
                    message: *message,
                });
            }
        }
    }
    // Amounts received above a first-recognition cap (the caps come from the parameters).
    for prog in CATALOGUE {
        if let Benefit::FirstRecognition { cap, paid, .. } = prog.benefit {
            let cap = params::value(params, cap);
            if p.number(paid).zip(cap).is_some_and(|(v, cap)| v > cap) {
                out.push(Inconsistency {
                    fact: paid,
                    message: t!(eval.consistency.amount_received_exceeds_cap_all),
                });
            }
        }
    }
    // A first 高企 certificate is valid three years (国科发火〔2016〕32号 第九条): "first
    // (certificate valid)" with an older date is either renewed or expired.
    if super::tax::first_certificate_expired(p) {
        out.push(Inconsistency {
            fact: Fact::HnteStatus,
            message: t!(eval.consistency.first_certificate_valid_three_years),
        });
    }
    for date in PAST_DATES {
        if p.date(date).is_some_and(|d| d > p.assessment_date) {
            out.push(Inconsistency {
                fact: date,
                message: t!(eval.consistency.date_after_assessment_date),
            });
        }
    }
    out
}
