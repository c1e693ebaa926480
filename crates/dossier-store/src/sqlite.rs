//! The SQLite backend: one file, WAL journal (readers beside one writer), FTS5 full-text index.

use crate::db::{Param, Row, Sql, Value};
use crate::{migrate, BatchOutcome, Incoming, Page, Result, SearchHit, StoreError};
use dossier_core::{Document, Extraction};
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{params, Connection, ErrorCode, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A dossier database in one SQLite file.
pub struct Store {
    db: SqliteDb,
    /// The group [`Store::put_part`] is writing, its transaction open.
    group: Option<crate::documents::Group>,
    /// When `put_part` last committed a group (see [`GROUP_GAP`]).
    committed: Option<std::time::Instant>,
}

/// How long after committing a group `put_part` waits before opening the next one. A group's
/// transaction holds the write lock while its batches extract, and the next group's batches are
/// usually ready at once: without a gap another writer waiting on the lock (a second ingest,
/// the server, `watch`: SQLite's busy handler retries at most every 100 ms) could miss every
/// turn until its busy timeout. Extraction goes on meanwhile, so ingest loses nothing but the
/// gap's share of the writer's slack.
const GROUP_GAP: Duration = Duration::from_millis(120);

/// The SQLite file under the shared store logic.
pub(crate) struct SqliteDb {
    conn: Connection,
    path: PathBuf,
}

/// A stored document with its extraction record.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredDocument {
    pub document: Document,
    pub extraction: Extraction,
    pub origin: Option<String>,
}

