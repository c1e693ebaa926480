//! Property tests (issue 12) for every reader over arbitrary bytes and structured-but-hostile
//! inputs: no panic, every call yields at least one item, origins name the input, documents are
//! non-empty normalised text within the size limit, and a JSONL record yields the same document
//! whatever lines surround it.
//!
//! These are the stable-toolchain fallback for the cargo-fuzz targets in `fuzz/`;
//! `PROPTEST_CASES=20000 cargo test -p dossier-ingest --test props_readers` is a long run.

use dossier_ingest::{normalize_date, read_bytes, Format, Item, Options};
use proptest::prelude::*;

fn cases(default: u32) -> ProptestConfig {
    let n = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases: n,
        ..ProptestConfig::default()
    }
}

const FORMATS: &[Format] = &[
    Format::Text,
    Format::Markdown,
    Format::Html,
    Format::Jsonl,
    Format::Feed,
    Format::Warc,
];

fn read(name: &str, bytes: &[u8], opts: &Options) -> Vec<Item> {
    let mut items = Vec::new();
    read_bytes(name, bytes, opts, &mut |i| items.push(i));
    items
}

/// The invariants every reader keeps on any input.
fn check(name: &str, bytes: &[u8], opts: &Options) -> Vec<Item> {
    let items = read(name, bytes, opts);
    // Every input says something, except a WARC whose records are all skipped by design
    // (requests, metadata, non-HTML payloads are passed over silently; found by cargo-fuzz).
    let warc = match opts.format {
        Some(f) => f == Format::Warc,
        None => matches!(Format::from_name(name), Some(Format::Warc) | None),
    };
    assert!(
        !items.is_empty() || warc,
        "{name}: no item for {} bytes",
        bytes.len()
    );
    for item in &items {
        assert_eq!(item.origin().path, name);
        match item {
            Item::Doc { doc, .. } => {
                assert!(!doc.text.trim().is_empty(), "empty document from {name}");
                assert!(doc.text.len() <= opts.max_doc_bytes);
                assert_eq!(dossier_core::text::normalize(&doc.text), doc.text);
                assert_eq!(doc.header.id, dossier_core::text::document_id(&doc.text));
            }
            Item::Rejected { reason, .. } | Item::Warning { reason, .. } => {
                assert!(!reason.is_empty() && !reason.contains('\n'), "{reason:?}");
            }
        }
    }
    items
}

fn forced(format: Format) -> Options {
    Options {
        format: Some(format),
        max_doc_bytes: 64 * 1024,
    }
}

/// Fragments of every format, glued at random: reaches the parsers' inner paths far more often
/// than uniform bytes.
const PIECES: &[&str] = &[
    "<html>",
    "<head>",
    "<meta charset=\"iso-8859-1\">",
    "<meta charset=utf-16>",
    "<title>",
    "</title>",
    "<body>",
    "<article>",
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<script>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "&amp;",
    "&nbsp;",
    "&#x1F680;",
    "&#99999999;",
    "&bogus;",
    "<rss version=\"2.0\">",
    "<channel>",
    "<item>",
    "</item>",
    "<description>",
    "</description>",
    "<pubDate>",
    "</pubDate>",
    "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
    "<entry>",
    "<content type=\"html\">",
    "WARC/1.1\r\n",
    "WARC-Type: response\r\n",
    "WARC-Type: resource\r\n",
    "Content-Type: application/http; msgtype=response\r\n",
    "Content-Type: text/html\r\n",
    "Content-Length: 10\r\n",
    "Content-Length: 0\r\n",
    "Content-Length: 18446744073709551615\r\n",
    "WARC-Target-URI: https://x.example/\r\n",
    "\r\n",
    "HTTP/1.1 200 OK\r\n",
    "{\"text\":\"",
    "\"}",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"title\":",
    "\"published\":\"",
    "\\u0000",
    "\\ud800",
    "\\\"",
    "\n",
    "# ",
    "---\n",
    "title: x\n",
    "Iran's foreign ministry said the reports were false.",
    "Kyiv",
    "Moscow denied it.",
    "\u{FEFF}",
    "\u{FFFD}",
    "é",
    "北京",
    "\u{0}",
    "\x1b",
    "2024-02-30",
    "Tue, 05 Mar 2024",
];

fn glued() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        prop_oneof![
            6 => prop::sample::select(PIECES).prop_map(|p| p.as_bytes().to_vec()),
            1 => prop::collection::vec(any::<u8>(), 0..8),
        ],
        0..60,
    )
    .prop_map(|ps| ps.concat())
}

fn any_input() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        3 => glued(),
        1 => prop::collection::vec(any::<u8>(), 0..512),
        1 => any::<String>().prop_map(String::into_bytes),
    ]
}

