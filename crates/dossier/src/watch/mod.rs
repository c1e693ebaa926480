//! `dossier watch`: poll feeds and sitemaps, fetch each new article page once, ingest it, and
//! print one JSON alert per claim status change it causes.
//!
//! One thread, one request at a time (politeness makes concurrency pointless per host; feeds
//! of different hosts are polled in turn). State lives in the store (migration 0005): feed
//! validators for conditional GET, every page dealt with (never fetched twice: a restart
//! resumes), alerts sent. Failures are reported on stderr as `watch: URL: reason` and never
//! stop the loop; only a store error does. SIGINT/SIGTERM stop it between two requests.

pub mod alert;
pub mod http;
pub mod items;
pub mod robots;
pub mod soak;

use crate::cli::WatchArgs;
use crate::pipeline::extract_one;
use alert::{new_changes, Alert, WatchList};
use anyhow::{Context, Result};
use dossier_core::ledger::StatusChange;
use dossier_core::lexicon::Lexicon;
use dossier_core::Document;
use dossier_store::{Backend, FeedPoll, Incoming, ItemState, SentAlert};
use http::{FetchError, Http};
use items::FeedItem;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::io::Write;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// How deep sitemap indexes are followed: an index's sitemaps (1), an index listed by an
/// index (2); deeper ones are reported and not followed.
pub const MAX_SITEMAP_DEPTH: usize = 2;
/// How many child sitemaps of one index are followed (the rest are reported).
pub const MAX_SITEMAPS: usize = 100;

/// A claim read without its ledger rows (timeline and names only).
const NO_ROWS: dossier_store::Page = dossier_store::Page {
    limit: 0,
    offset: 0,
};
/// Ledger rows read whole for an alert's evidence; longer ledgers give their standing rows.
const ALERT_ROWS: usize = 200;

/// `watch_items` status of a child sitemap remembered under its index.
const SITEMAP: &str = "sitemap";

/// Set by SIGINT/SIGTERM.
static STOP: AtomicBool = AtomicBool::new(false);

extern "C" fn on_signal(_: libc::c_int) {
    STOP.store(true, Ordering::SeqCst);
}

fn install_signal_handlers() {
    // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
    unsafe {
        let handler = on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
        libc::signal(libc::SIGINT, handler);
        libc::signal(libc::SIGTERM, handler);
    }
}

/// A feed to poll.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Source {
    Url(String),
    File(std::path::PathBuf),
}

impl Source {
    fn key(&self) -> String {
        match self {
            Source::Url(u) => u.clone(),
            Source::File(p) => p.display().to_string(),
        }
    }
}

/// Counters of one poll (or of the whole run).
#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    pub feeds_polled: usize,
    pub not_modified: usize,
    pub pages_fetched: usize,
    pub ingested: usize,
    pub duplicates: usize,
    pub failures: usize,
    pub alerts: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.feeds_polled += o.feeds_polled;
        self.not_modified += o.not_modified;
        self.pages_fetched += o.pages_fetched;
        self.ingested += o.ingested;
        self.duplicates += o.duplicates;
        self.failures += o.failures;
        self.alerts += o.alerts;
    }
}

impl std::fmt::Display for Tally {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} feeds polled ({} unchanged), {} pages fetched, {} ingested, {} duplicates, {} failures, {} alerts",
            self.feeds_polled,
            self.not_modified,
            self.pages_fetched,
            self.ingested,
            self.duplicates,
            self.failures,
            self.alerts
        )
    }
}

