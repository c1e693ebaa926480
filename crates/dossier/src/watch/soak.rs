//! `dossier bench --watch-soak N`: the watcher polls a feed on a loopback server N times (no
//! pause, no politeness delay) and reports its resident memory along the way, so that "memory
//! flat over a 10,000-poll soak" is a measured figure, not a hope. The feed gains one article
//! every [`NEW_EVERY`] polls (fetched, extracted, stored, alerted on like any other); the other
//! polls are answered 304. Everything runs in this process: the server is a thread bound to
//! 127.0.0.1, the store a new SQLite file.

use super::alert::WatchList;
use super::http::{self, Http};
use super::{Source, Tally, Watcher};
use anyhow::{Context, Result};
use dossier_core::lexicon::Lexicon;
use serde::Serialize;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// One new article every this many polls.
pub const NEW_EVERY: usize = 10;
/// The feed lists at most this many items (the newest), like a real feed.
const FEED_ITEMS: usize = 50;

/// Memory and progress at one poll.
#[derive(Debug, Clone, Serialize)]
pub struct Checkpoint {
    pub poll: usize,
    pub rss_mb: f64,
    pub seconds: f64,
    /// CPU time of this process (user + system) so far: the wall time of a shared machine
    /// says little.
    pub cpu_seconds: f64,
    pub requests: u64,
    pub documents: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct SoakReport {
    pub polls: usize,
    pub new_every: usize,
    pub checkpoints: Vec<Checkpoint>,
    /// RSS at the last checkpoint minus RSS at poll 100 (or the first checkpoint).
    pub rss_growth_mb: f64,
}

/// User + system CPU time of this process, in seconds.
fn cpu_seconds() -> f64 {
    // SAFETY: getrusage writes into the struct it is given and nothing else.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) } != 0 {
        return 0.0;
    }
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    secs(u.ru_utime) + secs(u.ru_stime)
}

/// Where the RSS is read: polls 1, 2, 5, 10, 20, 50, 100, … 1,000, … 10,000, … below
/// `polls`, and `polls`.
fn checkpoints(polls: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut decade = 1;
    'out: loop {
        for m in [1, 2, 5] {
            let p = decade * m;
            if p >= polls {
                break 'out;
            }
            out.push(p);
        }
        decade *= 10;
    }
    out.push(polls);
    out
}

/// The loopback feed server: `/feed.xml` (ETag = number of items; 304 when it matches),
/// `/p/N` article pages, 404 for the rest (robots.txt included: everything allowed).
struct FeedServer {
    base: String,
    items: Arc<AtomicUsize>,
}

impl FeedServer {
    fn start() -> Result<FeedServer> {
        let listener = TcpListener::bind("127.0.0.1:0").context("bind 127.0.0.1")?;
        let base = format!("http://{}", listener.local_addr()?);
        let items = Arc::new(AtomicUsize::new(0));
        let (b, n) = (base.clone(), items.clone());
        std::thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                // One request at a time is all the watcher sends.
                let _ = answer(conn, &b, n.load(Ordering::SeqCst));
            }
        });
        Ok(FeedServer { base, items })
    }
}

fn answer(conn: TcpStream, base: &str, items: usize) -> std::io::Result<()> {
    conn.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(conn.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let path = line.split_whitespace().nth(1).unwrap_or("").to_string();
    let mut if_none_match = None;
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            if k.trim().eq_ignore_ascii_case("if-none-match") {
                if_none_match = Some(v.trim().to_string());
            }
        }
    }
    let etag = format!("\"{items}\"");
    let (status, ctype, body) = if path == "/feed.xml" {
        if if_none_match.as_deref() == Some(etag.as_str()) {
            (304, "", String::new())
        } else {
            let mut s = String::from(
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Soak</title>",
            );
            for i in (1..=items).rev().take(FEED_ITEMS) {
                s.push_str(&format!(
                    "<item><title>Item {i}</title><link>{base}/p/{i}</link></item>"
                ));
            }
            (200, "application/rss+xml", s + "</channel></rss>")
        }
    } else if let Some(i) = path.strip_prefix("/p/") {
        // News arrives in publication order: article i a minute after article i-1.
        let minutes: i64 = i.parse().unwrap_or(0);
        let published = (chrono::DateTime::parse_from_rfc3339("2024-08-07T09:00:00Z")
            .expect("a valid date")
            + chrono::Duration::minutes(minutes))
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        (
            200,
            "text/html",
            format!(
                "<html><head><title>Tanks {i}</title>\
                 <meta property=\"article:published_time\" content=\"{published}\">\
                 </head><body><article><p>Officials in Warsaw said on Monday that Poland would \
                 send {i} more tanks to Ukraine, and Moscow denied on Tuesday that it had moved \
                 troops to the border.</p></article></body></html>"
            ),
        )
    } else {
        (404, "text/plain", String::new())
    };
    let mut out = format!("HTTP/1.1 {status} X\r\nConnection: close\r\nETag: {etag}\r\n");
    if status != 304 {
        out.push_str(&format!(
            "Content-Type: {ctype}\r\nContent-Length: {}\r\n",
            body.len()
        ));
    }
    out.push_str("\r\n");
    out.push_str(&body);
    let mut conn = conn;
    conn.write_all(out.as_bytes())?;
    conn.flush()
}

