//! Property tests: whatever the bytes, reading never panics and every item is well-formed.

use dossier_ingest::{read_bytes, Item, Options};
use proptest::prelude::*;

const NAMES: &[&str] = &[
    "a.txt", "a.md", "a.html", "a.jsonl", "a.rss", "a.atom", "a.warc", "a",
];

const FIXTURES: &[&str] = &[
    "news-page.html",
    "feed.rss",
    "feed.atom",
    "sample.warc",
    "sample.warc.gz",
    "articles.jsonl",
    "article.md",
];

fn check(name: &str, bytes: &[u8]) {
    let opts = Options {
        max_doc_bytes: 4096,
        ..Options::default()
    };
    let mut n = 0;
    read_bytes(name, bytes, &opts, &mut |item| {
        n += 1;
        match item {
            Item::Doc { doc, .. } => {
                assert!(!doc.text.is_empty());
                assert!(doc.text.len() <= 4096);
                assert_eq!(doc.header.id.len(), 32);
            }
            Item::Rejected { reason, .. } | Item::Warning { reason, .. } => {
                assert!(!reason.is_empty());
                assert!(!reason.contains('\n'), "multi-line reason: {reason:?}");
            }
        }
    });
    assert!(n > 0, "{name}: no item at all");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_bytes(name in prop::sample::select(NAMES), bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        check(name, &bytes);
    }

    #[test]
    fn mutated_fixtures(
        which in 0..FIXTURES.len(),
        cut in 0.0f64..1.0,
        flips in prop::collection::vec((0.0f64..1.0, any::<u8>()), 0..8),
    ) {
        let path = format!("{}/tests/fixtures/{}", env!("CARGO_MANIFEST_DIR"), FIXTURES[which]);
        let mut bytes = std::fs::read(path).unwrap();
        for (at, b) in flips {
            let i = ((bytes.len() as f64) * at) as usize;
            if i < bytes.len() {
                bytes[i] = b;
            }
        }
        let keep = ((bytes.len() as f64) * cut) as usize;
        bytes.truncate(keep.max(1));
        check(FIXTURES[which], &bytes);
    }
}
