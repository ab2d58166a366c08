//! The questionnaire as data: one question per fact, grouped into short steps.
//!
//! Routing only: a question's `ask_if` says when it makes sense to ask at all. Whether an answer
//! could change a verdict is decided by the programmes themselves (`eval::relevance`: a fact is
//! relevant while some verdict is waiting for it), so no eligibility logic is written twice.

use crate::cond::Cond;
use crate::facts::Fact;
use crate::t;
use crate::text::Text;
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

    /// A stable machine name (`step:basics` in the app's history and saved view).
    pub fn code(self) -> &'static str {
        match self {
            Step::Basics => "basics",
            Step::Status => "status",
            Step::Size => "size",
            Step::Research => "research",
            Step::Talent => "talent",
            Step::Cooperation => "cooperation",
            Step::Finance => "finance",
            Step::Projects => "projects",
            Step::SelfCheck => "self_check",
        }
    }

    /// The step with this machine name.
    pub fn from_code(code: &str) -> Option<Step> {
        Step::ALL.iter().copied().find(|s| s.code() == code)
    }

    pub fn title(self) -> Text {
        match self {
            Step::Basics => t!(questions.basics),
            Step::Size => t!(questions.size),
            Step::Status => t!(questions.recognitions),
            Step::Research => t!(questions.r_d),
            Step::Talent => t!(questions.talent),
            Step::Cooperation => t!(questions.cooperation),
            Step::Finance => t!(questions.finance),
            Step::Projects => t!(questions.projects),
            Step::SelfCheck => t!(questions.national_self_check),
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
    /// "怎么判断 / How to tell": where to find the answer, in plain words (a long text: in the
    /// browser it arrives with the texts file).
    pub how: Option<Text>,
    /// Ask only when this holds (routing, e.g. the recognition date only after "first recognition").
    pub ask_if: Option<Cond>,
}

pub(crate) const fn q(fact: Fact, step: Step, text: Text) -> Question {
    Question {
        fact,
        step,
        text,
        help: None,
        how: None,
        ask_if: None,
    }
}

pub(crate) const fn qh(fact: Fact, step: Step, text: Text, help: Text) -> Question {
    Question {
        fact,
        step,
        text,
        help: Some(help),
        how: None,
        ask_if: None,
    }
}

pub(crate) const fn qif(
    fact: Fact,
    step: Step,
    text: Text,
    help: Option<Text>,
    ask_if: Cond,
) -> Question {
    Question {
        fact,
        step,
        text,
        help,
        how: None,
        ask_if: Some(ask_if),
    }
}

impl Question {
    /// The question with its "how to tell" line (a row of the facts table: `q(…).how(t!(…))`).
    pub(crate) const fn how(self, how: Text) -> Question {
        Question {
            how: Some(how),
            ..self
        }
    }
}

pub(crate) const HNTE_FIRST: Cond = Cond::OneOf(Fact::HnteStatus, &["first"]);
pub(crate) const GIANT_FIRST: Cond = Cond::OneOf(Fact::GiantStatus, &["first"]);
/// Not yet a tech enterprise: neither registered nor holding a valid certificate.
pub(crate) const NOT_YET_TECH: Cond = Cond::All(&[
    Cond::No(Fact::TsmeRegistered),
    Cond::OneOf(Fact::HnteStatus, &["never", "lapsed"]),
]);
pub(crate) const PILOT: Cond = Cond::Yes(Fact::PilotProject);
/// Some R&D expense last year.
pub(crate) const SPENDS_ON_RD: Cond = Cond::Above(Fact::RdExpense, crate::cond::Num::Lit(0));
pub(crate) const MONEY_HELP: Text = t!(questions.n10_000_yuan_unless_switched);

/// The question half of the facts table (`facts::fact_table`).
macro_rules! questions {
    ($($variant:ident = $id:literal @ $slot:literal: $dfn:ident($($dargs:tt)*), $qfn:ident($($qargs:tt)*) $(.how($how:expr))?;)*) => {
        /// Every question, in the order they are asked.
        pub static QUESTIONS: &[Question] = &[$($qfn(Fact::$variant, $($qargs)*)$(.how($how))?,)*];
    };
}
use Step::*;
crate::facts::fact_table!(questions);

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
