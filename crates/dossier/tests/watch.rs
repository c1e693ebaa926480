//! `dossier watch` against a tiny HTTP server on 127.0.0.1 (a thread in this process): feeds and
//! pages that change between polls, 304, 429 with Retry-After, 500, a timeout, malformed XML, a
//! 404 page, robots.txt. No request leaves the machine: the server binds loopback, every URL
//! the watcher is given points at it, and proxy variables are removed from its environment.

use assert_cmd::Command;
use serde_json::Value;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

// ---------------------------------------------------------------------------------------------
// The server

#[derive(Clone, Debug)]
struct Resp {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
    delay: Duration,
}

fn ok(content_type: &str, body: impl Into<String>) -> Resp {
    Resp {
        status: 200,
        headers: vec![("Content-Type".into(), content_type.into())],
        body: body.into(),
        delay: Duration::ZERO,
    }
}

fn status(code: u16) -> Resp {
    Resp {
        status: code,
        headers: Vec::new(),
        body: String::new(),
        delay: Duration::ZERO,
    }
}

impl Resp {
    fn header(mut self, k: &str, v: &str) -> Resp {
        self.headers.push((k.into(), v.into()));
        self
    }
    fn after(mut self, d: Duration) -> Resp {
        self.delay = d;
        self
    }
}

/// A request as the server saw it.
#[derive(Clone, Debug)]
struct Seen {
    method: String,
    path: String,
    headers: HashMap<String, String>,
    body: String,
    /// When the server read it.
    at: std::time::Instant,
}

#[derive(Default)]
struct State {
    /// Responses per path, served in turn; the last one repeats.
    routes: HashMap<String, Vec<Resp>>,
    served: HashMap<String, usize>,
    log: Vec<Seen>,
}

#[derive(Clone)]
struct Server {
    base: String,
    state: Arc<Mutex<State>>,
}

impl Server {
    fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let state = Arc::new(Mutex::new(State::default()));
        let s = state.clone();
        // Lives as long as the test process; every connection is answered on its own thread.
        std::thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                let s = s.clone();
                std::thread::spawn(move || {
                    let _ = serve(conn, &s);
                });
            }
        });
        Server { base, state }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Serve `responses` at `path` from now on (in turn, the last repeating).
    fn route(&self, path: &str, responses: Vec<Resp>) {
        let mut st = self.state.lock().unwrap();
        st.routes.insert(path.to_string(), responses);
        st.served.remove(path);
    }

    fn requests(&self) -> Vec<Seen> {
        self.state.lock().unwrap().log.clone()
    }

    fn gets(&self, path: &str) -> usize {
        self.requests()
            .iter()
            .filter(|r| r.method == "GET" && r.path == path)
            .count()
    }
}

fn serve(conn: TcpStream, state: &Mutex<State>) -> std::io::Result<()> {
    conn.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(conn.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let path = parts.next().unwrap_or("").to_string();
    let mut headers = HashMap::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
        }
    }
    let len: usize = headers
        .get("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; len];
    reader.read_exact(&mut body)?;
    let resp = {
        let mut st = state.lock().unwrap();
        st.log.push(Seen {
            method: method.clone(),
            path: path.clone(),
            headers: headers.clone(),
            body: String::from_utf8_lossy(&body).into_owned(),
            at: std::time::Instant::now(),
        });
        let n = st.served.entry(path.clone()).or_insert(0);
        let i = *n;
        *n += 1;
        match st.routes.get(&path) {
            Some(list) if !list.is_empty() => list[i.min(list.len() - 1)].clone(),
            _ => status(404),
        }
    };
    std::thread::sleep(resp.delay);
    // Conditional GET: a matching ETag is answered 304 with no body.
    let etag = resp
        .headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("etag"))
        .map(|(_, v)| v.clone());
    let not_modified = etag.is_some() && headers.get("if-none-match") == etag.as_ref();
    let (code, body) = if not_modified {
        (304, String::new())
    } else {
        (resp.status, resp.body.clone())
    };
    let mut out = format!("HTTP/1.1 {code} X\r\nConnection: close\r\n");
    for (k, v) in &resp.headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    if code != 304 {
        out.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    out.push_str("\r\n");
    out.push_str(&body);
    let mut conn = conn;
    conn.write_all(out.as_bytes())?;
    conn.flush()
}