/// Run the soak: `polls` polls of the loopback feed into a new store at `db`.
pub fn run(db: &str, polls: usize, progress: &mut dyn FnMut(&Checkpoint)) -> Result<SoakReport> {
    let server = FeedServer::start()?;
    static NEVER: AtomicBool = AtomicBool::new(false);
    let mut w = Watcher {
        store: crate::open(db)?,
        http: Http::new(http::Config {
            timeout: Duration::from_secs(10),
            min_delay: Duration::ZERO,
            max_wait: Duration::from_secs(60),
            max_backoff: Duration::from_secs(60),
            user_agent: "dossier-soak/1".into(),
            max_bytes: 1 << 20,
            robots: true,
        }),
        lexicon: Lexicon::embedded(),
        // Follows one claim id that cannot exist: alerts are computed, none printed.
        list: WatchList {
            claims: vec!["-".into()],
            actor: None,
        },
        webhook: None,
        max_attempts: 3,
        stop: &NEVER,
    };
    let sources = [Source::Url(format!("{}/feed.xml", server.base))];
    let marks = checkpoints(polls);
    let start = Instant::now();
    let mut total = Tally::default();
    let mut out = Vec::new();
    for poll in 1..=polls {
        if poll % NEW_EVERY == 1 {
            server.items.fetch_add(1, Ordering::SeqCst);
        }
        let t = w.poll(&sources)?;
        anyhow::ensure!(t.failures == 0, "soak poll {poll} failed (see stderr): {t}");
        total.add(&t);
        if marks.contains(&poll) {
            let c = Checkpoint {
                poll,
                rss_mb: crate::bench::rss_self_mb(),
                seconds: start.elapsed().as_secs_f64(),
                cpu_seconds: cpu_seconds(),
                requests: w.http.requests,
                documents: total.ingested,
            };
            progress(&c);
            out.push(c);
        }
    }
    let expected = polls.div_ceil(NEW_EVERY);
    anyhow::ensure!(
        total.ingested == expected,
        "soak ingested {} articles, expected {expected}",
        total.ingested
    );
    let base = out
        .iter()
        .find(|c| c.poll >= 100)
        .or(out.first())
        .map_or(0.0, |c| c.rss_mb);
    Ok(SoakReport {
        polls,
        new_every: NEW_EVERY,
        rss_growth_mb: out.last().map_or(0.0, |c| c.rss_mb) - base,
        checkpoints: out,
    })
}

/// `dossier bench --watch-soak N`: run the soak into a new store under `--out`, print one line
/// per checkpoint, write `OUT/watch-soak-N.json`.
pub fn bench(args: &crate::cli::BenchArgs, polls: usize) -> Result<std::process::ExitCode> {
    anyhow::ensure!(polls > 0, "--watch-soak needs at least one poll");
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("{}: cannot create the output directory", args.out.display()))?;
    let db = args.out.join(format!("watch-soak-{polls}.db"));
    for suffix in ["", "-wal", "-shm"] {
        let mut p = db.clone().into_os_string();
        p.push(suffix);
        let _ = std::fs::remove_file(p);
    }
    eprintln!("watch soak: {polls} polls against a loopback feed, one new article every {NEW_EVERY} polls");
    println!(
        "{:>8}  {:>8}  {:>9}  {:>9}  {:>9}  {:>9}",
        "POLL", "RSS MB", "SECONDS", "CPU S", "REQUESTS", "ARTICLES"
    );
    let report = run(&db.to_string_lossy(), polls, &mut |c| {
        println!(
            "{:>8}  {:>8.1}  {:>9.1}  {:>9.1}  {:>9}  {:>9}",
            c.poll, c.rss_mb, c.seconds, c.cpu_seconds, c.requests, c.documents
        );
    })?;
    println!(
        "RSS growth from poll {} to poll {polls}: {:+.1} MB",
        report
            .checkpoints
            .iter()
            .find(|c| c.poll >= 100)
            .or(report.checkpoints.first())
            .map_or(0, |c| c.poll),
        report.rss_growth_mb
    );
    let path = args.out.join(format!("watch-soak-{polls}.json"));
    std::fs::write(&path, serde_json::to_string_pretty(&report)?)
        .with_context(|| format!("{}: cannot write", path.display()))?;
    eprintln!("watch soak: wrote {}", path.display());
    Ok(std::process::ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checkpoints_are_one_two_five_per_decade_and_the_end() {
        assert_eq!(
            checkpoints(10_000),
            vec![1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000]
        );
        assert_eq!(checkpoints(250), vec![1, 2, 5, 10, 20, 50, 100, 200, 250]);
        assert_eq!(checkpoints(1), vec![1]);
    }
}