impl Store {
    /// Open (creating if needed) the database at `path` and bring its schema up to date.
    ///
    /// Several processes may open one file at once: WAL lets readers run beside a writer, and
    /// writers wait for each other (busy timeout) instead of failing.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| classify(path, e))?;
        Store::init(conn, path.to_path_buf())
    }

    /// A private in-memory database (tests, `extract`-only runs).
    pub fn open_in_memory() -> Result<Store> {
        Store::init(Connection::open_in_memory()?, PathBuf::from(":memory:"))
    }

    fn init(mut conn: Connection, path: PathBuf) -> Result<Store> {
        let wrap = |e: rusqlite::Error| classify(&path, e);
        conn.busy_timeout(Duration::from_secs(60)).map_err(wrap)?;
        conn.set_prepared_statement_cache_capacity(256);
        // Reading the schema is the first real access: a file that is not SQLite fails here.
        let found: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(wrap)?;
        if found > migrate::latest() {
            return Err(StoreError::TooNew {
                path,
                found,
                supported: migrate::latest(),
            });
        }
        if path.as_os_str() != ":memory:" {
            let mode: String = conn
                .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
                .map_err(wrap)?;
            if !mode.eq_ignore_ascii_case("wal") && found < migrate::latest() {
                // A read-only file cannot switch to WAL; say so before trying to migrate.
                check_writable(&conn, &path)?;
            }
        }
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(wrap)?;
        // Scale (issue 19): document ids are content hashes, so every batch writes leaf pages
        // all over the id indexes; SQLite's default 2 MB page cache re-reads them from the OS
        // on each batch once the file outgrows it. A bounded 64 MB cache (memory stays flat),
        // file pages mapped instead of copied in by read(2), and checkpoints every 64 MB of
        // WAL instead of 4 MB (a hot page is copied back once per checkpoint, not per batch).
        // At 200k documents a batch of 256 dirties ~1,400 pages, ~1,000 of them random leaves
        // (claim rows, `ledger_timeline`, `documents_idh`, `events_pair`), and checkpoints
        // were the largest share of what grows (8 → 32 µs per document, half of it the
        // checkpoint's fsync); over 64 MB more of those leaves are dirtied twice and written
        // back once (BENCHMARKS.md, session 10).
        for (pragma, value) in [
            ("cache_size", "-65536"),
            ("mmap_size", "268435456"),
            ("wal_autocheckpoint", "16000"),
            ("temp_store", "MEMORY"),
        ] {
            // Some of these answer with the value set: step once, read nothing.
            let mut stmt = conn
                .prepare(&format!("PRAGMA {pragma} = {value}"))
                .map_err(wrap)?;
            stmt.query([])
                .and_then(|mut r| r.next().map(drop))
                .map_err(wrap)?;
        }
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(wrap)?;
        migrate::apply(&mut conn).map_err(wrap)?;
        Ok(Store {
            db: SqliteDb { conn, path },
            group: None,
            committed: None,
        })
    }

    /// The database location, for messages.
    pub fn path(&self) -> &Path {
        &self.db.path
    }

    /// The database location, for messages.
    pub fn location(&self) -> String {
        self.db.path.display().to_string()
    }

    /// Store a batch of extracted documents in one transaction. Documents already present (same
    /// id) are counted as duplicates and left untouched.
    pub fn put_batch(&mut self, batch: &[Incoming<'_>]) -> Result<BatchOutcome> {
        // A database SQLite opened but may not write (e.g. its header says read-only) fails at
        // the first write: report it like the other open failures, naming the file.
        crate::documents::put_batch(&self.db, batch).map_err(|e| match e {
            StoreError::Sqlite(e) => classify(&self.db.path, e),
            e => e,
        })
    }

    /// Write `batch` as one part of a group committed once (ingest, issue 19): the first part
    /// opens the group's transaction, each part's rows are written as it comes, and the part
    /// with `end` brings every claim the group touched up to date and commits — the same store
    /// as one [`Store::put_batch`] of the whole group, its writes overlapping the extraction of
    /// later batches. A failed part rolls the whole group back. While a group is open the
    /// store answers reads (its own uncommitted rows included) and takes no other write.
    pub fn put_part(&mut self, batch: &[Incoming<'_>], end: bool) -> Result<BatchOutcome> {
        let db = &self.db;
        let started = self.group.is_some();
        let result = (|| {
            if !started {
                if batch.is_empty() && end {
                    return Ok(BatchOutcome::default());
                }
                if let Some(gap) = self
                    .committed
                    .and_then(|t| GROUP_GAP.checked_sub(t.elapsed()))
                {
                    std::thread::sleep(gap);
                }
                db.begin_write()?;
            }
            let group = self.group.get_or_insert_with(crate::documents::Group::new);
            let outcome = crate::documents::put_part(db, batch, group)?;
            if end {
                if let Some(group) = self.group.take() {
                    crate::documents::finish(db, group)?;
                    db.commit()?;
                    self.committed = Some(std::time::Instant::now());
                }
            }
            Ok(outcome)
        })();
        result.map_err(|e| {
            self.abort_group();
            match e {
                StoreError::Sqlite(e) => classify(&self.db.path, e),
                e => e,
            }
        })
    }

    /// See [`crate::Backend::streams_groups`].
    pub const STREAMS_GROUPS: bool = true;

    /// Roll back the open group, if any: none of its parts is kept.
    pub fn abort_group(&mut self) {
        self.group = None;
        let _ = self.db.rollback();
    }
}

crate::backend::store_api!(Store);

impl rusqlite::ToSql for Param<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(match *self {
            Param::Null => ValueRef::Null,
            Param::Int(i) => ValueRef::Integer(i),
            Param::Real(x) => ValueRef::Real(x),
            Param::Text(s) => ValueRef::Text(s.as_bytes()),
        }))
    }
}