// ---------------------------------------------------------------------------------------------
// Feeds and pages

fn rss(server: &Server, items: &[(&str, &str, &str)]) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback Wire</title>\
         <link>http://127.0.0.1/</link><description>test</description>",
    );
    for (path, title, date) in items {
        s.push_str(&format!(
            "<item><title>{title}</title><link>{}</link><pubDate>{date}</pubDate></item>",
            server.url(path)
        ));
    }
    s.push_str("</channel></rss>");
    s
}

fn page(title: &str, published: &str, paragraphs: &[&str]) -> Resp {
    let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>")).collect();
    ok(
        "text/html; charset=utf-8",
        format!(
            "<!doctype html><html><head><title>{title}</title>\
             <meta property=\"article:published_time\" content=\"{published}\"></head>\
             <body><nav>Home | World</nav><article><h1>{title}</h1>{body}</article>\
             <footer>Copyright Loopback Wire</footer></body></html>"
        ),
    )
}

fn dossier() -> Command {
    let mut c = Command::cargo_bin("dossier").unwrap();
    for v in [
        "http_proxy",
        "https_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "all_proxy",
    ] {
        c.env_remove(v);
    }
    c.env_remove("DOSSIER_DB");
    c.timeout(Duration::from_secs(120));
    c
}

struct Run {
    stdout: String,
    stderr: String,
}

fn watch(db: &str, args: &[&str]) -> Run {
    let out = dossier()
        .args([
            "watch",
            "--db",
            db,
            "--interval",
            "0",
            "--min-delay-ms",
            "0",
        ])
        .args(args)
        .output()
        .unwrap();
    let run = Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(
        out.status.success(),
        "watch failed: {}\n{}",
        run.stderr,
        run.stdout
    );
    run
}

fn alerts(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l}: {e}")))
        .collect()
}

