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

/// How many questions a typical enterprise answers: the median, over the example enterprises in
/// Yinchuan, of the questions that matter once every one of them is answered (on `date`). The
/// start page turns it into a time estimate.
pub fn typical_question_count(date: crate::date::Date) -> usize {
    let mut counts: Vec<usize> = crate::examples::EXAMPLES
        .iter()
        .filter_map(|ex| Profile::from_fragment(&ex.fragment_on(date), date).ok())
        .map(|(p, _)| p)
        .filter(|p| p.choice(Fact::Location) != Some("outside"))
        .map(|p| relevant_questions(&p).len())
        .collect();
    counts.sort_unstable();
    counts
        .get(counts.len() / 2)
        .copied()
        .unwrap_or(QUESTIONS.len())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_typical_enterprise_answers_far_fewer_questions_than_there_are() {
        let n = super::typical_question_count(crate::date::Date::known(2026, 11, 26));
        assert!(n > 20 && n < crate::questions::QUESTIONS.len(), "{n}");
    }
}
