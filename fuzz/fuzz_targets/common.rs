// Shared by every target: read `data` as `format` and check the invariants the property tests
// check (no panic is implied by libFuzzer; here: items exist, documents are normalised, within
// the limit, and every span of their extraction is exact on code-point offsets).

use dossier_ingest::{read_bytes, Format, Item, Options};

pub fn run(format: Format, name: &str, data: &[u8]) {
    let opts = Options {
        format: Some(format),
        max_doc_bytes: 64 * 1024,
    };
    let mut items = Vec::new();
    read_bytes(name, data, &opts, &mut |i| items.push(i));
    // Every input says something, except a WARC whose records are all skipped by design
    // (requests, metadata, non-HTML payloads are passed over silently).
    assert!(!items.is_empty() || format == Format::Warc);
    for item in &items {
        match item {
            Item::Doc { doc, .. } => {
                assert!(!doc.text.trim().is_empty());
                assert!(doc.text.len() <= opts.max_doc_bytes);
                assert_eq!(dossier_core::text::normalize(&doc.text), doc.text);
                let x = dossier_core::extract(doc);
                let chars: Vec<char> = doc.text.chars().collect();
                let check = |s: &dossier_core::Span| {
                    assert!(s.start <= s.end && s.end <= chars.len());
                    assert_eq!(chars[s.start..s.end].iter().collect::<String>(), s.text);
                };
                for a in &x.actors {
                    a.mentions.iter().for_each(check);
                }
                for s in &x.statements {
                    check(&s.cue);
                    check(&s.content);
                    if let Some(m) = &s.speaker.mention {
                        check(m);
                    }
                }
                for e in &x.events {
                    check(&e.evidence);
                }
                for c in &x.claims {
                    check(&c.evidence);
                }
            }
            Item::Rejected { reason, .. } | Item::Warning { reason, .. } => {
                assert!(!reason.contains('\n'));
            }
        }
    }
}
