//! The /watch page: feeds with their last poll and the latest alerts, escaped like every page.

mod common;

use axum::body::{to_bytes, Body};
use axum::http::{Request, StatusCode};
use dossier_server::{router, AppState};
use dossier_store::{FeedPoll, SentAlert};
use tower::ServiceExt;

async fn get(app: &axum::Router, uri: &str) -> (StatusCode, String) {
    let res = app
        .clone()
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let body = to_bytes(res.into_body(), usize::MAX).await.unwrap();
    (status, String::from_utf8(body.to_vec()).unwrap())
}

#[tokio::test]
async fn the_watch_page_lists_feeds_and_alerts() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("web.db");
    common::build_db(&db);
    let app = router(AppState::new(db.clone(), None));
    let (s, body) = get(&app, "/watch").await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("No feed watched yet"), "{body}");

    {
        let mut store = dossier_store::open(db.to_str().unwrap()).unwrap();
        store
            .watch_record_poll(&FeedPoll {
                url: "https://wire.example/world.rss",
                etag: Some("\"v1\""),
                at: "2024-08-11T09:00:00Z",
                status: Some(200),
                items_new: 3,
                ..Default::default()
            })
            .unwrap();
        store
            .watch_record_poll(&FeedPoll {
                url: "https://wire.example/world.rss",
                at: "2024-08-11T09:15:00Z",
                status: Some(503),
                error: Some("HTTP 503 Service Unavailable (retry after 120 s)"),
                ..Default::default()
            })
            .unwrap();
        let alert = serde_json::json!({
            "claim": "abc123", "text": "Iran transferred missiles to <Russia>",
            "from": "reported", "to": "disputed", "at": "2024-08-11", "document": "d1",
            "evidence": {"text": "Tehran denied sending missiles", "start": 0, "end": 30}
        });
        store
            .watch_record_alert(&SentAlert {
                detected_at: "2024-08-11T09:00:05Z".into(),
                claim: "abc123".into(),
                alert: alert.to_string(),
            })
            .unwrap();
        let f = store
            .watch_feed("https://wire.example/world.rss")
            .unwrap()
            .unwrap();
        assert_eq!((f.polls, f.items_new, f.errors), (2, 3, 1));
        assert_eq!(
            f.etag.as_deref(),
            Some("\"v1\""),
            "a failed poll keeps the validators"
        );
        assert_eq!(f.last_status, Some(503));
    }
    let (s, body) = get(&app, "/watch").await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("https://wire.example/world.rss"));
    assert!(body.contains("2024-08-11T09:15:00Z"));
    assert!(body.contains("HTTP 503 Service Unavailable (retry after 120 s)"));
    assert!(body.contains("status-disputed"));
    assert!(body.contains("Tehran denied sending missiles"));
    assert!(
        body.contains("Iran transferred missiles to &lt;Russia&gt;"),
        "escaped"
    );
    assert!(body.contains("href=\"/claims/abc123\""));
}