pub fn run(args: WatchArgs) -> Result<ExitCode> {
    let sources = sources(&args)?;
    if sources.is_empty() {
        eprintln!("error: nothing to watch: give feed URLs or files, or --feeds FILE");
        return Ok(ExitCode::from(2));
    }
    if args.interval == 0 && args.polls.is_none() {
        eprintln!("error: --interval 0 needs --polls N (it would poll without pause forever)");
        return Ok(ExitCode::from(2));
    }
    anyhow::ensure!(
        args.timeout.is_finite() && args.timeout > 0.0,
        "--timeout must be a positive number of seconds"
    );
    if let Some(hook) = &args.alerts_webhook {
        http::split(hook).map_err(|e| anyhow::anyhow!("--alerts-webhook: {e}"))?;
    }
    install_signal_handlers();
    let store = crate::open(&args.db.db)?;
    let mut w = Watcher {
        store,
        http: Http::new(http::Config {
            timeout: Duration::from_secs_f64(args.timeout),
            min_delay: Duration::from_millis(args.min_delay_ms),
            max_wait: Duration::from_secs(args.max_wait),
            max_backoff: Duration::from_secs(6 * 3600),
            user_agent: args.user_agent.clone(),
            max_bytes: 32 << 20,
            robots: !args.ignore_robots,
        }),
        lexicon: Lexicon::embedded(),
        list: WatchList {
            claims: args.claims.clone(),
            actor: args.actor.clone(),
        },
        webhook: args.alerts_webhook.clone(),
        max_attempts: args.max_attempts.max(1),
        stop: &STOP,
    };
    let mut total = Tally::default();
    let mut polls = 0u64;
    loop {
        polls += 1;
        let t = w.poll(&sources)?;
        if !args.quiet {
            eprintln!("watch: poll {polls}: {t}");
        }
        total.add(&t);
        if args.polls.is_some_and(|n| polls >= n) || STOP.load(Ordering::Relaxed) {
            break;
        }
        if http::sleep(Duration::from_secs(args.interval), &STOP).is_err() {
            break;
        }
    }
    eprintln!(
        "watch: stopped after {polls} polls{}: {total}; {} requests",
        if STOP.load(Ordering::Relaxed) {
            " (signal)"
        } else {
            ""
        },
        w.http.requests
    );
    Ok(ExitCode::SUCCESS)
}

/// The positional sources, then those of `--feeds FILE`, without repeats.
fn sources(args: &WatchArgs) -> Result<Vec<Source>> {
    let mut raw: Vec<String> = args.sources.clone();
    if let Some(path) = &args.feeds {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("{}: cannot read the feed list", path.display()))?;
        raw.extend(
            text.lines()
                .map(|l| l.split('#').next().unwrap_or("").trim())
                .filter(|l| !l.is_empty())
                .map(str::to_string),
        );
    }
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for s in raw {
        if !seen.insert(s.clone()) {
            continue;
        }
        if s.starts_with("http://") || s.starts_with("https://") {
            http::split(&s).map_err(|e| anyhow::anyhow!("{s}: {e}"))?;
            out.push(Source::Url(s));
        } else {
            let p = std::path::PathBuf::from(&s);
            anyhow::ensure!(p.is_file(), "{s}: not an http(s) URL nor a readable file");
            out.push(Source::File(p));
        }
    }
    Ok(out)
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// What a polled body lists: the sitemaps of a sitemap index, or article pages (from a feed or
/// a sitemap).
enum Listing {
    Sitemaps(Vec<String>),
    Pages(Vec<FeedItem>),
}

/// A failure, on one line: what and why.
fn report(url: &str, why: impl std::fmt::Display) {
    eprintln!("watch: {url}: {why}");
}

pub struct Watcher<'s> {
    pub store: Box<dyn Backend>,
    pub http: Http,
    pub lexicon: &'static Lexicon,
    pub list: WatchList,
    pub webhook: Option<String>,
    pub max_attempts: u32,
    pub stop: &'s AtomicBool,
}

/// A fetched feed body, or why there is none to read.
enum Polled {
    Body {
        body: Vec<u8>,
        etag: Option<String>,
        last_modified: Option<String>,
        status: Option<u16>,
    },
    NotModified(Option<u16>),
    Failed(Option<u16>, String),
    Stopped,
}

