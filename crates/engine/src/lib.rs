//! The policy engine of the Yinchuan tech-enterprise policy calculator.
//!
//! It knows nothing about browsers: no web crates, no I/O, no clock. The caller passes the
//! assessment date inside the profile, so every result is reproducible. Rules, questions and
//! parameters are data; `evaluate` is a pure function of a profile.

pub mod calendar;
pub mod catalogue;
pub mod clauses;
pub mod cond;
pub mod date;
pub mod document;
pub mod eval;
pub mod examples;
pub mod factmap;
pub mod facts;
pub mod fnv;
pub mod input;
pub mod link;
#[cfg(feature = "list")]
pub mod list;
pub mod meta;
pub mod national;
pub mod params;
pub mod plan;
pub mod profile;
pub mod questions;
pub mod text;
/// Every text of the engine, by key, from texts/zh.toml and texts/en.toml (written by the build
/// script; read them with `t!`, `msg!` and `say!`).
#[doc(hidden)]
#[allow(non_upper_case_globals)]
pub mod words {
    include!(concat!(env!("OUT_DIR"), "/words.rs"));
}
/// Every text of the app (the `app` tables of texts/zh.toml and texts/en.toml), by key: written
/// by this crate's build script with the engine's, so the two share one data file and one
/// numbering. The app re-exports it as its `words` (and its own build script checks its uses).
#[doc(hidden)]
#[allow(non_upper_case_globals)]
pub mod app_words {
    include!(concat!(env!("OUT_DIR"), "/app_words.rs"));
}
/// Every text of the staff workbench (the `staff` tables), by key, always as words: they never
/// go to the public app's texts files.
#[doc(hidden)]
#[allow(non_upper_case_globals)]
pub mod staff_words {
    include!(concat!(env!("OUT_DIR"), "/staff_words.rs"));
}

pub use catalogue::{Programme, CATALOGUE};
pub use date::Date;
pub use eval::{evaluate, evaluate_with, Assessment, ProgrammeResult, Status, StatusKind};
pub use eval::{next_question, relevant_given, relevant_questions, start_figures, StartFigures};
pub use facts::Fact;
pub use profile::{Profile, Value};
pub use text::{Lang, Text};
