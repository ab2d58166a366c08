//! The clause texts of every source the rules cite, compiled in from `policy/sources/*.txt` (one
//! file per source: the 2022 reply `yc2022-029`, the national tax rules `national-tax`), so the app
//! can open them in place and the tests can check every quote against them.

/// One clause of a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clause {
    /// The source's id (its file name): `yc2022-029`, `national-tax`.
    pub source: &'static str,
    /// The clause id rules cite: `2.1`, `cit-28`.
    pub id: &'static str,
    /// How to cite it to a reader: `yc2022-029 §2.1`, `《中华人民共和国企业所得税法》第二十八条`.
    pub cite: &'static str,
    /// The clause's text, in Chinese in both languages (a quote is the text as enacted): kept in
    /// both languages' data files in the browser build.
    pub text: crate::text::Text,
    /// `false` for our own summary of a rule: never quoted as the text.
    pub verbatim: bool,
}

include!(concat!(env!("OUT_DIR"), "/clauses.rs"));

/// A citation a page shows (a programme's quote of its clause, a national criterion's document
/// and item, a parameter value's source): the literal with the `citations` feature, which every
/// build has but the lighter program's (no page of it shows one), and `""` without.
#[doc(hidden)]
#[cfg(feature = "citations")]
#[macro_export]
macro_rules! cited {
    ($s:literal) => {
        $s
    };
}

#[doc(hidden)]
#[cfg(not(feature = "citations"))]
#[macro_export]
macro_rules! cited {
    ($s:literal) => {
        ""
    };
}

/// The clause with this id, in any source.
pub fn clause(id: &str) -> Option<&'static Clause> {
    CLAUSES.iter().find(|c| c.id == id)
}

/// How to cite a clause to a reader: `§2.1` for the policy text's own, the source's citation for
/// any other (`《中华人民共和国企业所得税法》第二十八条`).
pub fn cite(id: &str) -> String {
    match clause(id) {
        Some(c) if c.source != crate::meta::SOURCE_ID => c.cite.to_string(),
        _ => format!("§{id}"),
    }
}

/// The full text of a clause, if a source has it.
pub fn clause_text(id: &str) -> Option<&'static str> {
    clause(id).map(|c| c.text.get(crate::text::Lang::Zh))
}