fn stats(db: &str) -> Value {
    let out = dossier()
        .args(["stats", "--db", db, "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

const ASSERTED: &str = "Ukrainian intelligence said on Monday that Iran sent ballistic missiles \
                        to Russia, according to officials in Kyiv.";
const DENIED: &str = "Iran's foreign ministry denied sending ballistic missiles to Russia, \
                      calling the reports baseless.";

// ---------------------------------------------------------------------------------------------
// Tests

/// The whole life of two feeds over two runs (so a restart is covered too).
#[test]
fn every_good_item_is_ingested_once_and_every_failure_is_reported() {
    let server = Server::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    let db = db.to_str().unwrap();

    server.route(
        "/robots.txt",
        vec![ok("text/plain", "User-agent: *\nDisallow: /private/\n")],
    );
    let v1 = rss(
        &server,
        &[
            ("/a", "Missiles reported", "Mon, 05 Aug 2024 09:00:00 GMT"),
            ("/b", "Gone", "Mon, 05 Aug 2024 10:00:00 GMT"),
            ("/c", "Flaky", "Mon, 05 Aug 2024 11:00:00 GMT"),
            ("/private/d", "Forbidden", "Mon, 05 Aug 2024 12:00:00 GMT"),
            ("/e", "Slow", "Mon, 05 Aug 2024 13:00:00 GMT"),
        ],
    );
    server.route(
        "/feed.xml",
        vec![ok("application/rss+xml", v1).header("ETag", "\"v1\"")],
    );
    server.route(
        "/a",
        vec![page(
            "Missiles reported",
            "2024-08-05T09:00:00Z",
            &[ASSERTED],
        )],
    );
    server.route("/b", vec![status(404)]);
    server.route(
        "/c",
        vec![
            status(500),
            page(
                "Sanctions",
                "2024-08-06T09:00:00Z",
                &["The European Union imposed sanctions on Iran over drone deliveries to Russia."],
            ),
        ],
    );
    server.route(
        "/private/d",
        vec![page("Secret", "2024-08-05T12:00:00Z", &["Never fetched."])],
    );
    server.route(
        "/e",
        vec![
            page("Slow", "2024-08-07T09:00:00Z", &["Too late."]).after(Duration::from_secs(4)),
            page(
                "Drones",
                "2024-08-07T09:00:00Z",
                &["Russia launched drones at Kyiv overnight, Ukrainian officials said."],
            ),
        ],
    );
    server.route(
        "/bad.xml",
        vec![ok(
            "application/rss+xml",
            "<rss><channel><item><title>cut off",
        )],
    );
    server.route(
        "/busy.xml",
        vec![
            status(429).header("Retry-After", "1"),
            ok(
                "application/rss+xml",
                rss(&server, &[("/f", "Busy", "Tue, 06 Aug 2024 09:00:00 GMT")]),
            ),
        ],
    );
    server.route(
        "/f",
        vec![page(
            "Talks",
            "2024-08-06T10:00:00Z",
            &["Turkey hosted talks between Russia and Ukraine on grain exports."],
        )],
    );

    let feeds = [
        server.url("/feed.xml"),
        server.url("/bad.xml"),
        server.url("/busy.xml"),
    ];
    let mut args: Vec<&str> = feeds.iter().map(String::as_str).collect();
    args.extend(["--polls", "2", "--timeout", "1", "--max-wait", "10"]);
    let first = watch(db, &args);

    // Every failure is reported with its URL and reason, and the watcher went on.
    let err = &first.stderr;
    for (url, why) in [
        (server.url("/b"), "HTTP 404"),
        (server.url("/c"), "HTTP 500"),
        (server.url("/private/d"), "disallowed by robots.txt"),
        (server.url("/e"), "timed out"),
        (server.url("/bad.xml"), "malformed feed"),
        (server.url("/busy.xml"), "HTTP 429"),
    ] {
        assert!(
            err.lines().any(|l| l.contains(&url) && l.contains(why)),
            "no report of {url}: {why} in\n{err}"
        );
    }
    assert!(err.contains("retry after 1 s"), "{err}");
    // Poll 1: /a ingested; poll 2: the feed is unchanged (304) but /c and /e are retried,
    // /busy.xml answers after its Retry-After and /f is ingested.
    assert_eq!(server.gets("/a"), 1);
    assert_eq!(server.gets("/b"), 1);
    assert_eq!(
        server.gets("/c"),
        2,
        "a 500 page is retried at the next poll"
    );
    assert_eq!(server.gets("/private/d"), 0, "robots.txt is obeyed");
    assert_eq!(server.gets("/f"), 1);
    assert_eq!(server.gets("/busy.xml"), 2);
    let feed_gets: Vec<Seen> = server
        .requests()
        .into_iter()
        .filter(|r| r.path == "/feed.xml")
        .collect();
    assert_eq!(feed_gets.len(), 2);
    assert_eq!(
        feed_gets[1]
            .headers
            .get("if-none-match")
            .map(String::as_str),
        Some("\"v1\""),
        "the second poll is conditional"
    );
    assert_eq!(
        server.gets("/robots.txt"),
        1,
        "robots.txt read once per run"
    );
    let s = stats(db);
    assert_eq!(s["documents"], 4, "a, c, e, f: {s}");

    // The missile transfer is new: one alert from nothing to reported, with its evidence.
    let a1 = alerts(&first.stdout);
    let missiles: Vec<&Value> = a1
        .iter()
        .filter(|a| {
            a["text"]
                .as_str()
                .is_some_and(|t| t.contains("Iran") && t.contains("Russia"))
                && a["text"].as_str().is_some_and(|t| t.contains("missile"))
        })
        .collect();
    assert_eq!(missiles.len(), 1, "{}", first.stdout);
    let m = missiles[0];
    assert_eq!(m["from"], Value::Null);
    assert_eq!(m["to"], "reported");
    assert_eq!(m["at"], "2024-08-05");
    assert!(m["evidence"]["text"]
        .as_str()
        .unwrap()
        .contains("ballistic missiles"));
    // The fields come in the documented order.
    let line = first
        .stdout
        .lines()
        .find(|l| l.contains(m["claim"].as_str().unwrap()))
        .unwrap();
    let at: Vec<usize> = ["claim", "text", "from", "to", "at", "document", "evidence"]
        .iter()
        .map(|k| line.find(&format!("\"{k}\":")).unwrap())
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{line}");
    assert!(line.starts_with("{\"claim\":"), "{line}");

    // Second run (a restart): the feed has a new item and an updated one (/a, new title).
    let v2 = rss(
        &server,
        &[
            (
                "/a",
                "Missiles reported (updated)",
                "Mon, 05 Aug 2024 09:00:00 GMT",
            ),
            ("/b", "Gone", "Mon, 05 Aug 2024 10:00:00 GMT"),
            ("/g", "Denial", "Sun, 11 Aug 2024 09:00:00 GMT"),
        ],
    );
    server.route(
        "/feed.xml",
        vec![ok("application/rss+xml", v2).header("ETag", "\"v2\"")],
    );
    server.route(
        "/g",
        vec![page("Denial", "2024-08-11T09:00:00Z", &[DENIED])],
    );
    server.route("/hook", vec![status(204)]);
    let hook = server.url("/hook");
    let second = watch(
        db,
        &[
            &feeds[0],
            "--polls",
            "1",
            "--actor",
            "IRN",
            "--alerts-webhook",
            &hook,
        ],
    );
    assert_eq!(server.gets("/a"), 1, "an updated item is not fetched again");
    assert_eq!(server.gets("/b"), 1, "a 404 is not retried");
    assert_eq!(server.gets("/g"), 1);
    assert_eq!(stats(db)["documents"], 5);

    let a2 = alerts(&second.stdout);
    let disputed = a2
        .iter()
        .find(|a| a["claim"] == m["claim"])
        .unwrap_or_else(|| panic!("no alert for {} in {}", m["claim"], second.stdout));
    assert_eq!(disputed["from"], "reported");
    assert_eq!(disputed["to"], "disputed");
    assert_eq!(disputed["at"], "2024-08-11");
    for a in &a2 {
        let t = a["text"].as_str().unwrap();
        assert!(
            t.contains("Iran"),
            "--actor IRN lets through only Iran's claims: {t}"
        );
    }
    // The webhook got exactly the lines printed.
    let posted: Vec<String> = server
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.path == "/hook")
        .map(|r| r.body)
        .collect();
    let printed: Vec<&str> = second.stdout.lines().collect();
    assert_eq!(posted, printed);

    // `changes --since` lists the same objects later.
    let out = dossier()
        .args([
            "changes",
            "--db",
            db,
            "--since",
            "2024-08-10",
            "--format",
            "json",
            "--claims",
        ])
        .arg(m["claim"].as_str().unwrap())
        .output()
        .unwrap();
    assert!(out.status.success());
    let later: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(later.as_array().unwrap().len(), 1, "{later}");
    assert_eq!(&later[0], disputed);
}

/// Target: a poll of an unchanged 100-item feed costs one conditional request.
#[test]
fn an_unchanged_feed_costs_one_request_per_poll() {
    let server = Server::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    let db = db.to_str().unwrap();
    let paths: Vec<String> = (0..100).map(|i| format!("/n/{i}")).collect();
    let items: Vec<(&str, &str, &str)> = paths
        .iter()
        .map(|p| (p.as_str(), "Item", "Mon, 05 Aug 2024 09:00:00 GMT"))
        .collect();
    server.route(
        "/feed.xml",
        vec![ok("application/rss+xml", rss(&server, &items)).header("ETag", "\"100\"")],
    );
    for (i, p) in paths.iter().enumerate() {
        let text = format!(
            "Officials in Warsaw said on Tuesday that Poland would send {i} more tanks to Ukraine."
        );
        server.route(p, vec![page("Tanks", "2024-08-06T09:00:00Z", &[&text])]);
    }
    let url = server.url("/feed.xml");
    watch(db, &[&url, "--polls", "1", "--ignore-robots", "-q"]);
    assert_eq!(stats(db)["documents"], 100);
    let before = server.requests().len();
    assert_eq!(before, 101);

    watch(db, &[&url, "--polls", "3", "--ignore-robots", "-q"]);
    let after = server.requests();
    assert_eq!(after.len() - before, 3, "one request per poll");
    assert!(after[before..]
        .iter()
        .all(|r| r.path == "/feed.xml" && r.headers.contains_key("if-none-match")));
}

#[test]
fn bad_arguments_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    let db = db.to_str().unwrap();
    let out = dossier()
        .args(["watch", "--db", db, "--polls", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing to watch"));
    let out = dossier()
        .args(["watch", "--db", db, "--polls", "1", "ftp://127.0.0.1/feed"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("ftp://127.0.0.1/feed"));
}

/// Without `--polls` it runs until SIGTERM, then finishes cleanly (exit 0, summary line).
#[test]
fn sigterm_stops_the_watcher_cleanly() {
    let server = Server::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    server.route(
        "/feed.xml",
        vec![ok("application/rss+xml", rss(&server, &[])).header("ETag", "\"e\"")],
    );
    let bin = assert_cmd::cargo::cargo_bin("dossier");
    let mut child = std::process::Command::new(bin)
        .args(["watch", "--db", db.to_str().unwrap(), "--interval", "1"])
        .arg(server.url("/feed.xml"))
        .env_remove("http_proxy")
        .env_remove("HTTP_PROXY")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Bounded wait for the first poll.
    for _ in 0..200 {
        if server.gets("/feed.xml") >= 1 {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(server.gets("/feed.xml") >= 1, "the watcher never polled");
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let mut status = None;
    for _ in 0..200 {
        if let Some(s) = child.try_wait().unwrap() {
            status = Some(s);
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let Some(status) = status else {
        child.kill().unwrap();
        panic!("still running 10 s after SIGTERM");
    };
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(status.success(), "{status:?}: {err}");
    assert!(
        err.contains("stopped after") && err.contains("(signal)"),
        "{err}"
    );
}

fn urlset(server: &Server, paths: &[&str]) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
    );
    for p in paths {
        s.push_str(&format!(
            "<url><loc>{}</loc><lastmod>2024-08-06</lastmod></url>",
            server.url(p)
        ));
    }
    s + "</urlset>"
}

fn sitemapindex(server: &Server, paths: &[&str]) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
    );
    for p in paths {
        s.push_str(&format!("<sitemap><loc>{}</loc></sitemap>", server.url(p)));
    }
    s + "</sitemapindex>"
}

fn tanks(i: usize) -> Resp {
    let text = format!(
        "Officials in Warsaw said on Tuesday that Poland would send {i} more tanks to Ukraine."
    );
    page("Tanks", "2024-08-06T09:00:00Z", &[&text])
}

/// A sitemap index is followed: each child sitemap polled with its own conditional GET (also
/// when the index itself is unchanged, and after a restart), every page ingested once;
/// indexes nested deeper than the bound are reported, not followed.
#[test]
fn sitemap_indexes_are_followed_politely_and_conditionally() {
    let server = Server::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    let db = db.to_str().unwrap();
    server.route(
        "/index.xml",
        vec![ok(
            "application/xml",
            sitemapindex(&server, &["/sm-1.xml", "/sm-2.xml"]),
        )
        .header("ETag", "\"i1\"")],
    );
    server.route(
        "/sm-1.xml",
        vec![ok("application/xml", urlset(&server, &["/p/1", "/p/2"])).header("ETag", "\"s1\"")],
    );
    server.route(
        "/sm-2.xml",
        vec![ok("application/xml", urlset(&server, &["/p/3"])).header("ETag", "\"s2\"")],
    );
    for i in 1..=4 {
        server.route(&format!("/p/{i}"), vec![tanks(i)]);
    }
    // Three levels of index: the third one's sitemaps are not followed.
    server.route(
        "/deep.xml",
        vec![ok("application/xml", sitemapindex(&server, &["/mid.xml"]))],
    );
    server.route(
        "/mid.xml",
        vec![ok("application/xml", sitemapindex(&server, &["/low.xml"]))],
    );
    server.route(
        "/low.xml",
        vec![ok("application/xml", sitemapindex(&server, &["/sm-9.xml"]))],
    );
    let index = server.url("/index.xml");
    let deep = server.url("/deep.xml");
    let run = watch(db, &[&index, &deep, "--polls", "2"]);
    assert_eq!(stats(db)["documents"], 3, "{}", run.stderr);
    for p in ["/p/1", "/p/2", "/p/3"] {
        assert_eq!(server.gets(p), 1, "{p} fetched once");
    }
    for p in ["/index.xml", "/sm-1.xml", "/sm-2.xml"] {
        let gets: Vec<Seen> = server
            .requests()
            .into_iter()
            .filter(|r| r.path == p)
            .collect();
        assert_eq!(gets.len(), 2, "{p}: one request per poll");
        assert!(
            gets[1].headers.contains_key("if-none-match"),
            "{p}: the second poll is conditional"
        );
    }
    assert_eq!(server.gets("/sm-9.xml"), 0);
    assert!(
        run.stderr
            .lines()
            .any(|l| l.contains(&server.url("/low.xml")) && l.contains("nested more than 2 deep")),
        "{}",
        run.stderr
    );
    assert_eq!(
        server.gets("/robots.txt"),
        1,
        "robots.txt read once per run"
    );

    // A restart: the index is unchanged (304) but one of its sitemaps lists a new page.
    server.route(
        "/sm-2.xml",
        vec![ok("application/xml", urlset(&server, &["/p/3", "/p/4"])).header("ETag", "\"s2b\"")],
    );
    let before = server.requests().len();
    watch(db, &[&index, "--polls", "1", "-q"]);
    assert_eq!(stats(db)["documents"], 4);
    assert_eq!(server.gets("/p/4"), 1);
    assert_eq!(server.gets("/p/3"), 1, "a known page is not fetched again");
    let paths: Vec<String> = server.requests()[before..]
        .iter()
        .map(|r| r.path.clone())
        .collect();
    assert_eq!(
        paths,
        [
            "/robots.txt",
            "/index.xml",
            "/sm-1.xml",
            "/sm-2.xml",
            "/p/4"
        ],
        "index and sitemaps polled conditionally, only the new page fetched"
    );
}

/// A redirect to another host obeys that host's robots.txt and delay: host A's links redirect
/// to host B, whose robots.txt forbids one of the targets (reported, never requested) and asks
/// for a crawl delay (B's two pages are fetched at least that far apart).
#[test]
fn redirects_to_another_host_obey_its_robots_and_delay() {
    let a = Server::start();
    let b = Server::start();
    assert_ne!(a.base, b.base, "two hosts (ports)");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    let db = db.to_str().unwrap();
    a.route(
        "/feed.xml",
        vec![ok(
            "application/rss+xml",
            rss(
                &a,
                &[
                    ("/moved/1", "Forbidden", "Tue, 06 Aug 2024 09:00:00 GMT"),
                    ("/moved/2", "Two", "Tue, 06 Aug 2024 10:00:00 GMT"),
                    ("/moved/3", "Three", "Tue, 06 Aug 2024 11:00:00 GMT"),
                    ("/secret/4", "Secret", "Tue, 06 Aug 2024 12:00:00 GMT"),
                ],
            ),
        )],
    );
    // A's robots.txt is itself a redirect: followed, and its rules apply to A.
    a.route(
        "/robots.txt",
        vec![status(301).header("Location", "/rules.txt")],
    );
    a.route(
        "/rules.txt",
        vec![ok("text/plain", "User-agent: *\nDisallow: /secret/\n")],
    );
    a.route("/secret/4", vec![tanks(4)]);
    a.route(
        "/moved/1",
        vec![status(301).header("Location", &b.url("/private/1"))],
    );
    a.route(
        "/moved/2",
        vec![status(302).header("Location", &b.url("/ok/2"))],
    );
    a.route(
        "/moved/3",
        vec![status(307).header("Location", &b.url("/ok/3"))],
    );
    b.route(
        "/robots.txt",
        vec![ok(
            "text/plain",
            "User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n",
        )],
    );
    b.route("/private/1", vec![tanks(1)]);
    b.route("/ok/2", vec![tanks(2)]);
    b.route("/ok/3", vec![tanks(3)]);
    let feed = a.url("/feed.xml");
    let run = watch(db, &[&feed, "--polls", "1"]);
    assert_eq!(b.gets("/private/1"), 0, "B's robots.txt forbids it");
    assert!(
        run.stderr.lines().any(|l| l.contains(&a.url("/moved/1"))
            && l.contains(&format!(
                "redirected to {}, disallowed by robots.txt",
                b.url("/private/1")
            ))),
        "{}",
        run.stderr
    );
    assert_eq!(b.gets("/robots.txt"), 1);
    assert_eq!(a.gets("/rules.txt"), 1, "A's robots.txt redirect followed");
    assert_eq!(a.gets("/secret/4"), 0, "and its rules obeyed");
    assert_eq!((b.gets("/ok/2"), b.gets("/ok/3")), (1, 1));
    assert_eq!(stats(db)["documents"], 2);
    let at = |p: &str| b.requests().iter().find(|r| r.path == p).unwrap().at;
    let gap = at("/ok/3").duration_since(at("/ok/2"));
    assert!(
        gap >= Duration::from_millis(950),
        "B's Crawl-delay: 1 is kept across redirects: {gap:?}"
    );
}

/// Target: 1,000 new items are all ingested, each page fetched exactly once (no politeness
/// delay: one loopback host that allows it), and the next poll of the unchanged feed is one
/// conditional request. The fetch rate under a delay is measured by `dossier bench
/// --watch-soak`, not timed here.
#[test]
fn a_thousand_new_items_are_ingested_exactly_once() {
    let server = Server::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    let db = db.to_str().unwrap();
    let paths: Vec<String> = (0..1000).map(|i| format!("/k/{i}")).collect();
    let items: Vec<(&str, &str, &str)> = paths
        .iter()
        .map(|p| (p.as_str(), "Item", "Tue, 06 Aug 2024 09:00:00 GMT"))
        .collect();
    server.route(
        "/feed.xml",
        vec![ok("application/rss+xml", rss(&server, &items)).header("ETag", "\"1000\"")],
    );
    for (i, p) in paths.iter().enumerate() {
        server.route(p, vec![tanks(i)]);
    }
    let url = server.url("/feed.xml");
    let run = watch(db, &[&url, "--polls", "2", "--ignore-robots"]);
    assert_eq!(stats(db)["documents"], 1000, "{}", run.stderr);
    let log = server.requests();
    for p in &paths {
        let n = log.iter().filter(|r| r.path == *p).count();
        assert_eq!(n, 1, "{p} fetched {n} times");
    }
    assert_eq!(log.len(), 1002, "1,000 pages and two polls of the feed");
    assert!(log.last().unwrap().headers.contains_key("if-none-match"));
    assert!(
        run.stderr
            .contains("1000 pages fetched, 1000 ingested, 0 duplicates, 0 failures"),
        "{}",
        run.stderr
    );
}
