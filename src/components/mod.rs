//! The app's components, one per file. Leaves get data and callbacks; only `app` owns state.

pub mod app;
pub mod calendar;
pub mod card;
pub mod context;
pub mod field;
pub mod header;
pub mod live;
pub mod markup;
pub mod notice;
pub mod plan;
pub mod print;
pub mod results;
pub mod review;
pub mod selfcheck;
pub mod start;
pub mod wizard;
