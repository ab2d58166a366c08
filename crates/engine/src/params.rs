//! Dated parameters: the amounts and rates the reply leaves to each year's application guideline.
//!
//! None is known from any public source, so every parameter starts unset and the app says "set by
//! the year's application guideline". When staff enter a published guideline, they fill in the
//! value, the date it applies from and its source; nothing here is ever guessed.

use crate::date::Date;
use crate::text::{t, Text};
use rust_decimal::Decimal;
use serde::Serialize;

/// What a parameter's value measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// An amount in yuan.
    Yuan,
    /// A ratio (0.1 = 10 %).
    Ratio,
}

/// One parameter and where its value comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Parameter {
    pub id: &'static str,
    pub name: Text,
    pub unit: Unit,
    /// The value, once a published guideline fixes it.
    pub value: Option<Decimal>,
    /// The date the value applies from.
    pub as_of: Option<Date>,
    /// The document the value comes from.
    pub source: Option<String>,
}

const fn unset(id: &'static str, name: Text, unit: Unit) -> Parameter {
    Parameter {
        id,
        name,
        unit,
        value: None,
        as_of: None,
        source: None,
    }
}

/// The parameters with their defaults (all unset).
pub fn defaults() -> Vec<Parameter> {
    vec![
        unset(
            "rd_post_subsidy_rate",
            t(
                "研发费用后补助比例（一般企业）",
                "R&D post-subsidy rate (enterprises in general)",
            ),
            Unit::Ratio,
        ),
        unset(
            "rd_post_subsidy_software_rate",
            t(
                "研发费用后补助比例（软件开发类企业，低于一般企业）",
                "R&D post-subsidy rate for software-development firms (lower)",
            ),
            Unit::Ratio,
        ),
        unset(
            "rd_post_subsidy_soe_project",
            t(
                "国有企业研发后补助（按项目）每项金额",
                "R&D post-subsidy per project for state-owned enterprises",
            ),
            Unit::Yuan,
        ),
        unset(
            "sme_innovation",
            t("中小企业创新专项资助额", "SME innovation programme amount"),
            Unit::Yuan,
        ),
        unset(
            "cultivation",
            t("培育库梯次支持额", "Cultivation pool support"),
            Unit::Yuan,
        ),
        unset(
            "hundred_enterprises",
            t(
                "“百企科技展翅”重点企业支持额",
                "百企科技展翅 key-enterprise support",
            ),
            Unit::Yuan,
        ),
        unset(
            "industry_special",
            t("细分专项资助额", "Industry programme amount"),
            Unit::Yuan,
        ),
        unset(
            "sector_joint",
            t("行业联合专项资助额", "Joint sector programme amount"),
            Unit::Yuan,
        ),
        unset(
            "key_technology",
            t("关键技术长期支持额", "Key-technology support"),
            Unit::Yuan,
        ),
        unset(
            "innovation_platform",
            t("科技创新平台专项资助额", "Innovation platform amount"),
            Unit::Yuan,
        ),
        unset(
            "innovation_consortium",
            t("创新联合体奖补额", "Innovation consortium award"),
            Unit::Yuan,
        ),
        unset(
            "talent_institution",
            t("人才研发机构补助额", "Talent R&D institution subsidy"),
            Unit::Yuan,
        ),
        unset(
            "tech_commissioner",
            t("科技特派员创业项目资助额", "科技特派员 project funding"),
            Unit::Yuan,
        ),
        unset(
            "kechuang_china",
            t("科创中国专项资助额", "科创中国 programme amount"),
            Unit::Yuan,
        ),
        unset(
            "university_enterprise",
            t(
                "校企联合专项资助额",
                "University–enterprise programme amount",
            ),
            Unit::Yuan,
        ),
        unset(
            "transfer_special",
            t("成果转化专项资助额", "Transfer programme amount"),
            Unit::Yuan,
        ),
        unset(
            "pilot_rate",
            t("中试熟化项目支持比例", "Pilot-scale support rate"),
            Unit::Ratio,
        ),
        unset(
            "challenge_projects",
            t("揭榜挂帅项目资助额", "Open-challenge project amount"),
            Unit::Yuan,
        ),
    ]
}

/// The parameter with this id in a set.
pub fn find<'a>(params: &'a [Parameter], id: &str) -> Option<&'a Parameter> {
    params.iter().find(|p| p.id == id)
}

/// The batch cut-offs of the city's year-round project applications: city practice, not a clause
/// of the reply, so a dated value with its own source, shown as "usually".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BatchCutoffs {
    /// Month and day of each cut-off in a year, in order.
    pub month_days: &'static [(u8, u8)],
    /// The date the practice applies from.
    pub from: Date,
    /// The source id in `meta::SOURCES`.
    pub source: &'static str,
}

/// The batch cut-off practice, newest last: end of April and end of September; applications
/// after the September cut-off roll into the next year.
pub static BATCH_CUTOFFS: &[BatchCutoffs] = &[BatchCutoffs {
    month_days: &[(4, 30), (9, 30)],
    from: Date::known(2018, 4, 19),
    source: "yc-kjj-2018-year-round",
}];

/// The batch cut-off practice in force on `date`, if any was recorded by then.
pub fn batch_cutoffs(date: Date) -> Option<&'static BatchCutoffs> {
    BATCH_CUTOFFS.iter().rev().find(|c| c.from <= date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cutoff_practice_is_well_formed() {
        for c in BATCH_CUTOFFS {
            assert_eq!(
                Date::new(c.from.year(), c.from.month(), c.from.day()),
                Some(c.from)
            );
            assert!(c.month_days.windows(2).all(|w| w[0] < w[1]));
            for &(m, d) in c.month_days {
                assert!(Date::new(2023, m, d).is_some());
            }
            assert!(crate::meta::SOURCES.iter().any(|s| s.id == c.source));
        }
        assert!(batch_cutoffs(Date::known(2018, 4, 18)).is_none());
        assert!(batch_cutoffs(Date::known(2018, 4, 19)).is_some());
    }
}
