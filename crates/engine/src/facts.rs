//! The facts an enterprise can state about itself: their ids, kinds, labels and allowed options.
//!
//! Every fact is optional in a profile. The ids are the stable keys of the profile format
//! (`docs/profile.md`), the share link and the fixtures; never rename one without a format version.

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
    ($($variant:ident = $id:literal),* $(,)?) => {
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
    };
}

facts! {
    Location = "location",
    StateOwned = "state_owned",
    Industries = "industries",
    Industrial = "industrial",
    Sme = "sme",
    TechServiceOrg = "tech_service_org",
    TsmeRegistered = "tsme_registered",
    HnteStatus = "hnte_status",
    HnteDate = "hnte_date",
    HntePaid = "hnte_paid",
    HnteSupportedThisYear = "hnte_supported_this_year",
    GiantStatus = "giant_status",
    GiantDate = "giant_date",
    GiantPaid = "giant_paid",
    GiantSupportedThisYear = "giant_supported_this_year",
    PlansRecognition = "plans_recognition",
    KeyEnterprise = "key_enterprise",
    RegistrationDate = "registration_date",
    Employees = "employees",
    TechStaff = "tech_staff",
    Revenue = "revenue",
    TotalAssets = "total_assets",
    RdExpense = "rd_expense",
    NegativeListIndustry = "negative_list_industry",
    TaxableIncome = "taxable_income",
    RdPlatform = "rd_platform",
    KeyTech = "key_tech",
    ChallengeReady = "challenge_ready",
    LeadingTalents = "leading_talents",
    InnovationTeams = "innovation_teams",
    TalentInstitution = "talent_institution",
    StAwardFirstUnit = "st_award_first_unit",
    FlexibleTalent = "flexible_talent",
    EasternTalentProject = "eastern_talent_project",
    TechCommissioner = "tech_commissioner",
    EasternTies = "eastern_ties",
    NationalPartner = "national_partner",
    UniversityResearch = "university_research",
    ConsortiumLead = "consortium_lead",
    ConsortiumMember = "consortium_member",
    EnclaveCentre = "enclave_centre",
    NeedsFinance = "needs_finance",
    IpInvention = "ip_invention",
    IpOther = "ip_other",
    SeeksEquity = "seeks_equity",
    GrowthStage = "growth_stage",
    TechNeedsOrResults = "tech_needs_or_results",
    TransferProject = "transfer_project",
    PilotProject = "pilot_project",
    PilotInvestment = "pilot_investment",
    PilotLand = "pilot_land",
    PilotBuildings = "pilot_buildings",
    PilotEngineering = "pilot_engineering",
    PilotFundsInPlace = "pilot_funds_in_place",
    ResidentEnterprise = "resident_enterprise",
    PermittedBusiness = "permitted_business",
    CleanRecord = "clean_record",
    TotalCost = "total_cost",
    NationalAwardTop3 = "national_award_top3",
    ProvincialRdInstitution = "provincial_rd_institution",
    LedStandard = "led_standard",
    CoreIp = "core_ip",
    KeyField = "key_field",
    Rd3y = "rd_3y",
    RdDomestic3y = "rd_domestic_3y",
    Sales3y = "sales_3y",
    HightechIncome = "hightech_income",
    TotalIncome = "total_income",
    InnovationScore = "innovation_score",
    NoMajorIncident = "no_major_incident",
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

use Kind::*;

/// The registry, in the same order as `Fact::ALL` (a test checks it).
pub static FACT_DEFS: &[FactDef] = &[
    choice(
        Fact::Location,
        Choice,
        "注册地",
        "Registered in",
        LOCATIONS,
        false,
    ),
    def(Fact::StateOwned, Bool, "国有企业", "State-owned", false),
    choice(
        Fact::Industries,
        Set,
        "所属行业",
        "Industries",
        INDUSTRIES,
        false,
    ),
    def(
        Fact::Industrial,
        Bool,
        "工业企业",
        "Industrial enterprise",
        false,
    ),
    def(
        Fact::Sme,
        Bool,
        "中小企业",
        "Small or medium-sized enterprise",
        false,
    ),
    def(
        Fact::TechServiceOrg,
        Bool,
        "科技服务（科技中介）机构",
        "Technology-service (intermediary) organisation",
        false,
    ),
    def(
        Fact::TsmeRegistered,
        Bool,
        "已入库科技型中小企业",
        "Registered as 科技型中小企业 (tech-based SME)",
        true,
    ),
    choice(
        Fact::HnteStatus,
        Choice,
        "高新技术企业认定情况",
        "高新技术企业 (HNTE) recognition",
        HNTE_STATUSES,
        true,
    ),
    def(
        Fact::HnteDate,
        Date,
        "首次认定高新技术企业的日期",
        "Date of first HNTE recognition",
        false,
    ),
    def(
        Fact::HntePaid,
        Money,
        "已获高企认定后补助金额",
        "HNTE post-subsidy already received",
        false,
    ),
    def(
        Fact::HnteSupportedThisYear,
        ThisYear,
        "今年已获高企后补助项目",
        "HNTE post-subsidy project already granted this year",
        false,
    ),
    choice(
        Fact::GiantStatus,
        Choice,
        "科技小巨人企业认定情况",
        "科技小巨人 (tech little giant) recognition",
        GIANT_STATUSES,
        true,
    ),
    def(
        Fact::GiantDate,
        Date,
        "首次认定科技小巨人企业的日期",
        "Date of first little-giant recognition",
        false,
    ),
    def(
        Fact::GiantPaid,
        Money,
        "已获小巨人认定后补助金额",
        "Little-giant post-subsidy already received",
        false,
    ),
    def(
        Fact::GiantSupportedThisYear,
        ThisYear,
        "今年已获小巨人后补助项目",
        "Little-giant post-subsidy project already granted this year",
        false,
    ),
    def(
        Fact::PlansRecognition,
        Bool,
        "计划申请科技型中小企业评价或高新技术企业认定",
        "Plans to seek 科技型中小企业 or 高新技术企业 status",
        true,
    ),
    def(
        Fact::KeyEnterprise,
        Bool,
        "已列入市级重点企业库（“百企科技展翅”）",
        "On the city's key-enterprise list (百企科技展翅)",
        false,
    ),
    def(
        Fact::RegistrationDate,
        Date,
        "成立（注册）日期",
        "Date of registration",
        false,
    ),
    def(Fact::Employees, Count, "职工总数", "Employees", false),
    def(
        Fact::TechStaff,
        Count,
        "科技人员数",
        "Technical staff",
        true,
    ),
    def(
        Fact::Revenue,
        Money,
        "上年销售（主营业务）收入",
        "Last year's sales (main-business) revenue",
        true,
    ),
    def(Fact::TotalAssets, Money, "资产总额", "Total assets", false),
    def(
        Fact::RdExpense,
        Money,
        "上年研发费用",
        "Last year's R&D expense",
        true,
    ),
    def(
        Fact::NegativeListIndustry,
        Bool,
        "属于不适用研发费用加计扣除的行业",
        "In an industry excluded from the R&D super-deduction",
        false,
    ),
    def(
        Fact::TaxableIncome,
        Money,
        "上年应纳税所得额",
        "Last year's taxable income",
        false,
    ),
    def(
        Fact::RdPlatform,
        Bool,
        "建设研发平台或研发机构",
        "Building an R&D platform or institution",
        true,
    ),
    def(
        Fact::KeyTech,
        Bool,
        "攻关产业关键共性或“卡脖子”技术",
        "Working on key common or choke-point technology",
        true,
    ),
    def(
        Fact::ChallengeReady,
        Bool,
        "有能力承接揭榜挂帅项目",
        "Able to take on published technology challenges",
        true,
    ),
    def(
        Fact::LeadingTalents,
        Count,
        "经认定的市级科技领军人才（尚未获经费）",
        "City-recognised leading talents (not yet funded)",
        true,
    ),
    def(
        Fact::InnovationTeams,
        Count,
        "经认定的市级创新团队（尚未获经费）",
        "City-recognised innovation teams (not yet funded)",
        true,
    ),
    def(
        Fact::TalentInstitution,
        Bool,
        "为认定人才或团队创设研发机构",
        "Creating an R&D institution for a recognised talent or team",
        true,
    ),
    def(
        Fact::StAwardFirstUnit,
        Bool,
        "国家或自治区科学技术奖第一完成单位",
        "First completing unit of a national or regional S&T award",
        false,
    ),
    def(
        Fact::FlexibleTalent,
        Bool,
        "柔性引进高层次人才或外国专家",
        "Flexibly engaged high-level talent or foreign experts",
        true,
    ),
    def(
        Fact::EasternTalentProject,
        Bool,
        "东部地区人才带项目、成果或资金来银创新创业",
        "Talent from eastern China bringing projects, results or money to Yinchuan",
        true,
    ),
    def(
        Fact::TechCommissioner,
        Bool,
        "法人科技特派员且创业成效显著",
        "Legal-person 科技特派员 with notable results",
        false,
    ),
    def(
        Fact::EasternTies,
        Bool,
        "与中东部发达地区建立协同创新机制",
        "Innovation ties with central/eastern regions",
        true,
    ),
    def(
        Fact::NationalPartner,
        Bool,
        "与大院大所、重点高校或东部创新主体合作共建",
        "Co-building with national institutes, key universities or eastern innovators",
        true,
    ),
    def(
        Fact::UniversityResearch,
        Bool,
        "与高校、科研院所联合攻关",
        "Joint research with universities or institutes",
        true,
    ),
    def(
        Fact::ConsortiumLead,
        Bool,
        "牵头组建创新联合体",
        "Leading an innovation consortium",
        true,
    ),
    def(
        Fact::ConsortiumMember,
        Bool,
        "作为成员参与创新联合体",
        "Member of an innovation consortium",
        true,
    ),
    def(
        Fact::EnclaveCentre,
        Bool,
        "在中东部地区建设飞地研发中心",
        "Enclave R&D centre in central/eastern China",
        true,
    ),
    def(
        Fact::NeedsFinance,
        Bool,
        "有融资需求",
        "Needs financing",
        true,
    ),
    def(
        Fact::IpInvention,
        Count,
        "Ⅰ类知识产权（发明专利等）数量",
        "Class I IP (invention patents etc.)",
        true,
    ),
    def(
        Fact::IpOther,
        Count,
        "Ⅱ类知识产权（实用新型、软件著作权等）数量",
        "Class II IP (utility models, software copyrights etc.)",
        true,
    ),
    def(
        Fact::SeeksEquity,
        Bool,
        "寻求股权投资",
        "Seeking equity investment",
        true,
    ),
    choice(
        Fact::GrowthStage,
        Choice,
        "发展阶段",
        "Stage of development",
        STAGES,
        false,
    ),
    def(
        Fact::TechNeedsOrResults,
        Bool,
        "有技术需求或可转化的科技成果",
        "Has technology needs or results to offer",
        true,
    ),
    def(
        Fact::TransferProject,
        Bool,
        "在银落地转化东部成果、高价值发明专利或关键核心技术",
        "Landing eastern results, high-value patents or key core technology in Yinchuan",
        true,
    ),
    def(
        Fact::PilotProject,
        Bool,
        "实施中试熟化项目",
        "Running a pilot-scale maturation project",
        true,
    ),
    def(
        Fact::PilotInvestment,
        Money,
        "中试项目总投资",
        "Pilot project: total investment",
        false,
    ),
    def(
        Fact::PilotLand,
        Money,
        "其中土地投入",
        "of which land",
        false,
    ),
    def(
        Fact::PilotBuildings,
        Money,
        "其中厂房投入",
        "of which buildings",
        false,
    ),
    def(
        Fact::PilotEngineering,
        Money,
        "其中工程投入",
        "of which engineering works",
        false,
    ),
    def(
        Fact::PilotFundsInPlace,
        Money,
        "中试项目已到位投资",
        "Pilot project: investment in place",
        false,
    ),
    def(
        Fact::ResidentEnterprise,
        Bool,
        "在中国境内（不含港澳台）注册的居民企业",
        "Resident enterprise registered in mainland China",
        false,
    ),
    def(
        Fact::PermittedBusiness,
        Bool,
        "产品和服务不属于禁止、限制和淘汰类",
        "Products not in prohibited, restricted or eliminated categories",
        false,
    ),
    def(
        Fact::CleanRecord,
        Bool,
        "上年及当年无重大事故、严重违法失信记录",
        "Clean record in the previous and current year",
        false,
    ),
    def(
        Fact::TotalCost,
        Money,
        "上年成本费用总额",
        "Last year's total cost and expense",
        false,
    ),
    def(
        Fact::NationalAwardTop3,
        Bool,
        "近5年获国家科技奖（前三名完成单位）",
        "National S&T award in the last 5 years (top-3 unit)",
        false,
    ),
    def(
        Fact::ProvincialRdInstitution,
        Bool,
        "拥有省部级以上研发机构",
        "Provincial/ministerial-level R&D institution",
        false,
    ),
    def(
        Fact::LedStandard,
        Bool,
        "近5年牵头制定国际、国家或行业标准",
        "Led drafting of an international, national or industry standard in the last 5 years",
        false,
    ),
    def(
        Fact::CoreIp,
        Bool,
        "拥有对主要产品起核心支持作用的知识产权",
        "Owns IP core to the main products",
        true,
    ),
    def(
        Fact::KeyField,
        Bool,
        "技术属于《国家重点支持的高新技术领域》",
        "Technology within the national key high-tech fields",
        false,
    ),
    def(
        Fact::Rd3y,
        Money,
        "近三个会计年度研发费用合计",
        "R&D expense over the last 3 accounting years",
        true,
    ),
    def(
        Fact::RdDomestic3y,
        Money,
        "其中在中国境内发生的研发费用",
        "of which spent in China",
        true,
    ),
    def(
        Fact::Sales3y,
        Money,
        "近三个会计年度销售收入合计",
        "Sales revenue over the last 3 accounting years",
        false,
    ),
    def(
        Fact::HightechIncome,
        Money,
        "上年高新技术产品（服务）收入",
        "Last year's high-tech product/service income",
        true,
    ),
    def(
        Fact::TotalIncome,
        Money,
        "上年总收入",
        "Last year's total income",
        false,
    ),
    def(
        Fact::InnovationScore,
        Score,
        "企业创新能力自评分",
        "Self-assessed innovation-capability score",
        true,
    ),
    def(
        Fact::NoMajorIncident,
        Bool,
        "申请前一年无重大安全、质量事故或严重环境违法",
        "No major safety, quality or environmental incident in the year before applying",
        false,
    ),
];

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

/// A map from facts to values, stored densely (one slot per fact). Small and fast, and it keeps
/// the ordered-map machinery out of the browser bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactMap<T> {
    slots: Vec<Option<T>>,
}

impl<T> Default for FactMap<T> {
    fn default() -> Self {
        FactMap {
            slots: Fact::ALL.iter().map(|_| None).collect(),
        }
    }
}

impl<T> FactMap<T> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, fact: Fact) -> Option<&T> {
        self.slots.get(fact as usize).and_then(Option::as_ref)
    }

    pub fn insert(&mut self, fact: Fact, value: T) {
        if let Some(slot) = self.slots.get_mut(fact as usize) {
            *slot = Some(value);
        }
    }

    pub fn remove(&mut self, fact: Fact) -> Option<T> {
        self.slots.get_mut(fact as usize).and_then(Option::take)
    }

    pub fn contains(&self, fact: Fact) -> bool {
        self.get(fact).is_some()
    }

    /// The entries, in questionnaire order.
    pub fn iter(&self) -> impl Iterator<Item = (Fact, &T)> {
        Fact::ALL
            .iter()
            .zip(&self.slots)
            .filter_map(|(f, v)| v.as_ref().map(|v| (*f, v)))
    }

    pub fn is_empty(&self) -> bool {
        self.slots.iter().all(Option::is_none)
    }

    pub fn clear(&mut self) {
        self.slots.iter_mut().for_each(|s| *s = None);
    }
}
