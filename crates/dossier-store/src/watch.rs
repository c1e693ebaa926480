//! State of `dossier watch` (every backend; tables of migration 0005): feeds with their
//! conditional-GET validators and last poll, article pages fetched (so none is fetched twice,
//! across restarts), and the alerts sent. Plain upserts in the dialect both databases accept.

use crate::db::{p, Row, Sql};
use crate::{Page, Result};
use serde::Serialize;

/// A watched feed and its last poll.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FeedState {
    pub url: String,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// RFC 3339, UTC.
    pub last_poll: Option<String>,
    /// HTTP status of the last poll (None: no response at all).
    pub last_status: Option<u16>,
    /// Why the last poll failed (None when it did not).
    pub last_error: Option<String>,
    pub polls: u64,
    pub items_new: u64,
    pub errors: u64,
}

/// What one poll of a feed found, to be recorded.
#[derive(Debug, Clone, Copy, Default)]
pub struct FeedPoll<'a> {
    pub url: &'a str,
    /// New validators; `None` keeps the stored ones (a 304 or a failed poll sends none).
    pub etag: Option<&'a str>,
    pub last_modified: Option<&'a str>,
    pub at: &'a str,
    pub status: Option<u16>,
    pub error: Option<&'a str>,
    pub items_new: usize,
}

/// An article page the watcher has dealt with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemState {
    pub url: String,
    pub feed_url: String,
    pub fetched_at: String,
    /// `ingested`, `duplicate` (text already stored), `failed` (permanent: never retried) or
    /// `retry` (transient failure: fetched again at a later poll, a bounded number of times).
    pub status: String,
    pub http_status: Option<u16>,
    pub doc_id: Option<String>,
    pub error: Option<String>,
    pub attempts: u32,
}

/// An alert as sent: the JSON line, when it was detected, the claim it is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SentAlert {
    pub detected_at: String,
    pub claim: String,
    pub alert: String,
}

fn status_code(v: Option<i64>) -> Option<u16> {
    v.and_then(|n| u16::try_from(n).ok())
}

fn count(r: &Row, i: usize) -> Result<u64> {
    Ok(u64::try_from(r.int(i)?).unwrap_or(0))
}

fn feed_row(r: &Row) -> Result<FeedState> {
    Ok(FeedState {
        url: r.text(0)?,
        etag: r.opt_text(1)?,
        last_modified: r.opt_text(2)?,
        last_poll: r.opt_text(3)?,
        last_status: status_code(r.opt_int(4)?),
        last_error: r.opt_text(5)?,
        polls: count(r, 6)?,
        items_new: count(r, 7)?,
        errors: count(r, 8)?,
    })
}

const FEED_COLUMNS: &str =
    "url, etag, last_modified, last_poll, last_status, last_error, polls, items_new, errors";

/// One feed's state, if it was ever polled.
pub(crate) fn feed(db: &dyn Sql, url: &str) -> Result<Option<FeedState>> {
    db.query_opt(
        &format!("SELECT {FEED_COLUMNS} FROM watch_feeds WHERE url = ?1"),
        p![url],
    )?
    .as_ref()
    .map(feed_row)
    .transpose()
}

/// Every feed ever polled, by URL.
pub(crate) fn feeds(db: &dyn Sql) -> Result<Vec<FeedState>> {
    db.query(
        &format!("SELECT {FEED_COLUMNS} FROM watch_feeds ORDER BY url"),
        p![],
    )?
    .iter()
    .map(feed_row)
    .collect()
}

/// Record a poll: counters added, validators replaced only when the poll sent new ones.
pub(crate) fn record_poll(db: &dyn Sql, poll: &FeedPoll<'_>) -> Result<()> {
    let failed = i64::from(poll.error.is_some());
    db.execute(
        "INSERT INTO watch_feeds (url, etag, last_modified, last_poll, last_status, last_error, polls, items_new, errors)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, ?7, ?8)
         ON CONFLICT (url) DO UPDATE SET
             etag = coalesce(excluded.etag, watch_feeds.etag),
             last_modified = coalesce(excluded.last_modified, watch_feeds.last_modified),
             last_poll = excluded.last_poll,
             last_status = excluded.last_status,
             last_error = excluded.last_error,
             polls = watch_feeds.polls + 1,
             items_new = watch_feeds.items_new + excluded.items_new,
             errors = watch_feeds.errors + excluded.errors",
        p![
            poll.url,
            poll.etag,
            poll.last_modified,
            poll.at,
            poll.status.map(i64::from),
            poll.error,
            poll.items_new,
            failed
        ],
    )?;
    Ok(())
}

