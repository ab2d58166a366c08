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

/// The questions worth showing now, in order: those already answered (so they can be changed) and
/// those some verdict is still waiting for, as long as their routing condition holds.
pub fn relevant_questions(p: &Profile) -> Vec<Fact> {
    relevant_given(p, &evaluate(p))
}

/// As [`relevant_questions`], reusing an assessment already made for the same profile.
pub fn relevant_given(p: &Profile, a: &Assessment) -> Vec<Fact> {
    let missing = missing_facts(a);
    QUESTIONS
        .iter()
        .filter(|q| asked(q, p) && (p.is_answered(q.fact) || missing.contains(&q.fact)))
        .map(|q| q.fact)
        .collect()
}

/// The first unanswered question that could still change a verdict, if any.
pub fn next_question(p: &Profile) -> Option<Fact> {
    relevant_questions(p)
        .into_iter()
        .find(|f| !p.is_answered(*f))
}
