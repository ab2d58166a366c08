//! `FactMap`: a dense map keyed by fact, used by the profile and the app state.

use crate::facts::Fact;

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