fn item_row(r: &Row) -> Result<ItemState> {
    Ok(ItemState {
        url: r.text(0)?,
        feed_url: r.text(1)?,
        fetched_at: r.text(2)?,
        status: r.text(3)?,
        http_status: status_code(r.opt_int(4)?),
        doc_id: r.opt_text(5)?,
        error: r.opt_text(6)?,
        attempts: u32::try_from(r.int(7)?).unwrap_or(u32::MAX),
    })
}

/// What the watcher did with an article page, if anything.
pub(crate) fn item(db: &dyn Sql, url: &str) -> Result<Option<ItemState>> {
    db.query_opt(
        "SELECT url, feed_url, fetched_at, status, http_status, doc_id, error, attempts
         FROM watch_items WHERE url = ?1",
        p![url],
    )?
    .as_ref()
    .map(item_row)
    .transpose()
}

/// Pages of a feed, most recently fetched first.
pub(crate) fn items(db: &dyn Sql, feed_url: &str, page: Page) -> Result<Vec<ItemState>> {
    db.query(
        "SELECT url, feed_url, fetched_at, status, http_status, doc_id, error, attempts
         FROM watch_items WHERE feed_url = ?1 ORDER BY fetched_at DESC, url LIMIT ?2 OFFSET ?3",
        p![feed_url, page.limit, page.offset],
    )?
    .iter()
    .map(item_row)
    .collect()
}

/// A feed's pages to retry and the sitemaps it lists (status `retry` or `sitemap`): what a poll
/// of an unchanged feed reads, in time independent of the feed's other pages.
pub(crate) fn pending(db: &dyn Sql, feed_url: &str) -> Result<Vec<ItemState>> {
    db.query(
        "SELECT url, feed_url, fetched_at, status, http_status, doc_id, error, attempts
         FROM watch_items WHERE feed_url = ?1 AND status IN ('retry', 'sitemap') ORDER BY url",
        p![feed_url],
    )?
    .iter()
    .map(item_row)
    .collect()
}

/// Record what was done with a page (attempts counted across polls).
pub(crate) fn record_item(db: &dyn Sql, item: &ItemState) -> Result<()> {
    db.execute(
        "INSERT INTO watch_items (url, feed_url, fetched_at, status, http_status, doc_id, error, attempts)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1)
         ON CONFLICT (url) DO UPDATE SET
             fetched_at = excluded.fetched_at,
             status = excluded.status,
             http_status = excluded.http_status,
             doc_id = excluded.doc_id,
             error = excluded.error,
             attempts = watch_items.attempts + 1",
        p![
            &item.url,
            &item.feed_url,
            &item.fetched_at,
            &item.status,
            item.http_status.map(i64::from),
            &item.doc_id,
            &item.error
        ],
    )?;
    Ok(())
}

/// Keep an alert that was sent.
pub(crate) fn record_alert(db: &dyn Sql, alert: &SentAlert) -> Result<()> {
    db.execute(
        "INSERT INTO watch_alerts (detected_at, claim_key, alert) VALUES (?1, ?2, ?3)",
        p![&alert.detected_at, &alert.claim, &alert.alert],
    )?;
    Ok(())
}

/// Alerts sent, newest first.
pub(crate) fn alerts(db: &dyn Sql, page: Page) -> Result<Vec<SentAlert>> {
    db.query(
        "SELECT detected_at, claim_key, alert FROM watch_alerts ORDER BY id DESC LIMIT ?1 OFFSET ?2",
        p![page.limit, page.offset],
    )?
    .iter()
    .map(|r| {
        Ok(SentAlert {
            detected_at: r.text(0)?,
            claim: r.text(1)?,
            alert: r.text(2)?,
        })
    })
    .collect()
}
