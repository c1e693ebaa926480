//! The PostgreSQL backend.
//!
//! It uses the blocking [`postgres`] crate (0.19): the synchronous wrapper, by the same
//! maintainers, around `tokio-postgres` 0.7. The store's callers are synchronous (the CLI, the
//! workers) or already run it on a blocking thread (the web server's `spawn_blocking`), so a
//! blocking client fits them without an async runtime of our own.
//!
//! Several processes may write to one database at once. Each batch is one transaction that
//! first takes transaction-scoped advisory locks on every document, actor and claim it may
//! touch, in one global order (sorted 64-bit keys, see [`crate::db::lock_key`]): two batches
//! touching the same claim run one after the other, the second reassessing from a ledger that
//! includes the first's rows, and no two batches can deadlock. Deadlock or serialization
//! failures reported by the server anyway are retried a few times.

use crate::db::{numbered_to_dollar, Param, Row, Sql, Value};
use crate::{BatchOutcome, Incoming, Page, Result, SearchHit, StoreError};
use bytes::BytesMut;
use postgres::error::SqlState;
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::{IsNull, ToSql, Type};
use postgres::{Client, NoTls, Statement};
use std::cell::RefCell;
use std::collections::HashMap;

/// (version, SQL) in order. Add a migration by appending a file to `migrations/postgres/` and
/// a line here (with its SQLite twin); never edit a released one.
const MIGRATIONS: &[(i64, &str)] = &[
    (1, include_str!("../migrations/postgres/0001_documents.sql")),
    (2, include_str!("../migrations/postgres/0002_claims.sql")),
    (
        3,
        include_str!("../migrations/postgres/0003_board_indexes.sql"),
    ),
    (
        4,
        include_str!("../migrations/postgres/0004_claim_aggregates.sql"),
    ),
    (5, include_str!("../migrations/postgres/0005_watch.sql")),
    (
        6,
        include_str!("../migrations/postgres/0006_text_dates.sql"),
    ),
    (
        7,
        include_str!("../migrations/postgres/0007_integer_keys.sql"),
    ),
    (
        8,
        include_str!("../migrations/postgres/0008_status_changes_doc.sql"),
    ),
    (
        9,
        include_str!("../migrations/postgres/0009_fewer_random_pages.sql"),
    ),
    (
        10,
        include_str!("../migrations/postgres/0010_claim_counts.sql"),
    ),
    (
        11,
        include_str!("../migrations/postgres/0011_document_keys_in_two_runs.sql"),
    ),
];

/// Advisory lock held while migrating (any constant unlikely to collide with row keys' use).
const MIGRATION_LOCK: i64 = 0x646f_7373_6965_7201; // "dossier\x01"

/// How many times a batch is retried after a deadlock or serialization failure.
const RETRIES: u32 = 5;

/// A dossier store in a PostgreSQL database.
pub struct PgStore {
    db: PgDb,
}

/// The connection under the shared store logic.
pub(crate) struct PgDb {
    client: RefCell<Client>,
    statements: RefCell<HashMap<String, Statement>>,
    url: String,
}

impl PgStore {
    /// Connect to `url` (`postgres://user[:password]@host[:port]/database`, or `postgresql://`)
    /// and bring the schema up to date. Safe when several processes open the store at once.
    pub fn open(url: &str) -> Result<PgStore> {
        let shown = redact_url(url);
        let fail = |detail: String| StoreError::PgOpen {
            url: shown.clone(),
            detail,
        };
        let mut client = Client::connect(url, NoTls).map_err(|e| fail(error_detail(&e)))?;
        migrate(&mut client, &shown).map_err(|e| match e {
            StoreError::Postgres(e) => fail(error_detail(&e)),
            e => e,
        })?;
        Ok(PgStore {
            db: PgDb {
                client: RefCell::new(client),
                statements: RefCell::new(HashMap::new()),
                url: shown,
            },
        })
    }

