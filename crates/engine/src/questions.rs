//! The questionnaire as data: one question per fact, grouped into short steps.
//!
//! Routing only: a question's `ask_if` says when it makes sense to ask at all. Whether an answer
//! could change a verdict is decided by the programmes themselves (`eval::relevance`: a fact is
//! relevant while some verdict is waiting for it), so no eligibility logic is written twice.

use crate::cond::Cond;
use crate::facts::Fact;
use crate::text::{t, Text};
use serde::Serialize;

/// The steps of the wizard, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Basics,
    Status,
    Size,
    Research,
    Talent,
    Cooperation,
    Finance,
    Projects,
    SelfCheck,
}

impl Step {
    pub const ALL: &'static [Step] = &[
        Step::Basics,
        Step::Status,
        Step::Size,
        Step::Research,
        Step::Talent,
        Step::Cooperation,
        Step::Finance,
        Step::Projects,
        Step::SelfCheck,
    ];

    pub fn title(self) -> Text {
        match self {
            Step::Basics => t("基本情况", "Basics"),
            Step::Size => t("企业规模", "Size"),
            Step::Status => t("资质认定", "Recognitions"),
            Step::Research => t("研发投入", "R&D"),
            Step::Talent => t("人才团队", "Talent"),
            Step::Cooperation => t("科技合作", "Cooperation"),
            Step::Finance => t("融资需求", "Finance"),
            Step::Projects => t("项目与成果", "Projects"),
            Step::SelfCheck => t("国家标准自测", "National self-check"),
        }
    }
}

/// One question.
#[derive(Debug, Clone, Copy)]
pub struct Question {
    pub fact: Fact,
    pub step: Step,
    /// The question. For a fact about one year (`Kind::ThisYear`) it holds `{year}`, which the
    /// app replaces with the assessment year.
    pub text: Text,
    pub help: Option<Text>,
    /// Ask only when this holds (routing, e.g. the recognition date only after "first recognition").
    pub ask_if: Option<Cond>,
}

const fn q(fact: Fact, step: Step, text: Text) -> Question {
    Question {
        fact,
        step,
        text,
        help: None,
        ask_if: None,
    }
}

const fn qh(fact: Fact, step: Step, text: Text, help: Text) -> Question {
    Question {
        fact,
        step,
        text,
        help: Some(help),
        ask_if: None,
    }
}

const fn qif(fact: Fact, step: Step, text: Text, help: Option<Text>, ask_if: Cond) -> Question {
    Question {
        fact,
        step,
        text,
        help,
        ask_if: Some(ask_if),
    }
}

const HNTE_FIRST: Cond = Cond::OneOf(Fact::HnteStatus, &["first"]);
const GIANT_FIRST: Cond = Cond::OneOf(Fact::GiantStatus, &["first"]);
/// Not yet a tech enterprise: neither registered nor holding a valid certificate.
const NOT_YET_TECH: Cond = Cond::All(&[
    Cond::No(Fact::TsmeRegistered),
    Cond::OneOf(Fact::HnteStatus, &["never", "lapsed"]),
]);
const PILOT: Cond = Cond::Yes(Fact::PilotProject);
const MONEY_HELP: Text = t(
    "单位：元。可以写 1,234.56、50万 或 1.2亿。",
    "In yuan. You may type 1,234.56, 50万 or 1.2亿.",
);

use Step::*;

