//! The JSON API and the server-rendered pages, driven in-process through the router (no
//! socket), over a database built from hand-made extractions.

mod common;

use axum::body::{to_bytes, Body};
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use common::*;
use dossier_server::{check_bind, router, router_with_timeout, AppState, CSP};
use serde_json::Value;
use tower::ServiceExt;

struct Fixture {
    _dir: tempfile::TempDir,
    app: Router,
    claim: String,
    arts: Vec<Article>,
}

fn fixture(token: Option<&str>) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("web.db");
    let arts = build_db(&db);
    let claim = claim_id(&db);
    Fixture {
        app: router(AppState::new(db, token)),
        _dir: dir,
        claim,
        arts,
    }
}

async fn call(app: &Router, req: Request<Body>) -> (StatusCode, axum::http::HeaderMap, String) {
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = to_bytes(res.into_body(), usize::MAX).await.unwrap();
    (status, headers, String::from_utf8(body.to_vec()).unwrap())
}

async fn get(app: &Router, uri: &str) -> (StatusCode, String) {
    let (s, _, b) = call(app, Request::get(uri).body(Body::empty()).unwrap()).await;
    (s, b)
}

async fn get_json(app: &Router, uri: &str) -> (StatusCode, Value) {
    let (s, b) = get(app, uri).await;
    let v = serde_json::from_str(&b).unwrap_or_else(|e| panic!("{uri}: not JSON ({e}): {b}"));
    (s, v)
}

fn error_message(v: &Value) -> &str {
    v["error"]["message"].as_str().unwrap_or_default()
}