    /// The database URL without its password, for messages.
    pub fn location(&self) -> String {
        self.db.url.clone()
    }

    /// One part of a group: here its own transaction ([`PgStore::put_batch`]), whatever `end`.
    /// A transaction kept open across parts would take each part's row locks in its own order,
    /// so two writers could deadlock, and a retry would need the earlier parts again; ingest
    /// hands PostgreSQL a whole group at once instead (`streams_groups`).
    pub fn put_part(&mut self, batch: &[Incoming<'_>], _end: bool) -> Result<BatchOutcome> {
        self.put_batch(batch)
    }

    /// See [`crate::Backend::streams_groups`].
    pub const STREAMS_GROUPS: bool = false;

    /// Nothing to roll back: every part was its own transaction.
    pub fn abort_group(&mut self) {}

    /// Store a batch of extracted documents in one transaction. Documents already present (same
    /// id, stored by this or any other process) are counted as duplicates and left untouched.
    pub fn put_batch(&mut self, batch: &[Incoming<'_>]) -> Result<BatchOutcome> {
        let mut attempt = 0;
        loop {
            match crate::documents::put_batch(&self.db, batch) {
                Err(StoreError::Postgres(e)) if attempt < RETRIES && is_transient(&e) => {
                    attempt += 1;
                    std::thread::sleep(std::time::Duration::from_millis(20 * u64::from(attempt)));
                }
                other => return other,
            }
        }
    }
}

crate::backend::store_api!(PgStore);

fn is_transient(e: &postgres::Error) -> bool {
    matches!(
        e.code(),
        Some(c) if *c == SqlState::T_R_DEADLOCK_DETECTED || *c == SqlState::T_R_SERIALIZATION_FAILURE
    )
}

/// The server's own message when there is one (`password authentication failed …`), else the
/// client's (`error connecting to server: Connection refused`).
fn error_detail(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => db.message().to_string(),
        None => e.to_string(),
    }
}

/// Apply, in one transaction under an advisory lock, every migration newer than the database.
fn migrate(client: &mut Client, shown: &str) -> Result<()> {
    let latest = MIGRATIONS.last().map_or(0, |m| m.0);
    // Fast path (every web request opens the store): already up to date, no lock needed.
    let exists: bool = client
        .query_one("SELECT to_regclass('schema_migrations') IS NOT NULL", &[])?
        .try_get(0)?;
    if exists {
        let found: i64 = client
            .query_one(
                "SELECT coalesce(max(version), 0)::bigint FROM schema_migrations",
                &[],
            )?
            .try_get(0)?;
        if found == latest {
            return Ok(());
        }
    }
    let mut tx = client.transaction()?;
    tx.query(
        "SELECT pg_advisory_xact_lock($1::bigint)",
        &[&MIGRATION_LOCK],
    )?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
             version    BIGINT PRIMARY KEY,
             applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
         )",
    )?;
    let found: i64 = tx
        .query_one(
            "SELECT coalesce(max(version), 0)::bigint FROM schema_migrations",
            &[],
        )?
        .try_get(0)?;
    if found > latest {
        return Err(StoreError::TooNew {
            path: shown.into(),
            found,
            supported: latest,
        });
    }
    for &(version, sql) in MIGRATIONS.iter().filter(|m| m.0 > found) {
        tx.batch_execute(sql)?;
        tx.execute(
            "INSERT INTO schema_migrations (version) VALUES ($1)",
            &[&version],
        )?;
    }
    tx.commit()?;
    Ok(())
}

