//! Page furniture (bylines, share bars, captions, related links, "Read more", newsletter boxes,
//! most-read lists, tag lists) is left out of the article text before extraction, so it can
//! never become a statement (issue 18: a related-link headline made "Egypt" a speaker).
//! Pages written for these tests in the shape of real news sites.

use dossier_core::Document;
use dossier_ingest::{read_inputs, Item, Options};

fn read_page(name: &str) -> Document {
    let path = format!("{}/tests/fixtures/html/{name}", env!("CARGO_MANIFEST_DIR"));
    let mut docs = Vec::new();
    read_inputs(&[path], &Options::default(), &mut |it| {
        if let Item::Doc { doc, .. } = it {
            docs.push(doc);
        }
    });
    assert_eq!(docs.len(), 1, "{name}: one document");
    docs.remove(0)
}

#[test]
fn furniture_is_not_article_text() {
    let doc = read_page("furniture-news.html");
    let t = &doc.text;
    let paras: Vec<&str> = t.split("\n\n").collect();
    assert!(
        paras[0].starts_with("Iran's foreign ministry on Monday rejected reports"),
        "{t}"
    );
    assert!(
        paras
            .last()
            .unwrap()
            .ends_with("a significant escalation of the conflict."),
        "{t}"
    );
    assert_eq!(paras.len(), 4, "{t}");
    for junk in [
        "Jane Doe",
        "Diplomatic Correspondent",
        "Published 10 September",
        "Share on",
        "Photo: Reuters",
        "Credit: AP",
        "Egypt says it will not supply weapons",
        "Kyiv warns of new strikes",
        "Read more",
        "drone programme",
        "morning briefing",
        "newsletter",
        "Most read",
        "Markets slide",
        "Topics:",
        "All rights reserved",
    ] {
        assert!(!t.contains(junk), "furniture {junk:?} in the text:\n{t}");
    }
}

#[test]
fn furniture_never_becomes_a_speaker() {
    let doc = read_page("furniture-news.html");
    let x = dossier_core::extract(&doc);
    assert!(!x.statements.is_empty());
    for s in &x.statements {
        assert_ne!(
            s.speaker.id, "EGY",
            "related link read as a statement: {s:#?}"
        );
        assert!(!s.content.text.contains("Read more"), "{s:#?}");
    }
}
