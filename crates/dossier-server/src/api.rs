//! The JSON API under `/api/`, described in `assets/openapi.json` (served at
//! `/api/openapi.json`). Every list takes `limit` (1–500, default 50) and `offset` and answers
//! `{"items":[…],"limit":…,"offset":…,"next_offset":…|null}`; every error is
//! `{"error":{"status":…,"message":"…"}}` with the matching HTTP status.

use crate::{ApiError, AppState, MAX_BODY_BYTES};
use axum::body::{Body, Bytes};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use dossier_core::ledger::ClaimStatus;
use dossier_ingest::{Item, Options};
use dossier_store::{Backend, ClaimFilter, Incoming, Page};
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::HashMap;

pub(crate) type Params = Query<HashMap<String, String>>;

pub(crate) const OPENAPI: &str = include_str!("../assets/openapi.json");
/// Largest page a client may ask for.
pub(crate) const MAX_LIMIT: usize = 500;
/// Most documents one POST may carry.
pub(crate) const MAX_POST_DOCUMENTS: usize = 1000;

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/openapi.json", get(openapi))
        .route("/api/stats", get(stats))
        .route("/api/documents", get(documents).post(post_documents))
        .route("/api/documents/{id}", get(document))
        .route("/api/search", get(search))
        .route("/api/claims", get(claims))
        .route("/api/claims/{id}", get(claim))
        .route("/api/actors", get(actors))
        .route("/api/actors/{id}", get(actor))
        .route("/api/graph", get(graph))
        .route("/api/contradictions", get(contradictions))
        .route("/api/changes", get(changes))
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

pub(crate) fn api_not_found() -> ApiError {
    ApiError::not_found("no such API endpoint; see /api/openapi.json")
}

/// `limit` and `offset` from the query string.
/// The `min_confidence` parameter (0–1, default 0: every statement shown).
pub(crate) fn min_confidence(q: &HashMap<String, String>) -> Result<f32, ApiError> {
    match q
        .get("min_confidence")
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
    {
        None => Ok(0.0),
        Some(s) => s
            .parse::<f32>()
            .ok()
            .filter(|c| (0.0..=1.0).contains(c))
            .ok_or_else(|| {
                ApiError::bad_request(format!("min_confidence must be between 0 and 1, got {s:?}"))
            }),
    }
}

pub(crate) fn page(q: &HashMap<String, String>) -> Result<Page, ApiError> {
    let num = |name: &str, default: usize| -> Result<usize, ApiError> {
        match q.get(name).map(|s| s.trim()).filter(|s| !s.is_empty()) {
            None => Ok(default),
            Some(s) => s.parse::<usize>().map_err(|_| {
                ApiError::bad_request(format!("{name} must be a non-negative integer, got {s:?}"))
            }),
        }
    };
    let limit = num("limit", 50)?;
    if limit == 0 || limit > MAX_LIMIT {
        return Err(ApiError::bad_request(format!(
            "limit must be between 1 and {MAX_LIMIT}, got {limit}"
        )));
    }
    Ok(Page {
        limit,
        offset: num("offset", 0)?,
    })
}

/// A date filter: `YYYY-MM-DD`, optionally followed by a time.
pub(crate) fn date_param(
    q: &HashMap<String, String>,
    name: &str,
) -> Result<Option<String>, ApiError> {
    let Some(s) = q.get(name).map(|s| s.trim()).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    let b = s.as_bytes();
    let ok = b.len() >= 10
        && b[..10].iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
        && (b.len() == 10 || b[10] == b'T' || b[10] == b' ');
    if !ok {
        return Err(ApiError::bad_request(format!(
            "{name} must be a date like 2024-09-01, got {s:?}"
        )));
    }
    Ok(Some(s.to_string()))
}