/// `url` with any password replaced by `***` (in the user-info part and in a `password=`
/// query parameter), so messages can name the database safely.
pub fn redact_url(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_string();
    };
    let (scheme, rest) = url.split_at(scheme_end + 3);
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let authority = match authority.rfind('@') {
        Some(at) => {
            let (userinfo, host) = authority.split_at(at);
            match userinfo.find(':') {
                Some(colon) => format!("{}:***{host}", &userinfo[..colon]),
                None => authority.to_string(),
            }
        }
        None => authority.to_string(),
    };
    let tail = match tail.split_once('?') {
        Some((path, query)) => {
            let query: Vec<String> = query
                .split('&')
                .map(|kv| match kv.split_once('=') {
                    Some((k, _)) if k.eq_ignore_ascii_case("password") => format!("{k}=***"),
                    _ => kv.to_string(),
                })
                .collect();
            format!("{path}?{}", query.join("&"))
        }
        None => tail.to_string(),
    };
    format!("{scheme}{authority}{tail}")
}

/// A shared parameter as PostgreSQL wants it for the type the server inferred.
#[derive(Debug)]
struct PgParam<'a>(Param<'a>);

impl ToSql for PgParam<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut BytesMut,
    ) -> std::result::Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self.0 {
            Param::Null => Ok(IsNull::Yes),
            Param::Int(i) => match *ty {
                Type::INT8 => i.to_sql(ty, out),
                Type::INT4 => i32::try_from(i)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(i)?.to_sql(ty, out),
                Type::FLOAT8 => (i as f64).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR => i.to_string().as_str().to_sql(ty, out),
                _ => Err(format!("cannot send an integer as {ty}").into()),
            },
            Param::Real(x) => match *ty {
                Type::FLOAT8 => x.to_sql(ty, out),
                Type::FLOAT4 => (x as f32).to_sql(ty, out),
                _ => Err(format!("cannot send a number as {ty}").into()),
            },
            // PostgreSQL text cannot hold NUL; U+FFFD keeps code-point offsets unchanged.
            Param::Text(s) if s.contains('\0') => s.replace('\0', "\u{FFFD}").to_sql(ty, out),
            Param::Text(s) => s.to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

impl PgDb {
    fn client(&self) -> Result<std::cell::RefMut<'_, Client>> {
        self.client
            .try_borrow_mut()
            .map_err(|_| StoreError::Reentrant)
    }

    fn prepare(&self, client: &mut Client, sql: &str) -> Result<Statement> {
        let mut cache = self
            .statements
            .try_borrow_mut()
            .map_err(|_| StoreError::Reentrant)?;
        if let Some(s) = cache.get(sql) {
            return Ok(s.clone());
        }
        let stmt = client.prepare(&numbered_to_dollar(sql))?;
        cache.insert(sql.to_string(), stmt.clone());
        Ok(stmt)
    }
}

fn row_values(row: &postgres::Row) -> Result<Row> {
    let mut out = Vec::with_capacity(row.len());
    for (i, col) in row.columns().iter().enumerate() {
        let v = match *col.type_() {
            Type::VOID => None,
            Type::INT8 => row.try_get::<_, Option<i64>>(i)?.map(Value::Int),
            Type::INT4 => row
                .try_get::<_, Option<i32>>(i)?
                .map(|n| Value::Int(n.into())),
            Type::INT2 => row
                .try_get::<_, Option<i16>>(i)?
                .map(|n| Value::Int(n.into())),
            Type::BOOL => row
                .try_get::<_, Option<bool>>(i)?
                .map(|b| Value::Int(b.into())),
            Type::FLOAT8 => row.try_get::<_, Option<f64>>(i)?.map(Value::Real),
            Type::FLOAT4 => row
                .try_get::<_, Option<f32>>(i)?
                .map(|x| Value::Real(x.into())),
            _ => row.try_get::<_, Option<String>>(i)?.map(Value::Text),
        };
        out.push(v.unwrap_or(Value::Null));
    }
    Ok(Row(out))
}

