//! Main-text recovery on real news text: FNC-1 bodies wrapped in a page with a cookie banner,
//! navigation, an inline ad, a sidebar and a footer. Measures how many bodies come back exactly
//! (paragraph for paragraph) and how many paragraphs are lost or added.
//!
//! Needs `../shared/data` next to the repository (or `DOSSIER_SHARED_DATA`); prints SKIP and
//! passes when it is absent.

use dossier_ingest::{read_bytes, Item, Options};

/// `../shared/data` next to the workspace; `DOSSIER_SHARED_DATA` overrides it (a worktree
/// that does not sit next to `shared/`).
fn data_dir() -> Option<std::path::PathBuf> {
    let p = std::env::var_os("DOSSIER_SHARED_DATA")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data"))
        });
    p.is_dir().then_some(p)
}

/// Minimal RFC 4180 reader: quoted fields with doubled quotes and embedded newlines.
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\r') => {}
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn page(i: usize, paras: &[String]) -> String {
    let mut body = String::new();
    for (k, p) in paras.iter().enumerate() {
        body.push_str(&format!("<p>{}</p>\n", escape(p)));
        if k == 1 {
            body.push_str("<div class=\"ad-container\"><p>Advertisement</p></div>\n");
        }
    }
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Story {i} | Daily Example</title>\
         <meta property=\"og:site_name\" content=\"Daily Example\"><script>var ads = {{}};</script></head><body>\
         <div class=\"cookie-banner\"><p>We use cookies to improve your experience. Accept or manage your consent settings.</p><button>Accept</button></div>\
         <header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li><li><a href=\"/politics\">Politics</a></li></ul></nav></header>\
         <main><article><h1>Story {i}</h1><div class=\"byline\">By Staff Reporter</div><div class=\"article-body\">\n{body}</div></article>\
         <aside class=\"sidebar\"><h2>Most read</h2><ul><li><a href=\"/1\">Another story about something else entirely</a></li></ul></aside></main>\
         <footer><p>Copyright 2017 Daily Example. All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer></body></html>"
    )
}

fn paragraphs(text: &str) -> Vec<String> {
    dossier_core::text::normalize(text)
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

#[test]
fn fnc1_bodies_survive_page_furniture() {
    let Some(dir) = data_dir() else {
        eprintln!("SKIP fnc1_bodies_survive_page_furniture: ../shared/data not found");
        return;
    };
    let path = dir.join("stance/fnc-1/train_bodies.csv");
    let Ok(csv) = std::fs::read_to_string(&path) else {
        eprintln!(
            "SKIP fnc1_bodies_survive_page_furniture: {} not readable",
            path.display()
        );
        return;
    };
    let rows = csv_rows(&csv);
    let bodies: Vec<&str> = rows
        .iter()
        .skip(1)
        .filter_map(|r| r.get(1).map(String::as_str))
        .take(400)
        .collect();
    assert!(bodies.len() >= 300, "only {} bodies parsed", bodies.len());
    let (mut exact, mut total_paras, mut missing, mut extra) = (0usize, 0usize, 0usize, 0usize);
    for (i, body) in bodies.iter().enumerate() {
        let paras: Vec<String> = body
            .split('\n')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect();
        let expected = paragraphs(&paras.join("\n\n"));
        let html = page(i, &paras);
        let mut got = Vec::new();
        read_bytes(
            "page.html",
            html.as_bytes(),
            &Options::default(),
            &mut |item| {
                if let Item::Doc { doc, .. } = item {
                    got = paragraphs(&doc.text);
                }
            },
        );
        total_paras += expected.len();
        missing += expected.iter().filter(|p| !got.contains(p)).count();
        extra += got.iter().filter(|p| !expected.contains(p)).count();
        exact += usize::from(got == expected);
    }
    let n = bodies.len();
    println!(
        "FNC-1 bodies in furnished pages: {exact}/{n} exact ({:.1}%), {missing}/{total_paras} paragraphs lost, {extra} added",
        100.0 * exact as f64 / n as f64
    );
    assert!(exact * 100 >= n * 95, "exact {exact}/{n}");
    assert!(missing * 100 <= total_paras, "lost {missing}/{total_paras}");
    assert!(extra * 100 <= total_paras, "added {extra}/{total_paras}");
}
