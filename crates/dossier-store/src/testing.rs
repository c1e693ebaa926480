//! Helpers for tests that need a PostgreSQL store (this crate's and its users', e.g. the CLI's
//! and the workers'). Not for production code: these panic on setup failures, as tests should.
//!
//! The convention: PostgreSQL tests read `DATABASE_URL` (set by `scripts/with-pg.sh`). When it
//! is unset they print `SKIP: …` and return, unless `DOSSIER_REQUIRE_PG=1` (CI), which makes
//! them fail. Each test makes its own database, so tests run in parallel.

use std::sync::atomic::{AtomicUsize, Ordering};

/// The message a PostgreSQL test prints when it skips.
pub const SKIP: &str = "SKIP: PostgreSQL tests need DATABASE_URL (run under scripts/with-pg.sh)";

/// A PostgreSQL database made for one test and dropped (with its connections) when this is.
pub struct TempPg {
    admin: String,
    name: String,
    /// The URL of the new database, for `dossier_store::open` or `--db`.
    pub url: String,
}

impl TempPg {
    /// A fresh empty database on the `DATABASE_URL` server; `None` (after printing [`SKIP`])
    /// when no server is configured and `DOSSIER_REQUIRE_PG` is not `1`.
    ///
    /// # Panics
    /// When `DOSSIER_REQUIRE_PG=1` and `DATABASE_URL` is unset, or the server refuses.
    pub fn new() -> Option<TempPg> {
        let admin = match std::env::var("DATABASE_URL") {
            Ok(u) if !u.is_empty() => u,
            _ => {
                assert!(
                    std::env::var("DOSSIER_REQUIRE_PG").as_deref() != Ok("1"),
                    "DOSSIER_REQUIRE_PG=1 but DATABASE_URL is unset (run under scripts/with-pg.sh)"
                );
                eprintln!("{SKIP}");
                return None;
            }
        };
        static N: AtomicUsize = AtomicUsize::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let name = format!(
            "dossier_test_{}_{}_{nanos}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        );
        let mut client = postgres::Client::connect(&admin, postgres::NoTls).unwrap_or_else(|e| {
            panic!(
                "cannot connect to DATABASE_URL {}: {e}",
                crate::redact_url(&admin)
            )
        });
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap_or_else(|e| panic!("cannot create test database {name}: {e}"));
        let url = with_database(&admin, &name);
        Some(TempPg { admin, name, url })
    }
}

impl Drop for TempPg {
    fn drop(&mut self) {
        if let Ok(mut c) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = c.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// `url` pointing at database `name` instead of its own (query parameters kept).
pub fn with_database(url: &str, name: &str) -> String {
    let start = url.find("://").map_or(0, |i| i + 3);
    let (head, rest) = url.split_at(start);
    let auth_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (auth, tail) = rest.split_at(auth_end);
    let query = tail.find('?').map_or("", |i| &tail[i..]);
    format!("{head}{auth}/{name}{query}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn database_swapped_in_urls() {
        assert_eq!(
            super::with_database("postgres://u@h:5/postgres?sslmode=disable", "t1"),
            "postgres://u@h:5/t1?sslmode=disable"
        );
        assert_eq!(
            super::with_database("postgres://u@h", "t1"),
            "postgres://u@h/t1"
        );
    }
}
