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
use crate::text::Text;
use crate::tx;
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
    text: tx!(
        "银科创公共服务平台：www.ycykc.cn，项目申报在其项目管理系统 kjxmgl.ycykc.cn；凤城科技通是微信小程序，在微信中搜索“凤城科技通”。",
        "银科创 public service platform: www.ycykc.cn, with project applications in its project-management system kjxmgl.ycykc.cn; 凤城科技通 is a WeChat mini-program: search for “凤城科技通” in WeChat.",
    ),
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

// ---------------------------------------------------------------------------------------------
// Shared criteria.

const fn in_yinchuan(clause: &'static str) -> Criterion {
    Criterion {
        id: "in_yinchuan",
        label: tx!(
            "注册在银川市（兴庆、金凤、西夏、永宁、贺兰、灵武）",
            "Registered in Yinchuan (its six districts and counties)",
        ),
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
            text: tx!(
                "答复写明支持“重点企业”：你已列入市级重点企业库。",
                "The reply names “key enterprises” as the target: yours is on the city's key-enterprise list.",
            ),
            clause,
        },
        Note {
            when: Some(No(Fact::KeyEnterprise)),
            text: tx!(
                "答复写明支持“重点企业”，而你尚未列入市级重点企业库：可以了解，但是否受理以当年申报指南为准。",
                "The reply names “key enterprises” as the target and yours is not on the city's key-enterprise list: worth a look, but the year's guideline decides whether you can apply.",
            ),
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
    text: tx!(
        "市级科技项目提高间接费用和绩效支出比例，扩大经费管理自主权。",
        "City S&T projects carry a higher share of indirect and performance costs, with more freedom over how the money is managed.",
    ),
    clause: "4.1.2",
};

/// Talent cards: lump-sum funding for talent projects (4.1.2).
const LUMP_SUM: Note = Note {
    when: None,
    text: tx!(
        "人才类项目推行经费包干制。",
        "Talent projects are funded as a lump sum (经费包干制).",
    ),
    clause: "4.1.2",
};

/// Both first recognitions at once: one post-subsidy project a year (2.1).
const ONE_PROJECT_A_YEAR: Note = Note {
    when: Some(All(&[
        OneOf(Fact::HnteStatus, &["first"]),
        OneOf(Fact::GiantStatus, &["first"]),
    ])),
    text: tx!(
        "答复写的是“首次认定为高新技术企业或科技小巨人企业的……每年支持一个后补助项目”。同时首次认定为两者的，按每年一个项目读：“已知最高额”只计较大的一项；其中一项今年的项目已获支持，另一项今年的项目也就用掉了，这张卡片因此显示“可能符合”。两项相加只在市科技局允许同时享受时成立，请向市科技局确认。",
        "The reply says a first-time 高新技术企业 or 科技小巨人 gets “one post-subsidy project a year”. For an enterprise that is both, read as one project a year in all: the known maximum counts the larger cap once, and once this year's project under one is granted, this year's under the other is used too, so that card says “possible”. The two together apply only if the bureau allows both, so confirm with the bureau.",
    ),
    clause: "2.1",
};

/// The first-recognition subsidy pays for R&D, not for the certificate (2.1).
const FOR_RESEARCH: Note = Note {
    when: None,
    text: tx!(
        "“由补资质向补研发转变”：补助的是认定后的研发项目（后补助），不是为证书发奖金。",
        "“From subsidising the certificate to subsidising R&D”: the money is a post-subsidy for an R&D project after recognition, not a reward for the certificate.",
    ),
    clause: "2.1",
};

/// The two readings of "认定后2年内" (see docs/interpretation.md).
const TWO_READINGS: Note = Note {
    when: None,
    text: tx!(
        "“认定后2年内”有两种读法：认定后24个月内，或认定当年之后的两个自然年度。两种读法结论不同时，卡片显示“可能符合”并列出两个支持期，请向市科技局确认。",
        "“Within 2 years after recognition” can be read as 24 months from the certificate date or as the two calendar years after the recognition year. Where the readings differ, the card says “possible”, shows both periods and asks you to confirm with the bureau.",
    ),
    clause: "2.1",
};

const FIRST_RECOGNITION_NOTES: &[Note] = &[FOR_RESEARCH, TWO_READINGS, ONE_PROJECT_A_YEAR];

/// R&D spending, the condition of the first-recognition post-subsidies (2.1: 补研发).
const HAS_RD_FOR_PROJECT: Criterion = Criterion {
    id: "rd_for_project",
    label: tx!(
        "上年有研发投入（后补助支持的是研发项目）",
        "Spent on R&D last year (the post-subsidy is for an R&D project)",
    ),
    cond: Above(Fact::RdExpense, Lit(0)),
    clause: "2.1",
};

/// Talent money goes to the talent or team, not to the enterprise (2.3).
const TALENT_MONEY: Note = Note {
    when: None,
    text: tx!(
        "这笔经费支持的是经认定的人才或团队本身，与企业自己获得的资金分开计算。",
        "This money supports the recognised talent or team itself; it is counted apart from money the enterprise receives.",
    ),
    clause: "2.3",
};

/// Open services whose clause names no place of registration (1.2, 3.3.1, 4.2.1): outside the
/// city the card is "possible" with this note, never "not eligible".
const fn open_beyond_city(clause: &'static str) -> Note {
    Note {
        when: Some(OneOf(Fact::Location, &["outside"])),
        text: tx!(
            "答复写的是为“企业”提供这项服务，没有限定注册地；但这是银川市的平台，注册在银川市以外的企业能否使用，请向提供服务的机构确认。",
            "The reply offers this service to “enterprises” and names no place of registration; but it is a Yinchuan platform, so ask the provider whether it serves an enterprise registered outside Yinchuan.",
        ),
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
    text: tx!(
        "研发费用加计扣除和15%税率两张卡片，各自按另一项优惠已经享受来计算（与年度纳税申报表的算法一致），两者相加就是合计；如果两项都不享受，税款还会再多出额外扣除额的10%。",
        "The super-deduction and the 15% rate are each computed with the other already in place (as the annual return computes them), so the two add up to the total; without both at once the tax would be higher still by 10% of the extra deduction.",
    ),
    clause: "cit-28",
};

/// The finance services are for "科技企业" (3.2.1).
const TECH_FIRMS_FINANCE: Note = Note {
    when: Some(NOT_TECH_ENTERPRISE),
    text: tx!(
        "答复的一站式科技金融服务面向“科技企业”：你尚未入库科技型中小企业，也没有有效的高企或小巨人资质，服务机构会自行判断。",
        "The reply's one-stop finance services are for “tech firms”: yours is not yet a registered 科技型中小企业 nor a recognised 高企 or 小巨人, so the providers will judge.",
    ),
    clause: "3.2.1",
};

const PLATFORMS: Text = tx!(
    "通过银科创公共服务平台、凤城科技通小程序或政企通申报",
    "Apply through the 银科创 public service platform, the 凤城科技通 mini-program or 政企通",
);

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
        name: tx!("首次认定高新技术企业后补助", "High-tech enterprise (高新技术企业) first-recognition post-subsidy"),
        category: Category::Recognition,
        clauses: &["2.1"],
        quote: "对首次认定为高新技术企业或科技小巨人企业的,认定后2年内每年支持一个后补助项目,高新技术企业累计最高补助50万元",
        criteria: &[
            in_yinchuan("2.1"),
            Criterion {
                id: "hnte_first",
                label: tx!("首次被认定为高新技术企业", "Recognised as 高新技术企业 for the first time"),
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
        name: tx!("首次认定科技小巨人企业后补助", "Tech little giant (科技小巨人) first-recognition post-subsidy"),
        category: Category::Recognition,
        clauses: &["2.1"],
        quote: "科技小巨人企业累计最高补助30万元",
        criteria: &[
            in_yinchuan("2.1"),
            Criterion {
                id: "giant_first",
                label: tx!("首次被认定为科技小巨人企业", "Recognised as 科技小巨人 for the first time"),
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
        name: tx!("企业研发费用后补助", "Post-subsidy on R&D expense"),
        category: Category::Research,
        clauses: &["2.1"],
        quote: "推动“区域性”补助向“全覆盖”补助转变,分企业分行业对研发费用后补助进行调整和优化",
        criteria: &[
            in_yinchuan("2.1"),
            Criterion {
                id: "has_rd_expense",
                label: tx!(
                    "上年有研发费用投入，或为国有企业（“国企实行按项目进行后补助”，不按研发费用）",
                    "Spent on R&D last year, or state-owned (“国企实行按项目进行后补助”: subsidised per project, not on R&D expense)",
                ),
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
            what: tx!("按研发费用给予后补助，标准由当年申报指南确定", "A post-subsidy on R&D expense at the rate the year's guideline sets"),
        },
        next_step: batches(),
        notes: &[
            Note {
                when: Some(HasAny(Fact::Industries, &["software"])),
                text: tx!("软件开发类企业的支持额度降低。", "Software-development firms get a lower level of support."),
                clause: "2.1",
            },
            Note {
                when: Some(Yes(Fact::StateOwned)),
                text: tx!("国有企业按项目进行后补助，而不是按研发费用。", "State-owned enterprises are subsidised per project instead of on their R&D expense."),
                clause: "2.1",
            },
            INDIRECT_COSTS,
        ],
    },
    Programme {
        id: "sme-innovation",
        name: tx!("中小企业创新专项", "SME innovation programme"),
        category: Category::Research,
        clauses: &["2.1", "4.1.1"],
        quote: "设立中小企业创新专项,支持科技型中小企业形成核心技术,打造“拳头产品”",
        criteria: &[
            in_yinchuan("2.1"),
            Criterion {
                id: "tsme",
                label: tx!("已入库科技型中小企业", "Registered as 科技型中小企业"),
                cond: Yes(Fact::TsmeRegistered),
                clause: "2.1",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::SME_INNOVATION],
            only_if: &[],
            what: tx!("项目资助，支持形成核心技术和“拳头产品”", "Project funding for core technology and flagship products"),
        },
        next_step: batches(),
        notes: &[INDIRECT_COSTS],
    },
    Programme {
        id: "tech-enterprise-cultivation",
        name: tx!("科技型企业培育库", "Tech-enterprise cultivation pool"),
        category: Category::Research,
        clauses: &["2.1"],
        quote: "建立科技型企业培育库,完善科技型企业梯次支持政策",
        criteria: &[
            in_yinchuan("2.1"),
            Criterion {
                id: "tech_or_cultivated",
                label: tx!(
                    "科技型企业（科技型中小企业、高企或小巨人），或有研发投入、计划申请这些资质的培育对象",
                    "A tech enterprise (科技型中小企业, 高新技术企业 or 科技小巨人), or one with R&D that plans to seek such status",
                ),
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
            what: tx!("入库培育，按梯次给予支持", "Entry to the pool and tiered support"),
        },
        next_step: batches(),
        notes: &[Note {
            when: Some(NOT_TECH_ENTERPRISE),
            text: tx!(
                "培育库面向正在培育的企业：你尚未入库科技型中小企业、也没有有效的高企或小巨人资质，入库以研发投入和申请计划为依据。",
                "The pool is for enterprises being cultivated: yours is not yet a registered 科技型中小企业 nor a recognised 高企 or 小巨人, so entry rests on your R&D and your plan to seek that status.",
            ),
            clause: "2.1",
        }],
    },
    Programme {
        id: "hundred-enterprises",
        name: tx!("“百企科技展翅”重点企业库", "Key-enterprise list (百企科技展翅)"),
        category: Category::Research,
        clauses: &["2.1"],
        quote: "实施“百企科技展翅”计划,建立重点企业库,连续跟踪支持",
        criteria: &[
            in_yinchuan("2.1"),
            Criterion {
                id: "key_or_tech_enterprise",
                label: tx!(
                    "已列入重点企业库，或是可被遴选的科技型企业",
                    "On the key-enterprise list, or a tech enterprise that can be selected for it",
                ),
                cond: Any(&[Yes(Fact::KeyEnterprise), TECH_ENTERPRISE]),
                clause: "2.1",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::HUNDRED_ENTERPRISES],
            only_if: &[],
            what: tx!("列入重点企业库，连续跟踪支持", "A place on the key-enterprise list and continuous support"),
        },
        next_step: announced_on_platforms(),
        notes: &[
            Note {
                when: Some(Yes(Fact::KeyEnterprise)),
                text: tx!("你已在重点企业库：答复承诺连续跟踪支持。", "Yours is on the list: the reply promises continuous support."),
                clause: "2.1",
            },
            Note {
                when: Some(No(Fact::KeyEnterprise)),
                text: tx!("重点企业库由市科技局建立，入库方式以当年通知为准。", "The bureau builds the list; the year's notice says how enterprises join it."),
                clause: "2.1",
            },
        ],
    },
    Programme {
        id: "industry-special",
        name: tx!("产业细分专项", "Industry-track programmes"),
        category: Category::Research,
        clauses: &["2.2.1", "4.1.1"],
        quote: "设立“三新产业”、传统产业、电子信息、装备制造等细分专项和行业联合专项",
        criteria: &[
            in_yinchuan("2.2.1"),
            Criterion {
                id: "industry_track",
                label: tx!(
                    "所属行业（答复列举的细分专项以“等”结尾，未列举的行业也可能纳入）",
                    "Industry (the reply's list of tracks ends with “etc.”, so industries it does not name may be included)",
                ),
                cond: Answered(Fact::Industries),
                clause: "2.2.1",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::INDUSTRY_SPECIAL],
            only_if: &[],
            what: tx!("细分赛道项目资助", "Project funding by industry track"),
        },
        next_step: batches(),
        notes: &[
            Note {
                when: Some(HasAny(Fact::Industries, NAMED_TRACKS)),
                text: tx!(
                    "你的行业在答复列举的细分专项之中（“三新产业”、传统产业、电子信息、装备制造）。",
                    "Your industry is among the tracks the reply names (the “三新” industries, traditional industry, electronic information, equipment).",
                ),
                clause: "2.2.1",
            },
            Note {
                when: Some(Not(&HasAny(Fact::Industries, NAMED_TRACKS))),
                text: tx!(
                    "答复没有点名你的行业，但列举以“等”结尾：当年申报指南确定有哪些细分赛道。",
                    "The reply does not name your industry, but its list ends with “etc.”: the year's guideline names the tracks.",
                ),
                clause: "2.2.1",
            },
            INDIRECT_COSTS,
        ],
    },
    Programme {
        id: "sector-joint",
        name: tx!("行业联合专项", "Joint sector programmes"),
        category: Category::Research,
        clauses: &["2.2.1", "4.1.1"],
        quote: "推动各行业、各领域企业在细分赛道发挥竞争优势,聚焦关键技术开展研究和攻关",
        criteria: &[in_yinchuan("2.2.1")],
        benefit: Benefit::Guideline {
            params: &[id::SECTOR_JOINT],
            only_if: &[],
            what: tx!("行业联合攻关项目资助（各行业、各领域企业）", "Funding for joint sector research (enterprises of every sector)"),
        },
        next_step: batches(),
        notes: &[INDIRECT_COSTS],
    },
    Programme {
        id: "key-technology",
        name: tx!("关键共性技术和“卡脖子”技术长期稳定支持", "Long-term support for key common and choke-point technology"),
        category: Category::Research,
        clauses: &["2.2.1"],
        quote: "对重点领域、重点企业围绕产业关键共性技术和“卡脖子”技术持续开展攻关的,给予长期稳定支持",
        criteria: &[
            in_yinchuan("2.2.1"),
            Criterion {
                id: "key_tech",
                label: tx!("持续攻关产业关键共性技术或“卡脖子”技术", "Working continuously on key common or choke-point technology"),
                cond: Yes(Fact::KeyTech),
                clause: "2.2.1",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::KEY_TECHNOLOGY],
            only_if: &[],
            what: tx!("长期稳定支持", "Long-term stable support"),
        },
        next_step: batches(),
        notes: &[KEY_TECH_NOTES[0], KEY_TECH_NOTES[1], INDIRECT_COSTS],
    },
    Programme {
        id: "innovation-platform",
        name: tx!("科技创新平台专项", "Innovation platform programme"),
        category: Category::Research,
        clauses: &["2.2.1", "4.1.1"],
        quote: "以规上工业企业为主体搭建一批科技创新平台",
        criteria: &[
            in_yinchuan("2.2.1"),
            Criterion {
                id: "builds_platform",
                label: tx!("建设研发平台或研发机构", "Building an R&D platform or institution"),
                cond: Yes(Fact::RdPlatform),
                clause: "2.2.1",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::INNOVATION_PLATFORM],
            only_if: &[],
            what: tx!("平台建设资助", "Funding for platform building"),
        },
        next_step: batches(),
        notes: &[
            Note {
                when: Some(ABOVE_SIZE_INDUSTRIAL),
                text: tx!(
                    "“以规上工业企业为主体”：你是规模以上工业企业（主营业务收入不低于2000万元，国家统计标准），属于答复所说的主体。",
                    "“With above-size industrial enterprises as the main body”: yours is one (main-business revenue at least 2,000万元, the national statistical threshold).",
                ),
                clause: "2.2.1",
            },
            Note {
                when: Some(Not(&ABOVE_SIZE_INDUSTRIAL)),
                text: tx!(
                    "“以规上工业企业为主体”指主要对象，不是唯一条件：非规上或非工业企业建设平台也可申报，但规上工业企业可能优先。",
                    "“With above-size industrial enterprises as the main body” ranks applicants; it excludes no one: a smaller or non-industrial enterprise building a platform may apply, though above-size industrial firms may come first.",
                ),
                clause: "2.2.1",
            },
            INDIRECT_COSTS,
        ],
    },
    Programme {
        id: "entrepreneur-training",
        name: tx!("企业家创新精神培育行动", "Entrepreneurial innovation training"),
        category: Category::Service,
        clauses: &["2.2.2"],
        quote: "持续深入开展企业家创新精神培育行动",
        criteria: &[in_yinchuan("2.2.2")],
        benefit: Benefit::Service {
            what: tx!("“请进来”“走出去”相结合的培训与交流（非资金支持）", "Training and study visits (no money)"),
        },
        next_step: ongoing(tx!("关注银科创公共服务平台、凤城科技通小程序和政企通发布的活动通知", "Watch the event notices on the 银科创 platform, the 凤城科技通 mini-program and 政企通"), Some("4.2.3")),
        notes: &[],
    },
    Programme {
        id: "innovation-consortium",
        name: tx!("创新联合体专项", "Innovation consortium programme"),
        category: Category::Cooperation,
        clauses: &["2.2.3", "4.1.1"],
        quote: "设置创新联合体专项,支持龙头企业牵头、高校院所支撑、各创新主体协同",
        criteria: &[
            in_yinchuan("2.2.3"),
            Criterion {
                id: "in_consortium",
                label: tx!("牵头或作为成员参与创新联合体（“各创新主体协同”“大中小企业融通创新”）", "Leads or is a member of an innovation consortium (“all innovators working together”, “large, medium and small firms innovating together”)"),
                cond: Any(&[Yes(Fact::ConsortiumLead), Yes(Fact::ConsortiumMember)]),
                clause: "2.2.3",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::INNOVATION_CONSORTIUM],
            only_if: &[],
            what: tx!("对研发与成果转化成效明显的给予资金奖补", "Awards where joint R&D and transfer show clear results"),
        },
        next_step: batches(),
        notes: &[
            Note {
                when: Some(Yes(Fact::ConsortiumMember)),
                text: tx!(
                    "答复写的是“龙头企业牵头”：通常由牵头企业代表联合体申报，成员单位随联合体参与。",
                    "The reply speaks of consortia “led by a leading enterprise”: the lead usually applies for the consortium, and members take part through it.",
                ),
                clause: "2.2.3",
            },
            INDIRECT_COSTS,
        ],
    },
    Programme {
        id: "leading-talent",
        name: tx!("市级科技领军人才经费支持", "City leading-talent funding"),
        category: Category::Talent,
        clauses: &["2.3"],
        quote: "市级领军人才和创新团队经认定后,分别给予30万和50万元的经费支持",
        criteria: &[
            in_yinchuan("2.3"),
            Criterion {
                id: "has_leading_talent",
                label: tx!("有经认定、尚未获经费的市级科技领军人才", "Has a city-recognised leading talent not yet funded"),
                cond: AtLeast(Fact::LeadingTalents, Lit(1)),
                clause: "2.3",
            },
        ],
        benefit: Benefit::PerRecognised {
            per: id::LEADING_TALENT_AMOUNT,
            count: Fact::LeadingTalents,
            what: tx!("给你经认定的领军人才的经费支持，每人30万元", "Funding for your recognised leading talents, 300,000 yuan each"),
        },
        next_step: batches(),
        notes: &[TALENT_MONEY, LUMP_SUM],
    },
    Programme {
        id: "innovation-team",
        name: tx!("市级创新团队经费支持", "City innovation-team funding"),
        category: Category::Talent,
        clauses: &["2.3"],
        quote: "市级领军人才和创新团队经认定后,分别给予30万和50万元的经费支持",
        criteria: &[
            in_yinchuan("2.3"),
            Criterion {
                id: "has_team",
                label: tx!("有经认定、尚未获经费的市级创新团队", "Has a city-recognised innovation team not yet funded"),
                cond: AtLeast(Fact::InnovationTeams, Lit(1)),
                clause: "2.3",
            },
        ],
        benefit: Benefit::PerRecognised {
            per: id::INNOVATION_TEAM_AMOUNT,
            count: Fact::InnovationTeams,
            what: tx!("给你经认定的创新团队的经费支持，每个50万元", "Funding for your recognised innovation teams, 500,000 yuan each"),
        },
        next_step: batches(),
        notes: &[TALENT_MONEY, LUMP_SUM],
    },
    Programme {
        id: "talent-institution",
        name: tx!("科技人才专项（为领军人才、创新团队创设研发机构）", "Talent programme: R&D institutions for recognised talents and teams"),
        category: Category::Talent,
        clauses: &["2.3", "4.1.1"],
        quote: "对认定的领军人才和创新团队所在单位为其量身创设研发机构的给予资金补助",
        criteria: &[
            in_yinchuan("2.3"),
            Criterion {
                id: "creates_institution",
                label: tx!("为认定的领军人才或创新团队量身创设研发机构", "Creates an R&D institution for a recognised talent or team"),
                cond: Yes(Fact::TalentInstitution),
                clause: "2.3",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::TALENT_INSTITUTION],
            only_if: &[],
            what: tx!("资金补助", "A subsidy"),
        },
        next_step: batches(),
        notes: &[LUMP_SUM],
    },
    Programme {
        id: "award-priority",
        name: tx!("科技奖励第一完成单位项目优先支持", "Project priority for first units of S&T awards"),
        category: Category::Talent,
        clauses: &["2.3"],
        quote: "对获得国家科学技术奖、自治区科学技术奖的第一完成单位优先给予科技项目支持",
        criteria: &[
            in_yinchuan("2.3"),
            Criterion {
                id: "award_first_unit",
                label: tx!("国家或自治区科学技术奖第一完成单位", "First completing unit of a national or regional S&T award"),
                cond: Yes(Fact::StAwardFirstUnit),
                clause: "2.3",
            },
        ],
        benefit: Benefit::Access {
            what: tx!("申报科技项目时优先支持", "Priority when applying for S&T projects"),
        },
        next_step: batches(),
        notes: &[],
    },
    Programme {
        id: "open-talent-plans",
        name: tx!("人才计划向柔性引进人才、外国专家和飞地研发中心开放", "City talent plans open to flexible talent, foreign experts and enclave centres"),
        category: Category::Talent,
        clauses: &["2.3", "3.1.3"],
        quote: "银川市人才计划、科技项目、科技奖励向柔性引进高层次人才、辖区外国专家和本市企业飞地研发中心开放",
        criteria: &[
            in_yinchuan("2.3"),
            Criterion {
                id: "flexible_or_enclave",
                label: tx!("有柔性引进的高层次人才、外国专家或飞地研发中心", "Has flexibly engaged talent, foreign experts or an enclave R&D centre"),
                cond: Any(&[Yes(Fact::FlexibleTalent), Yes(Fact::EnclaveCentre)]),
                clause: "2.3",
            },
        ],
        benefit: Benefit::Access {
            what: tx!("可申报市级人才计划、科技项目和科技奖励", "May apply for city talent plans, projects and awards"),
        },
        next_step: batches(),
        notes: &[],
    },
    Programme {
        id: "eastern-talent",
        name: tx!("东部地区人才带项目来银创新创业", "Eastern talent bringing projects to Yinchuan"),
        category: Category::Talent,
        clauses: &["3.1.3", "2.3"],
        quote: "鼓励东部地区人才带项目、带成果、带资金来银创新创业",
        criteria: &[
            in_yinchuan("3.1.3"),
            Criterion {
                id: "eastern_talent_project",
                label: tx!("有东部地区人才带项目、成果或资金来银创新创业", "Talent from eastern China brought projects, results or money to Yinchuan"),
                cond: Yes(Fact::EasternTalentProject),
                clause: "3.1.3",
            },
        ],
        benefit: Benefit::Access {
            what: tx!("鼓励来银创新创业；可申报市级人才计划和科技项目", "Encouragement to start or grow in Yinchuan; may apply for city talent plans and projects"),
        },
        next_step: batches(),
        notes: &[],
    },
    Programme {
        id: "tech-commissioner",
        name: tx!("科技特派员创业行动", "Technology commissioners’ (科技特派员) entrepreneurship action"),
        category: Category::Talent,
        clauses: &["2.3"],
        quote: "对创业效果显著、服务带动作用良好的法人科技特派员和自然人科技特派员给予项目和资金支持",
        criteria: &[
            in_yinchuan("2.3"),
            Criterion {
                id: "legal_person_commissioner",
                label: tx!("法人科技特派员，创业效果显著、服务带动作用良好", "A legal-person 科技特派员 with notable results and reach"),
                cond: Yes(Fact::TechCommissioner),
                clause: "2.3",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::TECH_COMMISSIONER],
            only_if: &[],
            what: tx!("项目和资金支持", "Projects and funding"),
        },
        next_step: batches(),
        notes: &[INDIRECT_COSTS],
    },
    Programme {
        id: "kechuang-china",
        name: tx!("科创中国专项", "The Kechuang China (科创中国) programme"),
        category: Category::Cooperation,
        clauses: &["3.1.1"],
        quote: "设立科创中国专项,支持重点企业与中东部发达地区建立协同创新机制",
        criteria: &[
            in_yinchuan("3.1.1"),
            Criterion {
                id: "eastern_ties",
                label: tx!("与中东部发达地区建立协同创新机制", "Innovation ties with central/eastern regions"),
                cond: Yes(Fact::EasternTies),
                clause: "3.1.1",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::KECHUANG_CHINA],
            only_if: &[],
            what: tx!("专项支持（重点企业）", "Programme support (key enterprises)"),
        },
        next_step: batches(),
        notes: &[KECHUANG_NOTES[0], KECHUANG_NOTES[1], INDIRECT_COSTS],
    },
    Programme {
        id: "east-west-cooperation",
        name: tx!("东西部科技合作", "East–west S&T cooperation"),
        category: Category::Cooperation,
        clauses: &["3.1.2"],
        quote: "以企业为主体与国家大院大所、重点高校、发达地区创新主体合作共建创新平台、实施创新项目、培养创新人才",
        criteria: &[
            in_yinchuan("3.1.2"),
            Criterion {
                id: "national_partner",
                label: tx!("与国家大院大所、重点高校或发达地区创新主体合作共建", "Co-builds with national institutes, key universities or eastern innovators"),
                cond: Yes(Fact::NationalPartner),
                clause: "3.1.2",
            },
        ],
        benefit: Benefit::Access {
            what: tx!("以企业为主体合作共建平台、实施项目、培养人才（答复未承诺资金）", "Joint platforms, projects and training with the enterprise as the main body (the reply promises no money)"),
        },
        next_step: batches(),
        notes: &[],
    },
    Programme {
        id: "university-enterprise",
        name: tx!("校企联合专项", "University–enterprise joint programme"),
        category: Category::Cooperation,
        clauses: &["3.1.3", "4.1.1"],
        quote: "设立校企联合专项,支持我市各类创新主体与技术、人才优势突出的科研院所、高校等开展联合攻关",
        criteria: &[
            in_yinchuan("3.1.3"),
            Criterion {
                id: "joint_research",
                label: tx!("与科研院所、高校联合攻关", "Joint research with institutes or universities"),
                cond: Yes(Fact::UniversityResearch),
                clause: "3.1.3",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::UNIVERSITY_ENTERPRISE],
            only_if: &[],
            what: tx!("联合攻关项目资助", "Funding for joint research projects"),
        },
        next_step: batches(),
        notes: &[INDIRECT_COSTS],
    },
    Programme {
        id: "enclave-rd-centre",
        name: tx!("飞地研发中心", "Enclave R&D centres"),
        category: Category::Cooperation,
        clauses: &["3.1.3", "2.3"],
        quote: "引导重点企业在东中部地区建设飞地研发中心",
        criteria: &[
            in_yinchuan("3.1.3"),
            Criterion {
                id: "enclave_centre",
                label: tx!("在东中部地区建设（或计划建设）飞地研发中心", "Has or plans an R&D centre in eastern/central China"),
                cond: Yes(Fact::EnclaveCentre),
                clause: "3.1.3",
            },
        ],
        benefit: Benefit::Access {
            what: tx!("建设引导，飞地研发中心可申报市级人才计划、科技项目和奖励", "Guidance; the centre may apply for city talent plans, projects and awards"),
        },
        next_step: batches(),
        notes: &ENCLAVE_NOTES,
    },
    Programme {
        id: "tech-finance",
        name: tx!("科技金融服务", "Technology finance services"),
        category: Category::Finance,
        clauses: &["3.2.1"],
        quote: "为科技企业提供投融资咨询、金融资源对接、金融法律顾问等一站式科技金融服务",
        criteria: &[
            in_yinchuan("3.2.1"),
            Criterion {
                id: "needs_finance",
                label: tx!("有融资需求", "Needs financing"),
                cond: Yes(Fact::NeedsFinance),
                clause: "3.2.1",
            },
        ],
        benefit: Benefit::Access {
            what: tx!(
                "一站式投融资咨询、金融资源对接、金融法律顾问（答复提出“探索建立”的市场化投融资平台提供）",
                "One-stop finance advice, matching and legal counsel (from the market-based platform the reply says it will “explore” setting up)",
            ),
        },
        next_step: NextStep {
            how: tx!(
                "答复没有写明这个投融资平台的名称和入口：请向市科技局了解它是否已建立、如何对接",
                "The reply names neither the platform nor its entry point: ask the bureau whether it has been set up and how to reach it",
            ),
            timing: Timing::Unstated,
            clause: Some("3.2.1"),
            reach: None,
        },
        notes: &[
            TECH_FIRMS_FINANCE,
            Note {
                when: None,
                text: tx!(
                    "信用贷款、知识产权质押贷款、股权质押贷款等产品，答复只是“鼓励商业银行开发”，不保证已经有；是否有、条件如何，请向银行了解。",
                    "Credit, IP-pledge and equity-pledge loans: the reply only “encourages commercial banks to develop” them, so they may not exist yet; ask the banks whether they offer them and on what terms.",
                ),
                clause: "3.2.1",
            },
        ],
    },
    Programme {
        id: "xinxing-fund",
        name: tx!("银川新星科技创新引导基金", "Yinchuan Xinxing innovation guidance fund"),
        category: Category::Finance,
        clauses: &["3.2.2"],
        quote: "加大对种子期、初创期、成长期科技型企业的投入力度",
        criteria: &[
            in_yinchuan("3.2.2"),
            Criterion {
                id: "seeks_equity",
                label: tx!("寻求股权投资", "Seeking equity investment"),
                cond: Yes(Fact::SeeksEquity),
                clause: "3.2.2",
            },
        ],
        benefit: Benefit::Access {
            what: tx!("进入科创基金项目库，争取股权投资（由基金决策）", "Entry to the fund's project pool and possible equity investment (the fund decides)"),
        },
        next_step: announced_on_platforms(),
        notes: &[
            Note {
                when: Some(OneOf(Fact::GrowthStage, &["seed", "startup", "growth"])),
                text: tx!(
                    "答复要求基金“加大对种子期、初创期、成长期科技型企业的投入力度”：你所处的阶段正是基金的投入重点。",
                    "The reply has the fund “invest more in seed, start-up and growth-stage tech enterprises”: your stage is the fund's emphasis.",
                ),
                clause: "3.2.2",
            },
            Note {
                when: Some(OneOf(Fact::GrowthStage, &["mature"])),
                text: tx!(
                    "答复要求基金“加大对种子期、初创期、成长期科技型企业的投入力度”：这是投入重点，不排除成熟期企业。你处于成熟期，也可进入基金项目库，但上述阶段的企业可能优先；由基金决策。",
                    "The reply has the fund “invest more in seed, start-up and growth-stage tech enterprises”: an emphasis that excludes no stage. Yours is mature, so it may still join the fund's project pool, though those stages may come first; the fund decides.",
                ),
                clause: "3.2.2",
            },
            Note {
            when: Some(NOT_TECH_ENTERPRISE),
            text: tx!(
                "基金投向“科技型企业”：你尚未入库科技型中小企业，也没有有效的高企或小巨人资质，基金会自行判断是否属于科技型企业。",
                "The fund invests in “tech enterprises”: yours is not yet a registered 科技型中小企业 nor a recognised 高企 or 小巨人, so the fund will judge whether it counts as one.",
            ),
            clause: "3.2.2",
        },
        ],
    },
    Programme {
        id: "ip-pledge",
        name: tx!("知识产权质押融资", "IP-pledge financing"),
        category: Category::Finance,
        clauses: &["3.2.3"],
        quote: "充分发挥银川市知识产权质押融资担保基金作用,探索纯知识产权质押和知识产权混合质押模式融资",
        criteria: &[
            in_yinchuan("3.2.3"),
            Criterion {
                id: "needs_finance",
                label: tx!("有融资需求", "Needs financing"),
                cond: Yes(Fact::NeedsFinance),
                clause: "3.2.3",
            },
            Criterion {
                id: "holds_ip",
                label: tx!("拥有知识产权（专利、软件著作权等）", "Holds IP (patents, software copyrights, …)"),
                // Class II first: a software copyright is the quicker way to hold IP.
                cond: SumAtLeast(&[Fact::IpOther, Fact::IpInvention], 1),
                clause: "3.2.3",
            },
        ],
        benefit: Benefit::Access {
            what: tx!("担保基金支持的纯知识产权质押或混合质押融资", "Pure or mixed IP-pledge financing backed by the city's guarantee fund"),
        },
        next_step: NextStep {
            how: tx!(
                "经银川市知识产权质押融资担保基金办理；答复没有写明申请入口和时间，请向市科技局了解",
                "Through the Yinchuan IP-pledge financing guarantee fund; the reply names no entry point or dates, so ask the bureau",
            ),
            timing: Timing::Unstated,
            clause: Some("3.2.3"),
            reach: None,
        },
        notes: &[Note {
            when: None,
            text: tx!(
                "答复写的是“探索”纯知识产权质押和混合质押模式融资：具体产品和条件以担保基金和银行的规定为准。",
                "The reply says pure and mixed IP-pledge financing is being “explored”: the fund's and the banks' own terms decide the products and conditions.",
            ),
            clause: "3.2.3",
        }],
    },
    Programme {
        id: "results-matching",
        name: tx!("科技成果供需对接", "Technology supply–demand matching"),
        category: Category::Transfer,
        clauses: &["3.3.1"],
        quote: "建立科技成果供需对接平台,畅通科技成果信息收集、加工、发布渠道",
        // The matching platform names no place of registration (see `open_beyond_city`).
        criteria: &[
            Criterion {
                id: "needs_or_results",
                label: tx!("有技术需求或可转化的科技成果", "Has technology needs or results to offer"),
                cond: Yes(Fact::TechNeedsOrResults),
                clause: "3.3.1",
            },
        ],
        benefit: Benefit::Access {
            what: tx!(
                "在答复提出建立的科技成果供需对接平台发布需求或成果，对接转移转化中介机构",
                "Publish needs or results on the matching platform the reply says it will set up, and meet transfer agents",
            ),
        },
        next_step: NextStep {
            how: tx!(
                "答复提出“建立科技成果供需对接平台”，但没有写明平台名称和入口：请向市科技局了解",
                "The reply says it will “set up a supply–demand matching platform” but names neither the platform nor its entry point: ask the bureau",
            ),
            timing: Timing::Unstated,
            clause: Some("3.3.1"),
            reach: None,
        },
        notes: &[open_beyond_city("3.3.1")],
    },
    Programme {
        id: "transfer-special",
        name: tx!("科技成果转化专项", "Technology transfer programme"),
        category: Category::Transfer,
        clauses: &["3.3.2", "4.1.1"],
        quote: "设立科技成果转化专项重点支持东部高新技术成果、高价值发明专利和关键核心卡脖子技术成果在我市落地转移转化",
        criteria: &[
            in_yinchuan("3.3.2"),
            Criterion {
                id: "transfer_project",
                label: tx!(
                    "在银落地转化科技成果（答复“重点支持”东部高新技术成果、高价值发明专利和关键核心技术，其他成果不被排除）",
                    "Lands technology results in Yinchuan (the reply gives “priority support” to eastern high-tech results, high-value invention patents and key core technology; other results are not excluded)",
                ),
                // The named kinds first: they are the priority, and the change that ranks best.
                cond: Any(&[Yes(Fact::TransferProject), Yes(Fact::TransferOther)]),
                clause: "3.3.2",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::TRANSFER_SPECIAL],
            only_if: &[],
            what: tx!("转化项目资助", "Funding for transfer projects"),
        },
        next_step: batches(),
        notes: &[
            Note {
                when: Some(Yes(Fact::TransferProject)),
                text: tx!(
                    "你转化的成果属于答复“重点支持”的类别（东部高新技术成果、高价值发明专利、关键核心“卡脖子”技术成果）。",
                    "Your results are among the kinds the reply gives “priority support” (eastern high-tech results, high-value invention patents, key core choke-point technology).",
                ),
                clause: "3.3.2",
            },
            Note {
                when: Some(All(&[No(Fact::TransferProject), Yes(Fact::TransferOther)])),
                text: tx!(
                    "答复写的是“重点支持”东部高新技术成果、高价值发明专利和关键核心“卡脖子”技术成果：这是优先次序，不是唯一条件。你转化的是其他成果，也可申报，但上述成果可能优先；以当年申报指南为准。",
                    "The reply gives “priority support” to eastern high-tech results, high-value invention patents and key core choke-point technology: a ranking, not the only condition. Yours are other results, so you may apply, though those kinds may come first; the year's guideline decides.",
                ),
                clause: "3.3.2",
            },
            INDIRECT_COSTS,
        ],
    },
    Programme {
        id: "pilot-maturation",
        name: tx!("中试熟化项目支持", "Pilot-scale maturation support"),
        category: Category::Transfer,
        clauses: &["3.3.2"],
        quote: "支持企业实施中试熟化项目,按其投资额(不包括土地、厂房、工程等投入)及投资额到位进度、项目进度给予资金支持",
        criteria: &[
            in_yinchuan("3.3.2"),
            Criterion {
                id: "pilot_project",
                label: tx!("实施中试熟化项目", "Runs a pilot-scale maturation project"),
                cond: Yes(Fact::PilotProject),
                clause: "3.3.2",
            },
        ],
        benefit: Benefit::PilotBase { param: id::PILOT_RATE },
        next_step: batches(),
        notes: &[Note {
            when: None,
            text: tx!(
                "答复列举的扣除项（土地、厂房、工程）以“等”结尾，可计入的投资额以当年申报指南为准，这里算出的是上限。",
                "The reply's list of excluded items (land, buildings, engineering) ends with “etc.”; the year's guideline decides what counts, so the base shown here is an upper bound.",
            ),
            clause: "3.3.2",
        }],
    },
    Programme {
        id: "public-lab-services",
        name: tx!("公益性实验服务（葡萄酒检验检测中心、新材料开放共享实验室、新能源中试基地等平台）", "Shared lab services (the wine testing centre, new-materials lab, new-energy pilot base and others)"),
        category: Category::Service,
        clauses: &["1.2"],
        quote: "支持建设葡萄酒检验检测中心、新材料开放共享实验室、新能源中试基地等平台,构建共性技术支撑和供给体系,为企业提供公益性实验服务",
        // "为企业提供": no place of registration is named (see `open_beyond_city`).
        criteria: &[],
        benefit: Benefit::Service {
            what: tx!("公益性实验服务，降低研发成本", "Public-interest lab services that lower R&D cost"),
        },
        next_step: NextStep {
            how: tx!("直接联系相应平台预约服务", "Book directly with the platform concerned"),
            timing: Timing::Unstated,
            clause: Some("1.2"),
            reach: None,
        },
        notes: &[
            open_beyond_city("1.2"),
            Note {
                when: None,
                text: tx!(
                    "答复列举的平台以“等”结尾，服务面向全市企业；所列平台按行业提示如下。",
                    "The reply's list of platforms ends with “etc.” and the services are for every enterprise in the city; the named ones suit these industries.",
                ),
                clause: "1.2",
            },
            Note {
                when: Some(HasAny(Fact::Industries, &["wine"])),
                text: tx!("葡萄酒企业：葡萄酒检验检测中心。", "Wine: the wine testing centre."),
                clause: "1.2",
            },
            Note {
                when: Some(HasAny(Fact::Industries, &["new_materials"])),
                text: tx!("新材料企业：新材料开放共享实验室。", "New materials: the open new-materials laboratory."),
                clause: "1.2",
            },
            Note {
                when: Some(HasAny(Fact::Industries, &["new_energy"])),
                text: tx!("新能源企业：新能源中试基地。", "New energy: the new-energy pilot base."),
                clause: "1.2",
            },
        ],
    },
    Programme {
        id: "challenge-projects",
        name: tx!("重大科技项目“揭榜挂帅”“赛马制”", "Open-challenge (揭榜挂帅) and horse-race (赛马制) major projects"),
        category: Category::Research,
        clauses: &["4.1.3"],
        quote: "实行重大科技项目揭榜挂帅”“赛马制等制度",
        criteria: &[
            in_yinchuan("4.1.3"),
            Criterion {
                id: "challenge_ready",
                label: tx!("有能力承接发布的技术需求（揭榜）", "Able to take on published technology demands"),
                cond: Yes(Fact::ChallengeReady),
                clause: "4.1.3",
            },
        ],
        benefit: Benefit::Guideline {
            params: &[id::CHALLENGE_PROJECTS],
            only_if: &[],
            what: tx!("重大科技项目", "Major S&T projects"),
        },
        next_step: NextStep {
            how: tx!("关注市科技局常态化征集和发布的技术需求（榜单）", "Watch the technology demands (challenge lists) the bureau collects and publishes"),
            timing: Timing::Announced,
            clause: Some("4.1.3"),
            reach: None,
        },
        notes: &[
            Note {
                when: None,
                text: tx!(
                    "榜单围绕自治区和银川优势特色产业征集发布。",
                    "Challenges are collected and published around the region's and Yinchuan's leading industries.",
                ),
                clause: "4.1.3",
            },
            INDIRECT_COSTS,
        ],
    },
    Programme {
        id: "tisc-patent",
        name: tx!("TISC专利信息分析服务", "TISC patent-information services"),
        category: Category::Service,
        clauses: &["4.2.1"],
        quote: "依托技术与创新支持中心(TISC)为企业提供常态化专利信息分析服务和产业数据分析服务,帮助中小企业建立完善知识产权制度",
        // The analysis services are offered to enterprises (no place of registration is named:
        // see `open_beyond_city`); the help with IP systems to SMEs.
        criteria: &[],
        benefit: Benefit::Service {
            what: tx!("常态化专利信息分析和产业数据分析服务", "Regular patent-information and industry-data analysis"),
        },
        next_step: ongoing(tx!("联系技术与创新支持中心（TISC）", "Contact the Technology and Innovation Support Centre (TISC)"), Some("4.2.1")),
        notes: &[
            Note {
                when: Some(Yes(Fact::Sme)),
                text: tx!("作为中小企业，还可获得建立完善知识产权制度的帮助。", "As a small or medium-sized enterprise, you can also get help building an IP system."),
                clause: "4.2.1",
            },
            open_beyond_city("4.2.1"),
        ],
    },
    Programme {
        id: "three-staff-service",
        name: tx!("“三员联动”科技服务", "Linked technology services for enterprises (三员联动)"),
        category: Category::Service,
        clauses: &["4.2.2"],
        quote: "通过政府购买服务方式为企业提供高质量专业化科技服务",
        criteria: &[in_yinchuan("4.2.2")],
        benefit: Benefit::Service {
            what: tx!("网格员与第三方科技服务人员共同为企业提供专业化科技服务（政府购买服务）", "Grid staff and third-party experts serve the enterprise together (services the government buys)"),
        },
        next_step: ongoing(tx!("联系所在区域的科技网格员", "Contact your area's technology grid officer"), Some("4.2.2")),
        notes: &[],
    },
    Programme {
        id: "tech-intermediary",
        name: tx!("科技中介示范机构", "Model technology-service intermediaries"),
        category: Category::Service,
        clauses: &["4.2.1"],
        quote: "支持一批服务能力强、专业水平高的综合类、研发设计类、成果转化类科技中介示范机构发展壮大",
        criteria: &[
            in_yinchuan("4.2.1"),
            Criterion {
                id: "tech_service_org",
                label: tx!("综合类、研发设计类或成果转化类科技服务机构", "A general, R&D-design or technology-transfer service organisation"),
                cond: Yes(Fact::TechServiceOrg),
                clause: "4.2.1",
            },
        ],
        benefit: Benefit::Access {
            what: tx!("支持服务能力强、专业水平高的示范机构发展壮大（方式以当年政策为准）", "Support for capable, specialised model intermediaries to grow (the year's policy sets the form)"),
        },
        next_step: announced_on_platforms(),
        notes: &[],
    },
    // -----------------------------------------------------------------------------------------
    // National tax incentives (policy/sources/national-tax.txt): their own group.
    Programme {
        id: "rd-super-deduction",
        name: tx!("研发费用税前加计扣除", "R&D super-deduction"),
        category: Category::Tax,
        clauses: &["rd-2023-7", "rd-2015-119"],
        quote: "再按照实际发生额的100%在税前加计扣除",
        criteria: &[
            Criterion {
                id: "has_rd_expense",
                label: tx!("上年有研发费用", "Spent on R&D last year"),
                cond: Above(Fact::RdExpense, Lit(0)),
                clause: "rd-2023-7",
            },
            Criterion {
                id: "not_negative_list",
                label: tx!(
                    "不属于不适用加计扣除的行业（烟草制造、住宿餐饮、批发零售、房地产、租赁和商务服务、娱乐业等）",
                    "Not in an excluded industry (tobacco, hotels and catering, wholesale and retail, real estate, leasing and business services, entertainment, …)",
                ),
                cond: No(Fact::NegativeListIndustry),
                clause: "rd-2015-119",
            },
        ],
        benefit: Benefit::TaxDeduction {
            rate: id::RD_SUPER_DEDUCTION_RATE,
            base: Fact::RdExpense,
        },
        next_step: NextStep {
            how: tx!(
                "按规定归集研发费用（设置研发费用辅助账），在年度企业所得税汇算清缴时申报享受",
                "Keep the R&D costs in the auxiliary ledger the rules ask for, and claim the deduction in the annual income-tax filing",
            ),
            timing: Timing::Ongoing,
            clause: Some("rd-2015-119"),
            reach: None,
        },
        notes: &[
            Note {
                when: None,
                text: tx!(
                    "按上年的研发费用和上年申报表上的应纳税所得额（已减去加计扣除）估算：应纳税所得额大于零，说明加计扣除已全额抵减，少缴的税就是额外扣除额 × 适用税率；为零的年度，少缴的税在零和这个数之间，取决于当年所得吸收了多少扣除。比例按研发费用发生的年度确定。形成无形资产的研发费用按成本的200%摊销，这里不计算。",
                    "Estimated from last year's R&D and last year's taxable income as on the return (after the super-deduction): taxable income above zero means the deduction was used in full, so the tax saved is the extra deduction × the tax rate; in a year at zero it lies between nothing and that figure, depending on how much of the deduction the year's income absorbed. The rate is the one for the year the R&D was incurred. R&D capitalised as an intangible asset is amortised at 200% of its cost, which is not computed here.",
                ),
                clause: "rd-2023-7",
            },
            TAX_CARDS_TOGETHER,
            Note {
                when: Some(OneOf(Fact::Location, &["outside"])),
                text: tx!(
                    "这项税收优惠全国适用，但本计算器只为银川市企业计算，请向主管税务机关了解。",
                    "This tax incentive applies nationwide, but this calculator only assesses Yinchuan enterprises: ask your tax office.",
                ),
                clause: "rd-2023-7",
            },
            Note {
                when: Some(OneOf(Fact::HnteStatus, &["first", "again"])),
                text: tx!(
                    "有效的高新技术企业按15%税率计算。",
                    "A valid 高新技术企业 certificate means the 15% rate is used.",
                ),
                clause: "cit-28",
            },
        ],
    },
    Programme {
        id: "hnte-tax-rate",
        name: tx!("高新技术企业15%企业所得税税率", "15% income-tax rate for high-tech enterprises (高新技术企业)"),
        category: Category::Tax,
        clauses: &["cit-28", "cit-4"],
        quote: "国家需要重点扶持的高新技术企业，减按15%的税率征收企业所得税。",
        criteria: &[Criterion {
            id: "valid_hnte",
            label: tx!("持有有效的高新技术企业证书", "Holds a valid 高新技术企业 certificate"),
            cond: OneOf(Fact::HnteStatus, &["first", "again"]),
            clause: "cit-28",
        }],
        benefit: Benefit::TaxRate {
            reduced: id::HNTE_CIT_RATE,
            standard: id::CIT_RATE,
        },
        next_step: NextStep {
            how: tx!(
                "在证书有效期内的企业所得税纳税申报中享受",
                "Apply it in the income-tax returns while the certificate is valid",
            ),
            timing: Timing::Ongoing,
            clause: Some("cit-28"),
            reach: None,
        },
        notes: &[
            Note {
                when: Some(OneOf(Fact::Location, &["outside"])),
                text: tx!(
                    "这项税收优惠全国适用，但本计算器只为银川市企业计算，请向主管税务机关了解。",
                    "This tax incentive applies nationwide, but this calculator only assesses Yinchuan enterprises: ask your tax office.",
                ),
                clause: "cit-28",
            },
            TAX_CARDS_TOGETHER,
            Note {
                when: None,
                text: tx!(
                    "高新技术企业资格自颁发证书之日起有效期三年：到期前重新认定，15%的税率才能继续适用。",
                    "A 高新技术企业 recognition is valid for three years from the certificate's date: the 15% rate goes on only if the enterprise is recognised again before it ends.",
                ),
                clause: "hnte-2016-32-9",
            },
            Note {
                when: None,
                text: tx!(
                    "若为小型微利企业，适用的税率更低，与15%的差额更小，这里不计算。",
                    "If you are a small low-profit enterprise (小型微利企业) your rate is lower and the difference smaller; that is not computed here.",
                ),
                clause: "cit-28",
            },
        ],
    },
];

/// The programme with this id, if any.
pub fn programme(id: &str) -> Option<&'static Programme> {
    CATALOGUE.iter().find(|p| p.id == id)
}
