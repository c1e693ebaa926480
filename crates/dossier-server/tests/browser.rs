//! The web UI in a real browser: headless Chromium driven over WebDriver (chromium-driver)
//! with a small WebDriver client (tests/webdriver). A server on a free loopback port serves a database built from fixtures; the
//! test loads the claims board, opens the claim, reads its ledger rows, follows a row to the
//! evidence highlighted in its article, checks that an XSS title is shown as text, uses the
//! keyboard, renders the graph, and saves screenshots under `target/screenshots/`.
//!
//! Without Chromium the test prints SKIP and passes, unless `CI` or `DOSSIER_REQUIRE_BROWSER`
//! is set, where a missing browser is a failure. Set `DOSSIER_UPDATE_SCREENSHOTS=1` to also
//! copy the board and claim screenshots to `docs/screenshots/` for the README.
//! Binaries: `DOSSIER_CHROMIUM` (default `/usr/bin/chromium`), `DOSSIER_CHROMEDRIVER`
//! (default `/usr/bin/chromedriver`).

mod common;
mod webdriver;

use common::*;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use webdriver::Session;

const FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
];

/// Kills chromedriver (and with it the browser) when the test ends, even on panic.
struct Driver(Child);
impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn binary(var: &str, default: &str) -> Option<PathBuf> {
    let p = std::env::var_os(var)
        .map(PathBuf::from)
        .unwrap_or_else(|| default.into());
    p.exists().then_some(p)
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn wait_listening(port: u16) {
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "chromedriver did not start on port {port}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn shot(c: &Session, name: &str) -> PathBuf {
    let dir = workspace_root().join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, c.screenshot().unwrap()).unwrap();
    path
}

fn text_of(c: &Session, css: &str) -> String {
    let e = c.find(css).unwrap_or_else(|e| panic!("{css}: {e}"));
    c.text(&e).unwrap()
}

#[test]
fn board_claim_evidence_xss_keyboard_graph_in_chromium() {
    let required =
        std::env::var_os("CI").is_some() || std::env::var_os("DOSSIER_REQUIRE_BROWSER").is_some();
    let (Some(chromium), Some(chromedriver)) = (
        binary("DOSSIER_CHROMIUM", "/usr/bin/chromium"),
        binary("DOSSIER_CHROMEDRIVER", "/usr/bin/chromedriver"),
    ) else {
        assert!(
            !required,
            "Chromium or chromedriver missing (apt-get install -y chromium chromium-driver)"
        );
        eprintln!("SKIP browser test: /usr/bin/chromium or /usr/bin/chromedriver not found (apt-get install -y chromium chromium-driver)");
        return;
    };

    // the server, on a free loopback port, over the fixture database
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("browser.db");
    let arts = build_db(&db);
    let claim = claim_id(&db);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let app = dossier_server::router(dossier_server::AppState::new(db.clone(), None));
    rt.spawn(async move { axum::serve(listener, app).await.unwrap() });

    // the browser
    let port = free_port();
    let _driver = Driver(
        Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver"),
    );
    wait_listening(port);
    let profile = tempfile::tempdir().unwrap();
    let mut args: Vec<String> = FLAGS.iter().map(|s| s.to_string()).collect();
    args.push(format!("--user-data-dir={}", profile.path().display()));
    args.push("--window-size=1280,900".into());
    let caps = serde_json::json!({
        "browserName": "chrome",
        "goog:chromeOptions": { "binary": chromium, "args": args }
    });
    let c = Session::new(&format!("127.0.0.1:{port}"), caps).expect("WebDriver session");
    let started = Instant::now();
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        drive(&c, &base, &claim, &arts)
    }));
    c.quit();
    if let Err(p) = outcome {
        std::panic::resume_unwind(p);
    }
    eprintln!("browser run: {:.1} s", started.elapsed().as_secs_f64());
}

