//! The web UI: server-rendered pages (maud escapes every interpolated string, so article text,
//! titles and names always show as text), one embedded stylesheet and one small script for
//! keyboard shortcuts. Every page works without the script.

use crate::api::{self, claim_filter, date_param, page, Params};
use crate::highlight::{segments, Mark};
use crate::{ApiError, AppState};
use axum::extract::{Path, Query, State};
use axum::http::{header, Uri};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use dossier_core::ledger::{ClaimRecord, ClaimStatus};
use dossier_store::{ClaimFilter, Page};
use maud::{html, Markup, DOCTYPE};
use std::collections::HashMap;

const STYLE: &str = include_str!("../assets/style.css");
const SCRIPT: &str = include_str!("../assets/app.js");

const STATUSES: [ClaimStatus; 5] = [
    ClaimStatus::Unverified,
    ClaimStatus::Reported,
    ClaimStatus::Disputed,
    ClaimStatus::Denied,
    ClaimStatus::Confirmed,
];

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(board))
        .route("/claims/{id}", get(claim_page))
        .route("/documents", get(documents_page))
        .route("/documents/{id}", get(document_page))
        .route("/actors", get(actors_page))
        .route("/actors/{id}", get(actor_page))
        .route("/graph", get(graph_page))
        .route("/contradictions", get(contradictions_page))
        .route("/search", get(search_page))
        .route("/assets/style.css", get(style))
        .route("/assets/app.js", get(script))
        .merge(crate::watch_ui::routes())
}

/// An error shown as a page (with the same status the API would use).
pub(crate) struct UiError(ApiError);

impl From<ApiError> for UiError {
    fn from(e: ApiError) -> UiError {
        UiError(e)
    }
}
impl From<dossier_store::StoreError> for UiError {
    fn from(e: dossier_store::StoreError) -> UiError {
        UiError(e.into())
    }
}

impl IntoResponse for UiError {
    fn into_response(self) -> Response {
        let status = self.0.status;
        let title = status.canonical_reason().unwrap_or("Error");
        let body = layout(
            title,
            "",
            html! {
                h1 { (status.as_u16()) " " (title) }
                p.error { (self.0.message) }
                p { a href="/" { "Back to the claims board" } }
            },
        );
        (status, body).into_response()
    }
}

pub(crate) type PageResult = Result<Html<String>, UiError>;

/// Unknown paths: JSON under `/api/`, a page elsewhere.
pub(crate) async fn not_found(uri: Uri) -> Response {
    if uri.path().starts_with("/api/") || uri.path() == "/api" {
        api::api_not_found().into_response()
    } else {
        UiError(ApiError::not_found(format!("nothing at {}", uri.path()))).into_response()
    }
}

async fn style() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        STYLE,
    )
        .into_response()
}

async fn script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        SCRIPT,
    )
        .into_response()
}

pub(crate) fn layout(title: &str, nav: &str, main: Markup) -> Html<String> {
    let item = |href: &str, label: &str, key: &str| {
        html! { a href=(href) aria-current=[(nav == key).then_some("page")] { (label) } }
    };
    Html(
        html! {
            (DOCTYPE)
            html lang="en" {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    title { (title) " · dossier" }
                    link rel="stylesheet" href="/assets/style.css";
                    script src="/assets/app.js" defer {}
                }
                body {
                    a.skip href="#main" { "Skip to content" }
                    header.top {
                        a.brand href="/" { "dossier" }
                        nav aria-label="Main" {
                            (item("/", "Claims", "claims"))
                            (item("/documents", "Documents", "documents"))
                            (item("/actors", "Actors", "actors"))
                            (item("/graph", "Graph", "graph"))
                            (item("/contradictions", "Contradictions", "contradictions"))
                            (item("/watch", "Watch", "watch"))
                        }
                        form.search role="search" action="/search" method="get" {
                            label.visually-hidden for="q" { "Search articles" }
                            input id="q" type="search" name="q" placeholder="Search articles  ( / )" accesskey="s";
                        }
                    }
                    main id="main" tabindex="-1" { (main) }
                }
            }
        }
        .into_string(),
    )
}

