//! dossier-store: where documents and the facts extracted from them are kept.
//!
//! The store is one trait, [`Backend`], with two implementations: an embedded SQLite database
//! ([`SqliteStore`]: WAL journal, FTS5 full-text index, migrations in `migrations/sqlite/`) and
//! PostgreSQL ([`PgStore`]: `tsvector` + GIN full-text index, migrations in
//! `migrations/postgres/`, safe for several writer processes). [`open`] picks one from a spec: a
//! `postgres://` URL or a file path. Writes come in batches, one transaction each, so an
//! interrupted ingest leaves whole batches or nothing, and re-running it stores only what is
//! missing (documents are keyed by the hash of their normalised text).
//!
//! All logic that is not SQL (batch writes, the claims ledger and its reassessment, exports,
//! row → contract type) is written once against an internal SQL seam (`db::Sql`); the backends
//! differ only in driver calls and the few statements the dialects cannot share.
//!
//! This crate does not extract anything: it stores what `dossier-core` produced.

mod backend;
mod claims;
mod db;
mod documents;
mod export;
mod migrate;
mod pg;
mod queries_web;
pub mod queue;
mod sqlite;
pub mod testing;
mod watch;

pub use backend::{is_postgres_url, open, Backend};
pub use claims::{
    ClaimChange, ClaimFilter, Contradiction, RepairDiff, RepairReport, LISTING_LEDGER_ROWS,
};
pub use documents::RECENT_KEYS;
pub use export::{quad_class, rating, Edge, GDELT_COLUMNS};
pub use pg::{redact_url, PgStore};
pub use queries_web::{ActorEvent, ActorStatement};
pub use sqlite::{Store, StoredDocument};
pub use watch::{FeedPoll, FeedState, ItemState, SentAlert};

/// The SQLite backend under its own name (`Store` is the historical one).
pub type SqliteStore = Store;

use serde::Serialize;
use std::path::PathBuf;

/// Errors a store reports. Each renders as one line naming the database.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: not a dossier database (not SQLite, or damaged)")]
    NotADatabase { path: PathBuf },
    #[error("{path}: database is read-only ({detail})")]
    ReadOnly { path: PathBuf, detail: String },
    #[error("{path}: cannot open database: {detail}")]
    Open { path: PathBuf, detail: String },
    #[error("{path}: database schema version {found} is newer than this dossier supports ({supported}); upgrade dossier")]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("invalid search query: {0}")]
    BadQuery(String),
    #[error("write failed: {0}")]
    Io(#[from] std::io::Error),
    #[error("SQLite error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("{url}: cannot open PostgreSQL database: {detail}")]
    PgOpen { url: String, detail: String },
    #[error("PostgreSQL error: {0}")]
    Postgres(#[from] postgres::Error),
    #[error("the store was used from inside one of its own callbacks")]
    Reentrant,
    #[error("stored record is damaged: {0}")]
    Corrupt(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

impl StoreError {
    /// Whether the database connection was closed under the caller (the server went away, or
    /// the socket failed) rather than a statement refused: the work can be retried on a new
    /// connection (`dossier worker` does).
    pub fn is_connection_lost(&self) -> bool {
        match self {
            StoreError::Postgres(e) => pg_connection_lost(e),
            _ => false,
        }
    }
}

/// A closed connection, an I/O error under it (reset, broken pipe, EOF), or the server saying
/// it ends the session (class 08 "connection exception", 57P "operator intervention":
/// terminated by an administrator, shutting down, restarting after a crash).
pub(crate) fn pg_connection_lost(e: &postgres::Error) -> bool {
    e.is_closed()
        || e.code()
            .is_some_and(|c| c.code().starts_with("08") || c.code().starts_with("57P"))
        || std::error::Error::source(e)
            .is_some_and(|s| s.downcast_ref::<std::io::Error>().is_some())
}

/// One extracted document on its way into the store.
#[derive(Debug, Clone, Copy)]
pub struct Incoming<'a> {
    pub document: &'a dossier_core::Document,
    pub extraction: &'a dossier_core::Extraction,
    /// Where the document was read from (`file[:line]`).
    pub origin: &'a str,
}

impl<'a> Incoming<'a> {
    /// A batch of extracted documents all read from `origin`.
    pub fn all(
        docs: impl IntoIterator<Item = &'a (dossier_core::Document, dossier_core::Extraction)>,
        origin: &'a str,
    ) -> Vec<Incoming<'a>> {
        docs.into_iter()
            .map(|(document, extraction)| Incoming {
                document,
                extraction,
                origin,
            })
            .collect()
    }
}

/// What a batch write did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct BatchOutcome {
    pub new: usize,
    pub duplicates: usize,
}

/// A page of a list: `limit` rows after skipping `offset`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub limit: usize,
    pub offset: usize,
}

impl Default for Page {
    fn default() -> Self {
        Page {
            limit: 50,
            offset: 0,
        }
    }
}

/// A document in a listing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocSummary {
    pub id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub chars: usize,
    pub statements: usize,
    pub events: usize,
}

/// A full-text search hit; `snippet` marks matches with `[` `]`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub snippet: String,
    /// BM25 rank (lower is better), as SQLite reports it.
    pub rank: f64,
}

/// An actor with how often the store mentions it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorCount {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub country: Option<String>,
    pub documents: usize,
    pub mentions: usize,
    pub statements: usize,
}

/// Counts over the whole store.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Stats {
    pub documents: usize,
    pub chars: usize,
    pub outlets: usize,
    pub actors: usize,
    pub statements: usize,
    pub events: usize,
    pub first_published: Option<String>,
    pub last_published: Option<String>,
    pub schema_version: i64,
}

/// The serde name of a unit enum variant (`ActorKind::GovernmentBody` → `government_body`).
pub(crate) fn enum_str<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}