pub(crate) fn status_param(q: &HashMap<String, String>) -> Result<Option<ClaimStatus>, ApiError> {
    let Some(s) = q.get("status").map(|s| s.trim()).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    serde_json::from_value(Value::String(s.to_ascii_lowercase()))
        .map(Some)
        .map_err(|_| {
            ApiError::bad_request(format!(
            "status must be one of unverified, reported, disputed, denied, confirmed; got {s:?}"
        ))
        })
}

pub(crate) fn claim_filter(q: &HashMap<String, String>) -> Result<ClaimFilter, ApiError> {
    Ok(ClaimFilter {
        status: status_param(q)?,
        actor: q
            .get("actor")
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty()),
        since: date_param(q, "since")?,
    })
}

fn listing<T: Serialize>(items: Vec<T>, page: Page) -> Value {
    let next = (items.len() == page.limit).then_some(page.offset + page.limit);
    json!({ "items": items, "limit": page.limit, "offset": page.offset, "next_offset": next })
}

/// A list built in memory (graph edges): cut the requested page out of it.
fn slice<T: Serialize>(all: Vec<T>, page: Page) -> Value {
    let total = all.len();
    let items: Vec<T> = all.into_iter().skip(page.offset).take(page.limit).collect();
    let next = (page.offset + items.len() < total).then_some(page.offset + page.limit);
    json!({ "items": items, "limit": page.limit, "offset": page.offset, "next_offset": next, "total": total })
}

async fn stats(State(st): State<AppState>) -> Result<Json<Value>, ApiError> {
    st.with_store(|s| {
        let stats = s.stats()?;
        let counts = counts_json(s)?;
        Ok(Json(json!({ "stats": stats, "claims": counts })))
    })
    .await
}

fn counts_json(s: &dyn Backend) -> Result<Value, ApiError> {
    let mut m = serde_json::Map::new();
    for (status, n) in s.claim_counts()? {
        m.insert(status.as_str().to_string(), json!(n));
    }
    Ok(Value::Object(m))
}

async fn documents(State(st): State<AppState>, Query(q): Params) -> Result<Json<Value>, ApiError> {
    let page = page(&q)?;
    st.with_store(move |s| Ok(Json(listing(s.documents(page)?, page))))
        .await
}

/// What the UI highlights in a document: actor mentions, statement cues and contents, event
/// evidence — each with its code-point span.
pub(crate) fn highlights(x: &dossier_core::Extraction) -> Vec<Value> {
    let mut out = Vec::new();
    for a in &x.actors {
        for m in &a.mentions {
            out.push(json!({"kind": "actor", "start": m.start, "end": m.end, "text": m.text, "actor": a.id}));
        }
    }
    for s in &x.statements {
        out.push(json!({"kind": "cue", "start": s.cue.start, "end": s.cue.end, "text": s.cue.text, "statement": s.id}));
        out.push(json!({"kind": "statement", "start": s.content.start, "end": s.content.end, "text": s.content.text,
            "statement": s.id, "speaker": s.speaker.id, "stance": s.stance, "sourcing": s.sourcing}));
        if let Some(m) = &s.speaker.mention {
            out.push(json!({"kind": "speaker", "start": m.start, "end": m.end, "text": m.text, "actor": s.speaker.id, "statement": s.id}));
        }
    }
    for e in &x.events {
        out.push(json!({"kind": "event", "start": e.evidence.start, "end": e.evidence.end, "text": e.evidence.text,
            "event": e.id, "cameo": e.action.cameo, "modality": e.modality}));
    }
    out
}

async fn document(
    State(st): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    st.with_store(move |s| {
        let d = s
            .document(&id)?
            .ok_or_else(|| ApiError::not_found(format!("no document {id:?}")))?;
        let hl = highlights(&d.extraction);
        Ok(Json(json!({
            "document": d.document.header,
            "text": d.document.text,
            "origin": d.origin,
            "highlights": hl,
            "extraction": d.extraction,
        })))
    })
    .await
}