pub(crate) fn badge(s: ClaimStatus) -> Markup {
    html! { span class={"badge status-" (s.as_str())} { (s.as_str()) } }
}

fn word(v: &impl serde::Serialize) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s.replace('_', " "),
        _ => String::new(),
    }
}

/// A ledger row's or timeline step's date: the text's own date where it gives one, the
/// publication date otherwise, and which (`2024-08-05 (text: "on Monday", day)`).
fn shown_date(date: Option<&dossier_core::model::DateRef>, published: &Option<String>) -> Markup {
    let shown = dossier_core::dates::Shown::new(date, published.as_deref());
    html! {
        @if shown.value().is_empty() { "undated" } @else {
            (shown.value()) " " span.date-source { "(" (shown.source()) ")" }
        }
    }
}

fn short_date(d: &Option<String>) -> String {
    d.as_deref()
        .map(|d| d.chars().take(10).collect())
        .unwrap_or_else(|| "undated".into())
}

/// Percent-encode a query-string value.
pub(crate) fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn query(pairs: &[(&str, String)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", enc(v)))
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// Previous/next links; `base` is the path, `keep` the other query parameters.
fn pager(base: &str, keep: &[(&str, String)], page: Page, shown: usize) -> Markup {
    let link = |offset: usize| {
        let mut pairs = keep.to_vec();
        if offset > 0 {
            pairs.push(("offset", offset.to_string()));
        }
        if page.limit != 50 {
            pairs.push(("limit", page.limit.to_string()));
        }
        format!("{base}{}", query(&pairs))
    };
    html! {
        nav.pager aria-label="Pages" {
            @if page.offset > 0 {
                a rel="prev" href=(link(page.offset.saturating_sub(page.limit))) { "← Previous" }
            }
            span { "Rows " (page.offset + usize::from(shown > 0)) "–" (page.offset + shown) }
            @if shown == page.limit {
                a rel="next" href=(link(page.offset + page.limit)) { "Next →" }
            }
        }
    }
}

fn doc_link(doc: &str, start: usize, end: usize) -> String {
    format!("/documents/{}?hl={start}-{end}#evidence", enc(doc))
}

fn claims_table(claims: &[ClaimRecord]) -> Markup {
    html! {
        div.table-wrap {
            table.claims {
                thead { tr { th scope="col" { "Status" } th scope="col" { "Claim" } th scope="col" { "Sources" } th scope="col" { "Last seen" } } }
                tbody {
                    @for c in claims {
                        tr {
                            td { (badge(c.status)) }
                            td {
                                a.claim-link href={"/claims/" (enc(&c.id))} { (c.claim) }
                                div.explain { (c.explanation) }
                            }
                            td.num { (c.ledger_total.unwrap_or(c.ledger.len())) }
                            td.date { (short_date(&c.last_seen)) }
                        }
                    }
                }
            }
        }
    }
}

async fn board(State(st): State<AppState>, Query(q): Params) -> PageResult {
    let page = page(&q)?;
    let filter = claim_filter(&q)?;
    let f = filter.clone();
    let (claims, counts) = st
        .with_store(move |s| Ok((s.claims_board(&f, page)?, s.claim_counts()?)))
        .await?;
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    let count = |s: ClaimStatus| counts.iter().find(|(c, _)| *c == s).map_or(0, |(_, n)| *n);
    let keep = |status: Option<ClaimStatus>| {
        vec![
            (
                "status",
                status.map(|s| s.as_str().to_string()).unwrap_or_default(),
            ),
            ("actor", filter.actor.clone().unwrap_or_default()),
            ("since", filter.since.clone().unwrap_or_default()),
        ]
    };
    let body = html! {
        h1 { "Claims board" }
        nav.counts aria-label="Filter by status" {
            a href={"/" (query(&keep(None)))} aria-current=[filter.status.is_none().then_some("true")] {
                span.badge.status-all { "all" } " " span.n { (total) }
            }
            @for s in STATUSES {
                a href={"/" (query(&keep(Some(s))))} aria-current=[(filter.status == Some(s)).then_some("true")] {
                    (badge(s)) " " span.n { (count(s)) }
                }
            }
        }
        form.filters method="get" action="/" {
            label { "Status "
                select name="status" {
                    option value="" { "any" }
                    @for s in STATUSES {
                        option value=(s.as_str()) selected[filter.status == Some(s)] { (s.as_str()) }
                    }
                }
            }
            label { "Actor " input type="text" name="actor" placeholder="e.g. IRN" value=[filter.actor.as_deref()]; }
            label { "Since " input type="date" name="since" value=[filter.since.as_deref()]; }
            button type="submit" { "Filter" }
        }
        @if claims.is_empty() {
            p.empty { "No claims match. Claims appear once ingested articles report events." }
        } @else {
            (claims_table(&claims))
        }
        (pager("/", &keep(filter.status), page, claims.len()))
    };
    Ok(layout("Claims", "claims", body))
}

async fn claim_page(
    State(st): State<AppState>,
    Path(id): Path<String>,
    Query(q): Params,
) -> PageResult {
    // One page of the ledger (`limit`, `offset`); the brief reads the claim's digest.
    let page = page(&q)?;
    let (c, digest, related) = st
        .with_store(move |s| {
            let c = s
                .claim_page(&id, page)?
                .ok_or_else(|| ApiError::not_found(format!("no claim {id:?}")))?;
            let digest = s
                .claim_digest(&c.id, api::BRIEF_LEDGER_ROWS)?
                .ok_or_else(|| ApiError::not_found(format!("no claim {id:?}")))?;
            let related = s.related_claims(&c, 5)?;
            Ok((c, digest, related))
        })
        .await?;
    let brief = dossier_core::brief::brief(&digest, &related);
    let total = c.ledger_total.unwrap_or(c.ledger.len());
    let body = html! {
        p.crumbs { a href="/" { "Claims" } " › " (c.id) }
        h1 { (c.claim) }
        p.status-line { (badge(c.status)) " " (c.explanation) }
        dl.facts {
            dt { "Subject" } dd { a href={"/actors/" (enc(&c.subject.id))} { (c.subject.name) } " (" (c.subject.id) ")" }
            dt { "Predicate" } dd { (c.predicate) }
            @if let Some(t) = &c.target {
                dt { "Target" } dd { a href={"/actors/" (enc(&t.id))} { (t.name) } " (" (t.id) ")" }
            }
            @if let Some(o) = &c.object { dt { "Object" } dd { (o) } }
        }
        section aria-labelledby="ledger-h" {
            h2 id="ledger-h" { "Ledger" }
            @if total > c.ledger.len() {
                p.explain { "Rows " (page.offset + 1) "–" (page.offset + c.ledger.len()) " of " (total) " in timeline order." }
            }
            div.table-wrap {
                table.ledger {
                    thead { tr {
                        th scope="col" { "Date" } th scope="col" { "Speaker" } th scope="col" { "Sourcing" }
                        th scope="col" { "Stance" } th scope="col" { "Evidence" }
                    } }
                    tbody {
                        @for e in &c.ledger {
                            tr {
                                td.date { (shown_date(e.date.as_ref(), &e.published)) @if let Some(o) = &e.outlet { div.outlet { (o) } } }
                                td.speaker {
                                    a href={"/actors/" (enc(&e.speaker.id))} { (e.speaker.name) }
                                    @if !e.via.is_empty() {
                                        div.via { "via " (e.via.iter().map(|v| v.name.as_str()).collect::<Vec<_>>().join(" → ")) }
                                    }
                                }
                                td.sourcing { (word(&e.sourcing)) }
                                td { span class={"stance stance-" (word(&e.stance))} { (word(&e.stance)) } }
                                td.evidence {
                                    mark.evidence { (e.evidence.text) }
                                    " " a.ctx href=(doc_link(&e.document, e.evidence.start, e.evidence.end)) { "in context" }
                                }
                            }
                        }
                    }
                }
            }
            @if total > page.limit {
                (pager(&format!("/claims/{}", enc(&c.id)), &[], page, c.ledger.len()))
            }
        }
        section aria-labelledby="timeline-h" {
            h2 id="timeline-h" { "Status timeline" }
            ol.timeline {
                @for t in &c.timeline {
                    li {
                        span.date { (shown_date(t.date.as_ref(), &t.published)) }
                        " "
                        @if let Some(f) = t.from { (badge(f)) " → " }
                        (badge(t.to))
                        " " span.explain { (t.explanation) }
                        " " a href={"/documents/" (enc(&t.document))} { "document" }
                    }
                }
            }
        }
        section.brief aria-labelledby="brief-h" {
            h2 id="brief-h" { "Brief" }
            @for sec in &brief.sections {
                h3 { (sec.heading) }
                @for sen in &sec.sentences {
                    p {
                        (sen.text)
                        @for (i, cit) in sen.citations.iter().enumerate() {
                            " " a.cite href=(doc_link(&cit.document, cit.start, cit.end)) title=(cit.quote) { "[" (i + 1) "]" }
                        }
                    }
                }
            }
        }
        @if !related.is_empty() {
            section aria-labelledby="related-h" {
                h2 id="related-h" { "Related claims" }
                ul { @for r in &related { li { (badge(r.status)) " " a href={"/claims/" (enc(&r.id))} { (r.claim) } } } }
            }
        }
    };
    Ok(layout(&c.claim, "claims", body))
}

async fn documents_page(State(st): State<AppState>, Query(q): Params) -> PageResult {
    let page = page(&q)?;
    let docs = st.with_store(move |s| Ok(s.documents(page)?)).await?;
    let body = html! {
        h1 { "Documents" }
        div.table-wrap { table {
            thead { tr { th scope="col" { "Published" } th scope="col" { "Title" } th scope="col" { "Outlet" } th scope="col" { "Statements" } th scope="col" { "Events" } } }
            tbody { @for d in &docs { tr {
                td.date { (short_date(&d.published)) }
                td { a href={"/documents/" (enc(&d.id))} { (d.title.as_deref().unwrap_or("(untitled)")) } }
                td { (d.outlet.as_deref().unwrap_or("")) }
                td.num { (d.statements) } td.num { (d.events) }
            } } }
        } }
        (pager("/documents", &[], page, docs.len()))
    };
    Ok(layout("Documents", "documents", body))
}

/// `?hl=START-END`: a span (code points) to show as the evidence being looked at.
fn hl_param(q: &HashMap<String, String>) -> Option<(usize, usize)> {
    let (a, b) = q.get("hl")?.split_once('-')?;
    Some((a.trim().parse().ok()?, b.trim().parse().ok()?))
}

async fn document_page(
    State(st): State<AppState>,
    Path(id): Path<String>,
    Query(q): Params,
) -> PageResult {
    let d = st
        .with_store(move |s| {
            s.document(&id)?
                .ok_or_else(|| ApiError::not_found(format!("no document {id:?}")))
        })
        .await?;
    let x = &d.extraction;
    let mut marks = Vec::new();
    for s in &x.statements {
        marks.push(Mark {
            start: s.content.start,
            end: s.content.end,
            class: "statement",
            title: format!(
                "{} ({}, {}, {})",
                s.speaker.name,
                word(&s.stance),
                word(&s.sourcing),
                word(&s.mode)
            ),
        });
        marks.push(Mark {
            start: s.cue.start,
            end: s.cue.end,
            class: "cue",
            title: format!("cue: {}", s.cue.text),
        });
    }
    for a in &x.actors {
        for m in &a.mentions {
            marks.push(Mark {
                start: m.start,
                end: m.end,
                class: "actor",
                title: format!("{} ({})", a.name, a.id),
            });
        }
    }
    let hl = hl_param(&q);
    if let Some((s, e)) = hl {
        marks.push(Mark {
            start: s,
            end: e,
            class: "evidence",
            title: "evidence".into(),
        });
    }
    let segs = segments(&d.document.text, &marks);
    let mut evidence_anchor_done = false;
    let text = html! {
        @for seg in &segs {
            @if seg.marks.is_empty() {
                (seg.text)
            } @else {
                @let classes = seg.marks.iter().map(|&i| marks[i].class).collect::<Vec<_>>().join(" ");
                @let title = seg.marks.iter().map(|&i| marks[i].title.as_str()).collect::<Vec<_>>().join(" · ");
                @let is_ev = seg.marks.iter().any(|&i| marks[i].class == "evidence");
                @let anchor = if is_ev && !evidence_anchor_done { evidence_anchor_done = true; Some("evidence") } else { None };
                mark class=(classes) title=(title) id=[anchor] { (seg.text) }
            }
        }
    };
    let h = &d.document.header;
    let title = h.title.clone().unwrap_or_else(|| "(untitled)".into());
    let body = html! {
        p.crumbs { a href="/documents" { "Documents" } " › " (h.id.chars().take(12).collect::<String>()) }
        h1 { (title) }
        p.meta {
            (short_date(&h.published))
            @if let Some(o) = &h.outlet { " · " (o) }
            @if let Some(u) = &h.url { " · " span.url { (u) } }
        }
        p.legend aria-hidden="true" {
            mark.actor { "actor" } " " mark.statement { "statement" } " " mark.cue { "cue" }
            @if hl.is_some() { " " mark.evidence { "evidence" } }
        }
        div.doc-grid {
            article.doctext { (text) }
            aside {
                h2 { "Statements" }
                ol.statements {
                    @for s in &x.statements {
                        li {
                            a href={"/actors/" (enc(&s.speaker.id))} { (s.speaker.name) } " "
                            span.cue { (s.cue.text) } " "
                            span class={"stance stance-" (word(&s.stance))} { (word(&s.stance)) } " · " (word(&s.sourcing))
                            @if !s.via.is_empty() { div.via { "via " (s.via.iter().map(|v| v.name.as_str()).collect::<Vec<_>>().join(" → ")) } }
                            blockquote { (s.content.text) }
                        }
                    }
                }
                h2 { "Actors" }
                ul.actors {
                    @for a in &x.actors {
                        li { a href={"/actors/" (enc(&a.id))} { (a.name) } " " span.kind { (word(&a.kind)) } " ×" (a.mentions.len()) }
                    }
                }
                @if !x.events.is_empty() {
                    h2 { "Events" }
                    ul.events {
                        @for e in &x.events {
                            li {
                                (e.source.name) " " span.verb { (e.action.verb) } " "
                                @if let Some(t) = &e.target { (t.name) " " }
                                @if let Some(o) = &e.object { "(" (o) ") " }
                                span.code { (e.action.cameo) " " (e.action.plover) " · " (word(&e.modality)) }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(layout(&title, "documents", body))
}

async fn actors_page(State(st): State<AppState>, Query(q): Params) -> PageResult {
    let page = page(&q)?;
    let actors = st.with_store(move |s| Ok(s.actors(page)?)).await?;
    let body = html! {
        h1 { "Actors" }
        div.table-wrap { table {
            thead { tr { th scope="col" { "Actor" } th scope="col" { "Kind" } th scope="col" { "Country" } th scope="col" { "Documents" } th scope="col" { "Mentions" } th scope="col" { "Statements" } } }
            tbody { @for a in &actors { tr {
                td { a href={"/actors/" (enc(&a.id))} { (a.name) } " " span.code { (a.id) } }
                td { (a.kind.replace('_', " ")) } td { (a.country.as_deref().unwrap_or("")) }
                td.num { (a.documents) } td.num { (a.mentions) } td.num { (a.statements) }
            } } }
        } }
        (pager("/actors", &[], page, actors.len()))
    };
    Ok(layout("Actors", "actors", body))
}

async fn actor_page(
    State(st): State<AppState>,
    Path(id): Path<String>,
    Query(q): Params,
) -> PageResult {
    let page = page(&q)?;
    let (a, statements, events, edges, claims) = st
        .with_store(move |s| {
            let a = s
                .actor(&id)?
                .ok_or_else(|| ApiError::not_found(format!("no actor {id:?}")))?;
            let statements = s.actor_statements(&id, page)?;
            let events = s.actor_events(&id, page)?;
            let edges: Vec<_> = s
                .graph(None, None)?
                .into_iter()
                .filter(|e| e.source == id || e.target == id)
                .collect();
            let claims = s.claims(
                &ClaimFilter {
                    actor: Some(id.clone()),
                    ..Default::default()
                },
                Page {
                    limit: 20,
                    offset: 0,
                },
            )?;
            Ok((a, statements, events, edges, claims))
        })
        .await?;
    let body = html! {
        p.crumbs { a href="/actors" { "Actors" } " › " (a.id) }
        h1 { (a.name) }
        p.meta { span.code { (a.id) } " · " (a.kind.replace('_', " "))
            @if let Some(c) = &a.country { " · " (c) }
            " · " (a.documents) " documents, " (a.mentions) " mentions, " (a.statements) " statements" }
        @if !claims.is_empty() {
            h2 { "Claims" }
            (claims_table(&claims))
        }
        h2 { "Statements" }
        @if statements.is_empty() { p.empty { "No statements by this actor." } }
        ol.statements {
            @for s in &statements {
                li {
                    span.date { (short_date(&s.published)) } " "
                    span.cue { (s.cue) } " "
                    span class={"stance stance-" (s.stance)} { (s.stance) } " · " (s.sourcing.replace('_', " ")) " "
                    a href=(doc_link(&s.document, s.content.start, s.content.end)) { (s.title.as_deref().unwrap_or("(untitled)")) }
                    blockquote { (s.content.text) }
                }
            }
        }
        h2 { "Events" }
        @if events.is_empty() { p.empty { "No events with this actor." } }
        ul.events {
            @for e in &events {
                li {
                    span.date { (short_date(&e.published)) } " "
                    a href={"/actors/" (enc(&e.source_id))} { (e.source_name) } " " span.verb { (e.verb) } " "
                    @if let (Some(tid), Some(tn)) = (&e.target_id, &e.target_name) { a href={"/actors/" (enc(tid))} { (tn) } " " }
                    @if let Some(o) = &e.object { "(" (o) ") " }
                    span.code { (e.cameo) " " (e.plover) " · " (e.modality) } " "
                    a href=(doc_link(&e.document, e.evidence.start, e.evidence.end)) { "evidence" }
                }
            }
        }
        h2 { "Relations" }
        @if edges.is_empty() { p.empty { "No relations recorded." } } @else {
            (crate::graph_svg::svg(&edges))
            (edges_table(&edges))
        }
        (pager(&format!("/actors/{}", enc(&a.id)), &[], page, statements.len().max(events.len())))
    };
    Ok(layout(&a.name, "actors", body))
}

fn edges_table(edges: &[dossier_store::Edge]) -> Markup {
    html! {
        div.table-wrap { table.edges {
            thead { tr { th scope="col" { "Month" } th scope="col" { "From" } th scope="col" { "To" } th scope="col" { "Events" } th scope="col" { "Goldstein" } th scope="col" { "Strongest evidence" } } }
            tbody { @for e in edges { tr {
                td.date { (e.month) }
                td { a href={"/actors/" (enc(&e.source))} { (e.source_name) } }
                td { a href={"/actors/" (enc(&e.target))} { (e.target_name) } }
                td.num { (e.events) }
                td.num { (format!("{:+.1}", e.mean_goldstein)) }
                td { a href={"/documents/" (enc(&e.strongest_document))} { (e.strongest) } }
            } } }
        } }
    }
}

async fn graph_page(State(st): State<AppState>, Query(q): Params) -> PageResult {
    let from = date_param(&q, "from")?;
    let to = date_param(&q, "to")?;
    let (f, t) = (from.clone(), to.clone());
    let edges = st
        .with_store(move |s| Ok(s.graph(f.as_deref(), t.as_deref())?))
        .await?;
    let body = html! {
        h1 { "Relations graph" }
        form.filters method="get" action="/graph" {
            label { "From " input type="date" name="from" value=[from.as_deref()]; }
            label { "To " input type="date" name="to" value=[to.as_deref()]; }
            button type="submit" { "Show" }
        }
        @if edges.is_empty() { p.empty { "No asserted or reported events between actors yet." } } @else {
            p.legend { span.swatch.coop {} " cooperation " span.swatch.conflict {} " conflict (mean Goldstein score); line width: number of events" }
            (crate::graph_svg::svg(&edges))
            (edges_table(&edges))
        }
    };
    Ok(layout("Graph", "graph", body))
}

async fn contradictions_page(State(st): State<AppState>, Query(q): Params) -> PageResult {
    let page = page(&q)?;
    let items = st.with_store(move |s| Ok(s.contradictions(page)?)).await?;
    let body = html! {
        h1 { "Contradictions" }
        @if items.is_empty() { p.empty { "No opposite stances from different actors yet." } }
        ul.contradictions {
            @for c in &items {
                li {
                    (badge(c.status)) " " a href={"/claims/" (enc(&c.claim))} { (c.text) }
                    div.pair {
                        div { span.stance.stance-asserts { "asserts" } " " (c.asserts.speaker.name) ": " mark.evidence { (c.asserts.evidence.text) } }
                        div { span.stance.stance-denies { "denies" } " " (c.denies.speaker.name) ": " mark.evidence { (c.denies.evidence.text) } }
                    }
                }
            }
        }
        (pager("/contradictions", &[], page, items.len()))
    };
    Ok(layout("Contradictions", "contradictions", body))
}

/// A search snippet with `[`…`]` match markers as escaped text with `<mark>`s.
fn snippet(s: &str) -> Markup {
    let mut parts = Vec::new();
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']') else {
            break;
        };
        parts.push((false, &rest[..open]));
        parts.push((true, &rest[open + 1..open + close]));
        rest = &rest[open + close + 1..];
    }
    parts.push((false, rest));
    html! { @for (hit, t) in parts { @if hit { mark { (t) } } @else { (t) } } }
}

async fn search_page(State(st): State<AppState>, Query(q): Params) -> PageResult {
    let page = page(&q)?;
    let query = q.get("q").map(|s| s.trim().to_string()).unwrap_or_default();
    let qq = query.clone();
    let hits = if query.is_empty() {
        Vec::new()
    } else {
        st.with_store(move |s| Ok(s.search(&qq, page)?)).await?
    };
    let body = html! {
        h1 { "Search" }
        form.filters method="get" action="/search" {
            label { "Words " input type="search" name="q" value=(query); }
            button type="submit" { "Search" }
        }
        p.hint { "Words, \"exact phrases\", OR, NOT, prefix*." }
        @if !query.is_empty() && hits.is_empty() { p.empty { "No documents match." } }
        ol.hits {
            @for h in &hits {
                li {
                    a href={"/documents/" (enc(&h.id))} { (h.title.as_deref().unwrap_or("(untitled)")) }
                    span.meta { " " (short_date(&h.published)) @if let Some(o) = &h.outlet { " · " (o) } }
                    p.snippet { (snippet(&h.snippet)) }
                }
            }
        }
        @if !query.is_empty() { (pager("/search", &[("q", query.clone())], page, hits.len())) }
    };
    Ok(layout("Search", "", body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_marks_matches_and_escapes_text() {
        let m = snippet("…<b>Iran</b> sent [missiles] to [Russia]…").into_string();
        assert!(m.contains("&lt;b&gt;Iran&lt;/b&gt;"));
        assert!(m.contains("<mark>missiles</mark>"));
        assert!(m.contains("<mark>Russia</mark>…"));
        // an unmatched bracket stays text
        assert_eq!(snippet("a [b").into_string(), "a [b");
    }

    #[test]
    fn query_values_are_percent_encoded() {
        assert_eq!(
            query(&[
                ("actor", "IRN.IRGC".into()),
                ("q", "a&b c".into()),
                ("x", String::new())
            ]),
            "?actor=IRN.IRGC&q=a%26b%20c"
        );
    }
}
