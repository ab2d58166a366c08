//! The smallest change: the fewest answer changes that would qualify, and what they would open.

use super::SmallestChange;
use crate::catalogue::{Benefit, Category, Programme, CATALOGUE};
use crate::cond::{Change, Target, Truth};
use crate::facts::Fact;
use crate::national::NationalChecks;
use crate::params::{self, Parameter};
use crate::profile::Profile;
use rust_decimal::Decimal;

pub(super) fn find_smallest_change(
    prog: &'static Programme,
    p: &Profile,
    national: &NationalChecks,
    params: &[Parameter],
) -> Option<SmallestChange> {
    // A recognition the enterprise's own self-check rules out is no change it can make.
    let allowed = |c: &Change| match (c.fact, &c.to) {
        (Fact::TsmeRegistered, Target::Yes) => national.tsme.verdict != Truth::NotMet,
        (Fact::HnteStatus, Target::Option("first")) => national.hnte.verdict != Truth::NotMet,
        _ => true,
    };
    let mut changes: Vec<Change> = Vec::new();
    let failing = prog
        .criteria
        .iter()
        .filter(|c| c.cond.truth(p) == Truth::NotMet);
    for c in failing {
        for change in c.cond.smallest_change_where(p, &allowed)? {
            if !changes.iter().any(|x| x.fact == change.fact) {
                changes.push(change);
            }
        }
    }
    if changes.is_empty() {
        // Every criterion holds: it is the window or the cap, which no answer can change.
        return None;
    }
    let mut changed = p.clone();
    for c in &changes {
        c.apply(&mut changed);
    }
    let would_open = match prog.benefit {
        Benefit::FirstRecognition { cap, paid, .. } => params::value(params, cap)
            .map(|cap| (cap - changed.number(paid).unwrap_or_default()).max(Decimal::ZERO)),
        Benefit::PerRecognised { per, count, .. } => params::value(params, per)
            .zip(changed.number(count))
            .and_then(|(per, n)| per.checked_mul(n)),
        _ => None,
    };
    // Tax incentives whose conditions the same change would meet, and that are not met now.
    let also_opens = CATALOGUE
        .iter()
        .filter(|other| other.category == Category::Tax && *other != prog)
        .filter(|other| {
            let met = |profile: &Profile| {
                Truth::all(other.criteria.iter().map(|c| c.cond.truth(profile))) == Truth::Met
            };
            !met(p) && met(&changed)
        })
        .collect();
    Some(SmallestChange {
        changes,
        would_open,
        also_opens,
    })
}
