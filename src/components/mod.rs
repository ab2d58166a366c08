//! The app's components, one per file. Leaves get data and callbacks; only `app` owns state.

pub mod app;
#[cfg(feature = "results")]
pub mod calendar;
#[cfg(feature = "results")]
pub mod card;
pub mod context;
pub mod field;
#[cfg(not(feature = "results"))]
pub mod handoff;
pub mod header;
pub mod live;
pub mod markup;
pub mod notice;
#[cfg(feature = "results")]
pub mod plan;
#[cfg(feature = "results")]
pub mod print;
#[cfg(feature = "results")]
pub mod results;
#[cfg(feature = "results")]
pub mod review;
#[cfg(feature = "results")]
pub mod selfcheck;
pub mod start;
pub mod wizard;
