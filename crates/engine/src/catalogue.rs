//! The programme catalogue: one entry per support item of the 2022 reply, with its conditions as
//! data, its benefit, the clauses it rests on and the next step.
//!
//! Reading of the text: where the reply names a target group but leaves criteria or amounts to
//! the year's application guideline, the programme's benefit is `Guideline` and a met programme is
//! "possible", never "eligible". Only the amounts the reply itself fixes are ceilings.

use crate::cond::Cond::{self, *};
use crate::cond::Num::{Lit, Param};
use crate::facts::{Fact, YINCHUAN_PLACES};
use crate::params::{id, ParamId};
use crate::t;
use crate::text::Text;
use serde::Serialize;

/// The broad group a programme belongs to, used to order and group cards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Recognition,
    Research,
    Talent,
    Cooperation,
    Finance,
    Transfer,
    Service,
    /// National tax incentives: their own group, never in the city's known maximum.
    Tax,
}

/// One condition of a programme, as shown in "why / why not".
#[derive(Debug, Clone, Copy)]
pub struct Criterion {
    pub id: &'static str,
    pub label: Text,
    pub cond: Cond,
    pub clause: &'static str,
}

/// What a programme gives.
#[derive(Debug, Clone, Copy)]
pub enum Benefit {
    /// A post-subsidy after a first recognition: one project a year within 2 years of the
    /// recognition, at most the parameter `cap` (yuan) in all, less what was already paid.
    FirstRecognition {
        cap: ParamId,
        /// The recognition status fact; its window questions matter once it says "first".
        status: Fact,
        date: Fact,
        paid: Fact,
        supported_this_year: Fact,
    },
    /// A fixed sum (the parameter `per`, yuan) for each recognised talent or team.
    PerRecognised {
        per: ParamId,
        count: Fact,
        what: Text,
    },
    /// Money whose criteria or amount the year's application guideline sets (parameters, one
    /// per part the text names: the R&D post-subsidy has a general rate, a software-firm rate
    /// and a per-project amount for state-owned enterprises).
    Guideline {
        params: &'static [ParamId],
        /// The parameters meant for some enterprises only (a software firm's rate, a state-owned
        /// enterprise's per-project amount): shown and used while the condition may hold, left out
        /// once the answers rule it out. The others are for every enterprise.
        only_if: &'static [(ParamId, Cond)],
        what: Text,
    },
    /// Support based on a pilot project's investment less land, buildings and engineering.
    PilotBase { param: ParamId },
    /// A service open to every enterprise that meets the conditions.
    Service { what: Text },
    /// Priority, access or matching decided case by case.
    Access { what: Text },
    /// A tax deduction: `base` × the parameter `rate` (percent) is deducted again before tax.
    TaxDeduction { rate: ParamId, base: Fact },
    /// A lower income-tax rate: the parameter `reduced` instead of `standard` (percent).
    TaxRate { reduced: ParamId, standard: ParamId },
}

/// When a programme takes applications.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    /// Project batches with cut-offs at the end of April and the end of September.
    Batches,
    /// Open all year (services).
    Ongoing,
    /// Announced by the bureau (calls, fund rounds).
    Announced,
    /// The source names no dates: the card says so rather than "open all year".
    Unstated,
}

/// Where and how to apply.
#[derive(Debug, Clone, Copy)]
pub struct NextStep {
    pub how: Text,
    pub timing: Timing,
    /// The clause that names the channel, where the reply names it.
    pub clause: Option<&'static str>,
    /// How to reach the channel, where a public source gives it.
    pub reach: Option<Reach>,
}

/// How to reach a channel, from a public source (an id in `meta::SOURCES`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Reach {
    pub text: Text,
    pub source: &'static str,
}

/// The three channels of 4.2.3, as the bureau's own publications give them. No public address
/// was found for 政企通, so it is named only.
pub const REACH_PLATFORMS: Reach = Reach {
    text: t!(catalogue.reach_platforms.text),
    source: "ycykc-channels",
};

/// A remark shown on the card when its condition holds (always, when `when` is `None`).
#[derive(Debug, Clone, Copy)]
pub struct Note {
    pub when: Option<Cond>,
    pub text: Text,
    pub clause: &'static str,
}

/// One support item of the reply.
#[derive(Debug, Clone, Copy)]
pub struct Programme {
    pub id: &'static str,
    pub name: Text,
    pub category: Category,
    /// The clauses the programme rests on; the first is the main one.
    pub clauses: &'static [&'static str],
    /// A short verbatim quote of the main clause.
    pub quote: &'static str,
    pub criteria: &'static [Criterion],
    pub benefit: Benefit,
    pub next_step: NextStep,
    pub notes: &'static [Note],
}

/// Programmes are one each in `CATALOGUE`: two are the same when their ids are.
impl PartialEq for Programme {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Eq for Programme {}

/// A programme is written as its id (the results' JSON, the CLI).
impl serde::Serialize for Programme {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id)
    }
}

// ---------------------------------------------------------------------------------------------
// Shared criteria.

const fn in_yinchuan(clause: &'static str) -> Criterion {
    Criterion {
        id: "in_yinchuan",
        label: t!(catalogue.in_yinchuan.label),
        cond: OneOf(Fact::Location, YINCHUAN_PLACES),
        clause,
    }
}

const TECH_ENTERPRISE: Cond = Any(&[
    Yes(Fact::TsmeRegistered),
    OneOf(Fact::HnteStatus, &["first", "again"]),
    OneOf(Fact::GiantStatus, &["first", "again"]),
]);

/// Industrial, with main-business revenue of at least the national statistical threshold for
/// 规模以上工业企业 (`above_size_min_revenue` in policy/parameters.toml: 2,000万元 since 2011).
pub const ABOVE_SIZE_INDUSTRIAL: Cond = All(&[
    Yes(Fact::Industrial),
    AtLeast(Fact::Revenue, Param(id::ABOVE_SIZE_MIN_REVENUE)),
]);

