//! The facts an enterprise can state about itself: their ids, kinds, labels and allowed options.
//!
//! Every fact is optional in a profile. The ids are the stable keys of the profile format
//! (`docs/profile.md`), the share link and the fixtures; never rename one without a format version.

use crate::t;
use crate::text::Text;
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

const fn o(code: &'static str, label: Text) -> Opt {
    Opt { code, label }
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
    /// An amount that is a year's business figure (revenue, costs, investment): one typed as a
    /// few hundred yuan is almost surely 万元 typed in yuan, and the app warns
    /// (`input::implausibly_small`).
    pub business_figure: bool,
}

macro_rules! facts {
    ($($variant:ident = $id:literal @ $slot:literal: $dfn:ident($($dargs:tt)*), $qfn:ident($($qargs:tt)*) $(.how($how:expr))?;)*) => {
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

            /// The fact's row in the share link's frozen table (`link::compact`): a new fact
            /// takes the next free number, and a number is never reused.
            pub const fn slot(self) -> usize {
                match self {
                    $(Fact::$variant => $slot,)*
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
    };
}

/// Codes of the places in Yinchuan an enterprise may be registered in: every option of the
/// location question but the last, "outside" (derived, so the two lists cannot part).
pub const YINCHUAN_PLACES: &[&str] = &places_in_yinchuan::<{ LOCATIONS.len() - 1 }>();

const fn places_in_yinchuan<const N: usize>() -> [&'static str; N] {
    assert!(
        N + 1 == LOCATIONS.len() && same(LOCATIONS[N].code, "outside"),
        "the location question's last option is `outside`"
    );
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = LOCATIONS[i].code;
        i += 1;
    }
    out
}

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

const LOCATIONS: &[Opt] = &[
    o("xingqing", t!(facts.options.locations.xingqing)),
    o("jinfeng", t!(facts.options.locations.jinfeng)),
    o("xixia", t!(facts.options.locations.xixia)),
    o("yongning", t!(facts.options.locations.yongning)),
    o("helan", t!(facts.options.locations.helan)),
    o("lingwu", t!(facts.options.locations.lingwu)),
    o("outside", t!(facts.options.locations.outside)),
];

const INDUSTRIES: &[Opt] = &[
    o("new_materials", t!(facts.options.industries.new_materials)),
    o("new_energy", t!(facts.options.industries.new_energy)),
    o("new_food", t!(facts.options.industries.new_food)),
    o(
        "electronic_info",
        t!(facts.options.industries.electronic_info),
    ),
    o("equipment", t!(facts.options.industries.equipment)),
    o("software", t!(facts.options.industries.software)),
    o("biomedicine", t!(facts.options.industries.biomedicine)),
    o("wine", t!(facts.options.industries.wine)),
    o("traditional", t!(facts.options.industries.traditional)),
    o("other", t!(facts.options.industries.other)),
];

const HNTE_STATUSES: &[Opt] = &[
    o("never", t!(facts.options.hnte_statuses.never)),
    o("first", t!(facts.options.hnte_statuses.first)),
    o("again", t!(facts.options.hnte_statuses.again)),
    o("lapsed", t!(facts.options.hnte_statuses.lapsed)),
];

const GIANT_STATUSES: &[Opt] = &[
    o("never", t!(facts.options.giant_statuses.never)),
    o("first", t!(facts.options.giant_statuses.first)),
    o("again", t!(facts.options.giant_statuses.again)),
];

/// Status facts can only move from "never recognised" to "first recognition".
const NEVER: &[&str] = &["never"];

const STAGES: &[Opt] = &[
    o("seed", t!(facts.options.stages.seed)),
    o("startup", t!(facts.options.stages.startup)),
    o("growth", t!(facts.options.stages.growth)),
    o("mature", t!(facts.options.stages.mature)),
];

const fn def(fact: Fact, kind: Kind, label: Text, changeable: bool) -> FactDef {
    FactDef {
        fact,
        kind,
        label,
        options: &[],
        changeable,
        change_from: &[],
        business_figure: false,
    }
}

/// An amount that is a year's business figure (see `FactDef::business_figure`).
const fn figure(fact: Fact, label: Text, changeable: bool) -> FactDef {
    FactDef {
        business_figure: true,
        ..def(fact, Kind::Money, label, changeable)
    }
}

const fn choice(
    fact: Fact,
    kind: Kind,
    label: Text,
    options: &'static [Opt],
    changeable: bool,
) -> FactDef {
    FactDef {
        fact,
        kind,
        label,
        options,
        changeable,
        change_from: if changeable { NEVER } else { &[] },
        business_figure: false,
    }
}

use Kind::*;

// The facts, one row each: id, its row in the share link (`@ n`), what it is (kind, label,
// options, whether a smallest change may touch it) and its question (step, text, help, routing).
// The enum, the lookups, the registry, the questionnaire and the share link's table are all
// derived from this one table, so they cannot drift apart. Adding a fact is one row here, with
// the next free link row (its place in the questionnaire is its place in the table), and its
// words in texts/zh.toml and texts/en.toml. A new option of a choice goes at the end of its list:
// its position is its number in share links (the golden links test fails otherwise).
/// The table, handed to `$expand`: `facts!` here expands its fact half (the enum, lookups and
/// `FACT_DEFS`), `questions::questions!` its question half (`QUESTIONS`), each in its own module,
/// so facts do not depend on questions or conditions.
macro_rules! fact_table {
    ($expand:ident) => {
        $expand! {
            Location = "location" @ 0:
                choice(Choice, t!(facts.location.label), LOCATIONS, false),
                qh(Basics, t!(facts.location.question), t!(facts.location.help))
                    .how(t!(facts.location.how));
            StateOwned = "state_owned" @ 1:
                def(Bool, t!(facts.state_owned.label), false),
                q(Basics, t!(facts.state_owned.question))
                    .how(t!(facts.state_owned.how));
            Industries = "industries" @ 2:
                choice(Set, t!(facts.industries.label), INDUSTRIES, false),
                qh(Basics, t!(facts.industries.question), t!(facts.industries.help))
                    .how(t!(facts.industries.how));
            Industrial = "industrial" @ 3:
                def(Bool, t!(facts.industrial.label), false),
                qh(Basics, t!(facts.industrial.question), t!(facts.industrial.help))
                    .how(t!(facts.industrial.how));
            Sme = "sme" @ 4:
                def(Bool, t!(facts.sme.label), false),
                q(Basics, t!(facts.sme.question))
                    .how(t!(facts.sme.how));
            TechServiceOrg = "tech_service_org" @ 5:
                def(Bool, t!(facts.tech_service_org.label), false),
                qh(Basics, t!(facts.tech_service_org.question), t!(facts.tech_service_org.help))
                    .how(t!(facts.tech_service_org.how));
            TsmeRegistered = "tsme_registered" @ 71:
                def(ThisYear, t!(facts.tsme_registered.label), true),
                q(Status, t!(facts.tsme_registered.question))
                    .how(t!(facts.tsme_registered.how));
            HnteStatus = "hnte_status" @ 7:
                choice(Choice, t!(facts.hnte_status.label), HNTE_STATUSES, true),
                q(Status, t!(facts.hnte_status.question))
                    .how(t!(facts.hnte_status.how));
            HnteDate = "hnte_date" @ 8:
                def(Date, t!(facts.hnte_date.label), false),
                qif(Status, t!(facts.hnte_date.question), None, HNTE_FIRST)
                    .how(t!(facts.hnte_date.how));
            HntePaid = "hnte_paid" @ 9:
                def(Money, t!(facts.hnte_paid.label), false),
                qif(Status, t!(facts.hnte_paid.question), Some(MONEY_HELP), HNTE_FIRST)
                    .how(t!(facts.hnte_paid.how));
            HnteSupportedThisYear = "hnte_supported_this_year" @ 10:
                def(ThisYear, t!(facts.hnte_supported_this_year.label), false),
                qif(Status, t!(facts.hnte_supported_this_year.question), None, HNTE_FIRST)
                    .how(t!(facts.hnte_supported_this_year.how));
            GiantStatus = "giant_status" @ 11:
                choice(Choice, t!(facts.giant_status.label), GIANT_STATUSES, true),
                q(Status, t!(facts.giant_status.question))
                    .how(t!(facts.giant_status.how));
            GiantDate = "giant_date" @ 12:
                def(Date, t!(facts.giant_date.label), false),
                qif(Status, t!(facts.giant_date.question), None, GIANT_FIRST)
                    .how(t!(facts.giant_date.how));
            GiantPaid = "giant_paid" @ 13:
                def(Money, t!(facts.giant_paid.label), false),
                qif(Status, t!(facts.giant_paid.question), Some(MONEY_HELP), GIANT_FIRST)
                    .how(t!(facts.giant_paid.how));
            GiantSupportedThisYear = "giant_supported_this_year" @ 14:
                def(ThisYear, t!(facts.giant_supported_this_year.label), false),
                qif(Status, t!(facts.giant_supported_this_year.question), None, GIANT_FIRST)
                    .how(t!(facts.giant_supported_this_year.how));
            PlansRecognition = "plans_recognition" @ 15:
                def(Bool, t!(facts.plans_recognition.label), true),
                qif(Status, t!(facts.plans_recognition.question), Some(t!(facts.plans_recognition.help)), NOT_YET_TECH)
                    .how(t!(facts.plans_recognition.how));
            KeyEnterprise = "key_enterprise" @ 16:
                def(Bool, t!(facts.key_enterprise.label), false),
                qh(Status, t!(facts.key_enterprise.question), t!(facts.key_enterprise.help))
                    .how(t!(facts.key_enterprise.how));
            RegistrationDate = "registration_date" @ 17:
                def(Date, t!(facts.registration_date.label), false),
                q(Size, t!(facts.registration_date.question))
                    .how(t!(facts.registration_date.how));
            Employees = "employees" @ 18:
                def(Count, t!(facts.employees.label), false),
                q(Size, t!(facts.employees.question))
                    .how(t!(facts.employees.how));
            TechStaff = "tech_staff" @ 19:
                def(Count, t!(facts.tech_staff.label), true),
                qh(Size, t!(facts.tech_staff.question), t!(facts.tech_staff.help))
                    .how(t!(facts.tech_staff.how));
            Revenue = "revenue" @ 20:
                figure(t!(facts.revenue.label), true),
                qh(Size, t!(facts.revenue.question), MONEY_HELP)
                    .how(t!(facts.revenue.how));
            TotalAssets = "total_assets" @ 21:
                figure(t!(facts.total_assets.label), false),
                qh(Size, t!(facts.total_assets.question), MONEY_HELP)
                    .how(t!(facts.total_assets.how));
            RdExpense = "rd_expense" @ 22:
                figure(t!(facts.rd_expense.label), true),
                qh(Research, t!(facts.rd_expense.question), MONEY_HELP)
                    .how(t!(facts.rd_expense.how));
            NegativeListIndustry = "negative_list_industry" @ 23:
                def(Bool, t!(facts.negative_list_industry.label), false),
                qif(Research, t!(facts.negative_list_industry.question), Some(t!(facts.negative_list_industry.help)), SPENDS_ON_RD)
                    .how(t!(facts.negative_list_industry.how));
            TaxableIncome = "taxable_income" @ 24:
                def(Money, t!(facts.taxable_income.label), false),
                qh(Research, t!(facts.taxable_income.question), MONEY_HELP)
                    .how(t!(facts.taxable_income.how));
            RdPlatform = "rd_platform" @ 25:
                def(Bool, t!(facts.rd_platform.label), true),
                q(Research, t!(facts.rd_platform.question))
                    .how(t!(facts.rd_platform.how));
            KeyTech = "key_tech" @ 26:
                def(Bool, t!(facts.key_tech.label), true),
                q(Research, t!(facts.key_tech.question))
                    .how(t!(facts.key_tech.how));
            ChallengeReady = "challenge_ready" @ 27:
                def(Bool, t!(facts.challenge_ready.label), true),
                q(Research, t!(facts.challenge_ready.question))
                    .how(t!(facts.challenge_ready.how));
            LeadingTalents = "leading_talents" @ 28:
                def(Count, t!(facts.leading_talents.label), true),
                qh(Talent, t!(facts.leading_talents.question), t!(facts.leading_talents.help))
                    .how(t!(facts.leading_talents.how));
            InnovationTeams = "innovation_teams" @ 29:
                def(Count, t!(facts.innovation_teams.label), true),
                q(Talent, t!(facts.innovation_teams.question))
                    .how(t!(facts.innovation_teams.how));
            TalentInstitution = "talent_institution" @ 30:
                def(Bool, t!(facts.talent_institution.label), true),
                q(Talent, t!(facts.talent_institution.question))
                    .how(t!(facts.talent_institution.how));
            StAwardFirstUnit = "st_award_first_unit" @ 31:
                def(Bool, t!(facts.st_award_first_unit.label), false),
                q(Talent, t!(facts.st_award_first_unit.question))
                    .how(t!(facts.st_award_first_unit.how));
            FlexibleTalent = "flexible_talent" @ 32:
                def(Bool, t!(facts.flexible_talent.label), true),
                q(Talent, t!(facts.flexible_talent.question))
                    .how(t!(facts.flexible_talent.how));
            EasternTalentProject = "eastern_talent_project" @ 33:
                def(Bool, t!(facts.eastern_talent_project.label), true),
                q(Talent, t!(facts.eastern_talent_project.question))
                    .how(t!(facts.eastern_talent_project.how));
            TechCommissioner = "tech_commissioner" @ 34:
                def(Bool, t!(facts.tech_commissioner.label), false),
                q(Talent, t!(facts.tech_commissioner.question))
                    .how(t!(facts.tech_commissioner.how));
            EasternTies = "eastern_ties" @ 35:
                def(Bool, t!(facts.eastern_ties.label), true),
                q(Cooperation, t!(facts.eastern_ties.question))
                    .how(t!(facts.eastern_ties.how));
            NationalPartner = "national_partner" @ 36:
                def(Bool, t!(facts.national_partner.label), true),
                q(Cooperation, t!(facts.national_partner.question))
                    .how(t!(facts.national_partner.how));
            UniversityResearch = "university_research" @ 37:
                def(Bool, t!(facts.university_research.label), true),
                q(Cooperation, t!(facts.university_research.question))
                    .how(t!(facts.university_research.how));
            ConsortiumLead = "consortium_lead" @ 38:
                def(Bool, t!(facts.consortium_lead.label), true),
                q(Cooperation, t!(facts.consortium_lead.question))
                    .how(t!(facts.consortium_lead.how));
            ConsortiumMember = "consortium_member" @ 39:
                def(Bool, t!(facts.consortium_member.label), true),
                qif(Cooperation, t!(facts.consortium_member.question), None, Cond::No(Fact::ConsortiumLead))
                    .how(t!(facts.consortium_member.how));
            EnclaveCentre = "enclave_centre" @ 40:
                def(Bool, t!(facts.enclave_centre.label), true),
                q(Cooperation, t!(facts.enclave_centre.question))
                    .how(t!(facts.enclave_centre.how));
            NeedsFinance = "needs_finance" @ 41:
                def(Bool, t!(facts.needs_finance.label), true),
                q(Finance, t!(facts.needs_finance.question))
                    .how(t!(facts.needs_finance.how));
            IpInvention = "ip_invention" @ 42:
                def(Count, t!(facts.ip_invention.label), true),
                qh(Finance, t!(facts.ip_invention.question), t!(facts.ip_invention.help))
                    .how(t!(facts.ip_invention.how));
            IpOther = "ip_other" @ 43:
                def(Count, t!(facts.ip_other.label), true),
                qh(Finance, t!(facts.ip_other.question), t!(facts.ip_other.help))
                    .how(t!(facts.ip_other.how));
            SeeksEquity = "seeks_equity" @ 44:
                def(Bool, t!(facts.seeks_equity.label), true),
                q(Finance, t!(facts.seeks_equity.question))
                    .how(t!(facts.seeks_equity.how));
            GrowthStage = "growth_stage" @ 45:
                choice(Choice, t!(facts.growth_stage.label), STAGES, false),
                qif(Finance, t!(facts.growth_stage.question), None, Cond::Yes(Fact::SeeksEquity))
                    .how(t!(facts.growth_stage.how));
            TechNeedsOrResults = "tech_needs_or_results" @ 46:
                def(Bool, t!(facts.tech_needs_or_results.label), true),
                q(Projects, t!(facts.tech_needs_or_results.question))
                    .how(t!(facts.tech_needs_or_results.how));
            TransferProject = "transfer_project" @ 47:
                def(Bool, t!(facts.transfer_project.label), true),
                q(Projects, t!(facts.transfer_project.question))
                    .how(t!(facts.transfer_project.how));
            TransferOther = "transfer_other" @ 70:
                def(Bool, t!(facts.transfer_other.label), true),
                qif(Projects, t!(facts.transfer_other.question), Some(t!(facts.transfer_other.help)), Cond::No(Fact::TransferProject))
                    .how(t!(facts.transfer_other.how));
            PilotProject = "pilot_project" @ 48:
                def(Bool, t!(facts.pilot_project.label), true),
                q(Projects, t!(facts.pilot_project.question))
                    .how(t!(facts.pilot_project.how));
            PilotInvestment = "pilot_investment" @ 49:
                figure(t!(facts.pilot_investment.label), false),
                qif(Projects, t!(facts.pilot_investment.question), Some(MONEY_HELP), PILOT)
                    .how(t!(facts.pilot_investment.how));
            PilotLand = "pilot_land" @ 50:
                def(Money, t!(facts.pilot_land.label), false),
                qif(Projects, t!(facts.pilot_land.question), Some(MONEY_HELP), PILOT)
                    .how(t!(facts.pilot_land.how));
            PilotBuildings = "pilot_buildings" @ 51:
                def(Money, t!(facts.pilot_buildings.label), false),
                qif(Projects, t!(facts.pilot_buildings.question), Some(MONEY_HELP), PILOT)
                    .how(t!(facts.pilot_buildings.how));
            PilotEngineering = "pilot_engineering" @ 52:
                def(Money, t!(facts.pilot_engineering.label), false),
                qif(Projects, t!(facts.pilot_engineering.question), Some(MONEY_HELP), PILOT)
                    .how(t!(facts.pilot_engineering.how));
            PilotFundsInPlace = "pilot_funds_in_place" @ 53:
                def(Money, t!(facts.pilot_funds_in_place.label), false),
                qif(Projects, t!(facts.pilot_funds_in_place.question), Some(MONEY_HELP), PILOT)
                    .how(t!(facts.pilot_funds_in_place.how));
            ResidentEnterprise = "resident_enterprise" @ 54:
                def(Bool, t!(facts.resident_enterprise.label), false),
                q(SelfCheck, t!(facts.resident_enterprise.question))
                    .how(t!(facts.resident_enterprise.how));
            PermittedBusiness = "permitted_business" @ 55:
                def(Bool, t!(facts.permitted_business.label), false),
                q(SelfCheck, t!(facts.permitted_business.question))
                    .how(t!(facts.permitted_business.how));
            CleanRecord = "clean_record" @ 56:
                def(Bool, t!(facts.clean_record.label), false),
                q(SelfCheck, t!(facts.clean_record.question))
                    .how(t!(facts.clean_record.how));
            TotalCost = "total_cost" @ 57:
                figure(t!(facts.total_cost.label), false),
                qh(SelfCheck, t!(facts.total_cost.question), MONEY_HELP)
                    .how(t!(facts.total_cost.how));
            NationalAwardTop3 = "national_award_top3" @ 58:
                def(Bool, t!(facts.national_award_top3.label), false),
                q(SelfCheck, t!(facts.national_award_top3.question))
                    .how(t!(facts.national_award_top3.how));
            ProvincialRdInstitution = "provincial_rd_institution" @ 59:
                def(Bool, t!(facts.provincial_rd_institution.label), false),
                q(SelfCheck, t!(facts.provincial_rd_institution.question))
                    .how(t!(facts.provincial_rd_institution.how));
            LedStandard = "led_standard" @ 60:
                def(Bool, t!(facts.led_standard.label), false),
                q(SelfCheck, t!(facts.led_standard.question))
                    .how(t!(facts.led_standard.how));
            CoreIp = "core_ip" @ 61:
                def(Bool, t!(facts.core_ip.label), true),
                q(SelfCheck, t!(facts.core_ip.question))
                    .how(t!(facts.core_ip.how));
            KeyField = "key_field" @ 62:
                def(Bool, t!(facts.key_field.label), false),
                q(SelfCheck, t!(facts.key_field.question))
                    .how(t!(facts.key_field.how));
            Rd3y = "rd_3y" @ 63:
                figure(t!(facts.rd_3y.label), true),
                qh(SelfCheck, t!(facts.rd_3y.question), t!(facts.rd_3y.help))
                    .how(t!(facts.rd_3y.how));
            RdDomestic3y = "rd_domestic_3y" @ 64:
                def(Money, t!(facts.rd_domestic_3y.label), true),
                qh(SelfCheck, t!(facts.rd_domestic_3y.question), MONEY_HELP)
                    .how(t!(facts.rd_domestic_3y.how));
            Sales3y = "sales_3y" @ 65:
                figure(t!(facts.sales_3y.label), false),
                qh(SelfCheck, t!(facts.sales_3y.question), MONEY_HELP)
                    .how(t!(facts.sales_3y.how));
            HightechIncome = "hightech_income" @ 66:
                figure(t!(facts.hightech_income.label), true),
                qh(SelfCheck, t!(facts.hightech_income.question), MONEY_HELP)
                    .how(t!(facts.hightech_income.how));
            TotalIncome = "total_income" @ 67:
                figure(t!(facts.total_income.label), false),
                qh(SelfCheck, t!(facts.total_income.question), MONEY_HELP)
                    .how(t!(facts.total_income.how));
            InnovationScore = "innovation_score" @ 68:
                def(Score, t!(facts.innovation_score.label), true),
                qh(SelfCheck, t!(facts.innovation_score.question), t!(facts.innovation_score.help))
                    .how(t!(facts.innovation_score.how));
            NoMajorIncident = "no_major_incident" @ 69:
                def(Bool, t!(facts.no_major_incident.label), false),
                q(SelfCheck, t!(facts.no_major_incident.question))
                    .how(t!(facts.no_major_incident.how));
        }
    };
}
pub(crate) use fact_table;

fact_table!(facts);

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
    fn business_figures_are_amounts() {
        let figures: Vec<&FactDef> = FACT_DEFS.iter().filter(|d| d.business_figure).collect();
        assert!(figures.iter().any(|d| d.fact == Fact::Revenue));
        assert!(figures.iter().all(|d| d.kind == Kind::Money), "{figures:?}");
    }

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
