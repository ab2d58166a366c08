//! Answers that contradict each other. The profile keeps them; the app shows the message next to
//! the field, and the cards that depend on them ask to check them.

use super::pilot::{pilot_base, PilotSplit};
use super::Inconsistency;
use crate::catalogue::{Benefit, CATALOGUE};
use crate::facts::Fact;
use crate::params::{self, Parameter};
use crate::profile::Profile;
use crate::text::{t, Text};

/// A part that cannot exceed its whole: (part, whole, message). The message is reported on the
/// part.
static PART_OF_WHOLE: &[(Fact, Fact, Text)] = &[
    (
        Fact::PilotFundsInPlace,
        Fact::PilotInvestment,
        t(
            "已到位投资不能超过总投资。",
            "The investment in place cannot exceed the total investment.",
        ),
    ),
    (
        Fact::TechStaff,
        Fact::Employees,
        t(
            "科技人员数不能超过职工总数。",
            "Technical staff cannot outnumber all employees.",
        ),
    ),
    (
        Fact::RdDomestic3y,
        Fact::Rd3y,
        t(
            "境内研发费用不能超过研发费用总额。",
            "R&D spent in China cannot exceed all R&D.",
        ),
    ),
    (
        Fact::HightechIncome,
        Fact::TotalIncome,
        t(
            "高新技术产品收入不能超过总收入。",
            "High-tech income cannot exceed total income.",
        ),
    ),
];

/// Dates that cannot lie after the assessment date.
const PAST_DATES: [Fact; 3] = [Fact::HnteDate, Fact::GiantDate, Fact::RegistrationDate];

/// Every contradiction in the answers, in a stable order (the caps in force on the assessment
/// date).
pub fn inconsistencies(p: &Profile) -> Vec<Inconsistency> {
    inconsistencies_with(p, &params::in_force(p.assessment_date))
}

/// As [`inconsistencies`], with the given parameters.
pub fn inconsistencies_with(p: &Profile, params: &[Parameter]) -> Vec<Inconsistency> {
    let mut out = Vec::new();
    if pilot_base(p) == PilotSplit::Inconsistent {
        out.push(Inconsistency {
            fact: Fact::PilotInvestment,
            message: t(
                "土地、厂房、工程投入之和超过了总投资，请核对这几项金额。",
                "Land, buildings and engineering add up to more than the total investment; please check these amounts.",
            ),
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
                    message: t(
                        "已获金额超过了累计上限，请核对。",
                        "The amount received exceeds the cap in all; please check it.",
                    ),
                });
            }
        }
    }
    // A first 高企 certificate is valid three years (国科发火〔2016〕32号 第九条): "first
    // (certificate valid)" with an older date is either renewed or expired.
    if super::tax::first_certificate_expired(p) {
        out.push(Inconsistency {
            fact: Fact::HnteStatus,
            message: t(
                "首次认定的高新技术企业证书有效期三年，按填写的认定日期已经到期：已重新认定的，请选“曾经认定过，现为重新认定”；没有的，请选“证书已失效”。",
                "A first 高新技术企业 certificate is valid for three years, and by the recognition date given it has expired: if it was renewed, choose “recognised again”; if not, “certificate expired”.",
            ),
        });
    }
    for date in PAST_DATES {
        if p.date(date).is_some_and(|d| d > p.assessment_date) {
            out.push(Inconsistency {
                fact: date,
                message: t(
                    "这个日期晚于评估日期。",
                    "This date is after the assessment date.",
                ),
            });
        }
    }
    out
}