impl Sql for PgDb {
    fn each(
        &self,
        sql: &str,
        params: &[Param<'_>],
        f: &mut dyn FnMut(Row) -> Result<()>,
    ) -> Result<()> {
        let mut client = self.client()?;
        let stmt = self.prepare(&mut client, sql)?;
        let params: Vec<PgParam> = params.iter().map(|p| PgParam(*p)).collect();
        let mut rows = client.query_raw(&stmt, params.iter().map(|p| p as &dyn ToSql))?;
        while let Some(row) = rows.next()? {
            f(row_values(&row)?)?;
        }
        Ok(())
    }

    fn execute(&self, sql: &str, params: &[Param<'_>]) -> Result<u64> {
        let mut client = self.client()?;
        let stmt = self.prepare(&mut client, sql)?;
        let params: Vec<PgParam> = params.iter().map(|p| PgParam(*p)).collect();
        let refs: Vec<&(dyn ToSql + Sync)> =
            params.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
        Ok(client.execute(&stmt, &refs)?)
    }

    fn begin_write(&self) -> Result<()> {
        Ok(self.client()?.batch_execute("BEGIN")?)
    }

    fn commit(&self) -> Result<()> {
        Ok(self.client()?.batch_execute("COMMIT")?)
    }

    fn rollback(&self) -> Result<()> {
        Ok(self.client()?.batch_execute("ROLLBACK")?)
    }

    fn lock_keys(&self, keys: &[i64]) -> Result<()> {
        // unnest yields the (sorted) keys in order and the locks are taken one row at a time.
        self.client()?.query(
            "SELECT pg_advisory_xact_lock(k) FROM unnest($1::bigint[]) AS k",
            &[&keys],
        )?;
        Ok(())
    }

    fn merge_doc_keys(&self) -> Result<u64> {
        Ok(self.client()?.execute(
            "WITH moved AS (DELETE FROM doc_keys_recent RETURNING idh, doc)
             INSERT INTO doc_keys (idh, doc) SELECT idh, doc FROM moved ORDER BY idh, doc",
            &[],
        )?)
    }

    fn schema_version(&self) -> Result<i64> {
        Ok(self
            .client()?
            .query_one(
                "SELECT coalesce(max(version), 0)::bigint FROM schema_migrations",
                &[],
            )?
            .try_get(0)?)
    }

    fn search_raw(&self, query: &str, page: Page) -> Result<Vec<SearchHit>> {
        let query = fts5_to_websearch(query);
        let query = query.as_str();
        let db: &dyn Sql = self;
        db.query(
            "SELECT d.id, d.title, d.outlet, d.published,
                    ts_headline('simple', d.text, q,
                                'StartSel=\"[\", StopSel=\"]\", MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=\"…\"'),
                    CAST(-ts_rank(d.tsv, q) AS DOUBLE PRECISION)
             FROM documents d, websearch_to_tsquery('simple', ?1) AS q
             WHERE d.tsv @@ q
             ORDER BY ts_rank(d.tsv, q) DESC, d.rowid
             LIMIT ?2 OFFSET ?3",
            crate::db::p![query, page.limit, page.offset],
        )?
        .iter()
        .map(|r| {
            Ok(SearchHit {
                id: r.text(0)?,
                title: r.opt_text(1)?,
                outlet: r.opt_text(2)?,
                published: r.opt_text(3)?,
                snippet: r.text(4)?,
                rank: r.real(5)?,
            })
        })
        .collect()
    }

    fn is_query_syntax_error(&self, e: &StoreError) -> bool {
        // websearch_to_tsquery accepts any text; kept for symmetry with FTS5.
        matches!(e, StoreError::Postgres(e) if e.code() == Some(&SqlState::SYNTAX_ERROR))
    }
}

/// The FTS5 query syntax the CLI documents, in `websearch_to_tsquery`'s terms: `AND` is
/// implicit, `NOT word` is `-word`, `OR` and "phrases" are the same. A `prefix*` has no
/// web-search form and matches the whole word only.
fn fts5_to_websearch(q: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut negate = false;
    let mut in_quote = false;
    for token in q.split_whitespace() {
        let quotes = token.matches('"').count();
        if in_quote {
            out.push(token.to_string());
            in_quote = quotes % 2 == 0;
            continue;
        }
        match token {
            "AND" => continue,
            "NOT" => {
                negate = true;
                continue;
            }
            _ => {}
        }
        let word = token.strip_suffix('*').unwrap_or(token);
        out.push(if negate {
            format!("-{word}")
        } else {
            word.to_string()
        });
        negate = false;
        in_quote = quotes % 2 == 1;
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fts5_queries_read_as_web_search() {
        assert_eq!(
            fts5_to_websearch("\"ballistic missiles\" AND Iran"),
            "\"ballistic missiles\" Iran"
        );
        assert_eq!(fts5_to_websearch("drones NOT shahed"), "drones -shahed");
        assert_eq!(fts5_to_websearch("sanction* OR iran"), "sanction OR iran");
        // Words inside a phrase are left alone.
        assert_eq!(fts5_to_websearch("\"not AND\" x"), "\"not AND\" x");
    }

    /// A batch touching a claim waits while another transaction holds that claim's lock, and
    /// goes through once it is released: the lock that keeps concurrent reassessments apart.
    #[test]
    fn a_batch_waits_for_the_claims_it_touches() {
        let Some(pg) = crate::testing::TempPg::new() else {
            return;
        };
        let text = "Ukrainian intelligence said Iran sent ballistic missiles to Russia.";
        let make = || {
            let d = dossier_core::make_document(
                text,
                dossier_core::DocumentHeader {
                    published: Some("2024-09-06".into()),
                    ..Default::default()
                },
            );
            let x = dossier_core::extract(&d);
            (d, x)
        };
        let (d, x) = make();
        let lex = dossier_core::claims::ClaimLexicon::embedded();
        let claims = dossier_core::claims::doc_claims(&x, lex);
        let key = &claims
            .first()
            .expect("the sentence makes a claim")
            .claim
            .key;
        let mut holder = Client::connect(&pg.url, NoTls).unwrap();
        holder
            .query(
                "SELECT pg_advisory_lock($1)",
                &[&crate::db::lock_key(b'c', key)],
            )
            .unwrap();
        let url = pg.url.clone();
        let writer = std::thread::spawn(move || {
            let (d, x) = make();
            let mut store = PgStore::open(&url).unwrap();
            store.put_batch(&[Incoming {
                document: &d,
                extraction: &x,
                origin: "test",
            }])
        });
        std::thread::sleep(std::time::Duration::from_millis(400));
        let reader = PgStore::open(&pg.url).unwrap();
        assert!(
            !writer.is_finished(),
            "the batch did not wait for the claim"
        );
        assert!(!reader.contains(&d.header.id).unwrap());
        holder
            .query(
                "SELECT pg_advisory_unlock($1)",
                &[&crate::db::lock_key(b'c', key)],
            )
            .unwrap();
        let outcome = writer.join().unwrap().unwrap();
        assert_eq!(outcome.new, 1);
        assert!(reader.contains(&d.header.id).unwrap());
        assert_eq!(reader.claim(key).unwrap().unwrap().ledger.len(), 1);
    }

    #[test]
    fn passwords_never_reach_messages() {
        assert_eq!(
            redact_url("postgres://ana:s3cret@db.example:5432/news"),
            "postgres://ana:***@db.example:5432/news"
        );
        assert_eq!(
            redact_url("postgresql://ana@db/news?password=s3cret&sslmode=disable"),
            "postgresql://ana@db/news?password=***&sslmode=disable"
        );
        assert_eq!(
            redact_url("postgres://db.example/news"),
            "postgres://db.example/news"
        );
        // A password containing '@' or ':' is still hidden whole.
        assert_eq!(
            redact_url("postgres://ana:p@ss:w@db/news"),
            "postgres://ana:***@db/news"
        );
    }
}
