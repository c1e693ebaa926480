//! Same inputs → same items in the same order; same text → same id whatever the format.

use dossier_ingest::{read_bytes, read_inputs, Item, Options, Origin};

fn ids(name: &str, bytes: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    read_bytes(name, bytes, &Options::default(), &mut |i| match i {
        Item::Doc { doc, .. } => out.push(doc.header.id),
        other => panic!("{name}: {other}"),
    });
    out
}

const P1: &str =
    "Poland said on Thursday that it had summoned the Belarusian chargé d'affaires after \
                  a military helicopter crossed into its airspace near the village of Bialowieza.";
const P2: &str = "Minsk denied the incursion. \"Our aircraft did not violate the border,\" the \
                  Belarusian defence ministry said in a statement, calling the accusation a \
                  provocation intended to justify the deployment of more troops.";
const TITLE: &str = "Poland summons Belarus envoy over helicopter incursion";

#[test]
fn same_article_same_id_across_formats() {
    let txt = format!("{TITLE}\n\n{P1}\n\n{P2}\n");
    let md = format!("# {TITLE}\n\n{P1}\n\n{P2}\n");
    let jsonl = serde_json::json!({"title": TITLE, "text": format!("{P1}\n\n{P2}")}).to_string();
    let html = format!(
        "<!DOCTYPE html><html><head><title>{TITLE}</title></head><body>\
         <nav><a href='/'>Home</a></nav><article><h1>{TITLE}</h1><p>{P1}</p><p>{P2}</p></article>\
         <footer>© Border Observer</footer></body></html>"
    );
    let rss = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Border Observer</title>\
         <item><title>{TITLE}</title><description><![CDATA[<p>{P1}</p><p>{P2}</p>]]></description></item>\
         </channel></rss>"
    );
    let expected = ids("a.txt", txt.as_bytes());
    assert_eq!(expected.len(), 1);
    assert_eq!(ids("a.md", md.as_bytes()), expected);
    assert_eq!(ids("a.jsonl", jsonl.as_bytes()), expected);
    assert_eq!(ids("a.html", html.as_bytes()), expected);
    assert_eq!(ids("a.rss", rss.as_bytes()), expected);
    // Windows line endings and extra blank lines normalise away.
    let crlf = format!("{TITLE}\r\n\r\n\r\n{P1}\r\n\r\n{P2}\r\n");
    assert_eq!(ids("a.txt", crlf.as_bytes()), expected);
}

#[test]
fn directory_walk_is_sorted_and_repeatable() {
    let fixtures = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let collect = || {
        let mut v: Vec<(Origin, String)> = Vec::new();
        read_inputs(
            std::slice::from_ref(&fixtures),
            &Options::default(),
            &mut |i| {
                let tag = match &i {
                    Item::Doc { doc, .. } => doc.header.id.clone(),
                    Item::Rejected { reason, .. } | Item::Warning { reason, .. } => reason.clone(),
                };
                v.push((i.origin().clone(), tag));
            },
        );
        v
    };
    let first = collect();
    assert_eq!(first, collect());
    let files: Vec<&str> = first.iter().map(|(o, _)| o.path.as_str()).collect();
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(files, sorted, "files in byte order");
    // binary.dat has an unknown extension: skipped in directory walks.
    assert!(!files.iter().any(|f| f.ends_with("binary.dat")));
    assert!(files.iter().any(|f| f.ends_with("sample.warc.gz")));
}

#[test]
fn walk_skips_hidden_and_unknown_and_sniffs_extensionless() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::create_dir(p.join("sub")).unwrap();
    std::fs::create_dir(p.join(".git")).unwrap();
    std::fs::write(p.join(".git/HEAD.txt"), "ref: refs/heads/main\n").unwrap();
    std::fs::write(p.join("photo.jpg"), b"\xff\xd8\xff\xe0 JFIF").unwrap();
    std::fs::write(
        p.join("sub/wire"),
        "{\"text\": \"Seoul said the launch violated UN resolutions.\"}\n",
    )
    .unwrap();
    std::fs::write(
        p.join("a.txt"),
        "Tokyo lodged a protest with Beijing, officials said.\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(p, p.join("sub/loop")).unwrap();
    let mut seen = Vec::new();
    read_inputs(&[p.display().to_string()], &Options::default(), &mut |i| {
        seen.push(i.to_string().replace(&format!("{}/", p.display()), ""))
    });
    assert_eq!(seen.len(), 2, "{seen:?}");
    assert!(seen[0].starts_with("a.txt: document "));
    assert!(seen[1].starts_with("sub/wire:1: document "));
}

#[test]
fn empty_directory_warns() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.docx"), b"PK\x03\x04").unwrap();
    let shown = dir.path().display().to_string();
    let mut seen = Vec::new();
    read_inputs(
        std::slice::from_ref(&shown),
        &Options::default(),
        &mut |i| seen.push(i.to_string()),
    );
    assert_eq!(
        seen,
        vec![format!(
            "{shown}: no files of a known format in this directory"
        )]
    );
}

#[test]
fn display_shapes() {
    let r = Item::Rejected {
        origin: Origin::at("feeds/world.jsonl", 12),
        reason: "missing \"text\"".into(),
    };
    assert_eq!(r.to_string(), "feeds/world.jsonl:12: missing \"text\"");
    assert_eq!(Origin::file("a.html").to_string(), "a.html");
}
