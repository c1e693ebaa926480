//! A work queue of documents in PostgreSQL, for `dossier enqueue` and `dossier worker`.
//!
//! `enqueue` inserts normalised documents (no extraction) into `dossier_queue`; any number of
//! worker processes, on any machines that reach the database, then loop:
//!
//! 1. `BEGIN`, claim up to N pending rows with `SELECT … ORDER BY seq LIMIT N FOR UPDATE SKIP
//!    LOCKED` ([`Queue::claim`]): rows another worker holds are skipped, not waited for;
//! 2. extract them and write them to the store (its own connection and transaction);
//! 3. delete the claimed rows (or mark the ones that cannot be processed `failed`, with the
//!    reason, so they are not retried forever) and `COMMIT` ([`Claimed::finish`]).
//!
//! **Delivery.** A worker that dies anywhere before step 3 commits (killed, crashed, network
//! lost) holds its row locks only as long as its transaction, which PostgreSQL aborts with the
//! connection: the rows become claimable again and another worker retries the batch. If it
//! dies after the store committed but before the queue did, the batch is processed twice — but
//! the store's write is idempotent (documents are keyed by the hash of their text; a known id is
//! counted as a duplicate and left untouched). At-least-once delivery plus an idempotent store
//! gives an exactly-once effect: every document stored once, whatever is killed when.
//!
//! The queue's schema is versioned on its own (`dossier_queue_migrations`), so it never collides
//! with the store's migrations in the same database.

use crate::{is_postgres_url, redact_url};
use dossier_core::{Document, DocumentHeader};
use postgres::{Client, NoTls, Transaction};

/// (version, SQL) in order; append, never edit a released one.
const MIGRATIONS: &[(i32, &str)] = &[(
    1,
    include_str!("../migrations/postgres/queue/0001_queue.sql"),
)];

/// Arbitrary constant naming the advisory lock held while migrating the queue schema, so that
/// workers starting together do not race to create it.
const MIGRATION_LOCK: i64 = 0x646f_7373_5155_4555; // "dossQUEU"

/// Errors of the queue. Each renders as one line.
#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    #[error("{0}: not a PostgreSQL URL (the queue needs postgres://user@host/db)")]
    NotPostgres(String),
    #[error("{url}: cannot connect to the queue database: {detail}")]
    Connect { url: String, detail: String },
    #[error("queue database error: {0}")]
    Postgres(#[from] postgres::Error),
}

pub type QueueResult<T> = std::result::Result<T, QueueError>;

impl QueueError {
    /// Whether the queue's connection was closed under the caller (see
    /// [`crate::StoreError::is_connection_lost`]).
    pub fn is_connection_lost(&self) -> bool {
        matches!(self, QueueError::Postgres(e) if crate::pg_connection_lost(e))
    }
}

/// A connection to the queue tables.
pub struct Queue {
    client: Client,
}

/// A queued document handed to a worker.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    pub document: Document,
    /// Where `enqueue` read it (`file[:line]`).
    pub origin: String,
}

/// Rows claimed by one worker: locked until [`Claimed::finish`] commits, or released if the
/// worker drops this value or dies.
pub struct Claimed<'a> {
    tx: Transaction<'a>,
    /// Documents to process, in queue order.
    pub jobs: Vec<Job>,
    /// Rows that could not even be decoded: (id, reason). [`Claimed::finish`] marks them failed.
    pub broken: Vec<(String, String)>,
}

/// How many rows are in each state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QueueCounts {
    pub pending: u64,
    pub failed: u64,
}

/// A document that a worker gave up on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FailedJob {
    pub id: String,
    pub origin: String,
    pub error: String,
}

impl Queue {
    /// Connect to `url` (postgres://…) and bring the queue schema up to date.
    pub fn connect(url: &str) -> QueueResult<Queue> {
        if !is_postgres_url(url) {
            return Err(QueueError::NotPostgres(url.to_string()));
        }
        let client = Client::connect(url, NoTls).map_err(|e| QueueError::Connect {
            url: redact_url(url),
            detail: one_line(&e),
        })?;
        let mut queue = Queue { client };
        queue.migrate()?;
        Ok(queue)
    }

