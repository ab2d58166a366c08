//! Self-checks against the national criteria that gate the largest items: 科技型中小企业
//! (国科发政〔2017〕115号) and 高新技术企业 (国科发火〔2016〕32号, Art. 11). Each condition is shown
//! met, missed (and by how much) or unknown. These are self-checks, not decisions.
//!
//! Every condition is a `Cond` row, evaluated by the one evaluator (its truth, and the answers
//! still missing); every number it compares with is a dated, sourced threshold of
//! `policy/parameters.toml` (`[[threshold]]`). What this file adds is words: the row's label, its
//! basis and what the figures say when it is missed (`Detail`, read off the row's condition).

use crate::cond::Num::{Lit, Param};
use crate::cond::{Cond, Indicator, Points, Rate, Scorecard, Truth};
use crate::facts::Fact;
use crate::params::id;
use crate::profile::Profile;
use crate::t;
use crate::text::Text;
use rust_decimal::Decimal;
use serde::Serialize;

pub use crate::text::Msg;

/// One condition of a self-check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckRow {
    pub id: &'static str,
    pub label: Text,
    pub truth: Truth,
    /// What the answers give and, when missed, by how much.
    pub detail: Option<Msg>,
    /// Facts still needed to decide this row.
    pub missing: Vec<Fact>,
    /// The national rule the row checks: document and item.
    pub basis: &'static str,
}

/// The score of the 科技型中小企业 evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TsmeScore {
    pub tech_staff: Option<u32>,
    pub rd: Option<u32>,
    pub ip: Option<u32>,
    pub total: Option<u32>,
    /// The R&D score already certain while one option is unanswered (the better of the two is
    /// at least the known one), so 60 can be reached before every answer is in.
    pub rd_at_least: Option<u32>,
}

/// One self-check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    pub id: &'static str,
    pub name: Text,
    pub basis: Text,
    /// Whether the check is worth doing for this enterprise (not already registered/recognised).
    pub applies: Truth,
    pub rows: Vec<CheckRow>,
    pub verdict: Truth,
    pub score: Option<TsmeScore>,
}

/// Both self-checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NationalChecks {
    pub tsme: Check,
    pub hnte: Check,
}

impl NationalChecks {
    /// The facts still needed by the checks that apply.
    pub fn missing(&self) -> Vec<Fact> {
        let mut out = Vec::new();
        for check in [&self.tsme, &self.hnte] {
            if check.applies != Truth::Met {
                continue;
            }
            for row in &check.rows {
                for f in &row.missing {
                    if !out.contains(f) {
                        out.push(*f);
                    }
                }
            }
        }
        out
    }
}

/// When the 科技型中小企业 self-check applies: the enterprise is not registered yet.
pub const TSME_APPLIES: Cond = Cond::No(Fact::TsmeRegistered);
/// When the 高新技术企业 self-check applies: no valid certificate.
pub const HNTE_APPLIES: Cond = Cond::OneOf(Fact::HnteStatus, &["never", "lapsed"]);

/// A ratio as a percentage with one decimal, cut (never rounded up), so a miss never reads as a
/// pass: 59.99 % shows as 59.9 %.
fn pct(x: Decimal) -> crate::text::Percent {
    let cut = (x * Decimal::ONE_HUNDRED)
        .round_dp_with_strategy(1, rust_decimal::RoundingStrategy::ToZero);
    crate::text::Percent(cut.normalize())
}

fn yuan(x: Decimal) -> String {
    crate::input::format_yuan(x, crate::text::Lang::En)
        .trim_start_matches('¥')
        .to_string()
}

fn ratio(num: Decimal, den: Decimal) -> Option<Decimal> {
    if den.is_zero() {
        None
    } else {
        num.checked_div(den)
    }
}

fn ceil_fen(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToPositiveInfinity)
}

