//! Bad input never panics: each case gives one clear line and good documents still come out.

use std::io::{self, BufRead, Read};

use dossier_ingest::{read_bytes, read_inputs, read_stream, Item, Options, STDIN_NAME};

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn run(inputs: &[String], opts: &Options) -> Vec<Item> {
    let mut items = Vec::new();
    read_inputs(inputs, opts, &mut |i| items.push(i));
    items
}

fn lines(items: &[Item]) -> Vec<String> {
    let dir = format!("{}/tests/fixtures/", env!("CARGO_MANIFEST_DIR"));
    items
        .iter()
        .map(|i| match i {
            Item::Doc { origin, .. } => format!("doc: {origin}"),
            Item::Rejected { .. } => format!("rejected: {i}"),
            Item::Warning { .. } => format!("warning: {i}"),
        })
        .map(|s| s.replace(&dir, ""))
        .collect()
}

fn doc_count(items: &[Item]) -> usize {
    items
        .iter()
        .filter(|i| matches!(i, Item::Doc { .. }))
        .count()
}

#[test]
fn empty_file_then_good_file() {
    let items = run(
        &[fixture("empty.txt"), fixture("article.txt")],
        &Options::default(),
    );
    assert_eq!(
        lines(&items),
        vec!["rejected: empty.txt: empty file", "doc: article.txt"]
    );
}

#[test]
fn binary_file_is_refused() {
    let items = run(
        &[fixture("binary.dat"), fixture("article.txt")],
        &Options::default(),
    );
    assert_eq!(
        lines(&items),
        vec![
            "rejected: binary.dat: binary file, not text",
            "doc: article.txt"
        ]
    );
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning() {
    let items = run(&[fixture("invalid-utf8.txt")], &Options::default());
    assert_eq!(
        lines(&items),
        vec![
            "warning: invalid-utf8.txt: invalid UTF-8 at byte 133, decoded lossily (U+FFFD)",
            "doc: invalid-utf8.txt"
        ]
    );
    let Item::Doc { doc, .. } = &items[1] else {
        unreachable!()
    };
    assert!(doc
        .text
        .contains("could not be \u{FFFD}\u{FFFD} verified independently."));
    assert_eq!(
        doc.header.title.as_deref(),
        Some("Ukraine says drones downed")
    );
}

#[test]
fn utf16_with_bom_is_decoded() {
    let items = run(&[fixture("utf16-bom.txt")], &Options::default());
    assert_eq!(lines(&items), vec!["doc: utf16-bom.txt"]);
    let Item::Doc { doc, .. } = &items[0] else {
        unreachable!()
    };
    assert_eq!(
        doc.header.title.as_deref(),
        Some("Moscow rejects inspection request")
    );
    assert!(doc
        .text
        .starts_with("Russia's foreign ministry said on Friday"));
}

#[test]
fn truncated_gzip_keeps_what_was_decoded() {
    let items = run(&[fixture("truncated.jsonl.gz")], &Options::default());
    let n = doc_count(&items);
    assert!(n > 100, "only {n} documents before the cut");
    assert_eq!(items.len(), n + 1);
    assert_eq!(
        lines(&items).last().map(String::as_str),
        Some(
            format!(
                "rejected: truncated.jsonl.gz:{}: truncated gzip stream",
                n + 1
            )
            .as_str()
        )
    );
    // The documents are the lines in order.
    let Item::Doc { doc, .. } = &items[n - 1] else {
        unreachable!()
    };
    assert_eq!(doc.header.meta["id"], (n - 1) as u64);
}

#[test]
fn gzip_is_detected_by_magic_bytes_not_name() {
    let plain = std::fs::read(fixture("article.txt")).unwrap();
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    io::Write::write_all(&mut enc, &plain).unwrap();
    let gz = enc.finish().unwrap();
    let mut a = Vec::new();
    read_bytes("upload", &plain, &Options::default(), &mut |i| a.push(i));
    let mut b = Vec::new();
    read_bytes("upload", &gz, &Options::default(), &mut |i| b.push(i));
    let (Item::Doc { doc: da, .. }, Item::Doc { doc: db, .. }) = (&a[0], &b[0]) else {
        panic!("{a:?} {b:?}")
    };
    assert_eq!(da, db);
}

#[test]
fn document_over_the_limit_is_rejected_with_size_and_limit() {
    let opts = Options {
        max_doc_bytes: 100,
        ..Options::default()
    };
    let full = run(&[fixture("article.txt")], &Options::default());
    let Item::Doc { doc, .. } = &full[0] else {
        unreachable!()
    };
    let size = doc.text.len();
    assert!(size > 100);
    let items = run(&[fixture("article.txt"), fixture("articles.jsonl")], &opts);
    let l = lines(&items);
    assert_eq!(
        l[0],
        format!(
            "rejected: article.txt: document is {size} bytes, over the limit of 100 bytes (max_doc_bytes)"
        )
    );
    // Short JSONL documents under the limit still come out.
    assert!(l.contains(&"doc: articles.jsonl:1".to_string()), "{l:?}");
    assert!(l.contains(&"doc: articles.jsonl:2".to_string()), "{l:?}");
}

#[test]
fn huge_jsonl_line_is_skipped_without_holding_it() {
    let opts = Options {
        max_doc_bytes: 1024,
        ..Options::default()
    };
    let mut input = String::from("{\"text\": \"Kyiv said the bridge was hit.\"}\n{\"text\": \"");
    input.push_str(&"Moscow denied it. ".repeat(10_000));
    input.push_str("\"}\n{\"text\": \"Ankara called for calm.\"}\n");
    let mut items = Vec::new();
    read_bytes("big.jsonl", input.as_bytes(), &opts, &mut |i| items.push(i));
    assert_eq!(
        lines(&items),
        vec![
            "doc: big.jsonl:1",
            "rejected: big.jsonl:2: line is 180012 bytes, over the limit of 65536 bytes (4 × max_doc_bytes)",
            "doc: big.jsonl:3",
        ]
    );
}

#[test]
fn missing_path_is_reported_and_others_still_read() {
    let missing = fixture("no-such-file.txt");
    let items = run(&[missing, fixture("article.txt")], &Options::default());
    assert_eq!(
        lines(&items),
        vec![
            "rejected: no-such-file.txt: no such file or directory",
            "doc: article.txt"
        ]
    );
}

#[test]
fn unreadable_file_in_a_directory() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("a-locked.txt");
    std::fs::write(&locked, "Secret\n\nThe ministry said nothing.\n").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    std::fs::write(
        dir.path().join("b-open.txt"),
        "Beijing urged restraint on Monday, the foreign ministry said.\n",
    )
    .unwrap();
    if std::fs::File::open(&locked).is_ok() {
        eprintln!(
            "SKIP unreadable_file_in_a_directory: running as root, chmod 000 does not stop reads"
        );
        return;
    }
    let items = run(&[dir.path().display().to_string()], &Options::default());
    let root = format!("{}/", dir.path().display());
    let l: Vec<String> = lines(&items).iter().map(|s| s.replace(&root, "")).collect();
    assert_eq!(
        l,
        vec![
            "rejected: a-locked.txt: permission denied",
            "doc: b-open.txt"
        ]
    );
}

