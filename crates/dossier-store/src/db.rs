//! The one seam between the store's logic and a database driver.
//!
//! Everything the store does (batch writes, the claims ledger and its reassessment, listings,
//! exports) is written once against [`Sql`]; a backend only runs SQL text. Statements are
//! written in the dialect both SQLite and PostgreSQL accept, with `?1`-style numbered
//! parameters: SQLite binds them natively and the PostgreSQL backend rewrites them to `$1`
//! (see [`numbered_to_dollar`]). The few places where the dialects truly differ (full-text
//! search, schema version, how a write transaction starts, row locks) are methods of [`Sql`].

use crate::{Result, StoreError};

/// A value read from a row. Integers are 64-bit whatever the column's declared width.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

/// A parameter bound to a statement.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Param<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
}

impl<'a> From<&'a str> for Param<'a> {
    fn from(s: &'a str) -> Self {
        Param::Text(s)
    }
}
impl<'a> From<&'a String> for Param<'a> {
    fn from(s: &'a String) -> Self {
        Param::Text(s)
    }
}
impl<'a> From<Option<&'a str>> for Param<'a> {
    fn from(s: Option<&'a str>) -> Self {
        s.map_or(Param::Null, Param::Text)
    }
}
impl<'a> From<Option<&'a String>> for Param<'a> {
    fn from(s: Option<&'a String>) -> Self {
        s.map_or(Param::Null, |s| Param::Text(s))
    }
}
impl<'a> From<&'a Option<String>> for Param<'a> {
    fn from(s: &'a Option<String>) -> Self {
        s.as_deref().into()
    }
}
impl From<i64> for Param<'_> {
    fn from(i: i64) -> Self {
        Param::Int(i)
    }
}
impl From<usize> for Param<'_> {
    fn from(i: usize) -> Self {
        Param::Int(i64::try_from(i).unwrap_or(i64::MAX))
    }
}
impl From<f64> for Param<'_> {
    fn from(x: f64) -> Self {
        Param::Real(x)
    }
}
impl From<Option<i64>> for Param<'_> {
    fn from(i: Option<i64>) -> Self {
        i.map_or(Param::Null, Param::Int)
    }
}

/// `p![a, b, c]`: a parameter slice.
macro_rules! p {
    ($($x:expr),* $(,)?) => { &[$($crate::db::Param::from($x)),*][..] };
}
pub(crate) use p;

/// One result row.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Row(pub Vec<Value>);

impl Row {
    fn get(&self, i: usize) -> Result<&Value> {
        self.0
            .get(i)
            .ok_or_else(|| StoreError::Corrupt(format!("row has no column {i}")))
    }

    pub fn opt_text(&self, i: usize) -> Result<Option<String>> {
        match self.get(i)? {
            Value::Null => Ok(None),
            Value::Text(s) => Ok(Some(s.clone())),
            Value::Int(n) => Ok(Some(n.to_string())),
            Value::Real(x) => Ok(Some(x.to_string())),
        }
    }

    pub fn text(&self, i: usize) -> Result<String> {
        self.opt_text(i)?
            .ok_or_else(|| StoreError::Corrupt(format!("column {i} is NULL, text expected")))
    }

    pub fn opt_int(&self, i: usize) -> Result<Option<i64>> {
        match self.get(i)? {
            Value::Null => Ok(None),
            Value::Int(n) => Ok(Some(*n)),
            Value::Real(x) if x.fract() == 0.0 => Ok(Some(*x as i64)),
            v => Err(StoreError::Corrupt(format!(
                "column {i}: integer expected, found {v:?}"
            ))),
        }
    }

    pub fn int(&self, i: usize) -> Result<i64> {
        self.opt_int(i)?
            .ok_or_else(|| StoreError::Corrupt(format!("column {i} is NULL, integer expected")))
    }

    /// A non-negative count.
    pub fn count(&self, i: usize) -> Result<usize> {
        Ok(usize::try_from(self.int(i)?).unwrap_or(0))
    }

    pub fn real(&self, i: usize) -> Result<f64> {
        match self.get(i)? {
            Value::Real(x) => Ok(*x),
            Value::Int(n) => Ok(*n as f64),
            v => Err(StoreError::Corrupt(format!(
                "column {i}: number expected, found {v:?}"
            ))),
        }
    }
}