impl Watcher<'_> {
    fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    /// Poll every source once.
    fn poll(&mut self, sources: &[Source]) -> Result<Tally> {
        let mut t = Tally::default();
        for s in sources {
            if self.stopped() {
                break;
            }
            self.poll_feed(s, 0, &mut t)?;
        }
        Ok(t)
    }

    /// Poll one feed or sitemap; `depth` is how many sitemap indexes led to it.
    fn poll_feed(&mut self, source: &Source, depth: usize, t: &mut Tally) -> Result<()> {
        let key = source.key();
        let state = self.store.watch_feed(&key)?.unwrap_or_default();
        let polled = match source {
            Source::Url(url) => match self.http.get(
                url,
                state.etag.as_deref(),
                state.last_modified.as_deref(),
                self.stop,
            ) {
                Err(FetchError::Stopped) => Polled::Stopped,
                Err(e) => Polled::Failed(None, e.to_string()),
                Ok(r) if r.status == 304 => Polled::NotModified(Some(304)),
                Ok(r) if r.status == 200 => Polled::Body {
                    body: r.body,
                    etag: r.etag,
                    last_modified: r.last_modified,
                    status: Some(200),
                },
                Ok(r) => Polled::Failed(Some(r.status), status_reason(r.status, r.retry_after)),
            },
            Source::File(path) => read_file(path, state.etag.as_deref()),
        };
        t.feeds_polled += 1;
        let mut poll = FeedPoll {
            url: &key,
            ..FeedPoll::default()
        };
        let at = now();
        poll.at = &at;
        match polled {
            Polled::Stopped => return Ok(()),
            Polled::NotModified(status) => {
                t.not_modified += 1;
                // Pages that failed for a passing reason are retried even if the feed is as it was.
                let known = self.store.watch_pending(&key)?;
                // An unchanged sitemap index: its sitemaps are polled (conditionally) all the same.
                let sitemaps: Vec<String> = known
                    .iter()
                    .filter(|i| i.status == SITEMAP)
                    .map(|i| i.url.clone())
                    .collect();
                let retry: Vec<FeedItem> = known
                    .into_iter()
                    .filter(|i| i.status == "retry" && i.attempts < self.max_attempts)
                    .map(|i| FeedItem {
                        link: i.url,
                        title: None,
                        published: None,
                    })
                    .collect();
                let before = t.ingested;
                if !retry.is_empty() {
                    self.items(&key, &retry, t)?;
                }
                self.sitemaps(&key, &sitemaps, depth, t)?;
                poll.items_new = t.ingested - before;
                poll.status = status;
                self.store.watch_record_poll(&poll)?;
            }
            Polled::Failed(status, why) => {
                t.failures += 1;
                report(&key, &why);
                poll.status = status;
                poll.error = Some(&why);
                self.store.watch_record_poll(&poll)?;
            }
            Polled::Body {
                body,
                etag,
                last_modified,
                status,
            } => {
                // A sitemap index lists sitemaps; any other body is a feed or a sitemap of pages.
                let listing = match items::sitemap_index(&body) {
                    Some(index) => index.map(Listing::Sitemaps),
                    None => items::parse(&body).map(Listing::Pages),
                };
                drop(body);
                match listing {
                    Err(why) => {
                        // Validators are not kept: the next poll reads the whole feed again.
                        t.failures += 1;
                        report(&key, &why);
                        poll.status = status;
                        poll.error = Some(&why);
                        self.store.watch_record_poll(&poll)?;
                    }
                    Ok(listing) => {
                        let before = t.ingested;
                        match listing {
                            Listing::Sitemaps(children) => {
                                let children = self.index_children(&key, children, t)?;
                                self.sitemaps(&key, &children, depth, t)?;
                            }
                            Listing::Pages(mut list) => {
                                for item in &mut list {
                                    item.link = items::absolute(&item.link, &key);
                                }
                                self.items(&key, &list, t)?;
                            }
                        }
                        // An index's count is what its sitemaps brought in.
                        poll.items_new = t.ingested - before;
                        poll.status = status;
                        poll.etag = etag.as_deref();
                        poll.last_modified = last_modified.as_deref();
                        self.store.watch_record_poll(&poll)?;
                    }
                }
            }
        }
        Ok(())
    }

    /// The child sitemaps of an index, absolute and fetchable, at most [`MAX_SITEMAPS`]; each
    /// new one is remembered (a `sitemap` row under the index) so that a restart whose first
    /// poll of the index is a 304 still polls them.
    fn index_children(
        &mut self,
        index: &str,
        children: Vec<String>,
        t: &mut Tally,
    ) -> Result<Vec<String>> {
        let mut out: Vec<String> = Vec::new();
        for c in children {
            let c = items::absolute(&c, index);
            if let Err(e) = http::split(&c) {
                t.failures += 1;
                report(index, format!("sitemap {c}: {e}"));
                continue;
            }
            if out.contains(&c) {
                continue;
            }
            if out.len() == MAX_SITEMAPS {
                t.failures += 1;
                report(
                    index,
                    format!("lists more than {MAX_SITEMAPS} sitemaps: the first {MAX_SITEMAPS} are followed"),
                );
                break;
            }
            if self.store.watch_item(&c)?.is_none() {
                self.store.watch_record_item(&ItemState {
                    url: c.clone(),
                    feed_url: index.to_string(),
                    fetched_at: now(),
                    status: SITEMAP.to_string(),
                    http_status: None,
                    doc_id: None,
                    error: None,
                    attempts: 1,
                })?;
            }
            out.push(c);
        }
        Ok(out)
    }

    /// Poll the sitemaps of an index (each with its own validators and its host's politeness),
    /// unless the index is nested too deep.
    fn sitemaps(
        &mut self,
        index: &str,
        children: &[String],
        depth: usize,
        t: &mut Tally,
    ) -> Result<()> {
        if children.is_empty() {
            return Ok(());
        }
        if depth + 1 > MAX_SITEMAP_DEPTH {
            t.failures += 1;
            report(
                index,
                format!("sitemap index nested more than {MAX_SITEMAP_DEPTH} deep: its sitemaps are not followed"),
            );
            return Ok(());
        }
        for c in children {
            if self.stopped() {
                break;
            }
            self.poll_feed(&Source::Url(c.clone()), depth + 1, t)?;
        }
        Ok(())
    }

    /// Fetch the pages of `list` not dealt with yet, ingest them in one batch, alert.
    fn items(&mut self, feed: &str, list: &[FeedItem], t: &mut Tally) -> Result<()> {
        let mut fetched: Vec<(ItemState, Document)> = Vec::new();
        let mut seen = HashSet::new();
        for item in list {
            if self.stopped() {
                break;
            }
            if !seen.insert(item.link.as_str()) {
                continue;
            }
            let known = self.store.watch_item(&item.link)?;
            let attempts = match &known {
                Some(k) if k.status != "retry" || k.attempts >= self.max_attempts => continue,
                Some(k) => k.attempts,
                None => 0,
            };
            let mut state = ItemState {
                url: item.link.clone(),
                feed_url: feed.to_string(),
                fetched_at: now(),
                status: "failed".to_string(),
                http_status: None,
                doc_id: None,
                error: None,
                attempts: attempts + 1,
            };
            let transient = |state: &mut ItemState, why: String, max: u32| {
                if state.attempts >= max {
                    state.error =
                        Some(format!("{why} (gave up after {} attempts)", state.attempts));
                } else {
                    state.status = "retry".to_string();
                    state.error = Some(why);
                }
            };
            t.pages_fetched += 1;
            match self.http.get(&item.link, None, None, self.stop) {
                Err(FetchError::Stopped) => break,
                Err(e @ FetchError::Deferred(_)) => {
                    // Not an attempt: the host asked us to wait. The rest of this feed's new
                    // pages wait for the next poll too (reported once, not once per page).
                    t.pages_fetched -= 1;
                    report(&item.link, format!("{e}; this feed's other new pages too"));
                    break;
                }
                Err(
                    e @ (FetchError::Robots
                    | FetchError::RedirectRobots(_)
                    | FetchError::Redirect(_)
                    | FetchError::BadUrl(_)),
                ) => {
                    state.error = Some(e.to_string());
                }
                Err(e @ FetchError::Transport(_)) => {
                    transient(&mut state, e.to_string(), self.max_attempts)
                }
                Ok(r) => {
                    state.http_status = Some(r.status);
                    if r.status == 200 {
                        match read_page(&item.link, &r.body, item) {
                            Ok(doc) => {
                                state.doc_id = Some(doc.header.id.clone());
                                state.status = "ingested".to_string();
                                fetched.push((state, doc));
                                // Memory stays bounded by a batch, whatever the feed's size.
                                if fetched.len() >= crate::pipeline::BATCH {
                                    self.ingest(std::mem::take(&mut fetched), t)?;
                                }
                                continue;
                            }
                            Err(why) => state.error = Some(why),
                        }
                    } else if r.status == 429 || r.status >= 500 {
                        transient(
                            &mut state,
                            status_reason(r.status, r.retry_after),
                            self.max_attempts,
                        );
                    } else {
                        state.error = Some(status_reason(r.status, None));
                    }
                }
            }
            t.failures += 1;
            report(&item.link, state.error.as_deref().unwrap_or("failed"));
            self.store.watch_record_item(&state)?;
        }
        self.ingest(fetched, t)
    }

    /// Store the fetched documents in one batch and alert on the status changes it made.
    fn ingest(&mut self, fetched: Vec<(ItemState, Document)>, t: &mut Tally) -> Result<()> {
        let mut fresh: Vec<(ItemState, Document)> = Vec::new();
        let mut ids = HashSet::new();
        for (mut state, doc) in fetched {
            if self.store.contains(&doc.header.id)? || !ids.insert(doc.header.id.clone()) {
                state.status = "duplicate".to_string();
                t.duplicates += 1;
                self.store.watch_record_item(&state)?;
            } else {
                fresh.push((state, doc));
            }
        }
        if fresh.is_empty() {
            return Ok(());
        }
        let lexicon = self.lexicon;
        let extractions: Vec<_> = fresh
            .par_iter()
            .map(|(_, d)| extract_one(d, lexicon))
            .collect();
        let keys: BTreeSet<&str> = extractions
            .iter()
            .flat_map(|x| x.claims.iter().map(|c| c.key.as_str()))
            .collect();
        // Timelines only (no ledger rows): what the alerts diff against, in time independent
        // of the ledger's length.
        let mut before = BTreeMap::new();
        for k in &keys {
            before.insert(*k, self.store.claim_page(k, NO_ROWS)?);
        }
        let incoming: Vec<Incoming<'_>> = fresh
            .iter()
            .zip(&extractions)
            .map(|((s, d), x)| Incoming {
                document: d,
                extraction: x,
                origin: &s.url,
            })
            .collect();
        self.store.put_batch(&incoming)?;
        for (state, _) in &fresh {
            t.ingested += 1;
            self.store.watch_record_item(state)?;
        }
        for k in keys {
            let Some(after) = self.store.claim_page(k, NO_ROWS)? else {
                continue;
            };
            if !self.list.follows(&after) {
                continue;
            }
            let old = before.get(k).and_then(|b| b.as_ref());
            let changes: Vec<StatusChange> =
                new_changes(old, &after).into_iter().cloned().collect();
            if changes.is_empty() {
                continue;
            }
            // The evidence: the standing rows (the latest word of each voice) hold the row of
            // the document that changed the status; the whole ledger only if they do not.
            let mut rows = self.store.claim_digest(k, ALERT_ROWS)?.unwrap_or(after);
            for change in &changes {
                if !rows.ledger.iter().any(|e| e.document == change.document) {
                    if let Some(full) = self.store.claim(k)? {
                        rows = full;
                    }
                }
                self.alert(&Alert::new(&rows, change))?;
                t.alerts += 1;
            }
        }
        Ok(())
    }

    /// Print an alert on stdout, keep it, post it.
    fn alert(&mut self, alert: &Alert) -> Result<()> {
        let line = serde_json::to_string(alert)?;
        {
            let mut out = std::io::stdout().lock();
            writeln!(out, "{line}")?;
            out.flush()?;
        }
        self.store.watch_record_alert(&SentAlert {
            detected_at: now(),
            claim: alert.claim.clone(),
            alert: line.clone(),
        })?;
        if let Some(hook) = &self.webhook {
            match self.http.post_json(hook, &line) {
                Ok(s) if (200..300).contains(&s) => {}
                Ok(s) => report(hook, format!("webhook answered HTTP {s}")),
                Err(why) => report(hook, format!("webhook: {why}")),
            }
        }
        Ok(())
    }
}

