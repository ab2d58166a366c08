//! Which questions still matter and which comes next: a question is worth asking while its
//! routing condition holds and some verdict (or a note, or a self-check) waits for its answer.

use super::{evaluate, missing_facts, Assessment};
use crate::cond::Truth;
use crate::facts::Fact;
use crate::profile::Profile;
use crate::questions::{Question, QUESTIONS};

fn asked(q: &Question, p: &Profile) -> bool {
    q.ask_if.is_none_or(|c| c.truth(p) == Truth::Met)
}

/// The questions worth showing now, in order: those already answered or marked "not sure" (so
/// they can be changed) and those some verdict is still waiting for, as long as their routing
/// condition holds.
pub fn relevant_questions(p: &Profile) -> Vec<Fact> {
    relevant_given(p, &evaluate(p))
}

/// As [`relevant_questions`], reusing an assessment already made for the same profile.
pub fn relevant_given(p: &Profile, a: &Assessment) -> Vec<Fact> {
    let missing = missing_facts(a);
    QUESTIONS
        .iter()
        .filter(|q| asked(q, p) && (p.is_responded(q.fact) || missing.contains(&q.fact)))
        .map(|q| q.fact)
        .collect()
}

/// The first question without a response (an answer or "not sure") that could still change a
/// verdict, if any.
pub fn next_question(p: &Profile) -> Option<Fact> {
    relevant_questions(p)
        .into_iter()
        .find(|f| !p.is_responded(*f))
}

/// The example enterprises in Yinchuan, fully answered on `date`, with the questions that
/// matter to each. The one source of what the start page promises (how many questions, what to
/// have at hand) and of the tests that keep the questionnaire to it.
fn examples_answered(date: crate::date::Date) -> Vec<(Profile, Vec<Fact>)> {
    crate::examples::EXAMPLES
        .iter()
        .filter_map(|ex| Profile::from_fragment(&ex.fragment_on(date), date).ok())
        .map(|(p, _)| p)
        .filter(|p| p.choice(Fact::Location) != Some("outside"))
        .map(|p| {
            let asked = relevant_questions(&p);
            (p, asked)
        })
        .collect()
}

/// What the start page promises, from the example enterprises in Yinchuan answered once on a
/// date ([`start_figures`]).
#[derive(Debug, Clone, PartialEq)]
pub struct StartFigures {
    /// How many questions they answer, fewest and most: the questions that matter once every one
    /// of them is answered. The start page turns it into a time estimate.
    pub fewest: usize,
    pub most: usize,
    /// The figures and dates to have at hand before starting: the ones every example enterprise
    /// is asked (amounts, counts, dates: what is looked up rather than known), in the
    /// questionnaire's order.
    pub always: Vec<Fact>,
    /// The dates some of them are asked (a certificate's date, when there is one).
    pub if_any: Vec<Fact>,
}

/// The start page's figures on `date` ([`StartFigures`]): one evaluation of each example.
pub fn start_figures(date: crate::date::Date) -> StartFigures {
    use crate::facts::Kind;
    let examples = examples_answered(date);
    let counts = examples.iter().map(|(_, q)| q.len());
    let (low, high) = counts.fold((usize::MAX, 0), |(lo, hi), n| (lo.min(n), hi.max(n)));
    let (fewest, most) = if high == 0 {
        (QUESTIONS.len(), QUESTIONS.len())
    } else {
        (low, high)
    };
    let looked_up = |f: &Fact| matches!(f.def().kind, Kind::Money | Kind::Count | Kind::Date);
    let asked_of = |f: &Fact| examples.iter().filter(|(_, q)| q.contains(f)).count();
    let mut always = Vec::new();
    let mut if_any = Vec::new();
    for q in QUESTIONS.iter().filter(|q| looked_up(&q.fact)) {
        let n = asked_of(&q.fact);
        if n == examples.len() && n > 0 {
            always.push(q.fact);
        } else if n > 0 && q.fact.def().kind == Kind::Date {
            if_any.push(q.fact);
        }
    }
    StartFigures {
        fewest,
        most,
        always,
        if_any,
    }
}

#[cfg(test)]
mod tests {
    use crate::date::Date;
    use crate::facts::Fact;

    #[test]
    fn a_typical_enterprise_answers_far_fewer_questions_than_there_are() {
        let f = super::start_figures(Date::known(2026, 11, 26));
        let (low, high) = (f.fewest, f.most);
        assert!(
            low > 20 && low <= high && high < crate::questions::QUESTIONS.len(),
            "{low}-{high}"
        );
    }

    #[test]
    fn what_to_have_at_hand_is_asked() {
        let super::StartFigures { always, if_any, .. } =
            super::start_figures(Date::known(2026, 12, 4));
        for f in [
            Fact::Revenue,
            Fact::RdExpense,
            Fact::Employees,
            Fact::TechStaff,
        ] {
            assert!(always.contains(&f), "{f:?} missing from {always:?}");
        }
        assert!(if_any.contains(&Fact::HnteDate), "{if_any:?}");
        // Nothing on the list that the example enterprises are not asked.
        assert!(always.iter().all(|f| !if_any.contains(f)));
    }
}