/// A connection the store's logic can run SQL on.
pub(crate) trait Sql {
    /// Run a query, calling `f` on each row as it arrives.
    fn each(
        &self,
        sql: &str,
        params: &[Param<'_>],
        f: &mut dyn FnMut(Row) -> Result<()>,
    ) -> Result<()>;
    /// Run a statement that returns no rows; the number of rows it changed.
    fn execute(&self, sql: &str, params: &[Param<'_>]) -> Result<u64>;
    /// Start the transaction of one write batch.
    fn begin_write(&self) -> Result<()>;
    fn commit(&self) -> Result<()>;
    fn rollback(&self) -> Result<()>;
    /// Inside a write transaction: wait for, then hold until commit, the right to change the
    /// rows named by these keys (documents, actors, claims). Keys arrive sorted, so concurrent
    /// writers take them in one global order and cannot deadlock. SQLite needs nothing here:
    /// its write transaction already excludes every other writer.
    fn lock_keys(&self, keys: &[i64]) -> Result<()>;
    /// Inside a write transaction: move every committed key of `doc_keys_recent` to `doc_keys`
    /// in key order (migration 11); the number moved. SQLite runs two statements (its write
    /// transaction excludes every other writer); PostgreSQL one, so a concurrent writer's
    /// uncommitted keys are neither moved nor deleted.
    fn merge_doc_keys(&self) -> Result<u64>;
    /// The last schema migration applied.
    fn schema_version(&self) -> Result<i64>;
    /// Full-text search in the backend's own engine, `query` in its own syntax.
    fn search_raw(&self, query: &str, page: crate::Page) -> Result<Vec<crate::SearchHit>>;
    /// Whether `e` says the search query was not valid syntax (the caller retries plain words).
    fn is_query_syntax_error(&self, e: &StoreError) -> bool;
}

impl dyn Sql + '_ {
    /// Every row of a query.
    pub fn query(&self, sql: &str, params: &[Param<'_>]) -> Result<Vec<Row>> {
        let mut rows = Vec::new();
        self.each(sql, params, &mut |r| {
            rows.push(r);
            Ok(())
        })?;
        Ok(rows)
    }

    /// The first row of a query, if any.
    pub fn query_opt(&self, sql: &str, params: &[Param<'_>]) -> Result<Option<Row>> {
        Ok(self.query(sql, params)?.into_iter().next())
    }

    /// The first row of a query that always returns one.
    pub fn query_one(&self, sql: &str, params: &[Param<'_>]) -> Result<Row> {
        self.query_opt(sql, params)?
            .ok_or_else(|| StoreError::Corrupt(format!("no row from {sql}")))
    }

    /// The first column of every row, as text.
    pub fn texts(&self, sql: &str, params: &[Param<'_>]) -> Result<Vec<String>> {
        self.query(sql, params)?.iter().map(|r| r.text(0)).collect()
    }
}

/// A multi-row `INSERT`, sent in chunks: one round trip for many rows instead of one each.
/// `head` is `INSERT INTO t (a, b, c)`, `tail` what follows the values (`ON CONFLICT …`).
/// Rows go in the order they were added, so "first wins" and ingest order hold as if each
/// row were its own statement.
pub(crate) struct Inserter {
    head: &'static str,
    tail: &'static str,
    width: usize,
    values: Vec<Value>,
}

/// Rows per statement: well under SQLite's and PostgreSQL's parameter limits, and few distinct
/// statement texts (one per chunk length) for the statement caches.
const CHUNK_ROWS: usize = 64;

impl Inserter {
    pub fn new(head: &'static str, width: usize, tail: &'static str) -> Inserter {
        Inserter {
            head,
            tail,
            width,
            values: Vec::new(),
        }
    }

    pub fn row(&mut self, row: &[Param<'_>]) {
        debug_assert_eq!(row.len(), self.width, "{}", self.head);
        self.values.extend(row.iter().map(|p| match *p {
            Param::Null => Value::Null,
            Param::Int(i) => Value::Int(i),
            Param::Real(x) => Value::Real(x),
            Param::Text(s) => Value::Text(s.to_string()),
        }));
    }

    /// Send every row added so far; the rows changed.
    pub fn flush(&mut self, db: &dyn Sql) -> Result<u64> {
        let mut changed = 0;
        let width = self.width.max(1);
        for chunk in self.values.chunks(width * CHUNK_ROWS) {
            let rows = chunk.len() / width;
            let mut sql = String::with_capacity(self.head.len() + rows * width * 5 + 32);
            sql.push_str(self.head);
            sql.push_str(" VALUES ");
            for r in 0..rows {
                sql.push_str(if r == 0 { "(" } else { ", (" });
                for c in 0..width {
                    if c > 0 {
                        sql.push_str(", ");
                    }
                    sql.push_str(&format!("?{}", r * width + c + 1));
                }
                sql.push(')');
            }
            sql.push(' ');
            sql.push_str(self.tail);
            let params: Vec<Param<'_>> = chunk
                .iter()
                .map(|v| match v {
                    Value::Null => Param::Null,
                    Value::Int(i) => Param::Int(*i),
                    Value::Real(x) => Param::Real(*x),
                    Value::Text(s) => Param::Text(s),
                })
                .collect();
            changed += db.execute(&sql, &params)?;
        }
        self.values.clear();
        Ok(changed)
    }
}

/// Rewrite `?N` parameters to PostgreSQL's `$N`, leaving string literals, quoted identifiers
/// and comments alone.
pub(crate) fn numbered_to_dollar(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' | '"' => {
                out.push(c);
                for d in chars.by_ref() {
                    out.push(d);
                    if d == c {
                        break;
                    }
                }
            }
            '-' if chars.peek() == Some(&'-') => {
                out.push(c);
                for d in chars.by_ref() {
                    out.push(d);
                    if d == '\n' {
                        break;
                    }
                }
            }
            '?' if chars.peek().is_some_and(char::is_ascii_digit) => out.push('$'),
            _ => out.push(c),
        }
    }
    out
}

/// A stable 64-bit key for a row lock (FNV-1a over a kind tag and the id); equal on every
/// machine and every run, which is what cross-process locking needs.
pub(crate) fn lock_key(kind: u8, id: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in std::iter::once(kind).chain(id.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_parameters_become_dollars_outside_literals() {
        assert_eq!(
            numbered_to_dollar("SELECT '?1', \"a?2\" FROM t WHERE a = ?1 AND b < ?12 -- ?3\n"),
            "SELECT '?1', \"a?2\" FROM t WHERE a = $1 AND b < $12 -- ?3\n"
        );
        assert_eq!(numbered_to_dollar("a ? b"), "a ? b");
    }

    #[test]
    fn lock_keys_are_stable_and_kind_specific() {
        assert_eq!(lock_key(b'c', "abc"), lock_key(b'c', "abc"));
        assert_ne!(lock_key(b'c', "abc"), lock_key(b'd', "abc"));
        // FNV-1a of "a" (a fixed published value): a changed hash would split locks across
        // versions running side by side.
        assert_eq!(lock_key(b'a', "") as u64, 0xaf63_dc4c_8601_ec8c);
    }
}
