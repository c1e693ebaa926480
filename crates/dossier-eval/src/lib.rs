//! Evaluations: run the extraction pipeline over annotated data and score it.
//!
//! Unlike `dossier-core`, this crate reads files (fixtures and the shared data sets). Each
//! module owns one evaluation and returns a report that the CLI prints.

pub mod attribution;
pub mod attribution_misses;
pub mod attribution_model;
pub mod claims;
pub mod claims_gold;
pub mod claims_taxonomy;
pub mod events;
pub mod events_gold;
pub mod veracity;