/// Enterprises not (yet) registered or recognised as tech enterprises.
const NOT_TECH_ENTERPRISE: Cond = Not(&TECH_ENTERPRISE);

/// The industries the reply's track list names (2.2.1): "三新产业" (new materials, new energy,
/// new food), traditional industry, electronic information, equipment manufacturing.
const NAMED_TRACKS: &[&str] = &[
    "new_materials",
    "new_energy",
    "new_food",
    "traditional",
    "electronic_info",
    "equipment",
];

/// The key-enterprise notes of the clauses that name "重点企业" as the target group.
const fn key_enterprise_notes(clause: &'static str) -> [Note; 2] {
    [
        Note {
            when: Some(Yes(Fact::KeyEnterprise)),
            text: t!(catalogue.key_enterprise_notes.text),
            clause,
        },
        Note {
            when: Some(No(Fact::KeyEnterprise)),
            text: t!(catalogue
                .key_enterprise_notes
                .reply_names_key_enterprises_target),
            clause,
        },
    ]
}

const KECHUANG_NOTES: [Note; 2] = key_enterprise_notes("3.1.1");
const ENCLAVE_NOTES: [Note; 2] = key_enterprise_notes("3.1.3");
const KEY_TECH_NOTES: [Note; 2] = key_enterprise_notes("2.2.1");

/// Project cards: the reply raises the share of indirect costs (4.1.2).
const INDIRECT_COSTS: Note = Note {
    when: None,
    text: t!(catalogue.indirect_costs.text),
    clause: "4.1.2",
};

/// Talent cards: lump-sum funding for talent projects (4.1.2).
const LUMP_SUM: Note = Note {
    when: None,
    text: t!(catalogue.lump_sum.text),
    clause: "4.1.2",
};

/// Both first recognitions at once: one post-subsidy project a year (2.1).
const ONE_PROJECT_A_YEAR: Note = Note {
    when: Some(All(&[
        OneOf(Fact::HnteStatus, &["first"]),
        OneOf(Fact::GiantStatus, &["first"]),
    ])),
    text: t!(catalogue.one_project_a_year.text),
    clause: "2.1",
};

/// The first-recognition subsidy pays for R&D, not for the certificate (2.1).
const FOR_RESEARCH: Note = Note {
    when: None,
    text: t!(catalogue.for_research.text),
    clause: "2.1",
};

/// The two readings of "认定后2年内" (see docs/interpretation.md).
const TWO_READINGS: Note = Note {
    when: None,
    text: t!(catalogue.two_readings.text),
    clause: "2.1",
};

const FIRST_RECOGNITION_NOTES: &[Note] = &[FOR_RESEARCH, TWO_READINGS, ONE_PROJECT_A_YEAR];

/// R&D spending, the condition of the first-recognition post-subsidies (2.1: 补研发).
const HAS_RD_FOR_PROJECT: Criterion = Criterion {
    id: "rd_for_project",
    label: t!(catalogue.has_rd_for_project.label),
    cond: Above(Fact::RdExpense, Lit(0)),
    clause: "2.1",
};

/// Talent money goes to the talent or team, not to the enterprise (2.3).
const TALENT_MONEY: Note = Note {
    when: None,
    text: t!(catalogue.talent_money.text),
    clause: "2.3",
};

/// Open services whose clause names no place of registration (1.2, 3.3.1, 4.2.1): outside the
/// city the card is "possible" with this note, never "not eligible".
const fn open_beyond_city(clause: &'static str) -> Note {
    Note {
        when: Some(OneOf(Fact::Location, &["outside"])),
        text: t!(catalogue.open_beyond_city.text),
        clause,
    }
}

/// The two tax cards are computed as the annual return computes them, each with the other in
/// place, so they add up to the total (docs/interpretation.md).
const TAX_CARDS_TOGETHER: Note = Note {
    when: Some(All(&[
        OneOf(Fact::HnteStatus, &["first", "again"]),
        Above(Fact::RdExpense, Lit(0)),
    ])),
    text: t!(catalogue.tax_cards_together.text),
    clause: "cit-28",
};

/// The finance services are for "科技企业" (3.2.1).
const TECH_FIRMS_FINANCE: Note = Note {
    when: Some(NOT_TECH_ENTERPRISE),
    text: t!(catalogue.tech_firms_finance.text),
    clause: "3.2.1",
};

const PLATFORMS: Text = t!(catalogue.platforms.apply_through_public_service_platform);

const fn batches() -> NextStep {
    NextStep {
        how: PLATFORMS,
        timing: Timing::Batches,
        clause: Some("4.2.3"),
        reach: Some(REACH_PLATFORMS),
    }
}

/// Through the channels named in 4.2.3, when the bureau announces a call.
const fn announced_on_platforms() -> NextStep {
    NextStep {
        how: PLATFORMS,
        timing: Timing::Announced,
        clause: Some("4.2.3"),
        reach: Some(REACH_PLATFORMS),
    }
}

const fn ongoing(how: Text, clause: Option<&'static str>) -> NextStep {
    NextStep {
        how,
        timing: Timing::Ongoing,
        clause,
        reach: None,
    }
}

// ---------------------------------------------------------------------------------------------
// The catalogue.