/// What a row says about the figures, read off its condition (the numbers come from there).
#[derive(Debug, Clone, Copy)]
enum Detail {
    /// Nothing (a yes/no answer).
    None,
    /// `AtMost`: how far over the limit, in people or yuan.
    Over,
    /// `Above`: the self-assessed score when it is not above the line.
    NotAbove,
    /// `YearsBefore`: the day the years are reached, while they are not.
    Reached,
    /// `Share`: the share now and the required one; when missed, how much of the part would close
    /// the gap (`part_in_whole`: adding to the part adds to the whole too, as income does).
    Share { short: Text, part_in_whole: bool },
    /// The first `Share` of an `All`: the share now and, when missed, the technical staff to hire
    /// (or to reassign) to reach it.
    Hires,
    /// The first `Score` of an `Any`: the score, its parts and how far from the line.
    Score,
}

/// One condition of a self-check: one row, naming the rule it checks.
struct Row {
    id: &'static str,
    basis: &'static str,
    label: Text,
    cond: Cond,
    detail: Detail,
    /// Facts the row never lists as missing though they may decide it: the questions that ask
    /// them belong to the programmes (the 高企 status), not to the self-check.
    not_asked: &'static [Fact],
}

/// The first leaf of a condition that is not a combinator (`All`, `Any`).
fn lead(c: &Cond) -> &Cond {
    match c {
        Cond::All(parts) | Cond::Any(parts) => parts.first().map_or(c, lead),
        _ => c,
    }
}

impl Row {
    /// `score`: the check's score, where it has one, worked out once for all its rows.
    fn check(&self, p: &Profile, score: Option<&TsmeScore>) -> CheckRow {
        // The deciding facts are wanted only while the row is undecided: the verdict alone is
        // cheaper to have.
        let truth = self.cond.truth(p);
        let missing = if truth == Truth::Unknown {
            self.cond
                .eval(p)
                .facts
                .into_iter()
                .filter(|f| !p.is_answered(*f) && !self.not_asked.contains(f))
                .collect()
        } else {
            Vec::new()
        };
        CheckRow {
            id: self.id,
            label: self.label,
            truth,
            detail: self.detail(p, truth, score),
            missing,
            basis: self.basis,
        }
    }

    fn detail(&self, p: &Profile, truth: Truth, score: Option<&TsmeScore>) -> Option<Msg> {
        let date = p.assessment_date;
        match (self.detail, *lead(&self.cond)) {
            (Detail::Over, Cond::AtMost(fact, max)) => {
                let max = max.on(date)?;
                let v = p.number(fact).filter(|_| truth == Truth::NotMet)?;
                let over = yuan(v - max);
                Some(if fact.def().kind == crate::facts::Kind::Money {
                    crate::msg!(national.detail.over_yuan, over)
                } else {
                    crate::msg!(national.detail.over_people, over)
                })
            }
            (Detail::NotAbove, Cond::Above(fact, line)) => {
                let line = line.on(date)?;
                let s = p.number(fact).filter(|s| *s <= line)?;
                Some(crate::msg!(national.detail.score_not_above, s, line))
            }
            (Detail::Reached, Cond::YearsBefore(fact, years)) => {
                let years = i32::try_from(years.on(date)?).ok()?;
                let from = p.date(fact)?.add_years(years);
                (from > date).then(|| crate::msg!(national.detail.year_reached_on, from))
            }
            (
                Detail::Share {
                    short,
                    part_in_whole,
                },
                Cond::Share {
                    part,
                    whole,
                    percent,
                },
            ) => {
                let (part, whole, percent) =
                    (p.number(part)?, p.number(whole)?, percent.percent(p)?);
                let now = ratio(part, whole).map_or(crate::text::Percent(Decimal::ZERO), pct);
                if truth == Truth::Met {
                    return Some(crate::msg!(national.detail.share_met, now, percent));
                }
                let gap = if part_in_whole {
                    ceil_fen(
                        (whole * percent - part * Decimal::ONE_HUNDRED)
                            / (Decimal::ONE_HUNDRED - percent),
                    )
                } else {
                    ceil_fen(whole * percent / Decimal::ONE_HUNDRED - part)
                };
                Some(crate::msg!(
                    national.detail.share_short,
                    now,
                    percent,
                    short,
                    gap = yuan(gap),
                ))
            }
            (
                Detail::Hires,
                Cond::Share {
                    part,
                    whole,
                    percent,
                },
            ) => {
                // Counts are at most ten million, so the products cannot overflow.
                let (s, e, pc) = (p.number(part)?, p.number(whole)?, percent.percent(p)?);
                let now = pct(ratio(s, e)?);
                if truth == Truth::Met {
                    Some(crate::msg!(national.detail.hires_met, now))
                } else {
                    // New technical hires raise both counts: (s + x) * 100 >= (e + x) * pc.
                    // Reassigning existing employees raises only the first: s + y >= e * pc / 100.
                    let hundred = Decimal::ONE_HUNDRED;
                    let hire = ((e * pc - s * hundred) / (hundred - pc))
                        .ceil()
                        .max(Decimal::ONE);
                    let reassign = ((e * pc / hundred).ceil() - s).max(Decimal::ONE);
                    Some(crate::msg!(
                        national.detail.hires_short,
                        now,
                        hire,
                        reassign
                    ))
                }
            }
            (Detail::Score, Cond::Score(_, line)) => {
                let line = line.on(date)?;
                match score {
                    Some(score) => score_detail(score, line),
                    None => score_detail(&tsme_score(p), line),
                }
            }
            _ => None,
        }
    }
}