#[test]
fn empty_stdin() {
    let mut items = Vec::new();
    read_stream(STDIN_NAME, io::empty(), &Options::default(), &mut |i| {
        items.push(i)
    });
    assert_eq!(lines(&items), vec!["rejected: <stdin>: empty input"]);
}

/// A pipe whose writer went away mid-line: bytes, then EOF.
#[test]
fn stdin_closed_early_keeps_complete_lines() {
    let input = b"{\"text\": \"Tehran denied the report.\"}\n{\"text\": \"Kyiv sa";
    let mut items = Vec::new();
    read_stream(STDIN_NAME, &input[..], &Options::default(), &mut |i| {
        items.push(i)
    });
    assert_eq!(
        lines(&items),
        vec![
            "doc: <stdin>:1",
            "rejected: <stdin>:2: invalid JSON: EOF while parsing a string at column 17"
        ]
    );
}

/// A reader that fails after some data, like a reset connection.
struct Failing<'a>(&'a [u8]);

impl Read for Failing<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.0.is_empty() {
            return Err(io::Error::new(
                io::ErrorKind::ConnectionReset,
                "connection reset",
            ));
        }
        let n = buf.len().min(self.0.len());
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

#[test]
fn read_error_mid_stream_is_reported() {
    let data = b"{\"text\": \"Riyadh said talks would resume.\"}\n";
    let reader: Box<dyn BufRead> = Box::new(io::BufReader::new(Failing(data)));
    let mut items = Vec::new();
    read_stream(STDIN_NAME, reader, &Options::default(), &mut |i| {
        items.push(i)
    });
    assert_eq!(
        lines(&items),
        vec![
            "doc: <stdin>:1",
            "rejected: <stdin>:2: read error: connection reset"
        ]
    );
}