#[tokio::test]
async fn claims_list_filters_and_paginates() {
    let f = fixture(None);
    let (s, v) = get_json(&f.app, "/api/claims").await;
    assert_eq!(s, StatusCode::OK);
    let items = v["items"].as_array().unwrap();
    let c = items.iter().find(|c| c["id"] == f.claim.as_str()).unwrap();
    assert_eq!(c["status"], "disputed");
    assert_eq!(c["ledger"].as_array().unwrap().len(), 3);
    assert!(v["counts"]["disputed"].as_u64().unwrap() >= 1);
    assert_eq!(v["next_offset"], Value::Null);

    // status and actor filters
    let (_, v) = get_json(&f.app, "/api/claims?status=confirmed").await;
    assert!(v["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["status"] == "confirmed"));
    let (_, v) = get_json(&f.app, "/api/claims?actor=UKR").await;
    assert!(v["items"].as_array().unwrap().is_empty());
    let (_, v) = get_json(&f.app, "/api/claims?since=2024-09-01&actor=RUS").await;
    assert!(v["items"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["id"] == f.claim.as_str()));
    let (_, v) = get_json(&f.app, "/api/claims?since=2025-01-01").await;
    assert!(v["items"].as_array().unwrap().is_empty());

    // bad parameters are 400 with a message naming the parameter
    for (uri, word) in [
        ("/api/claims?status=rumoured", "status"),
        ("/api/claims?since=last%20week", "since"),
        ("/api/claims?limit=0", "limit"),
        ("/api/claims?limit=100000", "limit"),
        ("/api/claims?offset=-3", "offset"),
        ("/api/changes", "since"),
        ("/api/search", "q"),
    ] {
        let (s, v) = get_json(&f.app, uri).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{uri}");
        assert_eq!(v["error"]["status"], 400);
        assert!(error_message(&v).contains(word), "{uri}: {v}");
    }
}

#[tokio::test]
async fn one_claim_has_ledger_timeline_and_brief() {
    let f = fixture(None);
    let (s, v) = get_json(&f.app, &format!("/api/claims/{}", f.claim)).await;
    assert_eq!(s, StatusCode::OK);
    let ledger = v["claim"]["ledger"].as_array().unwrap();
    let speakers: Vec<&str> = ledger
        .iter()
        .map(|e| e["speaker"]["name"].as_str().unwrap())
        .collect();
    assert!(
        speakers.contains(&"Fazlollah Nozari") && speakers.contains(&"Antony Blinken"),
        "{speakers:?}"
    );
    let denial = ledger
        .iter()
        .find(|e| e["stance"] == "denies")
        .expect("a denial");
    assert_eq!(denial["evidence"]["text"], "no missile was sent to Russia");
    let timeline = v["claim"]["timeline"].as_array().unwrap();
    assert_eq!(timeline.last().unwrap()["to"], "disputed");
    assert!(!v["brief"]["sections"].as_array().unwrap().is_empty());
    assert!(v["brief_markdown"].as_str().unwrap().contains("Nozari"));

    let (s, v) = get_json(&f.app, "/api/claims/0000nope").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(error_message(&v).contains("0000nope"));
}

#[tokio::test]
async fn documents_search_actors_graph_contradictions_changes() {
    let f = fixture(None);
    let (_, v) = get_json(&f.app, "/api/documents?limit=2").await;
    assert_eq!(v["items"].as_array().unwrap().len(), 2);
    assert_eq!(v["next_offset"], 2);
    // newest first
    assert_eq!(v["items"][0]["published"], "2024-09-10");
    let (_, v) = get_json(&f.app, "/api/documents?limit=2&offset=2").await;
    assert_eq!(v["items"].as_array().unwrap().len(), 1);
    assert_eq!(v["next_offset"], Value::Null);

    // one document: every highlight span is the text at its code-point offsets
    let nozari = &f.arts[1].document;
    let (s, v) = get_json(
        &f.app,
        &format!("/api/documents/{}", &nozari.header.id[..12]),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["document"]["title"], XSS_TITLE);
    let text: Vec<char> = v["text"].as_str().unwrap().chars().collect();
    let hl = v["highlights"].as_array().unwrap();
    assert!(hl
        .iter()
        .any(|h| h["kind"] == "speaker" && h["text"] == "He"));
    for h in hl {
        let (a, b) = (
            h["start"].as_u64().unwrap() as usize,
            h["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            text[a..b].iter().collect::<String>(),
            h["text"].as_str().unwrap()
        );
    }
    let (s, _) = get_json(&f.app, "/api/documents/ffffffffffff").await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    let (_, v) = get_json(&f.app, "/api/search?q=Fath-360").await;
    let hits = v["items"].as_array().unwrap();
    assert_eq!(hits.len(), 1, "{v}");
    assert!(
        hits[0]["snippet"].as_str().unwrap().contains("[Fath]"),
        "{v}"
    );

    let (_, v) = get_json(&f.app, "/api/actors").await;
    assert!(v["items"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["id"] == "RUS" && a["documents"] == 3));
    let (s, v) = get_json(&f.app, "/api/actors/PERSON.fazlollah-nozari").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["actor"]["name"], "Fazlollah Nozari");
    assert_eq!(
        v["statements"]["items"][0]["content"]["text"],
        "no missile was sent to Russia"
    );
    let (_, v) = get_json(&f.app, "/api/actors/IRN?limit=1").await;
    assert_eq!(v["events"]["items"].as_array().unwrap().len(), 1);
    assert_eq!(v["events"]["next_offset"], 1);
    assert!(v["claims"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["id"] == f.claim.as_str()));
    let (s, _) = get_json(&f.app, "/api/actors/XXX.nobody").await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    // the negated event is not a relation; the two reported transfers are, in two months
    let (_, v) = get_json(&f.app, "/api/graph").await;
    let edges = v["items"].as_array().unwrap();
    assert_eq!(edges.len(), 2, "{v}");
    assert!(edges
        .iter()
        .all(|e| e["source"] == "IRN" && e["target"] == "RUS"));
    let (_, v) = get_json(&f.app, "/api/graph?from=2024-09-01").await;
    assert_eq!(v["items"].as_array().unwrap().len(), 1);

    let (_, v) = get_json(&f.app, "/api/contradictions").await;
    let pairs = v["items"].as_array().unwrap();
    assert!(
        pairs
            .iter()
            .any(|p| p["denies"]["speaker"]["id"] == "PERSON.fazlollah-nozari"),
        "{v}"
    );

    let (_, v) = get_json(&f.app, "/api/changes?since=2024-08-10").await;
    let changes = v["items"].as_array().unwrap();
    assert!(
        changes
            .iter()
            .any(|c| c["claim"] == f.claim.as_str() && c["to"] == "disputed"),
        "{v}"
    );
    assert!(changes
        .iter()
        .all(|c| c["published"].as_str().unwrap() >= "2024-08-10"));

    let (s, v) = get_json(&f.app, "/api/no-such-thing").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(error_message(&v).contains("openapi"));
}

#[tokio::test]
async fn openapi_documents_every_route() {
    let f = fixture(None);
    let (s, v) = get_json(&f.app, "/api/openapi.json").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["openapi"], "3.0.3");
    let paths = v["paths"].as_object().unwrap();
    for p in [
        "/api/documents",
        "/api/documents/{id}",
        "/api/search",
        "/api/claims",
        "/api/claims/{id}",
        "/api/actors",
        "/api/actors/{id}",
        "/api/graph",
        "/api/contradictions",
        "/api/changes",
    ] {
        assert!(paths.contains_key(p), "{p} undocumented");
    }
    assert!(paths["/api/documents"]["post"]["security"].is_array());
}

fn post(uri: &str, token: Option<&str>, body: impl Into<Body>) -> Request<Body> {
    let mut r = Request::builder().method(Method::POST).uri(uri);
    if let Some(t) = token {
        r = r.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    r.body(body.into()).unwrap()
}

const JSONL: &str = r#"{"title":"Kyiv says drones hit refinery","outlet":"Dnipro Daily","published":"2024-09-12","text":"Ukrainian officials said on Thursday that drones struck an oil refinery in Russia's Ryazan region. The Russian defence ministry denied that the refinery was damaged."}
not json at all
"#;

#[tokio::test]
async fn posting_documents_needs_the_token() {
    // a server without a token refuses ingest outright
    let f = fixture(None);
    let (s, _, b) = call(
        &f.app,
        post("/api/documents?name=a.jsonl", Some("x"), JSONL),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "{b}");

    let f = fixture(Some("s3cret-token"));
    // an oversized body without the token is refused for the token, before being read
    let big = vec![b'a'; dossier_server::MAX_BODY_BYTES + 1];
    let (s, _, _) = call(&f.app, post("/api/documents", None, big.clone())).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    for bad in [
        None,
        Some("wrong"),
        Some("s3cret-toke"),
        Some("s3cret-token "),
    ] {
        let (s, _, b) = call(&f.app, post("/api/documents?name=a.jsonl", bad, JSONL)).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "{bad:?}: {b}");
    }
    let (s, _, b) = call(
        &f.app,
        post("/api/documents?name=a.jsonl", Some("s3cret-token"), JSONL),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let v: Value = serde_json::from_str(&b).unwrap();
    assert_eq!(v["new"], 1);
    let rejected = v["rejected"].as_array().unwrap();
    assert_eq!(rejected.len(), 1, "{v}");
    assert!(
        rejected[0].as_str().unwrap().starts_with("a.jsonl:2:"),
        "{v}"
    );
    // stored and searchable
    let (_, v) = get_json(&f.app, "/api/search?q=refinery").await;
    assert_eq!(v["items"][0]["title"], "Kyiv says drones hit refinery");
    // idempotent
    let (s, _, b) = call(
        &f.app,
        post("/api/documents?name=a.jsonl", Some("s3cret-token"), JSONL),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(serde_json::from_str::<Value>(&b).unwrap()["duplicates"], 1);
    // empty and oversized bodies
    let (s, _, _) = call(&f.app, post("/api/documents", Some("s3cret-token"), "")).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _, b) = call(&f.app, post("/api/documents", Some("s3cret-token"), big)).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    let v: Value = serde_json::from_str(&b).expect("a JSON error");
    assert_eq!(v["error"]["status"], 413);
    // a wrong method is a JSON error too
    let (s, _, b) = call(&f.app, post("/api/claims", None, "")).await;
    assert_eq!(s, StatusCode::METHOD_NOT_ALLOWED);
    assert!(b.contains("\"status\":405"), "{b}");
}

#[tokio::test]
async fn pages_escape_article_text_and_carry_a_csp() {
    let f = fixture(None);
    let nozari = &f.arts[1].document.header.id;
    for uri in [
        "/".to_string(),
        "/documents".to_string(),
        format!("/documents/{nozari}"),
        format!("/claims/{}", f.claim),
        "/search?q=missile".to_string(),
    ] {
        let (s, h, b) = call(&f.app, Request::get(&uri).body(Body::empty()).unwrap()).await;
        assert_eq!(s, StatusCode::OK, "{uri}");
        assert_eq!(h[header::CONTENT_SECURITY_POLICY], CSP);
        assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert!(!b.contains("<script>alert"), "{uri} has a live script tag");
        assert!(!b.contains("<img src=x"), "{uri} has a live img tag");
        // the only script is the embedded asset
        assert_eq!(b.matches("<script").count(), 1, "{uri}");
    }
    let (_, b) = get(&f.app, &format!("/documents/{nozari}")).await;
    assert!(b.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let (_, b) = get(&f.app, &format!("/claims/{}", f.claim)).await;
    assert!(
        b.contains("&lt;img src=x onerror=alert(2)&gt;"),
        "outlet shown as text"
    );
    assert!(b.contains("<mark class=\"evidence\">no missile was sent to Russia</mark>"));

    // evidence highlighted in context, actors marked at their spans
    let ev = span_of(&f.arts[1].document.text, "no missile was sent to Russia");
    let (_, b) = get(
        &f.app,
        &format!("/documents/{nozari}?hl={}-{}", ev.start, ev.end),
    )
    .await;
    assert!(b.contains("id=\"evidence\""), "{b}");
    assert!(b.contains("Fazlollah Nozari</mark>"));

    // a missing page is a 404 page, unknown claims too
    let (s, b) = get(&f.app, "/claims/zzzz").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(b.contains("no claim"));
    let (s, _) = get(&f.app, "/nowhere").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = get(&f.app, "/?status=bogus").await;
    assert_eq!(s, StatusCode::BAD_REQUEST);

    let (s, b) = get(&f.app, "/graph").await;
    assert_eq!(s, StatusCode::OK);
    assert!(b.contains("<svg") && b.contains("class=\"edge coop\""));
}

#[test]
fn non_loopback_needs_a_token() {
    let lan = "0.0.0.0:8080".parse().unwrap();
    let local = "127.0.0.1:8080".parse().unwrap();
    let v6 = "[::1]:8080".parse().unwrap();
    assert!(check_bind(lan, None)
        .unwrap_err()
        .to_string()
        .contains("token"));
    assert!(check_bind(lan, Some("")).is_err());
    assert!(check_bind(lan, Some("t")).is_ok());
    assert!(check_bind(local, None).is_ok());
    assert!(check_bind(v6, None).is_ok());
}

#[tokio::test]
async fn static_assets_cannot_reach_the_file_system() {
    let f = fixture(None);
    let (s, css) = get(&f.app, "/assets/style.css").await;
    assert_eq!(s, StatusCode::OK);
    assert!(!css.is_empty());
    // Assets are compiled into the binary under fixed routes: no path reaches a file.
    for uri in [
        "/assets/../Cargo.toml",
        "/assets/%2e%2e/%2e%2e/Cargo.toml",
        "/assets/..%2f..%2fCargo.toml",
        "/assets/style.css/../../../../etc/passwd",
        "/assets//etc/passwd",
    ] {
        let (s, body) = get(&f.app, uri).await;
        assert_ne!(s, StatusCode::OK, "{uri} answered 200");
        assert!(
            !body.contains("[workspace]") && !body.contains("root:"),
            "{uri} leaked a file"
        );
    }
}

#[tokio::test]
async fn a_request_that_takes_too_long_gets_408_in_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("slow.db");
    build_db(&db);
    let app = router_with_timeout(
        AppState::new(db, Some("s3cret")),
        std::time::Duration::from_millis(100),
    );
    // A client that sends its body slower than the limit allows.
    let slow = futures_util::stream::once(async {
        tokio::time::sleep(std::time::Duration::from_secs(5)).await;
        Ok::<_, std::io::Error>(axum::body::Bytes::from_static(b"{\"text\":\"late\"}\n"))
    });
    let req = Request::builder()
        .method(Method::POST)
        .uri("/api/documents?name=slow.jsonl")
        .header(header::AUTHORIZATION, "Bearer s3cret")
        .body(Body::from_stream(slow))
        .unwrap();
    let started = std::time::Instant::now();
    let (s, _, body) = call(&app, req).await;
    assert_eq!(s, StatusCode::REQUEST_TIMEOUT, "{body}");
    assert!(started.elapsed() < std::time::Duration::from_secs(3));
    let v: Value = serde_json::from_str(&body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"));
    assert_eq!(v["error"]["status"], 408);
}

/// Issue 20: the claim page and the API show the date the text gives ("said on Tuesday",
/// resolved by the core date resolver) and say so; rows whose text gives none show their
/// publication date, marked as such.
#[tokio::test]
async fn claim_dates_say_whether_the_text_or_the_publication_gives_them() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("web.db");
    let mut arts = articles();
    let blinken = arts
        .iter_mut()
        .find(|a| a.document.text.contains("Blinken said on Tuesday"))
        .expect("the Blinken article");
    let text = blinken.document.text.clone();
    let refs = dossier_core::dates::date_refs(
        &text,
        &dossier_core::text::Offsets::new(&text),
        blinken.document.header.published.as_deref(),
    );
    let on_tuesday = refs
        .into_iter()
        .map(|(_, r)| r)
        .find(|r| r.evidence.text == "on Tuesday")
        .expect("the resolver reads \"on Tuesday\"");
    blinken.extraction.statements[0].date = Some(on_tuesday.clone());
    let mut store = dossier_store::Store::open(&db).unwrap();
    let batch: Vec<dossier_store::Incoming> = arts
        .iter()
        .map(|a| dossier_store::Incoming {
            document: &a.document,
            extraction: &a.extraction,
            origin: "fixture",
        })
        .collect();
    store.put_batch(&batch).unwrap();
    drop(store);
    let claim = claim_id(&db);
    let app = router(AppState::new(db, None));

    let (s, v) = get_json(&app, &format!("/api/claims/{claim}")).await;
    assert_eq!(s, StatusCode::OK);
    let ledger = v["claim"]["ledger"].as_array().unwrap();
    let row = ledger
        .iter()
        .find(|e| e["speaker"]["name"] == "Antony Blinken")
        .unwrap();
    assert_eq!(row["date"]["value"], on_tuesday.value.as_str());
    assert_eq!(row["date"]["granularity"], "day");
    assert_eq!(row["date"]["evidence"]["text"], "on Tuesday");
    assert!(ledger
        .iter()
        .filter(|e| e["speaker"]["name"] != "Antony Blinken")
        .all(|e| e.get("date").is_none()));

    let (s, page) = get(&app, &format!("/claims/{claim}")).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        page.contains(&format!(
            "{} <span class=\"date-source\">(text: &quot;on Tuesday&quot;, day)</span>",
            on_tuesday.value
        )),
        "{page}"
    );
    assert!(
        page.contains("<span class=\"date-source\">(published)</span>"),
        "{page}"
    );
}