/// The 科技型中小企业 score: technical staff, R&D (the better of its two measures) and IP, each
/// by its points table in `policy/parameters.toml`.
static TSME_SCORECARD: Scorecard = Scorecard {
    indicators: &[
        Indicator {
            points: Points::ShareBands {
                part: Fact::TechStaff,
                whole: Fact::Employees,
                bands: id::TSME_TECH_STAFF_POINTS,
            },
            required: true,
        },
        Indicator {
            points: Points::Best(&[
                Points::ShareBands {
                    part: Fact::RdExpense,
                    whole: Fact::Revenue,
                    bands: id::TSME_RD_SALES_POINTS,
                },
                Points::ShareBands {
                    part: Fact::RdExpense,
                    whole: Fact::TotalCost,
                    bands: id::TSME_RD_COST_POINTS,
                },
            ]),
            required: false,
        },
        Indicator {
            points: Points::Best(&[
                Points::Bands {
                    fact: Fact::IpInvention,
                    bands: id::TSME_IP_INVENTION_POINTS,
                },
                Points::Bands {
                    fact: Fact::IpOther,
                    bands: id::TSME_IP_OTHER_POINTS,
                },
            ]),
            required: false,
        },
    ],
};

/// The 科技型中小企业 score of a profile, each indicator `None` while its inputs are missing.
pub fn tsme_score(p: &Profile) -> TsmeScore {
    let scored = TSME_SCORECARD.score(p);
    let [tech, rd, ip] = [0, 1, 2].map(|i| scored[i]);
    TsmeScore {
        tech_staff: tech.exact,
        rd: rd.exact,
        ip: ip.exact,
        total: scored.iter().map(|s| s.exact).sum(),
        rd_at_least: rd.at_least,
    }
}

/// The score, its parts and how far from the line, once every part is known.
fn score_detail(score: &TsmeScore, line: Decimal) -> Option<Msg> {
    let total = score.total?;
    let line = u32::try_from(line).ok()?;
    let short = line.saturating_sub(total);
    let tech_zero = score.tech_staff == Some(0);
    let (tech, rd, ip) = (
        score.tech_staff.unwrap_or(0),
        score.rd.unwrap_or(0),
        score.ip.unwrap_or(0),
    );
    let short = if short > 0 {
        crate::msg!(national.detail.score_short, short, line)
    } else {
        Msg::default()
    };
    let zero = if tech_zero {
        crate::t!(national.detail.score_tech_zero)
    } else {
        Text::new("", "")
    };
    Some(crate::msg!(
        national.detail.score,
        total,
        tech,
        rd,
        ip,
        short,
        zero
    ))
}

/// Direct confirmation despite a score under the line (any one of these, with conditions one to
/// four).
const DIRECT_CONFIRMATION: Cond = Cond::Any(&[
    Cond::OneOf(Fact::HnteStatus, &["first", "again"]),
    Cond::Yes(Fact::NationalAwardTop3),
    Cond::Yes(Fact::ProvincialRdInstitution),
    Cond::Yes(Fact::LedStandard),
]);