pub static CATALOGUE: &[Programme] = &[
    Programme {
        id: "hnte-first-recognition",
        name: t!(catalogue.hnte_first_recognition.name),
        category: Category::Recognition,
        clauses: &["2.1"],
        quote: crate::cited!("对首次认定为高新技术企业或科技小巨人企业的,认定后2年内每年支持一个后补助项目,高新技术企业累计最高补助50万元"),
        criteria: &[
            in_yinchuan("2.1"),
            Criterion {
                id: "hnte_first",
                label: t!(catalogue.hnte_first_recognition.label),
                cond: OneOf(Fact::HnteStatus, &["first"]),
                clause: "2.1",
            },
            HAS_RD_FOR_PROJECT,
        ],
        benefit: Benefit::FirstRecognition {
            cap: id::HNTE_FIRST_CAP,
            status: Fact::HnteStatus,
            date: Fact::HnteDate,
            paid: Fact::HntePaid,
            supported_this_year: Fact::HnteSupportedThisYear,
        },
        next_step: batches(),
        notes: FIRST_RECOGNITION_NOTES,
    },
    Programme {
        id: "giant-first-recognition",
        name: t!(catalogue.giant_first_recognition.name),
        category: Category::Recognition,
        clauses: &["2.1"],
        quote: crate::cited!("科技小巨人企业累计最高补助30万元"),
        criteria: &[
            in_yinchuan("2.1"),
            Criterion {
                id: "giant_first",
                label: t!(catalogue.giant_first_recognition.label),
                cond: OneOf(Fact::GiantStatus, &["first"]),
                clause: "2.1",
            },
            HAS_RD_FOR_PROJECT,
        ],
        benefit: Benefit::FirstRecognition {
            cap: id::GIANT_FIRST_CAP,
            status: Fact::GiantStatus,
            date: Fact::GiantDate,
            paid: Fact::GiantPaid,
            supported_this_year: Fact::GiantSupportedThisYear,
        },
        next_step: batches(),
        notes: FIRST_RECOGNITION_NOTES,
    },
    Programme {
        id: "rd-post-subsidy",
        name: t!(catalogue.rd_post_subsidy.name),
        category: Category::Research,
        clauses: &["2.1"],
        quote: crate::cited!("推动“区域性”补助向“全覆盖”补助转变,分企业分行业对研发费用后补助进行调整和优化"),
        criteria: &[
            in_yinchuan("2.1"),
            Criterion {
                id: "has_rd_expense",
                label: t!(catalogue.rd_post_subsidy.label),
                cond: Any(&[Above(Fact::RdExpense, Lit(0)), Yes(Fact::StateOwned)]),
                clause: "2.1",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::RD_POST_SUBSIDY_RATE, id::RD_POST_SUBSIDY_SOFTWARE_RATE, id::RD_POST_SUBSIDY_SOE_PROJECT],
            // §2.1: software firms get a lower level of support, state-owned enterprises are
            // subsidised per project instead of on their R&D expense (the notes below).
            only_if: &[
                (id::RD_POST_SUBSIDY_RATE, All(&[Not(&HasAny(Fact::Industries, &["software"])), Not(&Yes(Fact::StateOwned))])),
                (id::RD_POST_SUBSIDY_SOFTWARE_RATE, All(&[HasAny(Fact::Industries, &["software"]), Not(&Yes(Fact::StateOwned))])),
                (id::RD_POST_SUBSIDY_SOE_PROJECT, Yes(Fact::StateOwned)),
            ],
            what: t!(catalogue.rd_post_subsidy.what),
        },
        next_step: batches(),
        notes: &[
            Note {
                when: Some(HasAny(Fact::Industries, &["software"])),
                text: t!(catalogue.rd_post_subsidy.text),
                clause: "2.1",
            },
            Note {
                when: Some(Yes(Fact::StateOwned)),
                text: t!(catalogue.rd_post_subsidy.state_owned_enterprises_subsidised_per),
                clause: "2.1",
            },
            INDIRECT_COSTS,
        ],
    },
    Programme {
        id: "sme-innovation",
        name: t!(catalogue.sme_innovation.name),
        category: Category::Research,
        clauses: &["2.1", "4.1.1"],
        quote: crate::cited!("设立中小企业创新专项,支持科技型中小企业形成核心技术,打造“拳头产品”"),
        criteria: &[
            in_yinchuan("2.1"),
            Criterion {
                id: "tsme",
                label: t!(catalogue.tsme.label),
                cond: Yes(Fact::TsmeRegistered),
                clause: "2.1",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::SME_INNOVATION],
            only_if: &[],
            what: t!(catalogue.tsme.what),
        },
        next_step: batches(),
        notes: &[INDIRECT_COSTS],
    },
    Programme {
        id: "tech-enterprise-cultivation",
        name: t!(catalogue.tech_enterprise_cultivation.name),
        category: Category::Research,
        clauses: &["2.1"],
        quote: crate::cited!("建立科技型企业培育库,完善科技型企业梯次支持政策"),
        criteria: &[
            in_yinchuan("2.1"),
            Criterion {
                id: "tech_or_cultivated",
                label: t!(catalogue.tech_enterprise_cultivation.label),
                // The plan first: it is the change an enterprise being cultivated can make now.
                cond: Any(&[
                    All(&[Above(Fact::RdExpense, Lit(0)), Yes(Fact::PlansRecognition)]),
                    TECH_ENTERPRISE,
                ]),
                clause: "2.1",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::CULTIVATION],
            only_if: &[],
            what: t!(catalogue.tech_enterprise_cultivation.what),
        },
        next_step: batches(),
        notes: &[Note {
            when: Some(NOT_TECH_ENTERPRISE),
            text: t!(catalogue.tech_enterprise_cultivation.text),
            clause: "2.1",
        }],
    },
    Programme {
        id: "hundred-enterprises",
        name: t!(catalogue.hundred_enterprises.name),
        category: Category::Research,
        clauses: &["2.1"],
        quote: crate::cited!("实施“百企科技展翅”计划,建立重点企业库,连续跟踪支持"),
        criteria: &[
            in_yinchuan("2.1"),
            Criterion {
                id: "key_or_tech_enterprise",
                label: t!(catalogue.hundred_enterprises.label),
                cond: Any(&[Yes(Fact::KeyEnterprise), TECH_ENTERPRISE]),
                clause: "2.1",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::HUNDRED_ENTERPRISES],
            only_if: &[],
            what: t!(catalogue.hundred_enterprises.what),
        },
        next_step: announced_on_platforms(),
        notes: &[
            Note {
                when: Some(Yes(Fact::KeyEnterprise)),
                text: t!(catalogue.hundred_enterprises.text),
                clause: "2.1",
            },
            Note {
                when: Some(No(Fact::KeyEnterprise)),
                text: t!(catalogue.hundred_enterprises.bureau_builds_list_years_notice),
                clause: "2.1",
            },
        ],
    },
    Programme {
        id: "industry-special",
        name: t!(catalogue.industry_special.name),
        category: Category::Research,
        clauses: &["2.2.1", "4.1.1"],
        quote: crate::cited!("设立“三新产业”、传统产业、电子信息、装备制造等细分专项和行业联合专项"),
        criteria: &[
            in_yinchuan("2.2.1"),
            Criterion {
                id: "industry_track",
                label: t!(catalogue.industry_special.label),
                cond: Answered(Fact::Industries),
                clause: "2.2.1",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::INDUSTRY_SPECIAL],
            only_if: &[],
            what: t!(catalogue.industry_special.what),
        },
        next_step: batches(),
        notes: &[
            Note {
                when: Some(HasAny(Fact::Industries, NAMED_TRACKS)),
                text: t!(catalogue.industry_special.text),
                clause: "2.2.1",
            },
            Note {
                when: Some(Not(&HasAny(Fact::Industries, NAMED_TRACKS))),
                text: t!(catalogue.industry_special.reply_does_not_name_your),
                clause: "2.2.1",
            },
            INDIRECT_COSTS,
        ],
    },
    Programme {
        id: "sector-joint",
        name: t!(catalogue.sector_joint.name),
        category: Category::Research,
        clauses: &["2.2.1", "4.1.1"],
        quote: crate::cited!("推动各行业、各领域企业在细分赛道发挥竞争优势,聚焦关键技术开展研究和攻关"),
        criteria: &[in_yinchuan("2.2.1")],
        benefit: Benefit::Guideline {
            params: &[id::SECTOR_JOINT],
            only_if: &[],
            what: t!(catalogue.sector_joint.what),
        },
        next_step: batches(),
        notes: &[INDIRECT_COSTS],
    },
    Programme {
        id: "key-technology",
        name: t!(catalogue.key_technology.name),
        category: Category::Research,
        clauses: &["2.2.1"],
        quote: crate::cited!("对重点领域、重点企业围绕产业关键共性技术和“卡脖子”技术持续开展攻关的,给予长期稳定支持"),
        criteria: &[
            in_yinchuan("2.2.1"),
            Criterion {
                id: "key_tech",
                label: t!(catalogue.key_technology.label),
                cond: Yes(Fact::KeyTech),
                clause: "2.2.1",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::KEY_TECHNOLOGY],
            only_if: &[],
            what: t!(catalogue.key_technology.what),
        },
        next_step: batches(),
        notes: &[KEY_TECH_NOTES[0], KEY_TECH_NOTES[1], INDIRECT_COSTS],
    },
    Programme {
        id: "innovation-platform",
        name: t!(catalogue.innovation_platform.name),
        category: Category::Research,
        clauses: &["2.2.1", "4.1.1"],
        quote: crate::cited!("以规上工业企业为主体搭建一批科技创新平台"),
        criteria: &[
            in_yinchuan("2.2.1"),
            Criterion {
                id: "builds_platform",
                label: t!(catalogue.innovation_platform.label),
                cond: Yes(Fact::RdPlatform),
                clause: "2.2.1",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::INNOVATION_PLATFORM],
            only_if: &[],
            what: t!(catalogue.innovation_platform.what),
        },
        next_step: batches(),
        notes: &[
            Note {
                when: Some(ABOVE_SIZE_INDUSTRIAL),
                text: t!(catalogue.innovation_platform.text),
                clause: "2.2.1",
            },
            Note {
                when: Some(Not(&ABOVE_SIZE_INDUSTRIAL)),
                text: t!(catalogue.innovation_platform.above_size_industrial_enterprises_main),
                clause: "2.2.1",
            },
            INDIRECT_COSTS,
        ],
    },
    Programme {
        id: "entrepreneur-training",
        name: t!(catalogue.entrepreneur_training.name),
        category: Category::Service,
        clauses: &["2.2.2"],
        quote: crate::cited!("持续深入开展企业家创新精神培育行动"),
        criteria: &[in_yinchuan("2.2.2")],
        benefit: Benefit::Service {
            what: t!(catalogue.entrepreneur_training.what),
        },
        next_step: ongoing(t!(catalogue.entrepreneur_training.watch_event_notices_platform_mini), Some("4.2.3")),
        notes: &[],
    },
    Programme {
        id: "innovation-consortium",
        name: t!(catalogue.innovation_consortium.name),
        category: Category::Cooperation,
        clauses: &["2.2.3", "4.1.1"],
        quote: crate::cited!("设置创新联合体专项,支持龙头企业牵头、高校院所支撑、各创新主体协同"),
        criteria: &[
            in_yinchuan("2.2.3"),
            Criterion {
                id: "in_consortium",
                label: t!(catalogue.innovation_consortium.label),
                cond: Any(&[Yes(Fact::ConsortiumLead), Yes(Fact::ConsortiumMember)]),
                clause: "2.2.3",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::INNOVATION_CONSORTIUM],
            only_if: &[],
            what: t!(catalogue.innovation_consortium.what),
        },
        next_step: batches(),
        notes: &[
            Note {
                when: Some(Yes(Fact::ConsortiumMember)),
                text: t!(catalogue.innovation_consortium.text),
                clause: "2.2.3",
            },
            INDIRECT_COSTS,
        ],
    },
    Programme {
        id: "leading-talent",
        name: t!(catalogue.leading_talent.name),
        category: Category::Talent,
        clauses: &["2.3"],
        quote: crate::cited!("市级领军人才和创新团队经认定后,分别给予30万和50万元的经费支持"),
        criteria: &[
            in_yinchuan("2.3"),
            Criterion {
                id: "has_leading_talent",
                label: t!(catalogue.leading_talent.label),
                cond: AtLeast(Fact::LeadingTalents, Lit(1)),
                clause: "2.3",
            },
        ],
        benefit: Benefit::PerRecognised {
            per: id::LEADING_TALENT_AMOUNT,
            count: Fact::LeadingTalents,
            what: t!(catalogue.leading_talent.what),
        },
        next_step: batches(),
        notes: &[TALENT_MONEY, LUMP_SUM],
    },
    Programme {
        id: "innovation-team",
        name: t!(catalogue.innovation_team.name),
        category: Category::Talent,
        clauses: &["2.3"],
        quote: crate::cited!("市级领军人才和创新团队经认定后,分别给予30万和50万元的经费支持"),
        criteria: &[
            in_yinchuan("2.3"),
            Criterion {
                id: "has_team",
                label: t!(catalogue.innovation_team.label),
                cond: AtLeast(Fact::InnovationTeams, Lit(1)),
                clause: "2.3",
            },
        ],
        benefit: Benefit::PerRecognised {
            per: id::INNOVATION_TEAM_AMOUNT,
            count: Fact::InnovationTeams,
            what: t!(catalogue.innovation_team.what),
        },
        next_step: batches(),
        notes: &[TALENT_MONEY, LUMP_SUM],
    },
    Programme {
        id: "talent-institution",
        name: t!(catalogue.talent_institution.name),
        category: Category::Talent,
        clauses: &["2.3", "4.1.1"],
        quote: crate::cited!("对认定的领军人才和创新团队所在单位为其量身创设研发机构的给予资金补助"),
        criteria: &[
            in_yinchuan("2.3"),
            Criterion {
                id: "creates_institution",
                label: t!(catalogue.talent_institution.label),
                cond: Yes(Fact::TalentInstitution),
                clause: "2.3",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::TALENT_INSTITUTION],
            only_if: &[],
            what: t!(catalogue.talent_institution.what),
        },
        next_step: batches(),
        notes: &[LUMP_SUM],
    },
    Programme {
        id: "award-priority",
        name: t!(catalogue.award_priority.name),
        category: Category::Talent,
        clauses: &["2.3"],
        quote: crate::cited!("对获得国家科学技术奖、自治区科学技术奖的第一完成单位优先给予科技项目支持"),
        criteria: &[
            in_yinchuan("2.3"),
            Criterion {
                id: "award_first_unit",
                label: t!(catalogue.award_priority.label),
                cond: Yes(Fact::StAwardFirstUnit),
                clause: "2.3",
            },
        ],
        benefit: Benefit::Access {
            what: t!(catalogue.award_priority.what),
        },
        next_step: batches(),
        notes: &[],
    },
    Programme {
        id: "open-talent-plans",
        name: t!(catalogue.open_talent_plans.name),
        category: Category::Talent,
        clauses: &["2.3", "3.1.3"],
        quote: crate::cited!("银川市人才计划、科技项目、科技奖励向柔性引进高层次人才、辖区外国专家和本市企业飞地研发中心开放"),
        criteria: &[
            in_yinchuan("2.3"),
            Criterion {
                id: "flexible_or_enclave",
                label: t!(catalogue.open_talent_plans.label),
                cond: Any(&[Yes(Fact::FlexibleTalent), Yes(Fact::EnclaveCentre)]),
                clause: "2.3",
            },
        ],
        benefit: Benefit::Access {
            what: t!(catalogue.open_talent_plans.what),
        },
        next_step: batches(),
        notes: &[],
    },
    Programme {
        id: "eastern-talent",
        name: t!(catalogue.eastern_talent.name),
        category: Category::Talent,
        clauses: &["3.1.3", "2.3"],
        quote: crate::cited!("鼓励东部地区人才带项目、带成果、带资金来银创新创业"),
        criteria: &[
            in_yinchuan("3.1.3"),
            Criterion {
                id: "eastern_talent_project",
                label: t!(catalogue.eastern_talent.label),
                cond: Yes(Fact::EasternTalentProject),
                clause: "3.1.3",
            },
        ],
        benefit: Benefit::Access {
            what: t!(catalogue.eastern_talent.what),
        },
        next_step: batches(),
        notes: &[],
    },
    Programme {
        id: "tech-commissioner",
        name: t!(catalogue.tech_commissioner.name),
        category: Category::Talent,
        clauses: &["2.3"],
        quote: crate::cited!("对创业效果显著、服务带动作用良好的法人科技特派员和自然人科技特派员给予项目和资金支持"),
        criteria: &[
            in_yinchuan("2.3"),
            Criterion {
                id: "legal_person_commissioner",
                label: t!(catalogue.tech_commissioner.label),
                cond: Yes(Fact::TechCommissioner),
                clause: "2.3",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::TECH_COMMISSIONER],
            only_if: &[],
            what: t!(catalogue.tech_commissioner.what),
        },
        next_step: batches(),
        notes: &[INDIRECT_COSTS],
    },
    Programme {
        id: "kechuang-china",
        name: t!(catalogue.kechuang_china.name),
        category: Category::Cooperation,
        clauses: &["3.1.1"],
        quote: crate::cited!("设立科创中国专项,支持重点企业与中东部发达地区建立协同创新机制"),
        criteria: &[
            in_yinchuan("3.1.1"),
            Criterion {
                id: "eastern_ties",
                label: t!(catalogue.kechuang_china.label),
                cond: Yes(Fact::EasternTies),
                clause: "3.1.1",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::KECHUANG_CHINA],
            only_if: &[],
            what: t!(catalogue.kechuang_china.what),
        },
        next_step: batches(),
        notes: &[KECHUANG_NOTES[0], KECHUANG_NOTES[1], INDIRECT_COSTS],
    },
    Programme {
        id: "east-west-cooperation",
        name: t!(catalogue.east_west_cooperation.name),
        category: Category::Cooperation,
        clauses: &["3.1.2"],
        quote: crate::cited!("以企业为主体与国家大院大所、重点高校、发达地区创新主体合作共建创新平台、实施创新项目、培养创新人才"),
        criteria: &[
            in_yinchuan("3.1.2"),
            Criterion {
                id: "national_partner",
                label: t!(catalogue.east_west_cooperation.label),
                cond: Yes(Fact::NationalPartner),
                clause: "3.1.2",
            },
        ],
        benefit: Benefit::Access {
            what: t!(catalogue.east_west_cooperation.what),
        },
        next_step: batches(),
        notes: &[],
    },
    Programme {
        id: "university-enterprise",
        name: t!(catalogue.university_enterprise.name),
        category: Category::Cooperation,
        clauses: &["3.1.3", "4.1.1"],
        quote: crate::cited!("设立校企联合专项,支持我市各类创新主体与技术、人才优势突出的科研院所、高校等开展联合攻关"),
        criteria: &[
            in_yinchuan("3.1.3"),
            Criterion {
                id: "joint_research",
                label: t!(catalogue.university_enterprise.label),
                cond: Yes(Fact::UniversityResearch),
                clause: "3.1.3",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::UNIVERSITY_ENTERPRISE],
            only_if: &[],
            what: t!(catalogue.university_enterprise.what),
        },
        next_step: batches(),
        notes: &[INDIRECT_COSTS],
    },
    Programme {
        id: "enclave-rd-centre",
        name: t!(catalogue.enclave_rd_centre.name),
        category: Category::Cooperation,
        clauses: &["3.1.3", "2.3"],
        quote: crate::cited!("引导重点企业在东中部地区建设飞地研发中心"),
        criteria: &[
            in_yinchuan("3.1.3"),
            Criterion {
                id: "enclave_centre",
                label: t!(catalogue.enclave_rd_centre.label),
                cond: Yes(Fact::EnclaveCentre),
                clause: "3.1.3",
            },
        ],
        benefit: Benefit::Access {
            what: t!(catalogue.enclave_rd_centre.what),
        },
        next_step: batches(),
        notes: &ENCLAVE_NOTES,
    },
    Programme {
        id: "tech-finance",
        name: t!(catalogue.tech_finance.name),
        category: Category::Finance,
        clauses: &["3.2.1"],
        quote: crate::cited!("为科技企业提供投融资咨询、金融资源对接、金融法律顾问等一站式科技金融服务"),
        criteria: &[
            in_yinchuan("3.2.1"),
            Criterion {
                id: "needs_finance",
                label: t!(catalogue.tech_finance.label),
                cond: Yes(Fact::NeedsFinance),
                clause: "3.2.1",
            },
        ],
        benefit: Benefit::Access {
            what: t!(catalogue.tech_finance.what),
        },
        next_step: NextStep {
            how: t!(catalogue.tech_finance.how),
            timing: Timing::Unstated,
            clause: Some("3.2.1"),
            reach: None,
        },
        notes: &[
            TECH_FIRMS_FINANCE,
            Note {
                when: None,
                text: t!(catalogue.tech_finance.text),
                clause: "3.2.1",
            },
        ],
    },
    Programme {
        id: "xinxing-fund",
        name: t!(catalogue.xinxing_fund.name),
        category: Category::Finance,
        clauses: &["3.2.2"],
        quote: crate::cited!("加大对种子期、初创期、成长期科技型企业的投入力度"),
        criteria: &[
            in_yinchuan("3.2.2"),
            Criterion {
                id: "seeks_equity",
                label: t!(catalogue.xinxing_fund.label),
                cond: Yes(Fact::SeeksEquity),
                clause: "3.2.2",
            },
        ],
        benefit: Benefit::Access {
            what: t!(catalogue.xinxing_fund.what),
        },
        next_step: announced_on_platforms(),
        notes: &[
            Note {
                when: Some(OneOf(Fact::GrowthStage, &["seed", "startup", "growth"])),
                text: t!(catalogue.xinxing_fund.text),
                clause: "3.2.2",
            },
            Note {
                when: Some(OneOf(Fact::GrowthStage, &["mature"])),
                text: t!(catalogue.xinxing_fund.reply_has_fund_invest_more),
                clause: "3.2.2",
            },
            Note {
            when: Some(NOT_TECH_ENTERPRISE),
            text: t!(catalogue.xinxing_fund.fund_invests_tech_enterprises_yours),
            clause: "3.2.2",
        },
        ],
    },
    Programme {
        id: "ip-pledge",
        name: t!(catalogue.ip_pledge.name),
        category: Category::Finance,
        clauses: &["3.2.3"],
        quote: crate::cited!("充分发挥银川市知识产权质押融资担保基金作用,探索纯知识产权质押和知识产权混合质押模式融资"),
        criteria: &[
            in_yinchuan("3.2.3"),
            Criterion {
                id: "needs_finance",
                label: t!(catalogue.ip_pledge.label),
                cond: Yes(Fact::NeedsFinance),
                clause: "3.2.3",
            },
            Criterion {
                id: "holds_ip",
                label: t!(catalogue.ip_pledge.holds_ip_patents_software_copyrights),
                // Class II first: a software copyright is the quicker way to hold IP.
                cond: SumAtLeast(&[Fact::IpOther, Fact::IpInvention], 1),
                clause: "3.2.3",
            },
        ],
        benefit: Benefit::Access {
            what: t!(catalogue.ip_pledge.what),
        },
        next_step: NextStep {
            how: t!(catalogue.ip_pledge.how),
            timing: Timing::Unstated,
            clause: Some("3.2.3"),
            reach: None,
        },
        notes: &[Note {
            when: None,
            text: t!(catalogue.ip_pledge.text),
            clause: "3.2.3",
        }],
    },
    Programme {
        id: "results-matching",
        name: t!(catalogue.results_matching.name),
        category: Category::Transfer,
        clauses: &["3.3.1"],
        quote: crate::cited!("建立科技成果供需对接平台,畅通科技成果信息收集、加工、发布渠道"),
        // The matching platform names no place of registration (see `open_beyond_city`).
        criteria: &[
            Criterion {
                id: "needs_or_results",
                label: t!(catalogue.results_matching.label),
                cond: Yes(Fact::TechNeedsOrResults),
                clause: "3.3.1",
            },
        ],
        benefit: Benefit::Access {
            what: t!(catalogue.results_matching.what),
        },
        next_step: NextStep {
            how: t!(catalogue.results_matching.how),
            timing: Timing::Unstated,
            clause: Some("3.3.1"),
            reach: None,
        },
        notes: &[open_beyond_city("3.3.1")],
    },
    Programme {
        id: "transfer-special",
        name: t!(catalogue.transfer_special.name),
        category: Category::Transfer,
        clauses: &["3.3.2", "4.1.1"],
        quote: crate::cited!("设立科技成果转化专项重点支持东部高新技术成果、高价值发明专利和关键核心卡脖子技术成果在我市落地转移转化"),
        criteria: &[
            in_yinchuan("3.3.2"),
            Criterion {
                id: "transfer_project",
                label: t!(catalogue.transfer_special.label),
                // The named kinds first: they are the priority, and the change that ranks best.
                cond: Any(&[Yes(Fact::TransferProject), Yes(Fact::TransferOther)]),
                clause: "3.3.2",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::TRANSFER_SPECIAL],
            only_if: &[],
            what: t!(catalogue.transfer_special.what),
        },
        next_step: batches(),
        notes: &[
            Note {
                when: Some(Yes(Fact::TransferProject)),
                text: t!(catalogue.transfer_special.text),
                clause: "3.3.2",
            },
            Note {
                when: Some(All(&[No(Fact::TransferProject), Yes(Fact::TransferOther)])),
                text: t!(catalogue.transfer_special.reply_gives_priority_support_eastern),
                clause: "3.3.2",
            },
            INDIRECT_COSTS,
        ],
    },
    Programme {
        id: "pilot-maturation",
        name: t!(catalogue.pilot_maturation.name),
        category: Category::Transfer,
        clauses: &["3.3.2"],
        quote: crate::cited!("支持企业实施中试熟化项目,按其投资额(不包括土地、厂房、工程等投入)及投资额到位进度、项目进度给予资金支持"),
        criteria: &[
            in_yinchuan("3.3.2"),
            Criterion {
                id: "pilot_project",
                label: t!(catalogue.pilot_maturation.label),
                cond: Yes(Fact::PilotProject),
                clause: "3.3.2",
            },
        ],
        benefit: Benefit::PilotBase { param: id::PILOT_RATE },
        next_step: batches(),
        notes: &[Note {
            when: None,
            text: t!(catalogue.pilot_maturation.text),
            clause: "3.3.2",
        }],
    },
    Programme {
        id: "public-lab-services",
        name: t!(catalogue.public_lab_services.name),
        category: Category::Service,
        clauses: &["1.2"],
        quote: crate::cited!("支持建设葡萄酒检验检测中心、新材料开放共享实验室、新能源中试基地等平台,构建共性技术支撑和供给体系,为企业提供公益性实验服务"),
        // "为企业提供": no place of registration is named (see `open_beyond_city`).
        criteria: &[],
        benefit: Benefit::Service {
            what: t!(catalogue.public_lab_services.what),
        },
        next_step: NextStep {
            how: t!(catalogue.public_lab_services.how),
            timing: Timing::Unstated,
            clause: Some("1.2"),
            reach: None,
        },
        notes: &[
            open_beyond_city("1.2"),
            Note {
                when: None,
                text: t!(catalogue.public_lab_services.text),
                clause: "1.2",
            },
            Note {
                when: Some(HasAny(Fact::Industries, &["wine"])),
                text: t!(catalogue.public_lab_services.wine_wine_testing_centre),
                clause: "1.2",
            },
            Note {
                when: Some(HasAny(Fact::Industries, &["new_materials"])),
                text: t!(catalogue.public_lab_services.new_materials_open_new_materials),
                clause: "1.2",
            },
            Note {
                when: Some(HasAny(Fact::Industries, &["new_energy"])),
                text: t!(catalogue.public_lab_services.new_energy_new_energy_pilot),
                clause: "1.2",
            },
        ],
    },
    Programme {
        id: "challenge-projects",
        name: t!(catalogue.challenge_projects.name),
        category: Category::Research,
        clauses: &["4.1.3"],
        quote: crate::cited!("实行重大科技项目揭榜挂帅”“赛马制等制度"),
        criteria: &[
            in_yinchuan("4.1.3"),
            Criterion {
                id: "challenge_ready",
                label: t!(catalogue.challenge_projects.label),
                cond: Yes(Fact::ChallengeReady),
                clause: "4.1.3",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::CHALLENGE_PROJECTS],
            only_if: &[],
            what: t!(catalogue.challenge_projects.what),
        },
        next_step: NextStep {
            how: t!(catalogue.challenge_projects.how),
            timing: Timing::Announced,
            clause: Some("4.1.3"),
            reach: None,
        },
        notes: &[
            Note {
                when: None,
                text: t!(catalogue.challenge_projects.text),
                clause: "4.1.3",
            },
            INDIRECT_COSTS,
        ],
    },
    Programme {
        id: "tisc-patent",
        name: t!(catalogue.tisc_patent.name),
        category: Category::Service,
        clauses: &["4.2.1"],
        quote: crate::cited!("依托技术与创新支持中心(TISC)为企业提供常态化专利信息分析服务和产业数据分析服务,帮助中小企业建立完善知识产权制度"),
        // The analysis services are offered to enterprises (no place of registration is named:
        // see `open_beyond_city`); the help with IP systems to SMEs.
        criteria: &[],
        benefit: Benefit::Service {
            what: t!(catalogue.tisc_patent.what),
        },
        next_step: ongoing(t!(catalogue.tisc_patent.contact_technology_innovation_support_centre), Some("4.2.1")),
        notes: &[
            Note {
                when: Some(Yes(Fact::Sme)),
                text: t!(catalogue.tisc_patent.text),
                clause: "4.2.1",
            },
            open_beyond_city("4.2.1"),
        ],
    },
    Programme {
        id: "three-staff-service",
        name: t!(catalogue.three_staff_service.name),
        category: Category::Service,
        clauses: &["4.2.2"],
        quote: crate::cited!("通过政府购买服务方式为企业提供高质量专业化科技服务"),
        criteria: &[in_yinchuan("4.2.2")],
        benefit: Benefit::Service {
            what: t!(catalogue.three_staff_service.what),
        },
        next_step: ongoing(t!(catalogue.three_staff_service.contact_your_areas_technology_grid), Some("4.2.2")),
        notes: &[],
    },
    Programme {
        id: "tech-intermediary",
        name: t!(catalogue.tech_intermediary.name),
        category: Category::Service,
        clauses: &["4.2.1"],
        quote: crate::cited!("支持一批服务能力强、专业水平高的综合类、研发设计类、成果转化类科技中介示范机构发展壮大"),
        criteria: &[
            in_yinchuan("4.2.1"),
            Criterion {
                id: "tech_service_org",
                label: t!(catalogue.tech_intermediary.label),
                cond: Yes(Fact::TechServiceOrg),
                clause: "4.2.1",
            },
        ],
        benefit: Benefit::Access {
            what: t!(catalogue.tech_intermediary.what),
        },
        next_step: announced_on_platforms(),
        notes: &[],
    },
    // -----------------------------------------------------------------------------------------
    // National tax incentives (policy/sources/national-tax.txt): their own group.
    Programme {
        id: "rd-super-deduction",
        name: t!(catalogue.rd_super_deduction.name),
        category: Category::Tax,
        clauses: &["rd-2023-7", "rd-2015-119"],
        quote: crate::cited!("再按照实际发生额的100%在税前加计扣除"),
        criteria: &[
            Criterion {
                id: "has_rd_expense",
                label: t!(catalogue.rd_super_deduction.label),
                cond: Above(Fact::RdExpense, Lit(0)),
                clause: "rd-2023-7",
            },
            Criterion {
                id: "not_negative_list",
                label: t!(catalogue.rd_super_deduction.not_excluded_industry_tobacco_hotels),
                cond: No(Fact::NegativeListIndustry),
                clause: "rd-2015-119",
            },
        ],
        benefit: Benefit::TaxDeduction {
            rate: id::RD_SUPER_DEDUCTION_RATE,
            base: Fact::RdExpense,
        },
        next_step: NextStep {
            how: t!(catalogue.rd_super_deduction.how),
            timing: Timing::Ongoing,
            clause: Some("rd-2015-119"),
            reach: None,
        },
        notes: &[
            Note {
                when: None,
                text: t!(catalogue.rd_super_deduction.text),
                clause: "rd-2023-7",
            },
            TAX_CARDS_TOGETHER,
            Note {
                when: Some(OneOf(Fact::Location, &["outside"])),
                text: t!(catalogue.rd_super_deduction.tax_incentive_applies_nationwide_but),
                clause: "rd-2023-7",
            },
            Note {
                when: Some(OneOf(Fact::HnteStatus, &["first", "again"])),
                text: t!(catalogue.rd_super_deduction.valid_certificate_means_15_rate),
                clause: "cit-28",
            },
        ],
    },
    Programme {
        id: "hnte-tax-rate",
        name: t!(catalogue.hnte_tax_rate.name),
        category: Category::Tax,
        clauses: &["cit-28", "cit-4"],
        quote: crate::cited!("国家需要重点扶持的高新技术企业，减按15%的税率征收企业所得税。"),
        criteria: &[Criterion {
            id: "valid_hnte",
            label: t!(catalogue.hnte_tax_rate.label),
            cond: OneOf(Fact::HnteStatus, &["first", "again"]),
            clause: "cit-28",
        }],
        benefit: Benefit::TaxRate {
            reduced: id::HNTE_CIT_RATE,
            standard: id::CIT_RATE,
        },
        next_step: NextStep {
            how: t!(catalogue.hnte_tax_rate.how),
            timing: Timing::Ongoing,
            clause: Some("cit-28"),
            reach: None,
        },
        notes: &[
            Note {
                when: Some(OneOf(Fact::Location, &["outside"])),
                text: t!(catalogue.hnte_tax_rate.text),
                clause: "cit-28",
            },
            TAX_CARDS_TOGETHER,
            Note {
                when: None,
                text: t!(catalogue.hnte_tax_rate.recognition_valid_three_years_certificates),
                clause: "hnte-2016-32-9",
            },
            Note {
                when: None,
                text: t!(catalogue.hnte_tax_rate.if_you_small_low_profit),
                clause: "cit-28",
            },
        ],
    },
];

/// The programme with this id, if any.
pub fn programme(id: &str) -> Option<&'static Programme> {
    CATALOGUE.iter().find(|p| p.id == id)
}