proptest! {
    #![proptest_config(cases(128))]

    /// Each forced format on any bytes (this also covers gzip: `\x1f\x8b` prefixes appear).
    #[test]
    fn every_reader_survives_any_bytes(bytes in any_input(), f in 0..FORMATS.len()) {
        check("in.dat", &bytes, &forced(FORMATS[f]));
    }

    /// Detection by name and by sniffing, including a gzip wrapper around any content.
    #[test]
    fn detection_survives_any_bytes(
        bytes in any_input(),
        name in prop::sample::select(vec!["a.txt", "a.md", "a.html", "a.jsonl", "a.rss",
            "a.atom", "a.warc", "a.warc.gz", "noext", "a.jsonl.gz"]),
        gz in any::<bool>(),
        cut in any::<prop::sample::Index>(),
    ) {
        let opts = Options { max_doc_bytes: 64 * 1024, format: None };
        if gz {
            let z = gzip(&bytes);
            // Whole and cut short anywhere.
            check(name, &z, &opts);
            let at = cut.index(z.len() + 1);
            check(name, &z[..at], &opts);
        } else {
            check(name, &bytes, &opts);
        }
    }

    /// A JSONL record yields the same document whatever lines surround it.
    #[test]
    fn a_jsonl_record_is_independent_of_its_neighbours(
        text in "\\PC{1,120}",
        title in proptest::option::of("\\PC{0,40}"),
        before in prop::collection::vec(any_input(), 0..3),
        after in prop::collection::vec(any_input(), 0..3),
    ) {
        let mut rec = serde_json::json!({ "text": text });
        if let Some(t) = &title {
            rec["title"] = serde_json::Value::String(t.clone());
        }
        let line = rec.to_string();
        let opts = Options::default();
        let alone = docs(&check("x.jsonl", line.as_bytes(), &opts));
        let mut file = Vec::new();
        for b in &before {
            // Neighbours are single lines (no newline inside), whatever their bytes.
            file.extend(b.iter().map(|&c| if c == b'\n' { b' ' } else { c }));
            file.push(b'\n');
        }
        let lineno = before.len() as u64 + 1;
        file.extend_from_slice(line.as_bytes());
        file.push(b'\n');
        for a in &after {
            file.extend(a.iter().map(|&c| if c == b'\n' { b' ' } else { c }));
            file.push(b'\n');
        }
        let items = check("x.jsonl", &file, &opts);
        let mine: Vec<_> = items
            .iter()
            .filter(|i| i.origin().line == Some(lineno))
            .filter_map(|i| match i { Item::Doc { doc, .. } => Some(doc.clone()), _ => None })
            .collect();
        prop_assert_eq!(mine, alone);
    }

    #[test]
    fn dates_never_panic_and_are_rfc3339_shaped(raw in prop_oneof![
        "\\PC{0,40}",
        "[0-9]{1,5}[-/. ][0-9]{1,3}[-/. ][0-9]{1,5}( [0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?( [+-][0-9]{4}| GMT| Z)?",
        "(Mon|Tue|Sun), [0-9]{1,2} (Jan|Feb|Mar|Sep|Dec) [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} ([+-][0-9]{4}|GMT|EST)",
        "(January|March|September) [0-9]{1,2}, [0-9]{4}",
    ]) {
        if let Some(d) = normalize_date(&raw) {
            // YYYY-MM-DD, optionally followed by a time: always starts with a valid date.
            prop_assert!(d.len() >= 10, "{d}");
            prop_assert!(chrono::NaiveDate::parse_from_str(&d[..10], "%Y-%m-%d").is_ok(), "{raw:?} → {d}");
            // Normalising again is stable.
            let again = normalize_date(&d);
            prop_assert_eq!(again.as_deref(), Some(d.as_str()));
        }
    }
}

fn docs(items: &[Item]) -> Vec<dossier_core::Document> {
    items
        .iter()
        .filter_map(|i| match i {
            Item::Doc { doc, .. } => Some(doc.clone()),
            _ => None,
        })
        .collect()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

/// The properties reach real documents, not only rejections.
#[test]
fn glued_pieces_do_produce_documents() {
    let opts = Options::default();
    let items = check(
        "a.jsonl",
        b"{\"text\":\"Iran's foreign ministry said the reports were false.\",\"published\":\"Tue, 05 Mar 2024\"}\n",
        &opts,
    );
    assert_eq!(docs(&items).len(), 1, "{items:?}");
}

/// Found by `cargo fuzz run warc`: a response record whose `Content-Type` is not quite
/// `application/http` is skipped like any non-HTML record — no panic, no document, no noise.
#[test]
fn fuzz_regression_warc_with_every_record_skipped() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fuzz/regressions/warc/all-records-skipped.warc"
    );
    let bytes = std::fs::read(path).unwrap();
    let items = check("crawl.warc", &bytes, &forced(Format::Warc));
    assert!(docs(&items).is_empty(), "{items:?}");
}