/// The 科技型中小企业 conditions (国科发政〔2017〕115号): the five conditions, the limits of the
/// second one as three rows, and the score with direct confirmation.
static TSME_ROWS: &[Row] = &[
    Row {
        id: "resident",
        basis: crate::cited!("国科发政〔2017〕115号 条件一（境内注册的居民企业）"),
        label: t!(national.label),
        cond: Cond::Yes(Fact::ResidentEnterprise),
        detail: Detail::None,
        not_asked: &[],
    },
    Row {
        id: "employees",
        basis: crate::cited!("国科发政〔2017〕115号 条件二（职工不超过500人）"),
        label: t!(national.most_500_employees),
        cond: Cond::AtMost(Fact::Employees, Param(id::TSME_MAX_EMPLOYEES)),
        detail: Detail::Over,
        not_asked: &[],
    },
    Row {
        id: "revenue",
        basis: crate::cited!("国科发政〔2017〕115号 条件二（年销售收入不超过2亿元）"),
        label: t!(national.annual_sales_revenue_most_2),
        cond: Cond::AtMost(Fact::Revenue, Param(id::TSME_MAX_REVENUE)),
        detail: Detail::Over,
        not_asked: &[],
    },
    Row {
        id: "assets",
        basis: crate::cited!("国科发政〔2017〕115号 条件二（资产总额不超过2亿元）"),
        label: t!(national.total_assets_most_2),
        cond: Cond::AtMost(Fact::TotalAssets, Param(id::TSME_MAX_ASSETS)),
        detail: Detail::Over,
        not_asked: &[],
    },
    Row {
        id: "permitted",
        basis: crate::cited!("国科发政〔2017〕115号 条件三（非禁止、限制、淘汰类）"),
        label: t!(national.products_not_prohibited_restricted_eliminated),
        cond: Cond::Yes(Fact::PermittedBusiness),
        detail: Detail::None,
        not_asked: &[],
    },
    Row {
        id: "clean_record",
        basis: crate::cited!("国科发政〔2017〕115号 条件四（无重大事故、失信记录）"),
        label: t!(national.clean_record_previous_current_year),
        cond: Cond::Yes(Fact::CleanRecord),
        detail: Detail::None,
        not_asked: &[],
    },
    Row {
        id: "score",
        basis: crate::cited!(
            "国科发政〔2017〕115号 条件五与评价指标（60分以上且科技人员指标不为0；直接确认情形）"
        ),
        label: t!(national.score_least_60_non_zero),
        cond: Cond::Any(&[
            Cond::Score(&TSME_SCORECARD, Param(id::TSME_PASS_SCORE)),
            DIRECT_CONFIRMATION,
        ]),
        detail: Detail::Score,
        not_asked: &[Fact::HnteStatus],
    },
];

/// The 科技型中小企业 self-check.
static TSME: CheckDef = CheckDef {
    id: "tsme",
    name: t!(national.name),
    basis: t!(national.tech_based_sme_evaluation_rules),
    applies: TSME_APPLIES,
    rows: TSME_ROWS,
};

/// A self-check as data: its rule, when it applies, and its rows.
struct CheckDef {
    id: &'static str,
    name: Text,
    basis: Text,
    applies: Cond,
    rows: &'static [Row],
}

impl CheckDef {
    fn run(&self, p: &Profile, score: Option<TsmeScore>) -> Check {
        let rows: Vec<CheckRow> = self
            .rows
            .iter()
            .map(|r| r.check(p, score.as_ref()))
            .collect();
        Check {
            id: self.id,
            name: self.name,
            basis: self.basis,
            applies: self.applies.truth(p),
            verdict: Truth::all(rows.iter().map(|r| r.truth)),
            rows,
            score,
        }
    }
}

/// Technical staff share of employees, for 高新技术企业 with employees: at least the threshold, and
/// never met without employees (a zero whole of a `Share` alone would let any staff meet it).
/// The second part is unknown, not false, while the technical staff is unanswered.
const HNTE_TECH_STAFF: Cond = Cond::All(&[
    Cond::Share {
        part: Fact::TechStaff,
        whole: Fact::Employees,
        percent: Rate::Fixed(Param(id::HNTE_MIN_TECH_STAFF_SHARE)),
    },
    Cond::Not(&Cond::All(&[
        Cond::AtMost(Fact::Employees, Lit(0)),
        Cond::Answered(Fact::TechStaff),
    ])),
]);

