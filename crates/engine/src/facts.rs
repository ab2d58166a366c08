//! The facts an enterprise can state about itself: their ids, kinds, labels and allowed options.
//!
//! Every fact is optional in a profile. The ids are the stable keys of the profile format
//! (`docs/profile.md`), the share link and the fixtures; never rename one without a format version.

pub use crate::factmap::FactMap;
use crate::text::{t, Text};
use crate::tx;
use serde::{Deserialize, Serialize};

/// What kind of value a fact holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Yes or no.
    Bool,
    /// Yes or no about one calendar year ("this year's project already granted"): the answer is
    /// recorded with its year and counts only when the assessment is made in that year.
    ThisYear,
    /// One option of a fixed list.
    Choice,
    /// Any number of options of a fixed list.
    Set,
    /// An amount in yuan (non-negative, at most two decimals).
    Money,
    /// A whole number of people or things.
    Count,
    /// A whole-number score from 0 to 100.
    Score,
    /// A calendar date.
    Date,
}

/// One allowed option of a choice or set fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Opt {
    pub code: &'static str,
    pub label: Text,
}

const fn o(code: &'static str, zh: &'static str, en: &'static str) -> Opt {
    Opt {
        code,
        label: t(zh, en),
    }
}

/// The definition of a fact.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct FactDef {
    pub fact: Fact,
    pub kind: Kind,
    /// A short name used where an answer is quoted ("营业收入").
    pub label: Text,
    pub options: &'static [Opt],
    /// Whether an enterprise can sensibly change this fact, so that it may appear in a
    /// "smallest change" suggestion. Where it is, what it is, founding dates are not.
    pub changeable: bool,
    /// For a changeable choice: the current answers from which a change makes sense (empty means
    /// any). A renewed 高新技术企业 cannot become a first-time one again.
    pub change_from: &'static [&'static str],
}

macro_rules! facts {
    ($($variant:ident = $id:literal: $dfn:ident($($dargs:tt)*), $qfn:ident($($qargs:tt)*) $(.how($how:expr))?;)*) => {
        /// A fact id. The serialised name is the profile-format key.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum Fact {
            $(#[serde(rename = $id)] $variant,)*
        }

        impl Fact {
            /// Every fact, in questionnaire order.
            pub const ALL: &'static [Fact] = &[$(Fact::$variant,)*];

            /// The stable id used in the profile format.
            pub const fn id(self) -> &'static str {
                match self {
                    $(Fact::$variant => $id,)*
                }
            }

            /// The fact with this id, if any.
            pub fn from_id(id: &str) -> Option<Fact> {
                match id {
                    $($id => Some(Fact::$variant),)*
                    _ => None,
                }
            }
        }

        /// What each fact is: kind, label, options, whether a smallest change may touch it.
        pub static FACT_DEFS: &[FactDef] = &[$($dfn(Fact::$variant, $($dargs)*),)*];

        /// Every question, in the order they are asked.
        pub static QUESTIONS: &[Question] = &[$($qfn(Fact::$variant, $($qargs)*)$(.how($how))?,)*];
    };
}

/// Codes of the places an enterprise may be registered in.
pub const YINCHUAN_PLACES: &[&str] = &[
    "xingqing", "jinfeng", "xixia", "yongning", "helan", "lingwu",
];

const LOCATIONS: &[Opt] = &[
    o("xingqing", "兴庆区", "Xingqing District"),
    o("jinfeng", "金凤区", "Jinfeng District"),
    o("xixia", "西夏区", "Xixia District"),
    o("yongning", "永宁县", "Yongning County"),
    o("helan", "贺兰县", "Helan County"),
    o("lingwu", "灵武市", "Lingwu City"),
    o("outside", "银川市以外", "Outside Yinchuan"),
];

const INDUSTRIES: &[Opt] = &[
    o("new_materials", "新材料", "New materials"),
    o("new_energy", "新能源", "New energy"),
    o("new_food", "新食品", "New food"),
    o("electronic_info", "电子信息", "Electronic information"),
    o("equipment", "装备制造", "Equipment manufacturing"),
    o("software", "软件开发", "Software development"),
    o("biomedicine", "生物医药", "Biomedicine"),
    o("wine", "葡萄酒", "Wine"),
    o(
        "traditional",
        "其他传统产业（化工、轻纺、农产品加工等）",
        "Other traditional industry (chemicals, textiles, food processing, …)",
    ),
    o("other", "其他行业", "Another industry"),
];

const HNTE_STATUSES: &[Opt] = &[
    o("never", "从未被认定", "Never recognised"),
    o(
        "first",
        "首次认定（证书有效）",
        "Recognised for the first time (certificate valid)",
    ),
    o(
        "again",
        "曾经认定过，现为重新认定（证书有效）",
        "Recognised again after an earlier recognition (certificate valid)",
    ),
    o(
        "lapsed",
        "曾被认定，证书已失效",
        "Recognised before, certificate expired",
    ),
];

const GIANT_STATUSES: &[Opt] = &[
    o("never", "从未被认定", "Never recognised"),
    o("first", "首次认定", "Recognised for the first time"),
    o(
        "again",
        "曾经认定过，现为重新认定",
        "Recognised again after an earlier recognition",
    ),
];

/// Status facts can only move from "never recognised" to "first recognition".
const NEVER: &[&str] = &["never"];

const STAGES: &[Opt] = &[
    o("seed", "种子期", "Seed stage"),
    o("startup", "初创期", "Start-up stage"),
    o("growth", "成长期", "Growth stage"),
    o("mature", "成熟期", "Mature"),
];

const fn def(
    fact: Fact,
    kind: Kind,
    zh: &'static str,
    en: &'static str,
    changeable: bool,
) -> FactDef {
    FactDef {
        fact,
        kind,
        label: t(zh, en),
        options: &[],
        changeable,
        change_from: &[],
    }
}

