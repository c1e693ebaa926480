//! The `dossier watch` state (migration 0005) on every backend: SQLite always, PostgreSQL when
//! `DATABASE_URL` names a server (run under `scripts/with-pg.sh`; skipped with a note otherwise).

use dossier_store::testing::TempPg;
use dossier_store::{Backend, FeedPoll, ItemState, Page, SentAlert};

fn item(url: &str, status: &str, http: Option<u16>, error: Option<&str>) -> ItemState {
    ItemState {
        url: url.into(),
        feed_url: "https://wire.example/rss".into(),
        fetched_at: "2024-08-11T09:00:00Z".into(),
        status: status.into(),
        http_status: http,
        doc_id: None,
        error: error.map(str::to_string),
        attempts: 1,
    }
}

fn state_round_trips(store: &mut dyn Backend) {
    let feed = "https://wire.example/rss";
    assert_eq!(store.watch_feed(feed).unwrap(), None);
    store
        .watch_record_poll(&FeedPoll {
            url: feed,
            etag: Some("\"a\""),
            last_modified: Some("Sun, 11 Aug 2024 09:00:00 GMT"),
            at: "2024-08-11T09:00:00Z",
            status: Some(200),
            items_new: 2,
            error: None,
        })
        .unwrap();
    // A 304 sends no validators: the stored ones stay.
    store
        .watch_record_poll(&FeedPoll {
            url: feed,
            at: "2024-08-11T09:15:00Z",
            status: Some(304),
            ..Default::default()
        })
        .unwrap();
    let f = store.watch_feed(feed).unwrap().unwrap();
    assert_eq!(f.etag.as_deref(), Some("\"a\""));
    assert_eq!(
        f.last_modified.as_deref(),
        Some("Sun, 11 Aug 2024 09:00:00 GMT")
    );
    assert_eq!((f.polls, f.items_new, f.errors), (2, 2, 0));
    assert_eq!(f.last_status, Some(304));
    assert_eq!(f.last_poll.as_deref(), Some("2024-08-11T09:15:00Z"));
    assert_eq!(store.watch_feeds().unwrap().len(), 1);

    let page = "https://wire.example/a";
    store
        .watch_record_item(&item(page, "retry", Some(503), Some("HTTP 503")))
        .unwrap();
    store
        .watch_record_item(&item(page, "ingested", Some(200), None))
        .unwrap();
    let i = store.watch_item(page).unwrap().unwrap();
    assert_eq!(
        (i.status.as_str(), i.attempts, i.error),
        ("ingested", 2, None)
    );
    assert_eq!(store.watch_item("https://wire.example/none").unwrap(), None);
    assert_eq!(
        store
            .watch_items("https://wire.example/rss", Page::default())
            .unwrap()
            .len(),
        1
    );
    // What a poll of an unchanged feed reads: pages to retry and listed sitemaps, nothing else.
    store
        .watch_record_item(&item(
            "https://wire.example/b",
            "retry",
            Some(500),
            Some("HTTP 500"),
        ))
        .unwrap();
    store
        .watch_record_item(&item("https://wire.example/sm.xml", "sitemap", None, None))
        .unwrap();
    store
        .watch_record_item(&item(
            "https://wire.example/c",
            "failed",
            Some(404),
            Some("HTTP 404"),
        ))
        .unwrap();
    let pending: Vec<(String, String)> = store
        .watch_pending(feed)
        .unwrap()
        .into_iter()
        .map(|i| (i.url, i.status))
        .collect();
    assert_eq!(
        pending,
        [
            ("https://wire.example/b".to_string(), "retry".to_string()),
            (
                "https://wire.example/sm.xml".to_string(),
                "sitemap".to_string()
            )
        ]
    );
    assert_eq!(
        store.watch_pending("https://other.example/rss").unwrap(),
        []
    );

    for n in 0..3 {
        store
            .watch_record_alert(&SentAlert {
                detected_at: format!("2024-08-11T09:0{n}:00Z"),
                claim: format!("c{n}"),
                alert: format!("{{\"claim\":\"c{n}\"}}"),
            })
            .unwrap();
    }
    let alerts = store
        .watch_alerts(Page {
            limit: 2,
            offset: 0,
        })
        .unwrap();
    let claims: Vec<&str> = alerts.iter().map(|a| a.claim.as_str()).collect();
    assert_eq!(claims, ["c2", "c1"], "newest first");
}

#[test]
fn watch_state_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = dossier_store::open(dir.path().join("w.db").to_str().unwrap()).unwrap();
    state_round_trips(&mut *store);
}

#[test]
fn watch_state_on_postgres() {
    let Some(pg) = TempPg::new() else {
        return;
    };
    let mut store = dossier_store::open(&pg.url).unwrap();
    state_round_trips(&mut *store);
}