/// The eight conditions of 国科发火〔2016〕32号 Art. 11, in order.
static HNTE_ROWS: &[Row] = &[
    Row {
        id: "registered_one_year",
        basis: crate::cited!("国科发火〔2016〕32号 第十一条（一）"),
        label: t!(national.registered_least_one_year_when),
        // The assessment date is read as the application date.
        cond: Cond::YearsBefore(Fact::RegistrationDate, Param(id::HNTE_MIN_YEARS_REGISTERED)),
        detail: Detail::Reached,
        not_asked: &[],
    },
    Row {
        id: "core_ip",
        basis: crate::cited!("国科发火〔2016〕32号 第十一条（二）"),
        label: t!(national.owns_ip_core_main_products),
        cond: Cond::Yes(Fact::CoreIp),
        detail: Detail::None,
        not_asked: &[],
    },
    Row {
        id: "key_field",
        basis: crate::cited!("国科发火〔2016〕32号 第十一条（三）"),
        label: t!(national.technology_within_national_key_high),
        cond: Cond::Yes(Fact::KeyField),
        detail: Detail::None,
        not_asked: &[],
    },
    Row {
        id: "tech_staff_ratio",
        basis: crate::cited!("国科发火〔2016〕32号 第十一条（四）"),
        label: t!(national.technical_staff_least_10_employees),
        cond: HNTE_TECH_STAFF,
        detail: Detail::Hires,
        not_asked: &[],
    },
    Row {
        id: "rd_ratio",
        basis: crate::cited!("国科发火〔2016〕32号 第十一条（五）"),
        label: t!(national.r_d_over_sales_last),
        // The band by last year's sales; bounds are inclusive on the lower band.
        cond: Cond::Share {
            part: Fact::Rd3y,
            whole: Fact::Sales3y,
            percent: Rate::Tiered {
                by: Fact::Revenue,
                tiers: &[
                    (
                        Param(id::HNTE_RD_SMALL_MAX_SALES),
                        Param(id::HNTE_RD_SMALL_SHARE),
                    ),
                    (
                        Param(id::HNTE_RD_MEDIUM_MAX_SALES),
                        Param(id::HNTE_RD_MEDIUM_SHARE),
                    ),
                ],
                above: Param(id::HNTE_RD_LARGE_SHARE),
            },
        },
        detail: Detail::Share {
            short: t!(national.detail.more_rd_three_years),
            part_in_whole: false,
        },
        not_asked: &[],
    },
    Row {
        id: "rd_domestic",
        basis: crate::cited!("国科发火〔2016〕32号 第十一条（五）"),
        label: t!(national.r_d_spent_china_least),
        cond: Cond::Share {
            part: Fact::RdDomestic3y,
            whole: Fact::Rd3y,
            percent: Rate::Fixed(Param(id::HNTE_MIN_RD_DOMESTIC_SHARE)),
        },
        detail: Detail::Share {
            short: t!(national.detail.more_rd_in_china),
            part_in_whole: true,
        },
        not_asked: &[],
    },
    Row {
        id: "hightech_income",
        basis: crate::cited!("国科发火〔2016〕32号 第十一条（六）"),
        label: t!(national.high_tech_income_least_60),
        cond: Cond::Share {
            part: Fact::HightechIncome,
            whole: Fact::TotalIncome,
            percent: Rate::Fixed(Param(id::HNTE_MIN_HIGHTECH_INCOME_SHARE)),
        },
        detail: Detail::Share {
            short: t!(national.detail.more_hightech_income),
            part_in_whole: true,
        },
        not_asked: &[],
    },
    Row {
        id: "innovation_score",
        basis: crate::cited!("国科发火〔2016〕32号 第十一条（七）"),
        label: t!(national.innovation_capability_score_above_70),
        cond: Cond::Above(Fact::InnovationScore, Param(id::HNTE_INNOVATION_SCORE_LINE)),
        detail: Detail::NotAbove,
        not_asked: &[],
    },
    Row {
        id: "no_major_incident",
        basis: crate::cited!("国科发火〔2016〕32号 第十一条（八）"),
        label: t!(national.no_major_safety_quality_environmental),
        cond: Cond::Yes(Fact::NoMajorIncident),
        detail: Detail::None,
        not_asked: &[],
    },
];