impl Sql for SqliteDb {
    fn each(
        &self,
        sql: &str,
        params: &[Param<'_>],
        f: &mut dyn FnMut(Row) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let width = stmt.column_count();
        let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
        while let Some(r) = rows.next()? {
            let mut row = Vec::with_capacity(width);
            for i in 0..width {
                row.push(match r.get_ref(i)? {
                    ValueRef::Null => Value::Null,
                    ValueRef::Integer(i) => Value::Int(i),
                    ValueRef::Real(x) => Value::Real(x),
                    ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
                    ValueRef::Blob(b) => Value::Text(String::from_utf8_lossy(b).into_owned()),
                });
            }
            f(Row(row))?;
        }
        Ok(())
    }

    fn execute(&self, sql: &str, params: &[Param<'_>]) -> Result<u64> {
        let n = self
            .conn
            .prepare_cached(sql)?
            .execute(rusqlite::params_from_iter(params))?;
        Ok(n as u64)
    }

    fn begin_write(&self) -> Result<()> {
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(|e| classify(&self.path, e))
    }

    fn commit(&self) -> Result<()> {
        self.conn
            .execute_batch("COMMIT")
            .map_err(|e| classify(&self.path, e))
    }

    fn rollback(&self) -> Result<()> {
        if !self.conn.is_autocommit() {
            self.conn.execute_batch("ROLLBACK")?;
        }
        Ok(())
    }

    fn lock_keys(&self, _keys: &[i64]) -> Result<()> {
        Ok(())
    }

    fn merge_doc_keys(&self) -> Result<u64> {
        let moved = self.execute(
            "INSERT INTO doc_keys (idh, doc) SELECT idh, doc FROM doc_keys_recent ORDER BY idh, doc",
            &[],
        )?;
        self.execute("DELETE FROM doc_keys_recent", &[])?;
        Ok(moved)
    }

    fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    fn search_raw(&self, query: &str, page: Page) -> Result<Vec<SearchHit>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.id, d.title, d.outlet, d.published,
                    snippet(documents_fts, 1, '[', ']', '…', 16), bm25(documents_fts, 2.0, 1.0)
             FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
             WHERE documents_fts MATCH ?1
             ORDER BY bm25(documents_fts, 2.0, 1.0)
             LIMIT ?2 OFFSET ?3",
        )?;
        let rows = stmt.query_map(params![query, page.limit as i64, page.offset as i64], |r| {
            Ok(SearchHit {
                id: r.get(0)?,
                title: r.get(1)?,
                outlet: r.get(2)?,
                published: r.get(3)?,
                snippet: r.get(4)?,
                rank: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn is_query_syntax_error(&self, e: &StoreError) -> bool {
        let StoreError::Sqlite(e) = e else {
            return false;
        };
        let msg = e.to_string();
        msg.contains("fts5: syntax error")
            || msg.contains("no such column")
            || msg.contains("unterminated string")
    }
}

/// Turn SQLite's open/first-access failures into messages a user can act on.
fn classify(path: &Path, e: rusqlite::Error) -> StoreError {
    let path = path.to_path_buf();
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => StoreError::NotADatabase { path },
        Some(ErrorCode::ReadOnly) => StoreError::ReadOnly {
            path,
            detail: e.to_string(),
        },
        Some(ErrorCode::CannotOpen) | Some(ErrorCode::PermissionDenied) => StoreError::Open {
            path,
            detail: e.to_string(),
        },
        _ => StoreError::Sqlite(e),
    }
}

fn check_writable(conn: &Connection, path: &Path) -> Result<()> {
    match conn.execute_batch("BEGIN IMMEDIATE; ROLLBACK;") {
        Ok(()) => Ok(()),
        Err(e) => Err(classify(path, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_core::{make_document, DocumentHeader, Extraction};

    fn doc(text: &str, title: &str, published: &str) -> (Document, Extraction) {
        let d = make_document(
            text,
            DocumentHeader {
                title: Some(title.into()),
                outlet: Some("Example Wire".into()),
                published: Some(published.into()),
                ..Default::default()
            },
        );
        let x = dossier_core::extract(&d);
        (d, x)
    }

    fn put(store: &mut Store, docs: &[(Document, Extraction)]) -> BatchOutcome {
        store.put_batch(&Incoming::all(docs, "test")).unwrap()
    }

    #[test]
    fn reingesting_the_same_text_adds_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.db");
        let docs = vec![
            doc(
                "Iran denied sending missiles to Russia.",
                "Denial",
                "2024-09-10",
            ),
            doc(
                "The Kremlin declined to comment on the report.",
                "Kremlin",
                "2024-09-11",
            ),
        ];
        let mut store = Store::open(&path).unwrap();
        assert_eq!(
            put(&mut store, &docs),
            BatchOutcome {
                new: 2,
                duplicates: 0
            }
        );
        drop(store);
        // Same texts with other whitespace, in a new process-like reopen.
        let again = vec![doc(
            "Iran  denied sending missiles to Russia.\n",
            "Other title",
            "2024-09-12",
        )];
        let mut store = Store::open(&path).unwrap();
        assert_eq!(
            put(&mut store, &again),
            BatchOutcome {
                new: 0,
                duplicates: 1
            }
        );
        assert_eq!(store.stats().unwrap().documents, 2);
        // The first title wins: nothing stored was touched.
        let stored = store.document(&docs[0].0.header.id).unwrap().unwrap();
        assert_eq!(stored.document.header.title.as_deref(), Some("Denial"));
        assert_eq!(
            stored.document.text,
            "Iran denied sending missiles to Russia."
        );
    }

    #[test]
    fn search_finds_words_with_snippets_and_survives_bad_syntax() {
        let mut store = Store::open_in_memory().unwrap();
        put(
            &mut store,
            &[
                doc(
                    "Ukraine's air force said it shot down 40 Shahed drones overnight.",
                    "Drones",
                    "2024-10-01",
                ),
                doc(
                    "Sanctions on Iranian airlines were announced by the European Union.",
                    "Sanctions",
                    "2024-10-02",
                ),
            ],
        );
        let hits = store.search("shahed", Page::default()).unwrap();
        assert_eq!(hits.len(), 1);
        assert!(hits[0].snippet.contains("[Shahed]"), "{}", hits[0].snippet);
        let hits = store
            .search("sanctions OR drones", Page::default())
            .unwrap();
        assert_eq!(hits.len(), 2);
        // Unbalanced quote: retried as plain words instead of failing.
        let hits = store.search("\"European Union", Page::default()).unwrap();
        assert_eq!(hits.len(), 1);
        assert!(matches!(
            store.search("\"", Page::default()),
            Err(StoreError::BadQuery(_))
        ));
    }

    #[test]
    fn listing_is_newest_first_and_paged() {
        let mut store = Store::open_in_memory().unwrap();
        put(
            &mut store,
            &[
                doc("First report about the strike.", "A", "2024-01-01"),
                doc("Second report about the strike.", "B", "2024-03-01"),
                doc("Third report about the strike.", "C", "2024-02-01"),
            ],
        );
        let titles = |p| {
            store
                .documents(p)
                .unwrap()
                .into_iter()
                .map(|d| d.title.unwrap())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            titles(Page {
                limit: 10,
                offset: 0
            }),
            ["B", "C", "A"]
        );
        assert_eq!(
            titles(Page {
                limit: 1,
                offset: 1
            }),
            ["C"]
        );
    }

    #[test]
    fn a_file_that_is_not_sqlite_is_refused_clearly() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.db");
        std::fs::write(&path, "these are my notes, not a database\n".repeat(200)).unwrap();
        let err = Store::open(&path).err().expect("must fail");
        assert!(matches!(err, StoreError::NotADatabase { .. }), "{err}");
        assert!(err.to_string().contains("notes.db: not a dossier database"));
        // The file is left as it was.
        assert!(std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("these are my notes"));
    }

    #[test]
    fn migrations_are_recorded_and_idempotent() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.db");
        let v1 = Store::open(&path).unwrap().stats().unwrap().schema_version;
        let v2 = Store::open(&path).unwrap().stats().unwrap().schema_version;
        assert_eq!(v1, migrate::latest());
        assert_eq!(v1, v2);
    }
}