/// Every question, in the order they are asked (the order of `Fact::ALL`; a test checks it).
pub static QUESTIONS: &[Question] = &[
    qh(Fact::Location, Basics, t("企业注册在哪里？", "Where is the enterprise registered?"),
        t("宁东能源化工基地由其管委会管理，不在市级统计范围内，请向市科技局确认是否适用。", "The 宁东 energy and chemical base is run by its own committee; ask the bureau whether city programmes apply there.")),
    q(Fact::StateOwned, Basics, t("是否为国有企业？", "Is it a state-owned enterprise?")),
    qh(Fact::Industries, Basics, t("企业属于哪些行业？（可多选）", "Which industries is it in? (choose all that apply)"),
        t("“三新产业”指新材料、新能源、新食品。", "银川's “三新” industries are new materials, new energy and new food.")),
    qh(Fact::Industrial, Basics, t("是否为工业企业？", "Is it an industrial enterprise?"), t("工业企业指从事采矿、制造或电力、燃气、水生产供应的企业。", "Mining, manufacturing, or producing and supplying power, gas or water.")),
    q(Fact::Sme, Basics, t("是否属于中小企业（按国家中小企业划型标准）？", "Is it a small or medium-sized enterprise (national classification)?")),
    qh(Fact::TechServiceOrg, Basics, t("是否为科技服务机构（综合类、研发设计类或成果转化类科技中介）？", "Is it a technology-service organisation (a general, R&D-design or technology-transfer intermediary)?"),
        t("指主要为其他企业提供研发设计、成果转化、知识产权、检验检测等科技服务的机构。", "An organisation whose main business is technology services for others: R&D and design, technology transfer, IP, testing and the like.")),
    q(Fact::TsmeRegistered, Status, t("今年是否已评价入库为科技型中小企业？", "Is it registered as a 科技型中小企业 (tech-based SME) this year?")),
    q(Fact::HnteStatus, Status, t("高新技术企业认定情况？", "What is its 高新技术企业 (HNTE) status?")),
    qif(Fact::HnteDate, Status, t("首次认定为高新技术企业的日期（证书发证日期）？", "When was it first recognised as HNTE (certificate date)?"), None, HNTE_FIRST),
    qif(Fact::HntePaid, Status, t("已获得的高企认定后补助累计金额？（没有填 0）", "HNTE post-subsidy received so far? (0 if none)"), Some(MONEY_HELP), HNTE_FIRST),
    qif(Fact::HnteSupportedThisYear, Status, t("{year}年是否已获批高企后补助项目？", "Has {year}'s HNTE post-subsidy project already been granted?"), None, HNTE_FIRST),
    q(Fact::GiantStatus, Status, t("科技小巨人企业认定情况？", "What is its 科技小巨人 (tech little giant) status?")),
    qif(Fact::GiantDate, Status, t("首次认定为科技小巨人企业的日期？", "When was it first recognised as a little giant?"), None, GIANT_FIRST),
    qif(Fact::GiantPaid, Status, t("已获得的小巨人认定后补助累计金额？（没有填 0）", "Little-giant post-subsidy received so far? (0 if none)"), Some(MONEY_HELP), GIANT_FIRST),
    qif(Fact::GiantSupportedThisYear, Status, t("{year}年是否已获批小巨人后补助项目？", "Has {year}'s little-giant post-subsidy project already been granted?"), None, GIANT_FIRST),
    qif(Fact::PlansRecognition, Status, t("是否计划申请科技型中小企业评价或高新技术企业认定？", "Does it plan to seek 科技型中小企业 or 高新技术企业 status?"),
        Some(t("科技型企业培育库也面向正在培育、准备申请这些资质的企业。", "The cultivation pool also takes enterprises preparing to seek these statuses.")), NOT_YET_TECH),
    qh(Fact::KeyEnterprise, Status, t("是否已列入市级重点企业库（“百企科技展翅”计划）？", "Is it on the city's key-enterprise list (the 百企科技展翅 plan)?"),
        t("答复中的科创中国专项、飞地研发中心、“卡脖子”技术攻关等写明支持“重点企业”。不清楚可先跳过。", "The reply names “key enterprises” for 科创中国, enclave centres and choke-point research. Skip it if you do not know.")),
    q(Fact::RegistrationDate, Size, t("企业成立（注册）日期？", "When was the enterprise registered?")),
    q(Fact::Employees, Size, t("职工总数（人）？", "How many employees?")),
    qh(Fact::TechStaff, Size, t("其中科技人员多少人？", "How many of them are technical staff?"), t("直接从事研发和相关技术创新活动，以及专门从事上述活动管理和提供直接服务的人员。", "People doing R&D or technical innovation, or managing and directly serving it.")),
    qh(Fact::Revenue, Size, t("上年销售（主营业务）收入？", "Last year's sales (main-business) revenue?"), MONEY_HELP),
    qh(Fact::TotalAssets, Size, t("资产总额？", "Total assets?"), MONEY_HELP),
    qh(Fact::RdExpense, Research, t("上年研发费用？（没有填 0）", "Last year's R&D expense? (0 if none)"), MONEY_HELP),
    qif(Fact::NegativeListIndustry, Research, t("是否属于烟草制造、住宿和餐饮、批发和零售、房地产、租赁和商务服务、娱乐业等行业？", "Is it in tobacco, hotels and catering, wholesale and retail, real estate, leasing and business services, entertainment or a similar industry?"),
        Some(t("这些行业不适用研发费用税前加计扣除（财税〔2015〕119号）。", "These industries cannot use the R&D super-deduction (财税〔2015〕119号).")), Cond::Above(Fact::RdExpense, 0)),
    qh(Fact::TaxableIncome, Research, t("上年应纳税所得额？（用于估算税收优惠，不清楚可留空）", "Last year's taxable income? (to estimate tax savings; leave empty if unsure)"), MONEY_HELP),
    q(Fact::RdPlatform, Research, t("是否正在建设研发平台或研发机构？", "Is it building an R&D platform or institution?")),
    q(Fact::KeyTech, Research, t("是否持续攻关产业关键共性技术或“卡脖子”技术？", "Does it work continuously on key common or choke-point technology?")),
    q(Fact::ChallengeReady, Research, t("是否有能力承接政府发布的技术需求（揭榜挂帅）？", "Could it take on technology demands the government publishes (open challenges)?")),
    qh(Fact::LeadingTalents, Talent, t("有几位经认定、尚未获得经费的市级科技领军人才？（没有填 0）", "How many city-recognised leading talents, not yet funded? (0 if none)"), t("只计已由市里认定的人才。", "Count only talents the city has recognised.")),
    q(Fact::InnovationTeams, Talent, t("有几个经认定、尚未获得经费的市级创新团队？（没有填 0）", "How many city-recognised innovation teams, not yet funded? (0 if none)")),
    q(Fact::TalentInstitution, Talent, t("是否为经认定的领军人才或创新团队量身创设研发机构？", "Is it creating an R&D institution for a recognised leading talent or team?")),
    q(Fact::StAwardFirstUnit, Talent, t("是否为国家或自治区科学技术奖的第一完成单位？", "Is it the first completing unit of a national or regional S&T award?")),
    q(Fact::FlexibleTalent, Talent, t("是否柔性引进了高层次人才或外国专家？", "Does it engage high-level talent flexibly, or foreign experts?")),
    q(Fact::EasternTalentProject, Talent, t("是否有东部地区人才带项目、带成果或带资金来银创新创业？", "Has talent from eastern China come to Yinchuan with projects, results or money to start or grow the business?")),
    q(Fact::TechCommissioner, Talent, t("是否为法人科技特派员，且创业效果显著？", "Is it a legal-person 科技特派员 with notable results?")),
    q(Fact::EasternTies, Cooperation, t("是否与中东部发达地区建立了协同创新机制？", "Has it set up innovation ties with central or eastern regions?")),
    q(Fact::NationalPartner, Cooperation, t("是否与国家大院大所、重点高校或东部创新主体合作共建平台或项目？", "Does it co-build platforms or projects with national institutes, key universities or eastern innovators?")),
    q(Fact::UniversityResearch, Cooperation, t("是否与高校、科研院所联合攻关？", "Does it do joint research with universities or institutes?")),
    q(Fact::ConsortiumLead, Cooperation, t("是否牵头组建了有高校院所参与的创新联合体？", "Does it lead an innovation consortium with universities or institutes?")),
    qif(Fact::ConsortiumMember, Cooperation, t("是否作为成员单位参与了创新联合体？", "Is it a member of an innovation consortium led by another enterprise?"), None, Cond::No(Fact::ConsortiumLead)),
    q(Fact::EnclaveCentre, Cooperation, t("是否在东中部地区建设（或计划建设）飞地研发中心？", "Does it have, or plan, an R&D centre in eastern or central China?")),
    q(Fact::NeedsFinance, Finance, t("目前是否有融资需求？", "Does it need financing now?")),
    qh(Fact::IpInvention, Finance, t("拥有几项Ⅰ类知识产权（发明专利、植物新品种、集成电路布图设计等）？", "How many Class I IP rights (invention patents, plant varieties, chip layouts…)?"), t("没有填 0。", "0 if none.")),
    qh(Fact::IpOther, Finance, t("拥有几项Ⅱ类知识产权（实用新型、外观设计、软件著作权等）？", "How many Class II IP rights (utility models, designs, software copyrights…)?"), t("没有填 0。", "0 if none.")),
    q(Fact::SeeksEquity, Finance, t("是否在寻求股权投资？", "Is it seeking equity investment?")),
    qif(Fact::GrowthStage, Finance, t("企业处于哪个发展阶段？", "What stage is the enterprise at?"), None, Cond::Yes(Fact::SeeksEquity)),
    q(Fact::TechNeedsOrResults, Projects, t("是否有技术需求，或有可以转让的科技成果？", "Does it have technology needs, or results to offer?")),
    q(Fact::TransferProject, Projects, t("是否在银川落地转化东部高新技术成果、高价值发明专利或关键核心技术？", "Is it bringing eastern high-tech results, high-value patents or key core technology into production in Yinchuan?")),
    q(Fact::PilotProject, Projects, t("是否在实施中试熟化项目？", "Is it running a pilot-scale maturation project?")),
    qif(Fact::PilotInvestment, Projects, t("中试项目总投资？", "Pilot project: total investment?"), Some(MONEY_HELP), PILOT),
    qif(Fact::PilotLand, Projects, t("其中土地投入？（没有填 0）", "Of which land? (0 if none)"), Some(MONEY_HELP), PILOT),
    qif(Fact::PilotBuildings, Projects, t("其中厂房投入？（没有填 0）", "Of which buildings? (0 if none)"), Some(MONEY_HELP), PILOT),
    qif(Fact::PilotEngineering, Projects, t("其中工程投入？（没有填 0）", "Of which engineering works? (0 if none)"), Some(MONEY_HELP), PILOT),
    qif(Fact::PilotFundsInPlace, Projects, t("目前已到位的投资？", "Investment in place so far?"), Some(MONEY_HELP), PILOT),
    q(Fact::ResidentEnterprise, SelfCheck, t("是否为在中国境内（不含港澳台）注册的居民企业？", "Is it a resident enterprise registered in mainland China?")),
    q(Fact::PermittedBusiness, SelfCheck, t("产品和服务是否不属于国家禁止、限制和淘汰类？", "Are its products and services outside the prohibited, restricted and eliminated categories?")),
    q(Fact::CleanRecord, SelfCheck, t("上年及当年是否无重大安全、质量事故，无严重环境违法、科研失信，且未列入经营异常名录和严重违法失信名单？", "In the previous and current year: no major accident, no serious environmental or research misconduct, and not on the abnormal or dishonesty lists?")),
    qh(Fact::TotalCost, SelfCheck, t("上年成本费用总额？", "Last year's total cost and expense?"), MONEY_HELP),
    q(Fact::NationalAwardTop3, SelfCheck, t("近5年是否作为前三名完成单位获得国家科技奖？", "In the last 5 years, a national S&T award as one of the top 3 units?")),
    q(Fact::ProvincialRdInstitution, SelfCheck, t("是否拥有省部级以上研发机构？", "Does it have a provincial/ministerial-level (or higher) R&D institution?")),
    q(Fact::LedStandard, SelfCheck, t("近5年是否牵头制定过国际、国家或行业标准？", "In the last 5 years, has it led drafting an international, national or industry standard?")),
    q(Fact::CoreIp, SelfCheck, t("是否拥有对主要产品（服务）起核心支持作用的知识产权？", "Does it own IP that is core to its main products or services?")),
    q(Fact::KeyField, SelfCheck, t("核心技术是否属于《国家重点支持的高新技术领域》？", "Is its core technology within the national key high-tech fields?")),
    qh(Fact::Rd3y, SelfCheck, t("近三个会计年度研发费用合计？", "R&D expense over the last 3 accounting years?"), t("成立不足三年的按实际经营年限计算。单位：元。", "If younger than three years, over its actual years. In yuan.")),
    qh(Fact::RdDomestic3y, SelfCheck, t("其中在中国境内发生的研发费用？", "Of which spent in China?"), MONEY_HELP),
    qh(Fact::Sales3y, SelfCheck, t("近三个会计年度销售收入合计？", "Sales revenue over the last 3 accounting years?"), MONEY_HELP),
    qh(Fact::HightechIncome, SelfCheck, t("上年高新技术产品（服务）收入？", "Last year's high-tech product/service income?"), MONEY_HELP),
    qh(Fact::TotalIncome, SelfCheck, t("上年总收入？", "Last year's total income?"), MONEY_HELP),
    qh(Fact::InnovationScore, SelfCheck, t("企业创新能力自评分（0–100）？", "Self-assessed innovation-capability score (0–100)?"),
        t("知识产权≤30、科技成果转化≤30、研发组织管理≤20、企业成长性≤20，合计须高于70分。", "IP up to 30, conversion of results up to 30, R&D management up to 20, growth up to 20; it must total above 70.")),
    q(Fact::NoMajorIncident, SelfCheck, t("申请前一年内是否无重大安全、质量事故和严重环境违法行为？", "In the year before applying, no major safety or quality accident and no serious environmental violation?")),
];

/// The question for a fact.
pub fn question(fact: Fact) -> &'static Question {
    &QUESTIONS[fact as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_question_per_fact_in_order() {
        assert_eq!(QUESTIONS.len(), Fact::ALL.len());
        for (q, f) in QUESTIONS.iter().zip(Fact::ALL) {
            assert_eq!(q.fact, *f);
        }
        let mut last = Step::Basics;
        for q in QUESTIONS {
            assert!(q.step >= last, "steps out of order at {}", q.fact.id());
            last = q.step;
        }
    }
}
