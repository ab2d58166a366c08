//! Self-checks against the national criteria that gate the largest items: 科技型中小企业
//! (国科发政〔2017〕115号) and 高新技术企业 (国科发火〔2016〕32号, Art. 11). Each condition is shown
//! met, missed (and by how much) or unknown. These are self-checks, not decisions.

use crate::cond::{Cond, Truth};
use crate::facts::Fact;
use crate::profile::Profile;
use crate::text::Text;
use crate::tx;
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
fn pct(x: Decimal) -> String {
    let cut = (x * Decimal::ONE_HUNDRED)
        .round_dp_with_strategy(1, rust_decimal::RoundingStrategy::ToZero);
    format!("{}%", cut.normalize())
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

fn missing_of(p: &Profile, facts: &[Fact]) -> Vec<Fact> {
    facts
        .iter()
        .copied()
        .filter(|f| !p.is_answered(*f))
        .collect()
}

/// A row's verdict before the table attaches its id and rule.
struct Judgement {
    label: Text,
    truth: Truth,
    detail: Option<Msg>,
    missing: Vec<Fact>,
}

impl Judgement {
    /// A row whose answers are all in: met or not, with what the figures say.
    fn decided(label: Text, met: bool, detail: Option<Msg>) -> Judgement {
        Judgement {
            label,
            truth: if met { Truth::Met } else { Truth::NotMet },
            detail,
            missing: Vec::new(),
        }
    }
}

/// One condition of a self-check: one table row each, naming the rule it checks.
struct Condition {
    id: &'static str,
    basis: &'static str,
    judge: fn(&Profile) -> Judgement,
}

/// Judges every condition of a table.
fn run(p: &Profile, conditions: &[Condition]) -> Vec<CheckRow> {
    conditions
        .iter()
        .map(|c| {
            let j = (c.judge)(p);
            CheckRow {
                id: c.id,
                label: j.label,
                truth: j.truth,
                detail: j.detail,
                missing: j.missing,
                basis: c.basis,
            }
        })
        .collect()
}

/// A yes/no condition.
fn yes(p: &Profile, label: Text, fact: Fact) -> Judgement {
    Judgement {
        label,
        truth: Cond::Yes(fact).truth(p),
        detail: None,
        missing: missing_of(p, &[fact]),
    }
}

/// "At most `max`" (people or yuan), with how far over when missed.
fn at_most(p: &Profile, label: Text, fact: Fact, max: i64) -> Judgement {
    let truth = Cond::AtMost(fact, max).truth(p);
    let money = fact.def().kind == crate::facts::Kind::Money;
    let detail = p.number(fact).filter(|_| truth == Truth::NotMet).map(|v| {
        let over = yuan(v - Decimal::from(max));
        let (zh_unit, en_unit) = if money {
            (" 元", " yuan")
        } else {
            (" 人", " people")
        };
        crate::msg!("超出上限 {over}{zh_unit}", "{over}{en_unit} over the limit")
    });
    Judgement {
        label,
        truth,
        detail,
        missing: missing_of(p, &[fact]),
    }
}

/// Bands are (lower bound in percent, points), highest first; lower bounds are inclusive.
fn band(value: Decimal, bands: &[(i64, u32)]) -> u32 {
    bands
        .iter()
        .find(|(min, _)| value * Decimal::ONE_HUNDRED >= Decimal::from(*min))
        .map(|(_, pts)| *pts)
        .unwrap_or(0)
}

const TECH_BANDS: &[(i64, u32)] = &[(30, 20), (25, 16), (20, 12), (15, 8), (10, 4)];
const RD_SALES_BANDS: &[(i64, u32)] = &[(6, 50), (5, 40), (4, 30), (3, 20), (2, 10)];
const RD_COST_BANDS: &[(i64, u32)] = &[(30, 50), (25, 40), (20, 30), (15, 20), (10, 10)];

/// The 科技型中小企业 score of a profile, each indicator `None` while its inputs are missing.
pub fn tsme_score(p: &Profile) -> TsmeScore {
    let tech_staff = match (p.number(Fact::TechStaff), p.number(Fact::Employees)) {
        (Some(s), Some(e)) => Some(ratio(s, e).map(|r| band(r, TECH_BANDS)).unwrap_or(0)),
        _ => None,
    };
    let rd_amount = p.number(Fact::RdExpense);
    let option_a = match (rd_amount, p.number(Fact::Revenue)) {
        (Some(rd), Some(sales)) => Some(
            ratio(rd, sales)
                .map(|r| band(r, RD_SALES_BANDS))
                .unwrap_or(0),
        ),
        _ => None,
    };
    let option_b = match (rd_amount, p.number(Fact::TotalCost)) {
        (Some(rd), Some(cost)) => {
            Some(ratio(rd, cost).map(|r| band(r, RD_COST_BANDS)).unwrap_or(0))
        }
        _ => None,
    };
    let rd = match (option_a, option_b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (Some(50), None) | (None, Some(50)) => Some(50),
        _ => None,
    };
    let rd_at_least = rd.or(option_a.max(option_b));
    let ip = match (p.number(Fact::IpInvention), p.number(Fact::IpOther)) {
        (Some(i), _) if i >= Decimal::ONE => Some(30),
        (Some(_), Some(o)) => Some(match o {
            o if o >= Decimal::from(4) => 24,
            o if o >= Decimal::from(3) => 18,
            o if o >= Decimal::from(2) => 12,
            o if o >= Decimal::ONE => 6,
            _ => 0,
        }),
        _ => None,
    };
    let total = match (tech_staff, rd, ip) {
        (Some(a), Some(b), Some(c)) => Some(a + b + c),
        _ => None,
    };
    TsmeScore {
        tech_staff,
        rd,
        ip,
        total,
        rd_at_least,
    }
}

/// The 科技型中小企业 conditions (国科发政〔2017〕115号): the five conditions, the limits of the
/// second one as three rows, and the score with direct confirmation.
static TSME_CONDITIONS: &[Condition] = &[
    Condition {
        id: "resident",
        basis: "国科发政〔2017〕115号 条件一（境内注册的居民企业）",
        judge: |p| {
            yes(
                p,
                tx!(
                    "在中国境内（不含港澳台）注册的居民企业",
                    "Resident enterprise registered in mainland China",
                ),
                Fact::ResidentEnterprise,
            )
        },
    },
    Condition {
        id: "employees",
        basis: "国科发政〔2017〕115号 条件二（职工不超过500人）",
        judge: |p| {
            at_most(
                p,
                tx!("职工总数不超过500人", "At most 500 employees"),
                Fact::Employees,
                500,
            )
        },
    },
    Condition {
        id: "revenue",
        basis: "国科发政〔2017〕115号 条件二（年销售收入不超过2亿元）",
        judge: |p| {
            at_most(
                p,
                tx!(
                    "年销售收入不超过2亿元",
                    "Annual sales revenue at most 2亿元",
                ),
                Fact::Revenue,
                200_000_000,
            )
        },
    },
    Condition {
        id: "assets",
        basis: "国科发政〔2017〕115号 条件二（资产总额不超过2亿元）",
        judge: |p| {
            at_most(
                p,
                tx!("资产总额不超过2亿元", "Total assets at most 2亿元"),
                Fact::TotalAssets,
                200_000_000,
            )
        },
    },
    Condition {
        id: "permitted",
        basis: "国科发政〔2017〕115号 条件三（非禁止、限制、淘汰类）",
        judge: |p| {
            yes(
                p,
                tx!(
                    "产品和服务不属于禁止、限制和淘汰类",
                    "Products not prohibited, restricted or eliminated",
                ),
                Fact::PermittedBusiness,
            )
        },
    },
    Condition {
        id: "clean_record",
        basis: "国科发政〔2017〕115号 条件四（无重大事故、失信记录）",
        judge: |p| {
            yes(
                p,
                tx!(
                    "上年及当年无重大事故和严重违法失信",
                    "Clean record in the previous and current year",
                ),
                Fact::CleanRecord,
            )
        },
    },
    Condition {
        id: "score",
        basis:
            "国科发政〔2017〕115号 条件五与评价指标（60分以上且科技人员指标不为0；直接确认情形）",
        judge: tsme_score_row,
    },
];

/// Direct confirmation despite a score under 60 (any one of these, with conditions one to four).
const DIRECT_CONFIRMATION: Cond = Cond::Any(&[
    Cond::OneOf(Fact::HnteStatus, &["first", "again"]),
    Cond::Yes(Fact::NationalAwardTop3),
    Cond::Yes(Fact::ProvincialRdInstitution),
    Cond::Yes(Fact::LedStandard),
]);

/// The facts the score row may still need.
const SCORE_FACTS: &[Fact] = &[
    Fact::TechStaff,
    Fact::Employees,
    Fact::RdExpense,
    Fact::Revenue,
    Fact::TotalCost,
    Fact::IpInvention,
    Fact::IpOther,
    Fact::NationalAwardTop3,
    Fact::ProvincialRdInstitution,
    Fact::LedStandard,
];

/// Score at least 60 with a non-zero technical-staff score, or direct confirmation; decided as
/// soon as the answers make it certain.
fn tsme_score_row(p: &Profile) -> Judgement {
    let score = tsme_score(p);
    let certain = match (score.tech_staff, score.rd_at_least, score.ip) {
        (Some(a), Some(b), Some(c)) => Some(a + b + c),
        _ => None,
    };
    let score_truth = match (score.total, score.tech_staff, certain) {
        // A zero technical-staff score fails whatever the rest.
        (_, Some(0), _) => Truth::NotMet,
        (_, Some(_), Some(sure)) if sure >= 60 => Truth::Met,
        (Some(_), Some(_), _) => Truth::NotMet,
        _ => Truth::Unknown,
    };
    let truth = Truth::any([score_truth, DIRECT_CONFIRMATION.truth(p)]);
    let detail = score.total.map(|total| {
        let short = 60u32.saturating_sub(total);
        let tech_zero = score.tech_staff == Some(0);
        let (tech, rd, ip) = (
            score.tech_staff.unwrap_or(0),
            score.rd.unwrap_or(0),
            score.ip.unwrap_or(0),
        );
        let (short_zh, short_en) = if short > 0 {
            (
                format!("，距60分还差 {short} 分"),
                format!(", {short} short of 60"),
            )
        } else {
            (String::new(), String::new())
        };
        let (zero_zh, zero_en) = if tech_zero {
            (
                "；科技人员指标为0分，不符合条件",
                "; the technical-staff score is 0, which fails the rule",
            )
        } else {
            ("", "")
        };
        crate::msg!(
            "评分 {total} 分（科技人员 {tech} + 研发投入 {rd} + 知识产权 {ip}）{short_zh}{zero_zh}",
            "Score {total} (technical staff {tech} + R&D {rd} + IP {ip}){short_en}{zero_en}"
        )
    });
    Judgement {
        label: tx!(
            "综合评分不低于60分且科技人员指标不为0分（或符合直接确认条件）",
            "Score at least 60 with a non-zero technical-staff score (or direct confirmation)",
        ),
        truth,
        detail,
        missing: if truth == Truth::Unknown {
            missing_of(p, SCORE_FACTS)
        } else {
            Vec::new()
        },
    }
}

/// The 科技型中小企业 self-check.
static TSME: CheckDef = CheckDef {
    id: "tsme",
    name: tx!(
        "科技型中小企业评价自测",
        "Self-check: 科技型中小企业 (tech-based SME)",
    ),
    basis: tx!(
        "《科技型中小企业评价办法》（国科发政〔2017〕115号）",
        "Tech-based SME evaluation rules, 国科发政〔2017〕115号",
    ),
    applies: TSME_APPLIES,
    conditions: TSME_CONDITIONS,
};

/// A self-check as data: its rule, when it applies, and its conditions.
struct CheckDef {
    id: &'static str,
    name: Text,
    basis: Text,
    applies: Cond,
    conditions: &'static [Condition],
}

impl CheckDef {
    fn run(&self, p: &Profile, score: Option<TsmeScore>) -> Check {
        let rows = run(p, self.conditions);
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

/// The R&D-to-sales ratio required for 高新技术企业 by last year's sales: 5 % up to 5,000万元,
/// 4 % up to 2亿元, 3 % above. Bounds are inclusive on the lower band.
pub fn hnte_rd_ratio_percent(last_year_sales: Decimal) -> i64 {
    if last_year_sales <= Decimal::from(50_000_000) {
        5
    } else if last_year_sales <= Decimal::from(200_000_000) {
        4
    } else {
        3
    }
}

fn ceil_fen(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToPositiveInfinity)
}

/// A condition of the form "`part` is at least `percent` % of `whole`".
struct ShareRow {
    label: Text,
    part: Fact,
    whole: Fact,
    /// The required share; `None` while it depends on a missing answer.
    percent: Option<i64>,
    /// Other facts the required share depends on.
    also_needs: &'static [Fact],
    /// How to say what is short: (Chinese lead-in, English tail).
    short: (&'static str, &'static str),
    /// Whether adding to `part` adds to `whole` too (income to total income), so the amount short
    /// is `(p·W − 100·P) / (100 − p)` rather than `p·W/100 − P`.
    part_in_whole: bool,
}

/// Evaluates a share condition and, when it is missed, how much of `part` would close the gap.
/// With a zero `whole`, any positive `part` meets it.
fn share(p: &Profile, r: ShareRow) -> Judgement {
    let (Some(part), Some(whole), Some(percent)) = (p.number(r.part), p.number(r.whole), r.percent)
    else {
        let mut needs = vec![r.part, r.whole];
        needs.extend_from_slice(r.also_needs);
        return Judgement {
            label: r.label,
            truth: Truth::Unknown,
            detail: None,
            missing: missing_of(p, &needs),
        };
    };
    let percent_d = Decimal::from(percent);
    let met = if whole.is_zero() {
        part > Decimal::ZERO
    } else {
        part * Decimal::ONE_HUNDRED >= whole * percent_d
    };
    let gap = if r.part_in_whole {
        ceil_fen(
            (whole * percent_d - part * Decimal::ONE_HUNDRED) / (Decimal::ONE_HUNDRED - percent_d),
        )
    } else {
        ceil_fen(whole * percent_d / Decimal::ONE_HUNDRED - part)
    };
    let now = ratio(part, whole).map(pct).unwrap_or_else(|| "0%".into());
    let (short_zh, short_en) = r.short;
    let detail = if met {
        crate::msg!(
            "当前 {now}，要求 {percent}%",
            "Now {now}, required {percent}%"
        )
    } else {
        crate::msg!(
            "当前 {now}，要求 {percent}%，{short_zh} {gap} 元",
            "Now {now}, required {percent}%; {gap} yuan {short_en}",
            gap = yuan(gap),
        )
    };
    Judgement::decided(r.label, met, Some(detail))
}

/// Registered at least one year on the assessment date (read as the application date).
fn registered_one_year(p: &Profile) -> Judgement {
    let reg = p.date(Fact::RegistrationDate);
    Judgement {
        label: tx!(
            "申请时注册成立一年以上",
            "Registered for at least one year when applying",
        ),
        truth: match reg {
            Some(d) if d.add_years(1) <= p.assessment_date => Truth::Met,
            Some(_) => Truth::NotMet,
            None => Truth::Unknown,
        },
        detail: reg.filter(|d| d.add_years(1) > p.assessment_date).map(|d| {
            let from = d.add_years(1);
            crate::msg!("{from} 起满一年", "One year is reached on {from}")
        }),
        missing: missing_of(p, &[Fact::RegistrationDate]),
    }
}

/// Technical staff at least 10 % of employees, with the hires (or reassignments) that would close
/// the gap. Counts are at most ten million, so the products cannot overflow.
fn tech_staff_ratio(p: &Profile) -> Judgement {
    let label = tx!(
        "科技人员占职工总数不低于10%",
        "Technical staff at least 10% of employees",
    );
    let (Some(s), Some(e)) = (p.number(Fact::TechStaff), p.number(Fact::Employees)) else {
        return Judgement {
            label,
            truth: Truth::Unknown,
            detail: None,
            missing: missing_of(p, &[Fact::TechStaff, Fact::Employees]),
        };
    };
    let met = s * Decimal::TEN >= e && !e.is_zero();
    // New technical hires raise both counts: (s + x) * 10 >= e + x. Reassigning existing
    // employees raises only the first: s + y >= e / 10.
    let hire = ((e - s * Decimal::TEN) / Decimal::from(9))
        .ceil()
        .max(Decimal::ONE);
    let reassign = ((e / Decimal::TEN).ceil() - s).max(Decimal::ONE);
    let (more_zh, more_en) = if met {
        (String::new(), String::new())
    } else {
        (
            format!("，还需新增 {hire} 名科技人员（或将 {reassign} 名现有职工转为科技人员）"),
            format!("; {hire} more technical staff needed (or {reassign} existing employees reassigned)"),
        )
    };
    let detail =
        ratio(s, e).map(|r| crate::msg!("当前 {now}{more_zh}", "Now {now}{more_en}", now = pct(r)));
    Judgement::decided(label, met, detail)
}

/// The innovation-capability score must be above 70 (70 itself fails).
fn innovation_score(p: &Profile) -> Judgement {
    let detail = p
        .number(Fact::InnovationScore)
        .filter(|s| *s <= Decimal::from(70))
        .map(|s| {
            crate::msg!(
                "自评 {s} 分，需高于70分",
                "Self-assessed {s}; it must be above 70"
            )
        });
    Judgement {
        truth: Cond::Above(Fact::InnovationScore, 70).truth(p),
        detail,
        missing: missing_of(p, &[Fact::InnovationScore]),
        label: tx!(
            "企业创新能力评价得分70分以上（不含70分）",
            "Innovation-capability score above 70 (70 itself is not enough)",
        ),
    }
}

/// The eight conditions of 国科发火〔2016〕32号 Art. 11, in order.
static HNTE_CONDITIONS: &[Condition] = &[
    Condition {
        id: "registered_one_year",
        basis: "国科发火〔2016〕32号 第十一条（一）",
        judge: registered_one_year,
    },
    Condition {
        id: "core_ip",
        basis: "国科发火〔2016〕32号 第十一条（二）",
        judge: |p| {
            yes(
                p,
                tx!(
                    "拥有对主要产品起核心支持作用的知识产权",
                    "Owns IP core to the main products",
                ),
                Fact::CoreIp,
            )
        },
    },
    Condition {
        id: "key_field",
        basis: "国科发火〔2016〕32号 第十一条（三）",
        judge: |p| {
            yes(
                p,
                tx!(
                    "技术属于《国家重点支持的高新技术领域》",
                    "Technology within the national key high-tech fields",
                ),
                Fact::KeyField,
            )
        },
    },
    Condition {
        id: "tech_staff_ratio",
        basis: "国科发火〔2016〕32号 第十一条（四）",
        judge: tech_staff_ratio,
    },
    Condition {
        id: "rd_ratio",
        basis: "国科发火〔2016〕32号 第十一条（五）",
        judge: |p| {
            share(
                p,
                ShareRow {
                    label: tx!(
                        "近三年研发费用占销售收入比例达标（上年销售≤5000万元：5%；≤2亿元：4%；>2亿元：3%）",
                        "R&D over sales in the last 3 years meets the band (sales ≤5,000万: 5%; ≤2亿: 4%; above: 3%)",
                    ),
                    part: Fact::Rd3y,
                    whole: Fact::Sales3y,
                    percent: p.number(Fact::Revenue).map(hnte_rd_ratio_percent),
                    also_needs: &[Fact::Revenue],
                    short: ("三年研发费用还需增加", "more R&D over the three years needed"),
                    part_in_whole: false,
                },
            )
        },
    },
    Condition {
        id: "rd_domestic",
        basis: "国科发火〔2016〕32号 第十一条（五）",
        judge: |p| {
            share(
                p,
                ShareRow {
                    label: tx!(
                        "境内研发费用占全部研发费用不低于60%",
                        "R&D spent in China at least 60% of all R&D",
                    ),
                    part: Fact::RdDomestic3y,
                    whole: Fact::Rd3y,
                    percent: Some(60),
                    also_needs: &[],
                    short: ("境内研发费用还差", "more R&D in China needed"),
                    part_in_whole: true,
                },
            )
        },
    },
    Condition {
        id: "hightech_income",
        basis: "国科发火〔2016〕32号 第十一条（六）",
        judge: |p| {
            share(
                p,
                ShareRow {
                    label: tx!(
                        "上年高新技术产品（服务）收入占总收入不低于60%",
                        "High-tech income at least 60% of total income last year",
                    ),
                    part: Fact::HightechIncome,
                    whole: Fact::TotalIncome,
                    percent: Some(60),
                    also_needs: &[],
                    short: ("高新技术产品收入还差", "more high-tech income needed"),
                    part_in_whole: true,
                },
            )
        },
    },
    Condition {
        id: "innovation_score",
        basis: "国科发火〔2016〕32号 第十一条（七）",
        judge: innovation_score,
    },
    Condition {
        id: "no_major_incident",
        basis: "国科发火〔2016〕32号 第十一条（八）",
        judge: |p| {
            yes(
                p,
                tx!(
                    "申请前一年无重大安全、质量事故或严重环境违法",
                    "No major safety, quality or environmental incident in the year before applying",
                ),
                Fact::NoMajorIncident,
            )
        },
    },
];

/// The 高新技术企业 self-check.
static HNTE: CheckDef = CheckDef {
    id: "hnte",
    name: tx!(
        "高新技术企业认定条件自测",
        "Self-check: 高新技术企业 (HNTE) conditions",
    ),
    basis: tx!(
        "《高新技术企业认定管理办法》（国科发火〔2016〕32号）第十一条",
        "HNTE recognition rules, 国科发火〔2016〕32号, Art. 11",
    ),
    applies: HNTE_APPLIES,
    conditions: HNTE_CONDITIONS,
};

/// Runs both self-checks.
pub fn check(p: &Profile) -> NationalChecks {
    NationalChecks {
        tsme: TSME.run(p, Some(tsme_score(p))),
        hnte: HNTE.run(p, None),
    }
}
