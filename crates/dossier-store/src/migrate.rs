//! Versioned schema migrations. Each migration is one SQL file applied in one transaction;
//! `PRAGMA user_version` records the last one applied. Add a migration by appending a file to
//! `migrations/sqlite/` and a line to [`SQLITE`]; never edit a released one.

use rusqlite::Connection;

/// (version, SQL) in order.
pub(crate) const SQLITE: &[(i64, &str)] = &[
    (1, include_str!("../migrations/sqlite/0001_documents.sql")),
    (2, include_str!("../migrations/sqlite/0002_claims.sql")),
    (
        3,
        include_str!("../migrations/sqlite/0003_board_indexes.sql"),
    ),
    (
        4,
        include_str!("../migrations/sqlite/0004_claim_aggregates.sql"),
    ),
    (5, include_str!("../migrations/sqlite/0005_watch.sql")),
    (6, include_str!("../migrations/sqlite/0006_text_dates.sql")),
    (
        7,
        include_str!("../migrations/sqlite/0007_integer_keys.sql"),
    ),
    (
        8,
        include_str!("../migrations/sqlite/0008_status_changes_doc.sql"),
    ),
    (
        9,
        include_str!("../migrations/sqlite/0009_fewer_random_pages.sql"),
    ),
    (
        10,
        include_str!("../migrations/sqlite/0010_claim_counts.sql"),
    ),
    (
        11,
        include_str!("../migrations/sqlite/0011_document_keys_in_two_runs.sql"),
    ),
];

pub(crate) fn latest() -> i64 {
    SQLITE.last().map_or(0, |m| m.0)
}

/// Apply every migration newer than the database's `user_version`.
/// Returns the version found before migrating.
pub(crate) fn apply(conn: &mut Connection) -> rusqlite::Result<i64> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for &(version, sql) in SQLITE.iter().filter(|m| m.0 > found) {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        // Another process may have migrated while we waited for the write lock.
        let now: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if now >= version {
            continue;
        }
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(found)
}