fn status_reason(status: u16, retry_after: Option<Duration>) -> String {
    let name = ureq::http::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("");
    match retry_after {
        Some(d) => format!("HTTP {status} {name} (retry after {} s)", d.as_secs()),
        None => format!("HTTP {status} {name}").trim_end().to_string(),
    }
}

/// A local feed file, "not modified" when its size and modification time are as last polled.
fn read_file(path: &std::path::Path, last: Option<&str>) -> Polled {
    let stamp = std::fs::metadata(path).ok().map(|m| {
        let mtime = m
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        format!("file:{mtime}:{}", m.len())
    });
    if stamp.is_some() && stamp.as_deref() == last {
        return Polled::NotModified(None);
    }
    match std::fs::read(path) {
        Ok(body) => Polled::Body {
            body,
            etag: stamp,
            last_modified: None,
            status: None,
        },
        Err(e) => Polled::Failed(None, format!("cannot read: {e}")),
    }
}

/// The article of a fetched page, with what the feed said filling what the page does not.
fn read_page(url: &str, body: &[u8], item: &FeedItem) -> Result<Document, String> {
    let opts = dossier_ingest::Options {
        format: Some(dossier_ingest::Format::Html),
        ..Default::default()
    };
    let mut doc = None;
    let mut why = None;
    dossier_ingest::read_bytes(url, body, &opts, &mut |i| match i {
        dossier_ingest::Item::Doc { doc: d, .. } => {
            if doc.is_none() {
                doc = Some(d);
            }
        }
        dossier_ingest::Item::Rejected { reason, .. } => why = Some(reason),
        dossier_ingest::Item::Warning { .. } => {}
    });
    let mut doc = doc.ok_or_else(|| why.unwrap_or_else(|| "no article text".to_string()))?;
    let h = &mut doc.header;
    if h.url.is_none() {
        h.url = Some(url.to_string());
    }
    if h.title.is_none() {
        h.title = item.title.clone();
    }
    if h.published.is_none() {
        h.published = item.published.clone();
    }
    Ok(doc)
}
