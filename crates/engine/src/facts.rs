//! The facts an enterprise can state about itself: their ids, kinds, labels and allowed options.
//!
//! Every fact is optional in a profile. The ids are the stable keys of the profile format
//! (`docs/profile.md`), the share link and the fixtures; never rename one without a format version.

pub use crate::factmap::FactMap;
use crate::text::{t, Text};
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
    ($($variant:ident = $id:literal: $dfn:ident($($dargs:tt)*), $qfn:ident($($qargs:tt)*);)*) => {
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
        pub static QUESTIONS: &[Question] = &[$($qfn(Fact::$variant, $($qargs)*),)*];
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
        qh(Basics, t("企业注册在哪里？", "Where is the enterprise registered?"), t("宁东能源化工基地由其管委会管理，不在市级统计范围内，请向市科技局确认是否适用。", "The 宁东 energy and chemical base is run by its own committee; ask the bureau whether city programmes apply there."));
    StateOwned = "state_owned":
        def(Bool, "国有企业", "State-owned", false),
        q(Basics, t("是否为国有企业？", "Is it a state-owned enterprise?"));
    Industries = "industries":
        choice(Set, "所属行业", "Industries", INDUSTRIES, false),
        qh(Basics, t("企业属于哪些行业？（可多选）", "Which industries is it in? (choose all that apply)"), t("“三新产业”指新材料、新能源、新食品。", "银川's “三新” industries are new materials, new energy and new food."));
    Industrial = "industrial":
        def(Bool, "工业企业", "Industrial enterprise", false),
        qh(Basics, t("是否为工业企业？", "Is it an industrial enterprise?"), t("工业企业指从事采矿、制造或电力、燃气、水生产供应的企业。", "Mining, manufacturing, or producing and supplying power, gas or water."));
    Sme = "sme":
        def(Bool, "中小企业", "Small or medium-sized enterprise", false),
        q(Basics, t("是否属于中小企业（按国家中小企业划型标准）？", "Is it a small or medium-sized enterprise (national classification)?"));
    TechServiceOrg = "tech_service_org":
        def(Bool, "科技服务（科技中介）机构", "Technology-service (intermediary) organisation", false),
        qh(Basics, t("是否为科技服务机构（综合类、研发设计类或成果转化类科技中介）？", "Is it a technology-service organisation (a general, R&D-design or technology-transfer intermediary)?"), t("指主要为其他企业提供研发设计、成果转化、知识产权、检验检测等科技服务的机构。", "An organisation whose main business is technology services for others: R&D and design, technology transfer, IP, testing and the like."));
    TsmeRegistered = "tsme_registered":
        def(Bool, "已入库科技型中小企业", "Registered as 科技型中小企业 (tech-based SME)", true),
        q(Status, t("今年是否已评价入库为科技型中小企业？", "Is it registered as a 科技型中小企业 (tech-based SME) this year?"));
    HnteStatus = "hnte_status":
        choice(Choice, "高新技术企业认定情况", "高新技术企业 (HNTE) recognition", HNTE_STATUSES, true),
        q(Status, t("高新技术企业认定情况？", "What is its 高新技术企业 (HNTE) status?"));
    HnteDate = "hnte_date":
        def(Date, "首次认定高新技术企业的日期", "Date of first HNTE recognition", false),
        qif(Status, t("首次认定为高新技术企业的日期（证书发证日期）？", "When was it first recognised as HNTE (certificate date)?"), None, HNTE_FIRST);
    HntePaid = "hnte_paid":
        def(Money, "已获高企认定后补助金额", "HNTE post-subsidy already received", false),
        qif(Status, t("已获得的高企认定后补助累计金额？（没有填 0）", "HNTE post-subsidy received so far? (0 if none)"), Some(MONEY_HELP), HNTE_FIRST);
    HnteSupportedThisYear = "hnte_supported_this_year":
        def(ThisYear, "今年已获高企后补助项目", "HNTE post-subsidy project already granted this year", false),
        qif(Status, t("{year}年是否已获批高企后补助项目？", "Has {year}'s HNTE post-subsidy project already been granted?"), None, HNTE_FIRST);
    GiantStatus = "giant_status":
        choice(Choice, "科技小巨人企业认定情况", "科技小巨人 (tech little giant) recognition", GIANT_STATUSES, true),
        q(Status, t("科技小巨人企业认定情况？", "What is its 科技小巨人 (tech little giant) status?"));
    GiantDate = "giant_date":
        def(Date, "首次认定科技小巨人企业的日期", "Date of first little-giant recognition", false),
        qif(Status, t("首次认定为科技小巨人企业的日期？", "When was it first recognised as a little giant?"), None, GIANT_FIRST);
    GiantPaid = "giant_paid":
        def(Money, "已获小巨人认定后补助金额", "Little-giant post-subsidy already received", false),
        qif(Status, t("已获得的小巨人认定后补助累计金额？（没有填 0）", "Little-giant post-subsidy received so far? (0 if none)"), Some(MONEY_HELP), GIANT_FIRST);
    GiantSupportedThisYear = "giant_supported_this_year":
        def(ThisYear, "今年已获小巨人后补助项目", "Little-giant post-subsidy project already granted this year", false),
        qif(Status, t("{year}年是否已获批小巨人后补助项目？", "Has {year}'s little-giant post-subsidy project already been granted?"), None, GIANT_FIRST);
    PlansRecognition = "plans_recognition":
        def(Bool, "计划申请科技型中小企业评价或高新技术企业认定", "Plans to seek 科技型中小企业 or 高新技术企业 status", true),
        qif(Status, t("是否计划申请科技型中小企业评价或高新技术企业认定？", "Does it plan to seek 科技型中小企业 or 高新技术企业 status?"), Some(t("科技型企业培育库也面向正在培育、准备申请这些资质的企业。", "The cultivation pool also takes enterprises preparing to seek these statuses.")), NOT_YET_TECH);
    KeyEnterprise = "key_enterprise":
        def(Bool, "已列入市级重点企业库（“百企科技展翅”）", "On the city's key-enterprise list (百企科技展翅)", false),
        qh(Status, t("是否已列入市级重点企业库（“百企科技展翅”计划）？", "Is it on the city's key-enterprise list (the 百企科技展翅 plan)?"), t("答复中的科创中国专项、飞地研发中心、“卡脖子”技术攻关等写明支持“重点企业”。不清楚可先跳过。", "The reply names “key enterprises” for 科创中国, enclave centres and choke-point research. Skip it if you do not know."));
    RegistrationDate = "registration_date":
        def(Date, "成立（注册）日期", "Date of registration", false),
        q(Size, t("企业成立（注册）日期？", "When was the enterprise registered?"));
    Employees = "employees":
        def(Count, "职工总数", "Employees", false),
        q(Size, t("职工总数（人）？", "How many employees?"));
    TechStaff = "tech_staff":
        def(Count, "科技人员数", "Technical staff", true),
        qh(Size, t("其中科技人员多少人？", "How many of them are technical staff?"), t("直接从事研发和相关技术创新活动，以及专门从事上述活动管理和提供直接服务的人员。", "People doing R&D or technical innovation, or managing and directly serving it."));
    Revenue = "revenue":
        def(Money, "上年销售（主营业务）收入", "Last year's sales (main-business) revenue", true),
        qh(Size, t("上年销售（主营业务）收入？", "Last year's sales (main-business) revenue?"), MONEY_HELP);
    TotalAssets = "total_assets":
        def(Money, "资产总额", "Total assets", false),
        qh(Size, t("资产总额？", "Total assets?"), MONEY_HELP);
    RdExpense = "rd_expense":
        def(Money, "上年研发费用", "Last year's R&D expense", true),
        qh(Research, t("上年研发费用？（没有填 0）", "Last year's R&D expense? (0 if none)"), MONEY_HELP);
    NegativeListIndustry = "negative_list_industry":
        def(Bool, "属于不适用研发费用加计扣除的行业", "In an industry excluded from the R&D super-deduction", false),
        qif(Research, t("是否属于烟草制造、住宿和餐饮、批发和零售、房地产、租赁和商务服务、娱乐业等行业？", "Is it in tobacco, hotels and catering, wholesale and retail, real estate, leasing and business services, entertainment or a similar industry?"), Some(t("这些行业不适用研发费用税前加计扣除（财税〔2015〕119号）。", "These industries cannot use the R&D super-deduction (财税〔2015〕119号).")), Cond::Above(Fact::RdExpense, 0));
    TaxableIncome = "taxable_income":
        def(Money, "上年应纳税所得额", "Last year's taxable income", false),
        qh(Research, t("上年应纳税所得额？（用于估算税收优惠，不清楚可留空）", "Last year's taxable income? (to estimate tax savings; leave empty if unsure)"), MONEY_HELP);
    RdPlatform = "rd_platform":
        def(Bool, "建设研发平台或研发机构", "Building an R&D platform or institution", true),
        q(Research, t("是否正在建设研发平台或研发机构？", "Is it building an R&D platform or institution?"));
    KeyTech = "key_tech":
        def(Bool, "攻关产业关键共性或“卡脖子”技术", "Working on key common or choke-point technology", true),
        q(Research, t("是否持续攻关产业关键共性技术或“卡脖子”技术？", "Does it work continuously on key common or choke-point technology?"));
    ChallengeReady = "challenge_ready":
        def(Bool, "有能力承接揭榜挂帅项目", "Able to take on published technology challenges", true),
        q(Research, t("是否有能力承接政府发布的技术需求（揭榜挂帅）？", "Could it take on technology demands the government publishes (open challenges)?"));
    LeadingTalents = "leading_talents":
        def(Count, "经认定的市级科技领军人才（尚未获经费）", "City-recognised leading talents (not yet funded)", true),
        qh(Talent, t("有几位经认定、尚未获得经费的市级科技领军人才？（没有填 0）", "How many city-recognised leading talents, not yet funded? (0 if none)"), t("只计已由市里认定的人才。", "Count only talents the city has recognised."));
    InnovationTeams = "innovation_teams":
        def(Count, "经认定的市级创新团队（尚未获经费）", "City-recognised innovation teams (not yet funded)", true),
        q(Talent, t("有几个经认定、尚未获得经费的市级创新团队？（没有填 0）", "How many city-recognised innovation teams, not yet funded? (0 if none)"));
    TalentInstitution = "talent_institution":
        def(Bool, "为认定人才或团队创设研发机构", "Creating an R&D institution for a recognised talent or team", true),
        q(Talent, t("是否为经认定的领军人才或创新团队量身创设研发机构？", "Is it creating an R&D institution for a recognised leading talent or team?"));
    StAwardFirstUnit = "st_award_first_unit":
        def(Bool, "国家或自治区科学技术奖第一完成单位", "First completing unit of a national or regional S&T award", false),
        q(Talent, t("是否为国家或自治区科学技术奖的第一完成单位？", "Is it the first completing unit of a national or regional S&T award?"));
    FlexibleTalent = "flexible_talent":
        def(Bool, "柔性引进高层次人才或外国专家", "Flexibly engaged high-level talent or foreign experts", true),
        q(Talent, t("是否柔性引进了高层次人才或外国专家？", "Does it engage high-level talent flexibly, or foreign experts?"));
    EasternTalentProject = "eastern_talent_project":
        def(Bool, "东部地区人才带项目、成果或资金来银创新创业", "Talent from eastern China bringing projects, results or money to Yinchuan", true),
        q(Talent, t("是否有东部地区人才带项目、带成果或带资金来银创新创业？", "Has talent from eastern China come to Yinchuan with projects, results or money to start or grow the business?"));
    TechCommissioner = "tech_commissioner":
        def(Bool, "法人科技特派员且创业成效显著", "Legal-person 科技特派员 with notable results", false),
        q(Talent, t("是否为法人科技特派员，且创业效果显著？", "Is it a legal-person 科技特派员 with notable results?"));
    EasternTies = "eastern_ties":
        def(Bool, "与中东部发达地区建立协同创新机制", "Innovation ties with central/eastern regions", true),
        q(Cooperation, t("是否与中东部发达地区建立了协同创新机制？", "Has it set up innovation ties with central or eastern regions?"));
    NationalPartner = "national_partner":
        def(Bool, "与大院大所、重点高校或东部创新主体合作共建", "Co-building with national institutes, key universities or eastern innovators", true),
        q(Cooperation, t("是否与国家大院大所、重点高校或东部创新主体合作共建平台或项目？", "Does it co-build platforms or projects with national institutes, key universities or eastern innovators?"));
    UniversityResearch = "university_research":
        def(Bool, "与高校、科研院所联合攻关", "Joint research with universities or institutes", true),
        q(Cooperation, t("是否与高校、科研院所联合攻关？", "Does it do joint research with universities or institutes?"));
    ConsortiumLead = "consortium_lead":
        def(Bool, "牵头组建创新联合体", "Leading an innovation consortium", true),
        q(Cooperation, t("是否牵头组建了有高校院所参与的创新联合体？", "Does it lead an innovation consortium with universities or institutes?"));
    ConsortiumMember = "consortium_member":
        def(Bool, "作为成员参与创新联合体", "Member of an innovation consortium", true),
        qif(Cooperation, t("是否作为成员单位参与了创新联合体？", "Is it a member of an innovation consortium led by another enterprise?"), None, Cond::No(Fact::ConsortiumLead));
    EnclaveCentre = "enclave_centre":
        def(Bool, "在中东部地区建设飞地研发中心", "Enclave R&D centre in central/eastern China", true),
        q(Cooperation, t("是否在东中部地区建设（或计划建设）飞地研发中心？", "Does it have, or plan, an R&D centre in eastern or central China?"));
    NeedsFinance = "needs_finance":
        def(Bool, "有融资需求", "Needs financing", true),
        q(Finance, t("目前是否有融资需求？", "Does it need financing now?"));
    IpInvention = "ip_invention":
        def(Count, "Ⅰ类知识产权（发明专利等）数量", "Class I IP (invention patents etc.)", true),
        qh(Finance, t("拥有几项Ⅰ类知识产权（发明专利、植物新品种、集成电路布图设计等）？", "How many Class I IP rights (invention patents, plant varieties, chip layouts…)?"), t("没有填 0。", "0 if none."));
    IpOther = "ip_other":
        def(Count, "Ⅱ类知识产权（实用新型、软件著作权等）数量", "Class II IP (utility models, software copyrights etc.)", true),
        qh(Finance, t("拥有几项Ⅱ类知识产权（实用新型、外观设计、软件著作权等）？", "How many Class II IP rights (utility models, designs, software copyrights…)?"), t("没有填 0。", "0 if none."));
    SeeksEquity = "seeks_equity":
        def(Bool, "寻求股权投资", "Seeking equity investment", true),
        q(Finance, t("是否在寻求股权投资？", "Is it seeking equity investment?"));
    GrowthStage = "growth_stage":
        choice(Choice, "发展阶段", "Stage of development", STAGES, false),
        qif(Finance, t("企业处于哪个发展阶段？", "What stage is the enterprise at?"), None, Cond::Yes(Fact::SeeksEquity));
    TechNeedsOrResults = "tech_needs_or_results":
        def(Bool, "有技术需求或可转化的科技成果", "Has technology needs or results to offer", true),
        q(Projects, t("是否有技术需求，或有可以转让的科技成果？", "Does it have technology needs, or results to offer?"));
    TransferProject = "transfer_project":
        def(Bool, "在银落地转化东部成果、高价值发明专利或关键核心技术", "Landing eastern results, high-value patents or key core technology in Yinchuan", true),
        q(Projects, t("是否在银川落地转化东部高新技术成果、高价值发明专利或关键核心技术？", "Is it bringing eastern high-tech results, high-value patents or key core technology into production in Yinchuan?"));
    PilotProject = "pilot_project":
        def(Bool, "实施中试熟化项目", "Running a pilot-scale maturation project", true),
        q(Projects, t("是否在实施中试熟化项目？", "Is it running a pilot-scale maturation project?"));
    PilotInvestment = "pilot_investment":
        def(Money, "中试项目总投资", "Pilot project: total investment", false),
        qif(Projects, t("中试项目总投资？", "Pilot project: total investment?"), Some(MONEY_HELP), PILOT);
    PilotLand = "pilot_land":
        def(Money, "其中土地投入", "of which land", false),
        qif(Projects, t("其中土地投入？（没有填 0）", "Of which land? (0 if none)"), Some(MONEY_HELP), PILOT);
    PilotBuildings = "pilot_buildings":
        def(Money, "其中厂房投入", "of which buildings", false),
        qif(Projects, t("其中厂房投入？（没有填 0）", "Of which buildings? (0 if none)"), Some(MONEY_HELP), PILOT);
    PilotEngineering = "pilot_engineering":
        def(Money, "其中工程投入", "of which engineering works", false),
        qif(Projects, t("其中工程投入？（没有填 0）", "Of which engineering works? (0 if none)"), Some(MONEY_HELP), PILOT);
    PilotFundsInPlace = "pilot_funds_in_place":
        def(Money, "中试项目已到位投资", "Pilot project: investment in place", false),
        qif(Projects, t("目前已到位的投资？", "Investment in place so far?"), Some(MONEY_HELP), PILOT);
    ResidentEnterprise = "resident_enterprise":
        def(Bool, "在中国境内（不含港澳台）注册的居民企业", "Resident enterprise registered in mainland China", false),
        q(SelfCheck, t("是否为在中国境内（不含港澳台）注册的居民企业？", "Is it a resident enterprise registered in mainland China?"));
    PermittedBusiness = "permitted_business":
        def(Bool, "产品和服务不属于禁止、限制和淘汰类", "Products not in prohibited, restricted or eliminated categories", false),
        q(SelfCheck, t("产品和服务是否不属于国家禁止、限制和淘汰类？", "Are its products and services outside the prohibited, restricted and eliminated categories?"));
    CleanRecord = "clean_record":
        def(Bool, "上年及当年无重大事故、严重违法失信记录", "Clean record in the previous and current year", false),
        q(SelfCheck, t("上年及当年是否无重大安全、质量事故，无严重环境违法、科研失信，且未列入经营异常名录和严重违法失信名单？", "In the previous and current year: no major accident, no serious environmental or research misconduct, and not on the abnormal or dishonesty lists?"));
    TotalCost = "total_cost":
        def(Money, "上年成本费用总额", "Last year's total cost and expense", false),
        qh(SelfCheck, t("上年成本费用总额？", "Last year's total cost and expense?"), MONEY_HELP);
    NationalAwardTop3 = "national_award_top3":
        def(Bool, "近5年获国家科技奖（前三名完成单位）", "National S&T award in the last 5 years (top-3 unit)", false),
        q(SelfCheck, t("近5年是否作为前三名完成单位获得国家科技奖？", "In the last 5 years, a national S&T award as one of the top 3 units?"));
    ProvincialRdInstitution = "provincial_rd_institution":
        def(Bool, "拥有省部级以上研发机构", "Provincial/ministerial-level R&D institution", false),
        q(SelfCheck, t("是否拥有省部级以上研发机构？", "Does it have a provincial/ministerial-level (or higher) R&D institution?"));
    LedStandard = "led_standard":
        def(Bool, "近5年牵头制定国际、国家或行业标准", "Led drafting of an international, national or industry standard in the last 5 years", false),
        q(SelfCheck, t("近5年是否牵头制定过国际、国家或行业标准？", "In the last 5 years, has it led drafting an international, national or industry standard?"));
    CoreIp = "core_ip":
        def(Bool, "拥有对主要产品起核心支持作用的知识产权", "Owns IP core to the main products", true),
        q(SelfCheck, t("是否拥有对主要产品（服务）起核心支持作用的知识产权？", "Does it own IP that is core to its main products or services?"));
    KeyField = "key_field":
        def(Bool, "技术属于《国家重点支持的高新技术领域》", "Technology within the national key high-tech fields", false),
        q(SelfCheck, t("核心技术是否属于《国家重点支持的高新技术领域》？", "Is its core technology within the national key high-tech fields?"));
    Rd3y = "rd_3y":
        def(Money, "近三个会计年度研发费用合计", "R&D expense over the last 3 accounting years", true),
        qh(SelfCheck, t("近三个会计年度研发费用合计？", "R&D expense over the last 3 accounting years?"), t("成立不足三年的按实际经营年限计算。单位默认为万元（可切换为元）。", "If younger than three years, over its actual years. In 万元 unless switched to yuan."));
    RdDomestic3y = "rd_domestic_3y":
        def(Money, "其中在中国境内发生的研发费用", "of which spent in China", true),
        qh(SelfCheck, t("其中在中国境内发生的研发费用？", "Of which spent in China?"), MONEY_HELP);
    Sales3y = "sales_3y":
        def(Money, "近三个会计年度销售收入合计", "Sales revenue over the last 3 accounting years", false),
        qh(SelfCheck, t("近三个会计年度销售收入合计？", "Sales revenue over the last 3 accounting years?"), MONEY_HELP);
    HightechIncome = "hightech_income":
        def(Money, "上年高新技术产品（服务）收入", "Last year's high-tech product/service income", true),
        qh(SelfCheck, t("上年高新技术产品（服务）收入？", "Last year's high-tech product/service income?"), MONEY_HELP);
    TotalIncome = "total_income":
        def(Money, "上年总收入", "Last year's total income", false),
        qh(SelfCheck, t("上年总收入？", "Last year's total income?"), MONEY_HELP);
    InnovationScore = "innovation_score":
        def(Score, "企业创新能力自评分", "Self-assessed innovation-capability score", true),
        qh(SelfCheck, t("企业创新能力自评分（0–100）？", "Self-assessed innovation-capability score (0–100)?"), t("知识产权≤30、科技成果转化≤30、研发组织管理≤20、企业成长性≤20，合计须高于70分。", "IP up to 30, conversion of results up to 30, R&D management up to 20, growth up to 20; it must total above 70."));
    NoMajorIncident = "no_major_incident":
        def(Bool, "申请前一年无重大安全、质量事故或严重环境违法", "No major safety, quality or environmental incident in the year before applying", false),
        q(SelfCheck, t("申请前一年内是否无重大安全、质量事故和严重环境违法行为？", "In the year before applying, no major safety or quality accident and no serious environmental violation?"));
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