#[test]
fn html_in_a_text_file_with_forced_format() {
    let opts = Options {
        format: Some(dossier_ingest::Format::Jsonl),
        ..Options::default()
    };
    let items = run(&[fixture("article.txt")], &opts);
    assert_eq!(
        lines(&items)[0],
        "rejected: article.txt:1: invalid JSON: expected value at column 1"
    );
}

#[test]
fn garbage_never_panics() {
    // Odd inputs for every format: each yields items, never a panic.
    let cases: &[(&str, &[u8])] = &[
        ("x.html", b"<html><body><p> <b><i>"),
        ("x.html", b"\xff\xfe<\x00h\x00"),
        ("x.rss", b"<rss><channel><item><title>t</title></item>"),
        ("x.rss", b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss>"),
        ("x.atom", b"<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry></entry></feed>"),
        ("x.warc", b"WARC/1.0\r\nContent-Length: 99999999999999999999\r\n\r\n"),
        ("x.warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 5\r\n\r\nHTTP/"),
        ("x.warc", b"not a warc"),
        ("x.jsonl", b"\n\n\n"),
        ("x.jsonl", b"{\"text\": \"\"}\n"),
        ("x.md", b"---\ntitle: only front matter\n---\n"),
        ("x.txt", b"   \n\t\n"),
        ("x.gz", b"\x1f\x8b\x08\x00garbage"),
    ];
    for (name, bytes) in cases {
        let mut items = Vec::new();
        read_bytes(name, bytes, &Options::default(), &mut |i| items.push(i));
        assert!(!items.is_empty(), "{name}: no item at all for {bytes:?}");
        assert!(
            items.iter().all(|i| !matches!(i, Item::Doc { .. })),
            "{name}: {items:?}"
        );
    }
}

#[test]
fn a_stray_bracket_line_in_jsonl_loses_only_that_line() {
    let data = b"[\n{\"text\": \"Kyiv said it shot down 24 drones overnight.\"}\n";
    let mut items = Vec::new();
    read_bytes("feed.jsonl", data, &Options::default(), &mut |i| {
        items.push(i)
    });
    assert_eq!(doc_count(&items), 1, "{:?}", lines(&items));
    assert!(
        matches!(&items[0], Item::Rejected { origin, .. } if origin.line == Some(1)),
        "{:?}",
        lines(&items)
    );
}

/// Python's `json.dumps` writes a string holding a lone surrogate as `"\ud800"`: such a line
/// is kept, the surrogate decoded as U+FFFD with a warning, and the lines around it are
/// untouched (a proper surrogate pair and an escaped backslash stay what they were).
#[test]
fn lone_surrogate_escapes_are_decoded_lossily_with_a_warning() {
    let jsonl = concat!(
        r#"{"text": "Kyiv said drones struck the depot overnight.", "title": "Depot hit"}"#,
        "\n",
        r#"{"text": "The ministry said the convoy \ud800 was not hit, citing a path C:\\udc00 and \ud83d\ude80.", "title": "Convoy \udc00"}"#,
        "\n",
        r#"{"text": "Moscow denied it had sent troops to the border.", "title": "Border"}"#,
        "\n",
    );
    let mut items = Vec::new();
    read_bytes(
        "wire.jsonl",
        jsonl.as_bytes(),
        &Options::default(),
        &mut |i| items.push(i),
    );
    assert_eq!(
        lines(&items),
        vec![
            "doc: wire.jsonl:1",
            "warning: wire.jsonl:2: 2 unpaired UTF-16 surrogate escapes (e.g. \\ud800) decoded lossily (U+FFFD)",
            "doc: wire.jsonl:2",
            "doc: wire.jsonl:3",
        ]
    );
    let Item::Doc { doc, .. } = &items[2] else {
        unreachable!()
    };
    assert_eq!(
        doc.text,
        "The ministry said the convoy \u{FFFD} was not hit, citing a path C:\\udc00 and \u{1F680}."
    );
    assert_eq!(doc.header.title.as_deref(), Some("Convoy \u{FFFD}"));

    // Invalid JSON with a lone surrogate in it is still rejected, with the parser's reason.
    let mut items = Vec::new();
    read_bytes(
        "bad.jsonl",
        br#"{"text": "half \ud800"#,
        &Options::default(),
        &mut |i| items.push(i),
    );
    assert_eq!(items.len(), 1);
    assert!(
        lines(&items)[0].starts_with("rejected: bad.jsonl:1: invalid JSON"),
        "{:?}",
        lines(&items)
    );
}