fn drive(c: &Session, base: &str, claim: &str, arts: &[Article]) {
    // 1. the board: the claim is listed with its status badge and the counts
    c.goto(&format!("{base}/")).unwrap();
    let row_link = c
        .wait_find(&format!("a.claim-link[href='/claims/{claim}']"))
        .unwrap();
    let row = c
        .find_xpath(&format!("//a[@href='/claims/{claim}']/ancestor::tr"))
        .unwrap();
    let row_text = c.text(&row).unwrap();
    assert!(row_text.to_lowercase().contains("disputed"), "{row_text}");
    let counts = text_of(c, "nav.counts").to_lowercase();
    assert!(
        counts.contains("disputed") && counts.contains("confirmed"),
        "{counts}"
    );
    let board = shot(c, "board.png");

    // 2. open the claim: three ledger rows, the denial among them, evidence highlighted
    c.click(&row_link).unwrap();
    c.wait_find("table.ledger").unwrap();
    assert!(c.url().unwrap().ends_with(claim));
    let rows = c.find_all("table.ledger tbody tr").unwrap();
    assert_eq!(rows.len(), 3);
    let mut denial = None;
    for r in &rows {
        let t = c.text(r).unwrap();
        if t.contains("Fazlollah Nozari") {
            assert!(t.contains("denies"), "{t}");
            assert!(t.contains(XSS_OUTLET), "outlet shown as text: {t}");
            denial = Some(r.clone());
        }
    }
    let denial = denial.expect("Nozari's row");
    let ev = c.find_in(&denial, "mark.evidence").unwrap();
    assert_eq!(c.text(&ev).unwrap(), "no missile was sent to Russia");
    let timeline = text_of(c, "ol.timeline").to_lowercase();
    assert!(timeline.contains("disputed"), "{timeline}");
    let brief = text_of(c, "section.brief");
    assert!(brief.contains("Nozari"), "{brief}");
    let claim_shot = shot(c, "claim.png");

    // 3. follow the row to the article: the evidence is highlighted in context, actors marked
    let ctx = c.find_in(&denial, "a.ctx").unwrap();
    c.click(&ctx).unwrap();
    let mark = c.wait_find("mark#evidence").unwrap();
    let marked = c.text(&mark).unwrap();
    assert!(
        !marked.is_empty() && "no missile was sent to Russia".starts_with(&marked),
        "{marked:?}"
    );
    assert!(!c.find_all("article.doctext mark.actor").unwrap().is_empty());
    shot(c, "document.png");

    // 4. the XSS title is text, no script ran, no alert is open
    assert_eq!(text_of(c, "h1"), XSS_TITLE);
    assert_eq!(arts[1].document.header.title.as_deref(), Some(XSS_TITLE));
    assert!(c.alert_text().is_err(), "an alert is open");
    let scripts = c
        .execute("return document.querySelectorAll('script').length")
        .unwrap();
    assert_eq!(scripts, serde_json::json!(1), "only the embedded app.js");

    // 5. keyboard: '/' focuses the search box; typing and Enter searches
    c.goto(&format!("{base}/")).unwrap();
    c.wait_find("a.claim-link").unwrap();
    c.press("/").unwrap();
    let active = c.active().unwrap();
    assert_eq!(c.attr(&active, "id").unwrap().as_deref(), Some("q"));
    c.send_keys(&active, "Fath-360\u{E007}").unwrap(); // U+E007 is WebDriver's Enter
    c.wait_find("ol.hits mark").unwrap();
    let hits = text_of(c, "ol.hits");
    assert!(
        hits.contains("Blinken: Iran delivered Fath-360 missiles"),
        "{hits}"
    );

    // j moves focus through the rows
    c.goto(&format!("{base}/")).unwrap();
    c.wait_find("a.claim-link").unwrap();
    c.press("j").unwrap();
    let focused = c.active().unwrap();
    assert_eq!(
        c.attr(&focused, "href").unwrap().as_deref(),
        Some(format!("/claims/{claim}").as_str())
    );

    // the actor page lists the events the actor is party to
    c.goto(&format!("{base}/actors/IRN")).unwrap();
    let events = c
        .wait_find("ul.events")
        .map(|e| c.text(&e).unwrap())
        .unwrap();
    assert!(events.contains("Fath-360 missiles"), "{events}");
    shot(c, "actor.png");

    // 6. the graph is SVG with one arrow, Iran to Russia
    c.goto(&format!("{base}/graph")).unwrap();
    c.wait_find("svg").unwrap();
    assert_eq!(c.find_all("svg path.edge").unwrap().len(), 1);
    shot(c, "graph.png");

    // 7. phone width: the board still fits, no page-wide horizontal scroll
    c.set_window(390, 844).unwrap();
    c.goto(&format!("{base}/")).unwrap();
    c.wait_find("a.claim-link").unwrap();
    let overflow = c
        .execute(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth",
        )
        .unwrap();
    assert!(
        overflow.as_i64().unwrap() <= 1,
        "page scrolls sideways by {overflow}px on a phone"
    );
    shot(c, "board-phone.png");

    if std::env::var_os("DOSSIER_UPDATE_SCREENSHOTS").is_some() {
        let docs = workspace_root().join("docs/screenshots");
        std::fs::create_dir_all(&docs).unwrap();
        std::fs::copy(&board, docs.join("board.png")).unwrap();
        std::fs::copy(&claim_shot, docs.join("claim.png")).unwrap();
    }
    eprintln!("screenshots in {}", board.parent().unwrap().display());
}
