//! The watch page: feeds `dossier watch` follows (last poll, HTTP status, last error, counts)
//! and the latest alerts it sent (claim status changes), newest first. Read-only.

use crate::api::{page, Params};
use crate::ui::{badge, enc, layout, PageResult};
use crate::AppState;
use axum::extract::{Query, State};
use axum::routing::get;
use axum::Router;
use dossier_core::ledger::ClaimStatus;
use maud::html;

pub(crate) fn routes() -> Router<AppState> {
    Router::new().route("/watch", get(watch_page))
}

/// An alert line as stored, read back leniently (a line that does not parse is shown raw).
struct Shown {
    detected_at: String,
    claim: String,
    text: String,
    from: Option<ClaimStatus>,
    to: Option<ClaimStatus>,
    at: Option<String>,
    evidence: Option<String>,
}

fn status(v: &serde_json::Value) -> Option<ClaimStatus> {
    serde_json::from_value(v.clone()).ok()
}

async fn watch_page(State(st): State<AppState>, Query(q): Params) -> PageResult {
    let page = page(&q)?;
    let (feeds, alerts) = st
        .with_store(move |s| Ok((s.watch_feeds()?, s.watch_alerts(page)?)))
        .await?;
    let alerts: Vec<Shown> = alerts
        .into_iter()
        .map(|a| {
            let v: serde_json::Value = serde_json::from_str(&a.alert).unwrap_or_default();
            let s = |k: &str| v[k].as_str().map(str::to_string);
            Shown {
                detected_at: a.detected_at,
                claim: a.claim,
                text: s("text").unwrap_or(a.alert),
                from: status(&v["from"]),
                to: status(&v["to"]),
                at: s("at"),
                evidence: v["evidence"]["text"].as_str().map(str::to_string),
            }
        })
        .collect();
    let body = html! {
        h1 { "Watch" }
        h2 { "Feeds" }
        @if feeds.is_empty() {
            p.empty { "No feed watched yet: run " code { "dossier watch URL…" } " on this database." }
        } @else {
            table.feeds {
                thead { tr { th { "Feed" } th { "Last poll" } th { "HTTP" } th { "Polls" } th { "New pages" } th { "Errors" } th { "Last error" } } }
                tbody {
                    @for f in &feeds {
                        tr {
                            td { (f.url) }
                            td { (f.last_poll.as_deref().unwrap_or("never")) }
                            td { (f.last_status.map_or("–".to_string(), |s| s.to_string())) }
                            td.num { (f.polls) }
                            td.num { (f.items_new) }
                            td.num { (f.errors) }
                            td { @if let Some(e) = &f.last_error { span.error { (e) } } }
                        }
                    }
                }
            }
        }
        h2 { "Latest status changes" }
        @if alerts.is_empty() { p.empty { "No alert sent yet." } }
        ul.alerts {
            @for a in &alerts {
                li {
                    @if let Some(from) = a.from { (badge(from)) " → " } @else { "new → " }
                    @if let Some(to) = a.to { (badge(to)) " " }
                    a href={"/claims/" (enc(&a.claim))} { (a.text) }
                    div.meta {
                        "published " (a.at.as_deref().unwrap_or("undated")) ", seen " (a.detected_at)
                    }
                    @if let Some(e) = &a.evidence { div { mark.evidence { (e) } } }
                }
            }
        }
    };
    Ok(layout("Watch", "watch", body))
}
