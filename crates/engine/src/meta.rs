//! Metadata of the rule set: version, sources with their dates, a content hash, and the warning
//! shown once the sources are more than a year older than the assessment date.

use crate::date::Date;
use crate::t;
use crate::text::Text;
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
        title: t!(meta.yc2022_029.title),
        issued: "2022-09-14",
    },
    Source {
        id: "guokefazheng-2017-115",
        title: t!(meta.guokefazheng_2017_115.title),
        issued: "2017",
    },
    Source {
        id: "guokefahuo-2016-32",
        title: t!(meta.guokefahuo_2016_32.title),
        issued: "2016",
    },
    Source {
        id: "yc-kjj-2018-year-round",
        title: t!(meta.yc_kjj_2018_year_round.title),
        issued: "2018-04-19",
    },
    Source {
        id: "civil-code-201-202",
        title: t!(meta.civil_code_201_202.title),
        issued: "2020-05-28",
    },
    Source {
        id: "ycykc-channels",
        title: t!(meta.ycykc_channels.title),
        issued: "2022",
    },
    Source {
        id: "above-size-threshold",
        title: t!(meta.above_size_threshold.title),
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
        stale_warning: stale.then_some(t!(meta.these_rules_rest_reply_14)),
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