    fn migrate(&mut self) -> QueueResult<()> {
        let mut tx = self.client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
        tx.batch_execute(
            "CREATE TABLE IF NOT EXISTS dossier_queue_migrations (
                 version    INTEGER PRIMARY KEY,
                 applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
             )",
        )?;
        let found: i32 = tx
            .query_one(
                "SELECT COALESCE(MAX(version), 0) FROM dossier_queue_migrations",
                &[],
            )?
            .get(0);
        for &(version, sql) in MIGRATIONS.iter().filter(|m| m.0 > found) {
            tx.batch_execute(sql)?;
            tx.execute(
                "INSERT INTO dossier_queue_migrations (version) VALUES ($1)",
                &[&version],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Queue documents in one transaction. A document whose id is already queued (pending or
    /// failed) is left as it is. Returns how many were added.
    pub fn push(&mut self, jobs: &[(&Document, &str)]) -> QueueResult<usize> {
        let mut tx = self.client.transaction()?;
        let insert = tx.prepare(
            "INSERT INTO dossier_queue (id, url, title, outlet, published, text, meta, origin)
             VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8)
             ON CONFLICT (id) DO NOTHING",
        )?;
        let mut added = 0;
        for (doc, origin) in jobs {
            let h = &doc.header;
            let meta =
                (!h.meta.is_empty()).then(|| serde_json::Value::Object(h.meta.clone()).to_string());
            added += tx.execute(
                &insert,
                &[
                    &h.id,
                    &h.url,
                    &h.title,
                    &h.outlet,
                    &h.published,
                    &doc.text,
                    &meta,
                    origin,
                ],
            )? as usize;
        }
        tx.commit()?;
        Ok(added)
    }

    /// Claim up to `n` pending documents, oldest first, skipping rows other workers hold.
    /// An empty claim means nothing is claimable right now (see [`Queue::counts`] for whether
    /// other workers still hold some).
    pub fn claim(&mut self, n: usize) -> QueueResult<Claimed<'_>> {
        let mut tx = self.client.transaction()?;
        let limit = i64::try_from(n.max(1)).unwrap_or(i64::MAX);
        let rows = tx.query(
            "SELECT id, url, title, outlet, published, text, meta::text, origin
             FROM dossier_queue
             WHERE state = 'pending'
             ORDER BY seq
             LIMIT $1
             FOR UPDATE SKIP LOCKED",
            &[&limit],
        )?;
        let mut jobs = Vec::with_capacity(rows.len());
        let mut broken = Vec::new();
        for row in rows {
            let id: String = row.get(0);
            let meta: Option<String> = row.get(6);
            let meta = match meta
                .as_deref()
                .map(serde_json::from_str::<serde_json::Value>)
            {
                None => serde_json::Map::new(),
                Some(Ok(serde_json::Value::Object(m))) => m,
                Some(Ok(_)) => {
                    broken.push((id, "queued meta is not a JSON object".to_string()));
                    continue;
                }
                Some(Err(e)) => {
                    broken.push((id, format!("queued meta is not valid JSON: {e}")));
                    continue;
                }
            };
            jobs.push(Job {
                document: Document {
                    header: DocumentHeader {
                        id,
                        url: row.get(1),
                        title: row.get(2),
                        outlet: row.get(3),
                        published: row.get(4),
                        meta,
                    },
                    text: row.get(5),
                },
                origin: row.get(7),
            });
        }
        Ok(Claimed { tx, jobs, broken })
    }

    /// Rows per state; `pending` includes rows other workers hold right now.
    pub fn counts(&mut self) -> QueueResult<QueueCounts> {
        let row = self.client.query_one(
            "SELECT count(*) FILTER (WHERE state = 'pending'),
                    count(*) FILTER (WHERE state = 'failed')
             FROM dossier_queue",
            &[],
        )?;
        let pending: i64 = row.get(0);
        let failed: i64 = row.get(1);
        Ok(QueueCounts {
            pending: pending.max(0) as u64,
            failed: failed.max(0) as u64,
        })
    }

    /// Documents marked failed, oldest first.
    pub fn failed(&mut self) -> QueueResult<Vec<FailedJob>> {
        let rows = self.client.query(
            "SELECT id, origin, COALESCE(error, '') FROM dossier_queue
             WHERE state = 'failed' ORDER BY seq",
            &[],
        )?;
        Ok(rows
            .into_iter()
            .map(|r| FailedJob {
                id: r.get(0),
                origin: r.get(1),
                error: r.get(2),
            })
            .collect())
    }
}

impl Claimed<'_> {
    /// Close the claim: delete every claimed row except those in `failed` (id, reason) and
    /// the undecodable ones, which are kept with state `failed` and their reason; then commit.
    pub fn finish(mut self, failed: &[(String, String)]) -> QueueResult<()> {
        let mut give_up: Vec<(String, String)> = std::mem::take(&mut self.broken);
        give_up.extend(failed.iter().cloned());
        let done: Vec<&str> = self
            .jobs
            .iter()
            .map(|j| j.document.header.id.as_str())
            .filter(|id| !give_up.iter().any(|(f, _)| f == id))
            .collect();
        if !done.is_empty() {
            self.tx
                .execute("DELETE FROM dossier_queue WHERE id = ANY($1)", &[&done])?;
        }
        for (id, reason) in &give_up {
            self.tx.execute(
                "UPDATE dossier_queue SET state = 'failed', error = $2, failed_at = now()
                 WHERE id = $1",
                &[id, reason],
            )?;
        }
        self.tx.commit()?;
        Ok(())
    }

    /// Whether the claim got no row at all.
    pub fn is_empty(&self) -> bool {
        self.jobs.is_empty() && self.broken.is_empty()
    }
}

/// An error and its causes on one line.
fn one_line(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        let text = c.to_string();
        if !s.contains(&text) {
            s.push_str(": ");
            s.push_str(&text);
        }
        cause = c.source();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_postgres_urls_name_a_queue() {
        assert!(matches!(
            Queue::connect("news.db"),
            Err(QueueError::NotPostgres(_))
        ));
    }
}