async fn search(State(st): State<AppState>, Query(q): Params) -> Result<Json<Value>, ApiError> {
    let page = page(&q)?;
    let query = q.get("q").map(|s| s.trim().to_string()).unwrap_or_default();
    if query.is_empty() {
        return Err(ApiError::bad_request(
            "q is required: the words to search for",
        ));
    }
    st.with_store(move |s| {
        let hits = s.search(&query, page)?;
        let mut v = listing(hits, page);
        v["query"] = json!(query);
        Ok(Json(v))
    })
    .await
}

async fn claims(State(st): State<AppState>, Query(q): Params) -> Result<Json<Value>, ApiError> {
    let page = page(&q)?;
    let filter = claim_filter(&q)?;
    st.with_store(move |s| {
        let mut v = listing(s.claims(&filter, page)?, page);
        v["counts"] = counts_json(s)?;
        Ok(Json(v))
    })
    .await
}

/// A brief quotes the whole ledger up to this many rows, else the first row and the latest
/// word of each voice (`Backend::claim_digest`).
pub(crate) const BRIEF_LEDGER_ROWS: usize = 200;

async fn claim(
    State(st): State<AppState>,
    Path(id): Path<String>,
    Query(q): Params,
) -> Result<Json<Value>, ApiError> {
    // `limit`/`offset` page the ledger; `claim.ledger_total` says how long it is;
    // `min_confidence` hides statement rows below it (status still counts every row).
    let page = page(&q)?;
    let min = min_confidence(&q)?;
    st.with_store(move |s| {
        let mut c = s
            .claim_page(&id, page)?
            .ok_or_else(|| ApiError::not_found(format!("no claim {id:?}")))?;
        let mut digest = s
            .claim_digest(&c.id, BRIEF_LEDGER_ROWS)?
            .ok_or_else(|| ApiError::not_found(format!("no claim {id:?}")))?;
        let hide = |r: &mut dossier_core::ledger::ClaimRecord| {
            dossier_core::attribution::confidence::hide_low_confidence(r, min, |doc| {
                s.document(doc)
                    .ok()
                    .flatten()
                    .map(|d| d.extraction.statements)
            })
        };
        let hidden = hide(&mut c);
        hide(&mut digest);
        let related = s.related_claims(&c, 5)?;
        let brief = dossier_core::brief::brief(&digest, &related);
        let markdown = brief.to_markdown();
        let related: Vec<Value> = related
            .iter()
            .map(|r| json!({"id": r.id, "claim": r.claim, "status": r.status}))
            .collect();
        Ok(Json(json!({
            "claim": c,
            "brief": brief,
            "brief_markdown": markdown,
            "related": related,
            "hidden_low_confidence": hidden,
        })))
    })
    .await
}

async fn actors(State(st): State<AppState>, Query(q): Params) -> Result<Json<Value>, ApiError> {
    let page = page(&q)?;
    st.with_store(move |s| Ok(Json(listing(s.actors(page)?, page))))
        .await
}

async fn actor(
    State(st): State<AppState>,
    Path(id): Path<String>,
    Query(q): Params,
) -> Result<Json<Value>, ApiError> {
    let page = page(&q)?;
    st.with_store(move |s| {
        let a = s
            .actor(&id)?
            .ok_or_else(|| ApiError::not_found(format!("no actor {id:?}")))?;
        let statements = s.actor_statements(&id, page)?;
        let events = s.actor_events(&id, page)?;
        let relations: Vec<_> = s
            .graph(None, None)?
            .into_iter()
            .filter(|e| e.source == id || e.target == id)
            .collect();
        let filter = ClaimFilter {
            actor: Some(id.clone()),
            ..Default::default()
        };
        let claims: Vec<Value> = s
            .claims(&filter, page)?
            .iter()
            .map(|c| json!({"id": c.id, "claim": c.claim, "status": c.status}))
            .collect();
        Ok(Json(json!({
            "actor": a,
            "statements": listing(statements, page),
            "events": listing(events, page),
            "relations": slice(relations, page),
            "claims": listing(claims, page),
        })))
    })
    .await
}