const fn choice(
    fact: Fact,
    kind: Kind,
    zh: &'static str,
    en: &'static str,
    options: &'static [Opt],
    changeable: bool,
) -> FactDef {
    FactDef {
        fact,
        kind,
        label: t(zh, en),
        options,
        changeable,
        change_from: if changeable { NEVER } else { &[] },
    }
}

use crate::cond::Cond;
use crate::questions::{
    q, qh, qif, Question, Step::*, GIANT_FIRST, HNTE_FIRST, MONEY_HELP, NOT_YET_TECH, PILOT,
};
use Kind::*;

// The facts, one row each: id, what it is (kind, label, options, whether a smallest change may
// touch it) and its question (step, text, help, routing). The enum, the lookups, the registry and
// the questionnaire are all derived from this one table, so they cannot drift apart. Adding a
// fact is one row here (and its place in the questionnaire is its place in the table).
facts! {
    Location = "location":
        choice(Choice, "注册地", "Registered in", LOCATIONS, false),
        qh(Basics, t("企业注册在哪里？", "Where is the enterprise registered?"), t("宁东能源化工基地由其管委会管理，不在市级统计范围内，请向市科技局确认是否适用。", "The 宁东 energy and chemical base is run by its own committee; ask the bureau whether city programmes apply there."))
            .how(tx!("看营业执照上的“住所”。在兴庆、金凤、西夏三区和永宁、贺兰两县、灵武市以外的，选“银川市以外”。", "Look at the registered address (住所) on the business licence. Outside Yinchuan's three districts, two counties and Lingwu, choose “Outside Yinchuan”."));
    StateOwned = "state_owned":
        def(Bool, "国有企业", "State-owned", false),
        q(Basics, t("是否为国有企业？", "Is it a state-owned enterprise?"))
            .how(tx!("看营业执照上的企业类型和股东（出资人）。不清楚的，问企业负责人或财务。", "Look at the company type and the shareholders on the business licence; if that does not settle it, ask the management or the finance team."));
    Industries = "industries":
        choice(Set, "所属行业", "Industries", INDUSTRIES, false),
        qh(Basics, t("企业属于哪些行业？（可多选）", "Which industries is it in? (choose all that apply)"), t("“三新产业”指新材料、新能源、新食品。", "银川's “三新” industries are new materials, new energy and new food."))
            .how(tx!("按企业实际做的主营业务选，可以多选；营业执照上的经营范围可作参考。", "Choose by the business the enterprise actually does, several if needed; the business scope on the licence helps."));
    Industrial = "industrial":
        def(Bool, "工业企业", "Industrial enterprise", false),
        qh(Basics, t("是否为工业企业？", "Is it an industrial enterprise?"), t("工业企业指从事采矿、制造或电力、燃气、水生产供应的企业。", "Mining, manufacturing, or producing and supplying power, gas or water."))
            .how(tx!("看企业主要做什么：自己生产制造产品、开采矿产，或生产供应电力、燃气、水的，是工业企业；只做贸易或服务的不是。", "Look at what it mainly does: making products, mining, or producing and supplying power, gas or water makes it industrial; trading or services alone do not."));
    Sme = "sme":
        def(Bool, "中小企业", "Small or medium-sized enterprise", false),
        q(Basics, t("是否属于中小企业（按国家中小企业划型标准）？", "Is it a small or medium-sized enterprise (national classification)?"))
            .how(tx!("国家标准按行业，用从业人员和营业收入（有的行业还看资产总额）把企业分为大、中、小、微型。财务或代账会计一般知道；拿不准就选“不确定”。", "The national standard sorts enterprises by industry, using employees and revenue (total assets in some industries), into large, medium, small and micro. The finance team or the bookkeeper usually knows; if in doubt choose “Not sure”."));
    TechServiceOrg = "tech_service_org":
        def(Bool, "科技服务（科技中介）机构", "Technology-service (intermediary) organisation", false),
        qh(Basics, t("是否为科技服务机构（综合类、研发设计类或成果转化类科技中介）？", "Is it a technology-service organisation (a general, R&D-design or technology-transfer intermediary)?"), t("指主要为其他企业提供研发设计、成果转化、知识产权、检验检测等科技服务的机构。", "An organisation whose main business is technology services for others: R&D and design, technology transfer, IP, testing and the like."))
            .how(tx!("看企业的收入主要从哪里来：主要靠为其他企业提供研发设计、成果转化、知识产权、检验检测等科技服务的，选“是”。", "Look at where most of its income comes from: mainly technology services for other enterprises (R&D and design, transfer, IP, testing and the like) means yes."));
    TsmeRegistered = "tsme_registered":
        def(ThisYear, "今年已入库科技型中小企业", "Registered as 科技型中小企业 (tech-based SME) this year", true),
        q(Status, t("{year}年是否已评价入库为科技型中小企业？", "Is it registered as a 科技型中小企业 (tech-based SME) in {year}?"))
            .how(tx!("问题问的是今年：看本企业今年的评价入库结果。只在往年入库、今年还没有入库的，选“否”。", "The question is about this year: look at this year's registration result. Registered in an earlier year but not yet this year means no."));
    HnteStatus = "hnte_status":
        choice(Choice, "高新技术企业认定情况", "高新技术企业 (HNTE) recognition", HNTE_STATUSES, true),
        q(Status, t("高新技术企业认定情况？", "What is its 高新技术企业 (HNTE) status?"))
            .how(tx!("看高新技术企业证书上的发证日期和有效期。从未拿到过选“从未被认定”；证书已过期、没有重新认定的选“已失效”。", "Look at the issue date and the validity on the 高新技术企业 certificate. Never had one: “never recognised”; expired and not renewed: “expired”."));
    HnteDate = "hnte_date":
        def(Date, "首次认定高新技术企业的日期", "Date of first HNTE recognition", false),
        qif(Status, t("首次认定为高新技术企业的日期（证书发证日期）？", "When was it first recognised as HNTE (certificate date)?"), None, HNTE_FIRST)
            .how(tx!("填第一次认定时那张高新技术企业证书上的发证日期。", "Enter the issue date on the first 高新技术企业 certificate the enterprise received."));
    HntePaid = "hnte_paid":
        def(Money, "已获高企认定后补助金额", "HNTE post-subsidy already received", false),
        qif(Status, t("已获得的高企认定后补助累计金额？（没有填 0）", "HNTE post-subsidy received so far? (0 if none)"), Some(MONEY_HELP), HNTE_FIRST)
            .how(tx!("把认定为高新技术企业以后已经拿到的市级后补助加起来，财务的收款记录里有；一次都没有拿到填 0。", "Add up the city post-subsidy received since the 高新技术企业 recognition (the finance team's receipts show it); 0 if none so far."));
    HnteSupportedThisYear = "hnte_supported_this_year":
        def(ThisYear, "今年已获高企后补助项目", "HNTE post-subsidy project already granted this year", false),
        qif(Status, t("{year}年是否已获批高企后补助项目？", "Has {year}'s HNTE post-subsidy project already been granted?"), None, HNTE_FIRST)
            .how(tx!("问负责申报的同事：今年的高企后补助项目是否已经立项或拨款。还没有申报或还在评审中的，选“否”。", "Ask whoever handles applications whether this year's post-subsidy project has been approved or paid. Not applied for, or still under review, means no."));
    GiantStatus = "giant_status":
        choice(Choice, "科技小巨人企业认定情况", "科技小巨人 (tech little giant) recognition", GIANT_STATUSES, true),
        q(Status, t("科技小巨人企业认定情况？", "What is its 科技小巨人 (tech little giant) status?"))
            .how(tx!("看科技小巨人企业的认定文件或公示名单：从未被认定、第一次被认定，还是以前认定过、现在是重新认定。", "Look at the 科技小巨人 recognition notice or the published list: never recognised, recognised for the first time, or recognised again after an earlier recognition."));
    GiantDate = "giant_date":
        def(Date, "首次认定科技小巨人企业的日期", "Date of first little-giant recognition", false),
        qif(Status, t("首次认定为科技小巨人企业的日期？", "When was it first recognised as a little giant?"), None, GIANT_FIRST)
            .how(tx!("填第一次被认定为科技小巨人企业的日期（认定文件或公示上的日期）。", "Enter the date of the first 科技小巨人 recognition (on the recognition notice or the published list)."));
    GiantPaid = "giant_paid":
        def(Money, "已获小巨人认定后补助金额", "Little-giant post-subsidy already received", false),
        qif(Status, t("已获得的小巨人认定后补助累计金额？（没有填 0）", "Little-giant post-subsidy received so far? (0 if none)"), Some(MONEY_HELP), GIANT_FIRST)
            .how(tx!("把认定为科技小巨人以后已经拿到的市级后补助加起来；一次都没有拿到填 0。", "Add up the city post-subsidy received since the 科技小巨人 recognition; 0 if none so far."));
    GiantSupportedThisYear = "giant_supported_this_year":
        def(ThisYear, "今年已获小巨人后补助项目", "Little-giant post-subsidy project already granted this year", false),
        qif(Status, t("{year}年是否已获批小巨人后补助项目？", "Has {year}'s little-giant post-subsidy project already been granted?"), None, GIANT_FIRST)
            .how(tx!("问负责申报的同事：今年的小巨人后补助项目是否已经立项或拨款。还没有申报或还在评审中的，选“否”。", "Ask whoever handles applications whether this year's post-subsidy project has been approved or paid. Not applied for, or still under review, means no."));
    PlansRecognition = "plans_recognition":
        def(Bool, "计划申请科技型中小企业评价或高新技术企业认定", "Plans to seek 科技型中小企业 or 高新技术企业 status", true),
        qif(Status, t("是否计划申请科技型中小企业评价或高新技术企业认定？", "Does it plan to seek 科技型中小企业 or 高新技术企业 status?"), Some(t("科技型企业培育库也面向正在培育、准备申请这些资质的企业。", "The cultivation pool also takes enterprises preparing to seek these statuses.")), NOT_YET_TECH)
            .how(tx!("问企业负责人：近期是否打算申请科技型中小企业评价或高新技术企业认定。还在考虑的可以选“不确定”。", "Ask the management whether it intends to seek 科技型中小企业 or 高新技术企业 status soon. Still thinking about it: choose “Not sure”."));
    KeyEnterprise = "key_enterprise":
        def(Bool, "已列入市级重点企业库（“百企科技展翅”）", "On the city's key-enterprise list (百企科技展翅)", false),
        qh(Status, t("是否已列入市级重点企业库（“百企科技展翅”计划）？", "Is it on the city's key-enterprise list (the 百企科技展翅 plan)?"), t("答复中的科创中国专项、飞地研发中心、“卡脖子”技术攻关等写明支持“重点企业”。不清楚可先跳过。", "The reply names “key enterprises” for 科创中国, enclave centres and choke-point research. Skip it if you do not know."))
            .how(tx!("看市里的重点企业库名单或入库通知；企业没有收到过入库通知、也不在名单上的，选“否”。", "Look at the city's key-enterprise list or the notice of inclusion; no notice and not on the list means no."));
    RegistrationDate = "registration_date":
        def(Date, "成立（注册）日期", "Date of registration", false),
        q(Size, t("企业成立（注册）日期？", "When was the enterprise registered?"))
            .how(tx!("看营业执照上的“成立日期”。", "Look at the date of establishment (成立日期) on the business licence."));
    Employees = "employees":
        def(Count, "职工总数", "Employees", false),
        q(Size, t("职工总数（人）？", "How many employees?"))
            .how(tx!("填企业现有的职工总数，社保缴纳名单或工资表可以核对。", "Count the staff the enterprise employs; the social-insurance list or the payroll will confirm it."));
    TechStaff = "tech_staff":
        def(Count, "科技人员数", "Technical staff", true),
        qh(Size, t("其中科技人员多少人？", "How many of them are technical staff?"), t("直接从事研发和相关技术创新活动，以及专门从事上述活动管理和提供直接服务的人员。", "People doing R&D or technical innovation, or managing and directly serving it."))
            .how(tx!("在职工里数一数做研发和技术创新的人，以及专门管理和服务这些工作的人。", "Of the employees, count those doing R&D and technical innovation, and those who manage or directly serve that work."));
    Revenue = "revenue":
        def(Money, "上年销售（主营业务）收入", "Last year's sales (main-business) revenue", true),
        qh(Size, t("上年销售（主营业务）收入？", "Last year's sales (main-business) revenue?"), MONEY_HELP)
            .how(tx!("看上年的利润表（损益表）里的“营业收入”，或年度所得税申报表；问财务最快。", "See “operating revenue” in last year's income statement, or the annual income-tax return; the finance team knows it at once."));
    TotalAssets = "total_assets":
        def(Money, "资产总额", "Total assets", false),
        qh(Size, t("资产总额？", "Total assets?"), MONEY_HELP)
            .how(tx!("看最近一期资产负债表里的“资产总计”。", "See “total assets” in the latest balance sheet."));
    RdExpense = "rd_expense":
        def(Money, "上年研发费用", "Last year's R&D expense", true),
        qh(Research, t("上年研发费用？（没有填 0）", "Last year's R&D expense? (0 if none)"), MONEY_HELP)
            .how(tx!("看上年财务报表或研发费用明细里的研发费用；没有单独核算研发费用的，问财务能否分出来。", "See the R&D expense in last year's accounts or its R&D cost detail; if R&D is not accounted for separately, ask the finance team whether it can be separated."));
    NegativeListIndustry = "negative_list_industry":
        def(Bool, "属于不适用研发费用加计扣除的行业", "In an industry excluded from the R&D super-deduction", false),
        qif(Research, t("是否属于烟草制造、住宿和餐饮、批发和零售、房地产、租赁和商务服务、娱乐业等行业？", "Is it in tobacco, hotels and catering, wholesale and retail, real estate, leasing and business services, entertainment or a similar industry?"), Some(t("这些行业不适用研发费用税前加计扣除（财税〔2015〕119号）。", "These industries cannot use the R&D super-deduction (财税〔2015〕119号).")), Cond::Above(Fact::RdExpense, crate::cond::Num::Lit(0)))
            .how(tx!("看企业的主营业务属于哪个行业：问题里列出的这些行业不适用研发费用加计扣除；主营业务不在其中的选“否”。", "Look at which industry the main business belongs to: the industries listed cannot use the R&D super-deduction; if the main business is none of them, choose no."));
    TaxableIncome = "taxable_income":
        def(Money, "上年应纳税所得额", "Last year's taxable income", false),
        qh(Research, t("上年应纳税所得额（年度纳税申报表上已减去加计扣除后的数）？（用于估算税收优惠，不清楚可留空）", "Last year's taxable income, as on the annual return (after the super-deduction)? (to estimate tax savings; leave empty if unsure)"), MONEY_HELP)
            .how(tx!("看上年《企业所得税年度纳税申报表》主表上的“应纳税所得额”一行：就是用来乘以税率算税的那个数，已经减去了研发费用加计扣除（在“免税、减计收入及加计扣除”一行）和以前年度的亏损。亏损或为零的年度填 0。问财务或代账会计；不清楚可以不填，只影响税收优惠的估算。", "On the main form of last year's annual corporate income-tax return, take the line “应纳税所得额” (taxable income): the figure the tax rate is applied to, after the R&D super-deduction (taken on the line for tax-exempt income, reduced income and extra deductions) and after earlier years' losses. Enter 0 for a loss year or a year at zero. Ask the finance team or the bookkeeper; leave it empty if unknown: it only affects the tax-saving estimate."));
    RdPlatform = "rd_platform":
        def(Bool, "建设研发平台或研发机构", "Building an R&D platform or institution", true),
        q(Research, t("是否正在建设研发平台或研发机构？", "Is it building an R&D platform or institution?"))
            .how(tx!("正在筹建或运行自己的研发中心、实验室、技术中心等，选“是”；计划中但还没有动工的，可以选“不确定”。", "Building or running its own R&D centre, laboratory or technology centre means yes; planned but not started: choose “Not sure”."));
    KeyTech = "key_tech":
        def(Bool, "攻关产业关键共性或“卡脖子”技术", "Working on key common or choke-point technology", true),
        q(Research, t("是否持续攻关产业关键共性技术或“卡脖子”技术？", "Does it work continuously on key common or choke-point technology?"))
            .how(tx!("“卡脖子”技术指国内受制于人、难以买到或替代的关键技术；“关键共性技术”指一个行业里很多企业都需要的基础技术。企业有专门团队长期攻关这类技术的，选“是”。", "“Choke-point” technology is key technology the country depends on others for; “key common technology” is what many firms in an industry need. A team working on it over time means yes."));
    ChallengeReady = "challenge_ready":
        def(Bool, "有能力承接揭榜挂帅项目", "Able to take on published technology challenges", true),
        q(Research, t("是否有能力承接政府发布的技术需求（揭榜挂帅）？", "Could it take on technology demands the government publishes (open challenges)?"))
            .how(tx!("“揭榜挂帅”是政府公开发布技术难题（榜单），由有能力的单位揭榜承担。企业有研发团队和条件、能按时完成这类技术任务的，选“是”。", "In “揭榜挂帅” (open challenges) the government publishes technology problems and capable organisations take them on. An R&D team and the means to deliver such a task on time means yes."));
    LeadingTalents = "leading_talents":
        def(Count, "经认定的市级科技领军人才（尚未获经费）", "City-recognised leading talents (not yet funded)", true),
        qh(Talent, t("有几位经认定、尚未获得经费的市级科技领军人才？（没有填 0）", "How many city-recognised leading talents, not yet funded? (0 if none)"), t("只计已由市里认定的人才。", "Count only talents the city has recognised."))
            .how(tx!("看市里的领军人才认定文件：只数已经认定、还没有拿到这项经费的人。", "Look at the city's leading-talent recognition notices: count only those recognised and not yet funded under it."));
    InnovationTeams = "innovation_teams":
        def(Count, "经认定的市级创新团队（尚未获经费）", "City-recognised innovation teams (not yet funded)", true),
        q(Talent, t("有几个经认定、尚未获得经费的市级创新团队？（没有填 0）", "How many city-recognised innovation teams, not yet funded? (0 if none)"))
            .how(tx!("看市里的创新团队认定文件：只数已经认定、还没有拿到这项经费的团队。", "Look at the city's innovation-team recognition notices: count only teams recognised and not yet funded under it."));
    TalentInstitution = "talent_institution":
        def(Bool, "为认定人才或团队创设研发机构", "Creating an R&D institution for a recognised talent or team", true),
        q(Talent, t("是否为经认定的领军人才或创新团队量身创设研发机构？", "Is it creating an R&D institution for a recognised leading talent or team?"))
            .how(tx!("为已认定的领军人才或创新团队专门设立研发机构（例如以其名字命名的研究院、工作室）的，选“是”。", "Setting up an R&D institution specifically for a recognised leading talent or team (an institute or studio named after them, say) means yes."));
    StAwardFirstUnit = "st_award_first_unit":
        def(Bool, "国家或自治区科学技术奖第一完成单位", "First completing unit of a national or regional S&T award", false),
        q(Talent, t("是否为国家或自治区科学技术奖的第一完成单位？", "Is it the first completing unit of a national or regional S&T award?"))
            .how(tx!("看获奖证书：企业排在完成单位第一位的，才算第一完成单位。", "Look at the award certificate: only an enterprise listed first among the completing units is the first completing unit."));
    FlexibleTalent = "flexible_talent":
        def(Bool, "柔性引进高层次人才或外国专家", "Flexibly engaged high-level talent or foreign experts", true),
        q(Talent, t("是否柔性引进了高层次人才或外国专家？", "Does it engage high-level talent flexibly, or foreign experts?"))
            .how(tx!("“柔性引进”指不转户口、不转人事关系，以兼职、顾问、项目合作等方式请来的人才。有这样的高层次人才或外国专家为企业工作的，选“是”。", "Engaging talent “flexibly” means without moving their residence or employment: part-time, as advisers or through projects. Such high-level talent or foreign experts working with the enterprise means yes."));
    EasternTalentProject = "eastern_talent_project":
        def(Bool, "东部地区人才带项目、成果或资金来银创新创业", "Talent from eastern China bringing projects, results or money to Yinchuan", true),
        q(Talent, t("是否有东部地区人才带项目、带成果或带资金来银创新创业？", "Has talent from eastern China come to Yinchuan with projects, results or money to start or grow the business?"))
            .how(tx!("有来自东部地区的人才带着项目、技术成果或资金到银川创办或加入企业的，选“是”。", "Talent from eastern China who brought projects, results or money to found or join a business in Yinchuan means yes."));
    TechCommissioner = "tech_commissioner":
        def(Bool, "法人科技特派员且创业成效显著", "Legal-person 科技特派员 with notable results", false),
        q(Talent, t("是否为法人科技特派员，且创业效果显著？", "Is it a legal-person 科技特派员 with notable results?"))
            .how(tx!("“法人科技特派员”是以企业或机构（法人）身份参加科技特派员创业行动、到基层服务的单位。企业已被选派为法人科技特派员的，选“是”；效果是否显著，以主管部门的评价为准。", "A legal-person 科技特派员 is an organisation (not a person) enrolled in the science-envoy scheme to serve at the grassroots. Enrolled as one means yes; whether the results are notable is for the scheme's managers to judge."));
    EasternTies = "eastern_ties":
        def(Bool, "与中东部发达地区建立协同创新机制", "Innovation ties with central/eastern regions", true),
        q(Cooperation, t("是否与中东部发达地区建立了协同创新机制？", "Has it set up innovation ties with central or eastern regions?"))
            .how(tx!("与东部或中部发达地区的企业、高校、科研机构签有合作协议，并有持续的合作项目或人员往来的，选“是”。", "A cooperation agreement with enterprises, universities or institutes in developed eastern or central regions, with ongoing joint projects or exchanges, means yes."));
    NationalPartner = "national_partner":
        def(Bool, "与大院大所、重点高校或东部创新主体合作共建", "Co-building with national institutes, key universities or eastern innovators", true),
        q(Cooperation, t("是否与国家大院大所、重点高校或东部创新主体合作共建平台或项目？", "Does it co-build platforms or projects with national institutes, key universities or eastern innovators?"))
            .how(tx!("“大院大所”指中国科学院等国家级科研院所和重点高校。与它们或东部创新主体合建平台、联合承担项目的，选“是”。", "“大院大所” means national research institutes such as the Chinese Academy of Sciences, and key universities. Co-building a platform or running a joint project with them or with eastern innovators means yes."));
    UniversityResearch = "university_research":
        def(Bool, "与高校、科研院所联合攻关", "Joint research with universities or institutes", true),
        q(Cooperation, t("是否与高校、科研院所联合攻关？", "Does it do joint research with universities or institutes?"))
            .how(tx!("与高校或科研院所签有技术合作合同、共同开展研发的，选“是”。", "A technology-cooperation contract with a university or research institute for joint R&D means yes."));
    ConsortiumLead = "consortium_lead":
        def(Bool, "牵头组建创新联合体", "Leading an innovation consortium", true),
        q(Cooperation, t("是否牵头组建了有高校院所参与的创新联合体？", "Does it lead an innovation consortium with universities or institutes?"))
            .how(tx!("创新联合体是企业牵头、高校院所和上下游企业参加、共同攻关的组织。本企业是牵头单位的，选“是”。", "An innovation consortium is an enterprise-led group with universities, institutes and other firms working on shared research. Being its lead means yes."));
    ConsortiumMember = "consortium_member":
        def(Bool, "作为成员参与创新联合体", "Member of an innovation consortium", true),
        qif(Cooperation, t("是否作为成员单位参与了创新联合体？", "Is it a member of an innovation consortium led by another enterprise?"), None, Cond::No(Fact::ConsortiumLead))
            .how(tx!("本企业作为成员单位（不是牵头单位）参加了别的企业牵头的创新联合体的，选“是”。", "Taking part as a member (not the lead) of a consortium led by another enterprise means yes."));
    EnclaveCentre = "enclave_centre":
        def(Bool, "在中东部地区建设飞地研发中心", "Enclave R&D centre in central/eastern China", true),
        q(Cooperation, t("是否在东中部地区建设（或计划建设）飞地研发中心？", "Does it have, or plan, an R&D centre in eastern or central China?"))
            .how(tx!("“飞地研发中心”是设在东部、中部地区，为本企业研发服务的研发机构。已经建成或有明确建设计划的，选“是”。", "An “enclave” R&D centre is one located in eastern or central China doing R&D for the enterprise. Built already, or firmly planned, means yes."));
    NeedsFinance = "needs_finance":
        def(Bool, "有融资需求", "Needs financing", true),
        q(Finance, t("目前是否有融资需求？", "Does it need financing now?"))
            .how(tx!("今后一段时间需要贷款、融资担保或其他融资的，选“是”。", "Needing a loan, a financing guarantee or other financing in the coming months means yes."));
    IpInvention = "ip_invention":
        def(Count, "Ⅰ类知识产权（发明专利等）数量", "Class I IP (invention patents etc.)", true),
        qh(Finance, t("拥有几项Ⅰ类知识产权（发明专利、植物新品种、集成电路布图设计等）？", "How many Class I IP rights (invention patents, plant varieties, chip layouts…)?"), t("没有填 0。", "0 if none."))
            .how(tx!("数一数权利人是本企业、已经授权的发明专利、植物新品种、集成电路布图设计等证书；还在申请中的不算。", "Count the granted invention patents, plant-variety rights, chip-layout designs and similar held in the enterprise's own name; applications still pending do not count."));
    IpOther = "ip_other":
        def(Count, "Ⅱ类知识产权（实用新型、软件著作权等）数量", "Class II IP (utility models, software copyrights etc.)", true),
        qh(Finance, t("拥有几项Ⅱ类知识产权（实用新型、外观设计、软件著作权等）？", "How many Class II IP rights (utility models, designs, software copyrights…)?"), t("没有填 0。", "0 if none."))
            .how(tx!("数一数权利人是本企业、已经授权或登记的实用新型、外观设计、软件著作权等；还在申请中的不算。", "Count the granted or registered utility models, designs, software copyrights and similar held in the enterprise's own name; pending applications do not count."));
    SeeksEquity = "seeks_equity":
        def(Bool, "寻求股权投资", "Seeking equity investment", true),
        q(Finance, t("是否在寻求股权投资？", "Is it seeking equity investment?"))
            .how(tx!("正在或准备引入投资机构入股的，选“是”；只需要贷款的选“否”。", "Bringing in, or preparing to bring in, investors who take a share means yes; needing only loans means no."));
    GrowthStage = "growth_stage":
        choice(Choice, "发展阶段", "Stage of development", STAGES, false),
        qif(Finance, t("企业处于哪个发展阶段？", "What stage is the enterprise at?"), None, Cond::Yes(Fact::SeeksEquity))
            .how(tx!("大致判断：还在研发、没有产品是种子期；产品刚上市是初创期；收入增长较快是成长期；业务稳定是成熟期。", "Roughly: still developing with no product is seed; a product just launched is start-up; fast-growing revenue is growth; steady business is mature."));
    TechNeedsOrResults = "tech_needs_or_results":
        def(Bool, "有技术需求或可转化的科技成果", "Has technology needs or results to offer", true),
        q(Projects, t("是否有技术需求，或有可以转让的科技成果？", "Does it have technology needs, or results to offer?"))
            .how(tx!("有需要外部帮助解决的技术难题，或有可以转让、许可给别人的专利和技术成果的，选“是”。", "A technical problem it needs outside help with, or patents and results it could transfer or license to others, means yes."));
    TransferProject = "transfer_project":
        def(Bool, "在银落地转化东部成果、高价值发明专利或关键核心技术", "Landing eastern results, high-value patents or key core technology in Yinchuan", true),
        q(Projects, t("是否在银川落地转化东部高新技术成果、高价值发明专利或关键核心技术？", "Is it bringing eastern high-tech results, high-value patents or key core technology into production in Yinchuan?"))
            .how(tx!("正在银川把东部地区的高新技术成果、高价值发明专利或关键核心技术投入生产的，选“是”。", "Putting high-tech results, high-value invention patents or key core technology from eastern China into production in Yinchuan means yes."));
    TransferOther = "transfer_other":
        def(Bool, "在银落地转化其他科技成果", "Landing other technology results in Yinchuan", true),
        qif(Projects, t("是否在银川落地转化其他科技成果（例如自有成果、本地高校院所的成果）？", "Is it bringing other technology results into production in Yinchuan (its own results, or those of local universities and institutes, say)?"), Some(t("答复“重点支持”东部成果、高价值发明专利和关键核心技术，这是优先次序，不排除其他成果。", "The reply gives “priority support” to eastern results, high-value patents and key core technology: a ranking, not a bar to other results.")), Cond::No(Fact::TransferProject))
            .how(tx!("正在银川把本企业自己的、本地高校院所的或其他来源的科技成果投入生产的，选“是”。", "Putting the enterprise's own technology results, those of local universities and institutes, or results from elsewhere into production in Yinchuan means yes."));
    PilotProject = "pilot_project":
        def(Bool, "实施中试熟化项目", "Running a pilot-scale maturation project", true),
        q(Projects, t("是否在实施中试熟化项目？", "Is it running a pilot-scale maturation project?"))
            .how(tx!("中试是实验室成果到批量生产之间的试验生产，用来验证工艺、放大规模。正在做这样的项目的，选“是”。", "A pilot is trial production between the laboratory and volume production, to prove the process and scale it up. Running such a project means yes."));
    PilotInvestment = "pilot_investment":
        def(Money, "中试项目总投资", "Pilot project: total investment", false),
        qif(Projects, t("中试项目总投资？", "Pilot project: total investment?"), Some(MONEY_HELP), PILOT)
            .how(tx!("填中试项目计划的总投资，项目可行性研究报告或立项文件里有。", "Enter the pilot project's planned total investment, as in its feasibility study or approval documents."));
    PilotLand = "pilot_land":
        def(Money, "其中土地投入", "of which land", false),
        qif(Projects, t("其中土地投入？（没有填 0）", "Of which land? (0 if none)"), Some(MONEY_HELP), PILOT)
            .how(tx!("总投资里用于土地的部分；没有填 0。", "The part of the total investment spent on land; 0 if none."));
    PilotBuildings = "pilot_buildings":
        def(Money, "其中厂房投入", "of which buildings", false),
        qif(Projects, t("其中厂房投入？（没有填 0）", "Of which buildings? (0 if none)"), Some(MONEY_HELP), PILOT)
            .how(tx!("总投资里用于厂房的部分；没有填 0。", "The part of the total investment spent on buildings; 0 if none."));
    PilotEngineering = "pilot_engineering":
        def(Money, "其中工程投入", "of which engineering works", false),
        qif(Projects, t("其中工程投入？（没有填 0）", "Of which engineering works? (0 if none)"), Some(MONEY_HELP), PILOT)
            .how(tx!("总投资里用于工程建设的部分；没有填 0。", "The part of the total investment spent on engineering works; 0 if none."));
    PilotFundsInPlace = "pilot_funds_in_place":
        def(Money, "中试项目已到位投资", "Pilot project: investment in place", false),
        qif(Projects, t("目前已到位的投资？", "Investment in place so far?"), Some(MONEY_HELP), PILOT)
            .how(tx!("到目前为止实际到账、已经投入的资金，财务的账目里有。", "The money actually received and spent on the project so far, as in the accounts."));
    ResidentEnterprise = "resident_enterprise":
        def(Bool, "在中国境内（不含港澳台）注册的居民企业", "Resident enterprise registered in mainland China", false),
        q(SelfCheck, t("是否为在中国境内（不含港澳台）注册的居民企业？", "Is it a resident enterprise registered in mainland China?"))
            .how(tx!("依法在中国境内（不含港澳台）注册成立的企业就是；在境外注册的不是。", "An enterprise registered under the law in mainland China qualifies; one registered abroad or in Hong Kong, Macao or Taiwan does not."));
    PermittedBusiness = "permitted_business":
        def(Bool, "产品和服务不属于禁止、限制和淘汰类", "Products not in prohibited, restricted or eliminated categories", false),
        q(SelfCheck, t("产品和服务是否不属于国家禁止、限制和淘汰类？", "Are its products and services outside the prohibited, restricted and eliminated categories?"))
            .how(tx!("企业的产品和服务不在国家明令禁止、限制或淘汰之列的，选“是”；拿不准的选“不确定”。", "If none of its products and services is prohibited, restricted or marked for phasing out by the state, choose yes; if in doubt choose “Not sure”."));
    CleanRecord = "clean_record":
        def(Bool, "上年及当年无重大事故、严重违法失信记录", "Clean record in the previous and current year", false),
        q(SelfCheck, t("上年及当年是否无重大安全、质量事故，无严重环境违法、科研失信，且未列入经营异常名录和严重违法失信名单？", "In the previous and current year: no major accident, no serious environmental or research misconduct, and not on the abnormal or dishonesty lists?"))
            .how(tx!("上年和今年都没有发生问题里列的这些事，也没有被列入经营异常名录或严重违法失信名单的，选“是”。", "If none of the listed events happened last year or this year, and the enterprise is on neither the abnormal-operations list nor the serious-dishonesty list, choose yes."));
    TotalCost = "total_cost":
        def(Money, "上年成本费用总额", "Last year's total cost and expense", false),
        qh(SelfCheck, t("上年成本费用总额？", "Last year's total cost and expense?"), MONEY_HELP)
            .how(tx!("看上年利润表里的营业成本和各项费用合计；问财务。", "Add last year's operating costs and expenses from the income statement; the finance team knows."));
    NationalAwardTop3 = "national_award_top3":
        def(Bool, "近5年获国家科技奖（前三名完成单位）", "National S&T award in the last 5 years (top-3 unit)", false),
        q(SelfCheck, t("近5年是否作为前三名完成单位获得国家科技奖？", "In the last 5 years, a national S&T award as one of the top 3 units?"))
            .how(tx!("看近5年的国家科技奖证书：企业在完成单位里排前三位的，选“是”。", "Look at national S&T award certificates of the last 5 years: listed among the first three completing units means yes."));
    ProvincialRdInstitution = "provincial_rd_institution":
        def(Bool, "拥有省部级以上研发机构", "Provincial/ministerial-level R&D institution", false),
        q(SelfCheck, t("是否拥有省部级以上研发机构？", "Does it have a provincial/ministerial-level (or higher) R&D institution?"))
            .how(tx!("有省部级或以上部门认定的重点实验室、工程技术研究中心、企业技术中心等，看认定文件。", "A key laboratory, engineering research centre, enterprise technology centre or similar recognised at provincial or ministerial level or above; see the recognition document."));
    LedStandard = "led_standard":
        def(Bool, "近5年牵头制定国际、国家或行业标准", "Led drafting of an international, national or industry standard in the last 5 years", false),
        q(SelfCheck, t("近5年是否牵头制定过国际、国家或行业标准？", "In the last 5 years, has it led drafting an international, national or industry standard?"))
            .how(tx!("近5年作为第一起草单位制定过国际、国家或行业标准的，选“是”；只是参与起草的不算。", "In the last 5 years, the first drafting unit of an international, national or industry standard means yes; taking part only does not count."));
    CoreIp = "core_ip":
        def(Bool, "拥有对主要产品起核心支持作用的知识产权", "Owns IP core to the main products", true),
        q(SelfCheck, t("是否拥有对主要产品（服务）起核心支持作用的知识产权？", "Does it own IP that is core to its main products or services?"))
            .how(tx!("企业拥有的专利、软件著作权等，是否用在主要产品（服务）的核心技术上。用在次要产品上的不算。", "Whether the enterprise's patents, software copyrights and the like cover the core technology of its main products or services; IP used only in minor products does not count."));
    KeyField = "key_field":
        def(Bool, "技术属于《国家重点支持的高新技术领域》", "Technology within the national key high-tech fields", false),
        q(SelfCheck, t("核心技术是否属于《国家重点支持的高新技术领域》？", "Is its core technology within the national key high-tech fields?"))
            .how(tx!("对照《国家重点支持的高新技术领域》看企业的核心技术属于哪一类；对不上的选“否”，拿不准选“不确定”。", "Check the enterprise's core technology against the national key high-tech fields list; no match means no, and if in doubt choose “Not sure”."));
    Rd3y = "rd_3y":
        def(Money, "近三个会计年度研发费用合计", "R&D expense over the last 3 accounting years", true),
        qh(SelfCheck, t("近三个会计年度研发费用合计？", "R&D expense over the last 3 accounting years?"), t("成立不足三年的按实际经营年限计算。单位默认为万元（可切换为元）。", "If younger than three years, over its actual years. In 万元 unless switched to yuan."))
            .how(tx!("把近三个会计年度的研发费用加起来，看研发费用辅助账或各年的财务报表。", "Add up the R&D expense of the last three accounting years, from the R&D auxiliary ledger or each year's accounts."));
    RdDomestic3y = "rd_domestic_3y":
        def(Money, "其中在中国境内发生的研发费用", "of which spent in China", true),
        qh(SelfCheck, t("其中在中国境内发生的研发费用？", "Of which spent in China?"), MONEY_HELP)
            .how(tx!("上一题的研发费用中，在中国境内发生的部分（委托境外机构的研发不算）。", "Of the R&D expense in the last question, the part spent in China (R&D commissioned abroad does not count)."));
    Sales3y = "sales_3y":
        def(Money, "近三个会计年度销售收入合计", "Sales revenue over the last 3 accounting years", false),
        qh(SelfCheck, t("近三个会计年度销售收入合计？", "Sales revenue over the last 3 accounting years?"), MONEY_HELP)
            .how(tx!("把近三个会计年度利润表里的销售收入加起来。", "Add up the sales revenue of the last three accounting years from the income statements."));
    HightechIncome = "hightech_income":
        def(Money, "上年高新技术产品（服务）收入", "Last year's high-tech product/service income", true),
        qh(SelfCheck, t("上年高新技术产品（服务）收入？", "Last year's high-tech product/service income?"), MONEY_HELP)
            .how(tx!("上年收入中，来自属于高新技术领域的产品和服务的部分；问财务或负责高企申报的同事。", "Of last year's income, the part from products and services in the high-tech fields; ask the finance team or whoever handles the recognition."));
    TotalIncome = "total_income":
        def(Money, "上年总收入", "Last year's total income", false),
        qh(SelfCheck, t("上年总收入？", "Last year's total income?"), MONEY_HELP)
            .how(tx!("上年的收入总额，包括销售收入和其他收入；看企业所得税年度申报表。", "Last year's total income, sales and other income together; see the annual income-tax return."));
    InnovationScore = "innovation_score":
        def(Score, "企业创新能力自评分", "Self-assessed innovation-capability score", true),
        qh(SelfCheck, t("企业创新能力自评分（0–100）？", "Self-assessed innovation-capability score (0–100)?"), t("知识产权≤30、科技成果转化≤30、研发组织管理≤20、企业成长性≤20，合计须高于70分。", "IP up to 30, conversion of results up to 30, R&D management up to 20, growth up to 20; it must total above 70."))
            .how(tx!("按问题提示的四项（知识产权、科技成果转化、研发组织管理、企业成长性）给自己打分后相加；拿不准可以先选“不确定”。", "Score the enterprise on the four parts named in the question (IP, transfer of results, R&D management, growth) and add them up; if unsure, choose “Not sure” for now."));
    NoMajorIncident = "no_major_incident":
        def(Bool, "申请前一年无重大安全、质量事故或严重环境违法", "No major safety, quality or environmental incident in the year before applying", false),
        q(SelfCheck, t("申请前一年内是否无重大安全、质量事故和严重环境违法行为？", "In the year before applying, no major safety or quality accident and no serious environmental violation?"))
            .how(tx!("申请前一年内没有发生重大安全事故、重大质量事故，也没有严重环境违法行为的，选“是”。", "If there was no major safety or quality accident and no serious environmental violation in the year before applying, choose yes."));
}

impl Fact {
    /// The fact's definition.
    pub fn def(self) -> &'static FactDef {
        &FACT_DEFS[self as usize]
    }

    /// The option with this code, if the fact has it.
    pub fn option(self, code: &str) -> Option<&'static Opt> {
        self.def().options.iter().find(|o| o.code == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_matches_enum_order() {
        assert_eq!(FACT_DEFS.len(), Fact::ALL.len());
        for (i, f) in Fact::ALL.iter().enumerate() {
            assert_eq!(FACT_DEFS[i].fact, *f, "registry out of order at {}", f.id());
            assert_eq!(Fact::from_id(f.id()), Some(*f));
            let needs_options = matches!(FACT_DEFS[i].kind, Kind::Choice | Kind::Set);
            assert_eq!(
                needs_options,
                !FACT_DEFS[i].options.is_empty(),
                "{}",
                f.id()
            );
        }
    }
}