/// The 高新技术企业 self-check.
static HNTE: CheckDef = CheckDef {
    id: "hnte",
    name: t!(national.self_check_hnte_conditions),
    basis: t!(national.hnte_recognition_rules_2016_32),
    applies: HNTE_APPLIES,
    rows: HNTE_ROWS,
};

/// Runs both self-checks.
/// Every condition of the two self-checks: when each applies, and each row.
pub fn conditions() -> impl Iterator<Item = &'static Cond> {
    [&TSME, &HNTE]
        .into_iter()
        .flat_map(|c| std::iter::once(&c.applies).chain(c.rows.iter().map(|r| &r.cond)))
}

pub fn check(p: &Profile) -> NationalChecks {
    NationalChecks {
        tsme: TSME.run(p, Some(tsme_score(p))),
        hnte: HNTE.run(p, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::text::Lang;

    fn rows() -> impl Iterator<Item = &'static Row> {
        TSME_ROWS.iter().chain(HNTE_ROWS)
    }

    /// Every threshold a self-check or a programme reads is in the file with a value in force,
    /// and every threshold in the file is read by some condition.
    #[test]
    fn every_threshold_is_in_the_file_and_in_use() {
        let today = Date::new(2026, 11, 26).unwrap();
        let mut used: Vec<crate::params::ParamId> =
            rows().flat_map(|r| r.cond.thresholds()).collect();
        for prog in crate::catalogue::CATALOGUE {
            for c in prog.criteria {
                used.extend(c.cond.thresholds());
            }
            for n in prog.notes {
                used.extend(n.when.iter().flat_map(|w| w.thresholds()));
            }
        }
        for &id in &used {
            let def = crate::params::threshold_def(id.as_str())
                .unwrap_or_else(|| panic!("{id}: not in policy/parameters.toml"));
            assert!(def.values.iter().all(|v| !v.source.is_empty()), "{id}");
            let in_force = match def.unit {
                crate::params::ThresholdUnit::Bands => crate::params::bands(id, today).is_some(),
                _ => crate::params::threshold(id, today).is_some(),
            };
            assert!(in_force, "{id}: no value in force on {today}");
        }
        for def in crate::params::THRESHOLDS {
            assert!(
                used.iter().any(|u| u.as_str() == def.id),
                "{}: no condition reads it",
                def.id
            );
        }
    }

    /// A number in a row's words, as the label writes it: 2亿, 5000万, 10%, 500.
    fn words(id: crate::params::ParamId, today: Date) -> String {
        let v = crate::params::threshold(id, today).unwrap();
        let def = crate::params::threshold_def(id.as_str()).unwrap();
        let yi = Decimal::from(100_000_000);
        let wan = Decimal::from(10_000);
        match def.unit {
            crate::params::ThresholdUnit::Percent => format!("{}%", v.normalize()),
            crate::params::ThresholdUnit::Yuan if (v % yi).is_zero() => {
                format!("{}亿", (v / yi).normalize())
            }
            crate::params::ThresholdUnit::Yuan => format!("{}万", (v / wan).normalize()),
            _ => v.normalize().to_string(),
        }
    }

    /// The labels say the numbers the conditions compare with: a threshold changed in the file
    /// without its row's words fails here.
    #[test]
    fn the_labels_say_the_thresholds_in_force() {
        let today = Date::new(2026, 11, 26).unwrap();
        for row in rows() {
            let label = row.label.get(Lang::Zh);
            for id in row.cond.thresholds() {
                if id == crate::params::id::HNTE_MIN_YEARS_REGISTERED {
                    // Written in words: 一年.
                    assert_eq!(words(id, today), "1");
                    assert!(label.contains("一年"), "{label}");
                    continue;
                }
                if crate::params::threshold_def(id.as_str()).unwrap().unit
                    == crate::params::ThresholdUnit::Bands
                {
                    continue;
                }
                let w = words(id, today);
                assert!(
                    label.contains(&w),
                    "{}: {label} does not say {w} ({id})",
                    row.id
                );
            }
        }
    }
}