async fn graph(State(st): State<AppState>, Query(q): Params) -> Result<Json<Value>, ApiError> {
    let page = page(&q)?;
    let from = date_param(&q, "from")?;
    let to = date_param(&q, "to")?;
    st.with_store(move |s| Ok(Json(slice(s.graph(from.as_deref(), to.as_deref())?, page))))
        .await
}

async fn contradictions(
    State(st): State<AppState>,
    Query(q): Params,
) -> Result<Json<Value>, ApiError> {
    let page = page(&q)?;
    st.with_store(move |s| Ok(Json(listing(s.contradictions(page)?, page))))
        .await
}

async fn changes(State(st): State<AppState>, Query(q): Params) -> Result<Json<Value>, ApiError> {
    let page = page(&q)?;
    let since = date_param(&q, "since")?
        .ok_or_else(|| ApiError::bad_request("since is required, e.g. since=2024-09-01"))?;
    st.with_store(move |s| Ok(Json(listing(s.changes(&since, page)?, page))))
        .await
}

/// `POST /api/documents`: the body is one input in any format `dossier ingest` reads (plain
/// text, Markdown, HTML, JSONL, RSS/Atom, WARC; gzip transparently), detected from `?name=`
/// (e.g. `articles.jsonl`) or the content. Requires `Authorization: Bearer TOKEN`.
async fn post_documents(
    State(st): State<AppState>,
    headers: HeaderMap,
    Query(q): Params,
    body: Body,
) -> Result<Response, ApiError> {
    if !st.has_token() {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "ingest is disabled: the server was started without a token",
        ));
    }
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if !st.token_matches(given) {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "a valid token is required: Authorization: Bearer TOKEN",
        ));
    }
    // The body is read only once the token is checked, and never beyond the limit.
    let too_large = || {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the request body is larger than {MAX_BODY_BYTES} bytes"),
        )
    };
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_BODY_BYTES) {
        return Err(too_large());
    }
    let body: Bytes = axum::body::to_bytes(body, MAX_BODY_BYTES)
        .await
        .map_err(|_| too_large())?;
    if body.is_empty() {
        return Err(ApiError::bad_request("the request body is empty"));
    }
    let name = q
        .get("name")
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "post".to_string());
    st.with_store(move |s| {
        let mut docs = Vec::new();
        let mut rejected = Vec::new();
        let mut warnings = Vec::new();
        dossier_ingest::read_bytes(&name, &body, &Options::default(), &mut |item| match item {
            Item::Doc { origin, doc } => docs.push((origin.to_string(), doc)),
            Item::Rejected { .. } => rejected.push(item.to_string()),
            Item::Warning { .. } => warnings.push(item.to_string()),
        });
        if docs.len() > MAX_POST_DOCUMENTS {
            return Err(ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!(
                    "{} documents in one request; at most {MAX_POST_DOCUMENTS}",
                    docs.len()
                ),
            ));
        }
        let extractions: Vec<_> = docs
            .iter()
            .map(|(_, d)| {
                let mut x = dossier_core::extract(d);
                dossier_stance::annotate(d, &mut x);
                x
            })
            .collect();
        let batch: Vec<Incoming> = docs
            .iter()
            .zip(&extractions)
            .map(|((origin, d), x)| Incoming {
                document: d,
                extraction: x,
                origin,
            })
            .collect();
        let outcome = s.put_batch(&batch)?;
        let ids: Vec<&str> = docs.iter().map(|(_, d)| d.header.id.as_str()).collect();
        let status = if docs.is_empty() {
            StatusCode::UNPROCESSABLE_ENTITY
        } else if outcome.new > 0 {
            StatusCode::CREATED
        } else {
            StatusCode::OK
        };
        let body = json!({
            "new": outcome.new,
            "duplicates": outcome.duplicates,
            "documents": ids,
            "rejected": rejected,
            "warnings": warnings,
        });
        Ok((status, Json(body)).into_response())
    })
    .await
}
