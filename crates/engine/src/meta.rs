//! Metadata of the rule set: version, sources with their dates, a content hash, and the warning
//! shown once the sources are more than a year older than the assessment date.

use crate::date::Date;
use crate::text::{t, Text};
use serde::Serialize;

/// Version of the rule set, shown on every result. Bump it whenever a rule, question or parameter
/// changes.
pub const RULESET_VERSION: &str = "2026.12-3";
/// The source document every programme rule cites.
pub const SOURCE_ID: &str = "yc2022-029";
/// The day the reply was issued: before it, none of its programmes was in force.
pub const SOURCE_ISSUED: Date = Date::known(2022, 9, 14);

/// A document the rules come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Source {
    pub id: &'static str,
    pub title: Text,
    /// The issue date where the document gives it; otherwise the year of its number.
    pub issued: &'static str,
}

pub static SOURCES: &[Source] = &[
    Source {
        id: "yc2022-029",
        title: t(
            "银川市科技局关于对市政协十四届一次会议第029号“关于培育和壮大科技型企业 强化企业创新主体地位的提案”的答复",
            "Reply of the Yinchuan Science and Technology Bureau to CPPCC proposal no. 029 (14th session) on growing tech enterprises",
        ),
        issued: "2022-09-14",
    },
    Source {
        id: "guokefazheng-2017-115",
        title: t("《科技型中小企业评价办法》（国科发政〔2017〕115号）", "Tech-based SME evaluation rules (国科发政〔2017〕115号)"),
        issued: "2017",
    },
    Source {
        id: "guokefahuo-2016-32",
        title: t("《高新技术企业认定管理办法》（国科发火〔2016〕32号）", "HNTE recognition rules (国科发火〔2016〕32号)"),
        issued: "2016",
    },
    Source {
        id: "yc-kjj-2018-year-round",
        title: t(
            "银川市科学技术局发布的科技项目常年常态化申报通知（2018年4月19日，银川市政府信息公开平台）：每年4月底、9月底分批截止，10月以后申报的转入下一年度",
            "Yinchuan Science and Technology Bureau, notice on year-round (常年常态化) project applications (published 19 April 2018 on the city government's disclosure site): batches close at the end of April and of September; later applications roll into the next year",
        ),
        issued: "2018-04-19",
    },
    Source {
        id: "civil-code-201-202",
        title: t(
            "《中华人民共和国民法典》第二百零一条、第二百零二条（期间的计算：到期月的对应日为期间的最后一日，没有对应日的为月末日）",
            "Civil Code of the PRC, arts. 201–202 (computing periods: a period in years or months ends on the corresponding day, or the month's last day where there is none)",
        ),
        issued: "2020-05-28",
    },
    Source {
        id: "ycykc-channels",
        title: t(
            "银川市科学技术局公开发布的材料中的平台地址：银科创公共服务平台 www.ycykc.cn，项目管理系统 kjxmgl.ycykc.cn（2022年银川新星科技创新引导基金申报通知写明在此申报）",
            "Addresses in the bureau's own publications: the 银科创 platform www.ycykc.cn and its project-management system kjxmgl.ycykc.cn (named for applications in the 2022 Xinxing fund notice)",
        ),
        issued: "2022",
    },
    Source {
        id: "above-size-threshold",
        title: t("规模以上工业企业统计标准（主营业务收入2000万元，2011年起）", "National threshold for above-size industrial enterprises (2,000万元, since 2011)"),
        issued: "2011",
    },
];

/// The date of the newest source the programme rules rest on.
pub fn rules_as_of() -> Date {
    Date::new(2022, 9, 14).unwrap_or(Date::jan_first(2022))
}

/// What every result carries about the rules that produced it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RulesetInfo {
    pub version: &'static str,
    /// The `version` of `policy/parameters.toml`.
    pub parameters_version: &'static str,
    /// The rule data's hash combined with the parameters file's: it changes whenever either does.
    pub content_hash: String,
    pub rules_as_of: Date,
    pub sources: &'static [Source],
    /// Set when the sources are more than a year older than the assessment date.
    pub stale_warning: Option<Text>,
}

// `CONTENT_HASH`: a 64-bit FNV-1a hash of the rule sources (the catalogue, the questions, the
// facts, the national self-checks and the clause texts, without comments and white space), as 16
// hex digits, written by the build script: it changes whenever a rule does, so a saved result can
// be matched to its rules, and nobody copies it by hand.
include!(concat!(env!("OUT_DIR"), "/content_hash.rs"));

/// The rule-set information for an assessment date.
pub fn ruleset_info(assessment_date: Date) -> RulesetInfo {
    let as_of = rules_as_of();
    let stale = assessment_date > as_of.add_years(1);
    RulesetInfo {
        version: RULESET_VERSION,
        parameters_version: crate::params::FILE_VERSION,
        content_hash: combined_hash(),
        rules_as_of: as_of,
        sources: SOURCES,
        stale_warning: stale.then_some(t(
            "这些规则依据2022年9月14日的答复：今年的申报条件和金额可能已变，申报前请对照当年申报指南。",
            "These rules rest on a reply of 14 September 2022: this year's conditions and amounts may have changed, so check the year's guideline before applying.",
        )),
    }
}

/// The content hash of the rule data and of the parameters file together (FNV-1a over both).
pub fn combined_hash() -> String {
    let h = crate::fnv::feed(
        crate::fnv::hash(CONTENT_HASH.as_bytes()),
        crate::params::FILE_HASH.as_bytes(),
    );
    format!("{h:016x}")
}
