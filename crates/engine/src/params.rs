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
            "rd_post_subsidy",
            t("研发费用后补助标准", "R&D post-subsidy rate"),
            Unit::Ratio,
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
            "east_west",
            t("东西部科技合作资助额", "East–west cooperation amount"),
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
            "ip_pledge",
            t(
                "知识产权质押融资贴息或担保标准",
                "IP-pledge financing terms",
            ),
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
