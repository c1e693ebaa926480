//! One test per format on hand-written fixtures: what must come out, and what must not.

use dossier_core::Document;
use dossier_ingest::{read_bytes, read_inputs, Item, Options};

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn run(inputs: &[String], opts: &Options) -> Vec<Item> {
    let mut items = Vec::new();
    read_inputs(inputs, opts, &mut |i| items.push(i));
    items
}

fn run_fixture(name: &str) -> Vec<Item> {
    run(&[fixture(name)], &Options::default())
}

fn docs(items: &[Item]) -> Vec<&Document> {
    items
        .iter()
        .filter_map(|i| match i {
            Item::Doc { doc, .. } => Some(doc),
            _ => None,
        })
        .collect()
}

/// Rejections and warnings as the CLI prints them, with the fixture directory removed.
fn messages(items: &[Item]) -> Vec<String> {
    let dir = format!("{}/tests/fixtures/", env!("CARGO_MANIFEST_DIR"));
    items
        .iter()
        .filter(|i| !matches!(i, Item::Doc { .. }))
        .map(|i| {
            let kind = if matches!(i, Item::Warning { .. }) {
                "warning"
            } else {
                "rejected"
            };
            format!("{kind}: {}", i.to_string().replace(&dir, ""))
        })
        .collect()
}

#[test]
fn html_page_keeps_the_article_and_drops_the_furniture() {
    let items = run_fixture("news-page.html");
    assert_eq!(messages(&items), Vec::<String>::new());
    let d = docs(&items);
    assert_eq!(d.len(), 1);
    let doc = d[0];
    let paras: Vec<&str> = doc.text.split("\n\n").collect();
    assert_eq!(paras.len(), 5, "{}", doc.text);
    assert!(paras[0].starts_with("Iran on Tuesday rejected Western reports"));
    assert!(doc.text.contains(
        "He was quoted by the Iranian Labour News Agency as saying: \"No missile was sent to Russia.\""
    ));
    assert!(paras[4].ends_with("sanctions on Iran's aviation sector."));
    for junk in [
        "cookie",
        "Accept all",
        "Advertisement",
        "Subscribe",
        "Politics",
        "All rights reserved",
        "Privacy policy",
        "Kremlin calls Iran a key partner",
        "tracking-pixel",
        "position:fixed",
        "By Leila Haddad",
    ] {
        assert!(
            !doc.text.contains(junk),
            "{junk:?} leaked into {:?}",
            doc.text
        );
    }
    let h = &doc.header;
    assert_eq!(
        h.title.as_deref(),
        Some("Iran denies sending ballistic missiles to Russia")
    );
    assert_eq!(h.outlet.as_deref(), Some("The Meridian Post"));
    assert_eq!(h.published.as_deref(), Some("2024-09-10T14:32:00Z"));
    assert_eq!(
        h.url.as_deref(),
        Some("https://meridianpost.example/world/2024/09/10/iran-denies-missiles")
    );
}

#[test]
fn latin1_html_is_decoded_from_its_meta_charset() {
    let items = run_fixture("latin1.html");
    assert_eq!(messages(&items), Vec::<String>::new());
    let d = docs(&items);
    assert_eq!(d.len(), 1);
    assert!(d[0]
        .text
        .starts_with("Le ministère français des Affaires étrangères a déclaré mardi"));
    assert!(d[0].text.contains("« avec une grande préoccupation »"));
    assert!(!d[0].text.contains('\u{FFFD}'));
    assert_eq!(d[0].header.outlet.as_deref(), Some("Le Courrier du Matin"));
}

#[test]
fn html_without_article_text_is_rejected() {
    let items = run_fixture("no-article.html");
    assert_eq!(
        messages(&items),
        vec!["rejected: no-article.html: no article text found"]
    );
}

#[test]
fn html_nested_ten_thousand_levels_does_not_overflow() {
    let depth = 10_000;
    let mut html = String::from("<!DOCTYPE html><html><head><title>Deep</title></head><body>");
    html.push_str(&"<div>".repeat(depth));
    html.push_str(
        "<p>The foreign ministry in Ankara said on Thursday that Turkey would not join the \
         sanctions, according to a statement published on its website. Officials added that \
         trade with Russia would continue under existing agreements and that no new restrictions \
         were planned for Turkish banks.</p>",
    );
    html.push_str(&"</div>".repeat(depth));
    html.push_str("</body></html>");
    let mut items = Vec::new();
    read_bytes(
        "deep.html",
        html.as_bytes(),
        &Options::default(),
        &mut |i| items.push(i),
    );
    assert_eq!(
        messages(&items),
        vec!["warning: deep.html: HTML nested 10000 levels deep: main-text extraction skipped, all body text kept"]
    );
    let d = docs(&items);
    assert_eq!(d.len(), 1);
    assert!(d[0].text.contains("Turkey would not join the sanctions"));
    assert_eq!(d[0].header.title.as_deref(), Some("Deep"));
}

#[test]
fn text_file_with_headline() {
    let items = run_fixture("article.txt");
    let d = docs(&items);
    assert_eq!(d.len(), 1);
    assert_eq!(
        d[0].header.title.as_deref(),
        Some("Kremlin says talks with Kyiv are not on the agenda")
    );
    assert!(d[0]
        .text
        .starts_with("Kremlin spokesman Dmitry Peskov said on Wednesday"));
    assert_eq!(d[0].text.split("\n\n").count(), 3);
    assert_eq!(d[0].header.published, None);
}

#[test]
fn markdown_front_matter_heading_and_markup() {
    let items = run_fixture("article.md");
    assert_eq!(messages(&items), Vec::<String>::new());
    let d = docs(&items);
    assert_eq!(d.len(), 1);
    let h = &d[0].header;
    assert_eq!(
        h.title.as_deref(),
        Some("NATO begins exercise near Lithuanian border")
    );
    assert_eq!(h.published.as_deref(), Some("2024-03-04"));
    assert_eq!(h.outlet.as_deref(), Some("Baltic Wire"));
    assert_eq!(
        h.url.as_deref(),
        Some("https://balticwire.example/2024/03/04/nato-exercise")
    );
    let t = &d[0].text;
    assert!(t.starts_with("VILNIUS — NATO on Monday began"));
    assert!(t.contains("according to a statement from the alliance."));
    assert!(t.contains("\"These drills are purely defensive,\" a NATO spokesperson said."));
    assert!(t.contains("respond to any provocation."));
    for md in ["**", "](", "![", "> ", "# ", "troops.jpg"] {
        assert!(!t.contains(md), "markdown {md:?} left in {t:?}");
    }
}

#[test]
fn jsonl_good_lines_pass_bad_lines_are_reported_by_line() {
    let items = run_fixture("articles.jsonl");
    assert_eq!(
        messages(&items),
        vec![
            "rejected: articles.jsonl:3: invalid JSON: EOF while parsing a value at column 39",
            "rejected: articles.jsonl:4: missing \"text\"",
            "rejected: articles.jsonl:6: \"text\" is not a string",
            "warning: articles.jsonl:7: unparseable date \"sometime last week\", kept in meta.published_raw",
            "rejected: articles.jsonl:8: not a JSON object",
        ]
    );
    let d = docs(&items);
    assert_eq!(d.len(), 3);
    let first = &d[0].header;
    assert_eq!(first.title.as_deref(), Some("Iran rejects missile reports"));
    assert_eq!(
        first.url.as_deref(),
        Some("https://example.org/iran-missiles")
    );
    assert_eq!(first.outlet.as_deref(), Some("Example Wire"));
    assert_eq!(first.published.as_deref(), Some("2024-09-10T08:00:00Z"));
    assert_eq!(first.meta["lang"], "en");
    assert_eq!(first.meta["tags"], serde_json::json!(["iran", "russia"]));
    assert_eq!(d[1].header.published.as_deref(), Some("2024-03-03"));
    assert_eq!(d[2].header.published, None);
    assert_eq!(d[2].header.meta["published_raw"], "sometime last week");
    let lines: Vec<Option<u64>> = items
        .iter()
        .filter(|i| matches!(i, Item::Doc { .. }))
        .map(|i| i.origin().line)
        .collect();
    assert_eq!(lines, vec![Some(1), Some(2), Some(7)]);
}

#[test]
fn rss_items_become_documents() {
    let items = run_fixture("feed.rss");
    assert_eq!(
        messages(&items),
        vec!["warning: feed.rss:14: unparseable date \"next Tuesday-ish\", kept in meta.published_raw"]
    );
    let d = docs(&items);
    assert_eq!(d.len(), 3);
    assert!(d
        .iter()
        .all(|d| d.header.outlet.as_deref() == Some("Caspian Monitor")));
    // content:encoded wins over the description; its inline ad label is dropped.
    assert_eq!(
        d[0].text,
        "Iran's foreign ministry on Tuesday denied that it had shipped ballistic missiles to Russia.\n\n\"No missile was sent,\" a spokesman said."
    );
    assert_eq!(
        d[0].header.published.as_deref(),
        Some("2024-09-10T09:30:00Z")
    );
    assert_eq!(
        d[0].header.url.as_deref(),
        Some("https://caspian.example/2024/09/10/iran-denies")
    );
    assert_eq!(
        d[1].header.title.as_deref(),
        Some("Azerbaijan & Armenia resume border talks")
    );
    assert_eq!(d[1].header.meta["published_raw"], "next Tuesday-ish");
    // Escaped HTML in a description becomes text; a missing date stays missing.
    assert_eq!(
        d[2].text,
        "Turkmenistan signed a gas supply agreement with China, state media reported."
    );
    assert_eq!(d[2].header.published, None);
}

#[test]
fn atom_entries_become_documents() {
    let items = run_fixture("feed.atom");
    assert_eq!(messages(&items), Vec::<String>::new());
    let d = docs(&items);
    assert_eq!(d.len(), 2);
    assert_eq!(d[0].header.outlet.as_deref(), Some("Sahel Dispatch"));
    assert_eq!(
        d[0].header.published.as_deref(),
        Some("2024-05-01T10:15:00+01:00")
    );
    assert_eq!(d[0].text.split("\n\n").count(), 2);
    assert_eq!(
        d[0].header.url.as_deref(),
        Some("https://sahel.example/2024/05/01/niger-envoy")
    );
    // No <published>: <updated> is the best date there is.
    assert_eq!(
        d[1].header.published.as_deref(),
        Some("2024-05-02T09:00:00Z")
    );
    assert!(d[1].text.contains("\"pure fabrication\""));
}

#[test]
fn rss_with_broken_entities_is_repaired_with_a_warning() {
    let items = run_fixture("broken-entities.rss");
    assert_eq!(
        messages(&items),
        vec!["warning: broken-entities.rss: malformed XML entities repaired"]
    );
    let d = docs(&items);
    assert_eq!(d.len(), 2);
    assert_eq!(
        d[0].header.title.as_deref(),
        Some("Beirut & Damascus trade accusations\u{a0}— again")
            .map(|t| t.replace('\u{a0}', " "))
            .as_deref()
    );
    assert!(d[0].text.contains("border crossings… Damascus denied it."));
    assert_eq!(
        d[0].header.url.as_deref(),
        Some("https://levant.example/a?id=1&ref=rss")
    );
    assert_eq!(
        d[0].header.published.as_deref(),
        Some("2024-09-11T07:00:00+03:00")
    );
    assert_eq!(d[1].header.published.as_deref(), Some("2024-09-12"));
}

#[test]
fn warc_keeps_only_the_html_response() {
    for name in ["sample.warc", "sample.warc.gz"] {
        let items = run_fixture(name);
        assert_eq!(messages(&items), Vec::<String>::new(), "{name}");
        let d = docs(&items);
        assert_eq!(
            d.len(),
            1,
            "{name}: request, warcinfo and PNG records are skipped"
        );
        assert_eq!(items[0].origin().line, Some(3));
        let h = &d[0].header;
        assert_eq!(
            h.url.as_deref(),
            Some("https://koreaherald.example/2024/06/01/seoul-drills")
        );
        // The page states no date: WARC-Date is the fallback.
        assert_eq!(h.published.as_deref(), Some("2024-06-01T12:00:02Z"));
        assert_eq!(h.outlet.as_deref(), Some("Peninsula Times"));
        assert!(d[0]
            .text
            .starts_with("South Korea and the United States began joint air drills"));
        assert!(!d[0].text.contains("Home"));
        assert!(!d[0].text.contains("Copyright"));
    }
    let plain = run_fixture("sample.warc");
    let gz = run_fixture("sample.warc.gz");
    assert_eq!(docs(&plain)[0], docs(&gz)[0]);
}

#[test]
fn truncated_warc_keeps_earlier_records() {
    let items = run_fixture("truncated.warc");
    assert_eq!(docs(&items).len(), 1);
    assert_eq!(
        messages(&items),
        vec!["rejected: truncated.warc:3: truncated WARC record: expected 860 bytes of content, got 295"]
    );
}

/// A WARC response as crawlers store it: chunked transfer, gzip content, Latin-1 declared in
/// the HTTP header only; plus a `resource` record holding HTML directly.
#[test]
fn warc_chunked_gzip_latin1_response_and_resource_record() {
    use std::io::Write;
    let html = "<html><head><title>Berlin rejects reparations demand</title></head><body><article>\
                <p>Die Bundesregierung hat am Montag die Forderung Warschaus nach Reparationen \
                zurückgewiesen, sagte ein Sprecher des Auswärtigen Amtes in Berlin.</p>\
                <p>Polen hatte zuvor erklärt, die Frage sei für die Regierung keineswegs \
                abgeschlossen, berichtete die Nachrichtenagentur PAP.</p></article></body></html>";
    let (latin1, _, _) = encoding_rs::WINDOWS_1252.encode(html);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&latin1).unwrap();
    let gz = gz.finish().unwrap();
    let mut http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n\
                     Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"
        .to_vec();
    let (a, b) = gz.split_at(gz.len() / 2);
    for chunk in [a, b] {
        http.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        http.extend_from_slice(chunk);
        http.extend_from_slice(b"\r\n");
    }
    http.extend_from_slice(b"0\r\n\r\n");
    let record = |kind: &str, uri: &str, ctype: &str, block: &[u8]| {
        let mut r = format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2023-10-02T08:00:00Z\r\n\
             Content-Type: {ctype}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    };
    let mut warc = record(
        "response",
        "https://zeitung.example/reparationen",
        "application/http; msgtype=response",
        &http,
    );
    warc.extend(record(
        "resource",
        "https://zeitung.example/copy",
        "text/html; charset=utf-8",
        html.as_bytes(),
    ));
    let mut items = Vec::new();
    read_bytes("crawl.warc", &warc, &Options::default(), &mut |i| {
        items.push(i)
    });
    assert_eq!(messages(&items), Vec::<String>::new());
    let d = docs(&items);
    assert_eq!(d.len(), 2);
    assert!(d[0]
        .text
        .contains("zurückgewiesen, sagte ein Sprecher des Auswärtigen Amtes"));
    assert_eq!(
        d[0].header.url.as_deref(),
        Some("https://zeitung.example/reparationen")
    );
    assert_eq!(
        d[0].header.published.as_deref(),
        Some("2023-10-02T08:00:00Z")
    );
    // Same text through both records: same document id.
    assert_eq!(d[0].header.id, d[1].header.id);
}

#[test]
fn jsonl_epoch_timestamps() {
    let input = b"{\"text\": \"Hanoi protested to Beijing.\", \"published\": 1709460000}\n\
                  {\"text\": \"Manila summoned the envoy.\", \"published\": 1709460000000}\n";
    let mut items = Vec::new();
    read_bytes("epoch.jsonl", input, &Options::default(), &mut |i| {
        items.push(i)
    });
    let d = docs(&items);
    assert_eq!(d.len(), 2);
    assert_eq!(
        d[0].header.published.as_deref(),
        Some("2024-03-03T10:00:00Z")
    );
    assert_eq!(
        d[1].header.published.as_deref(),
        Some("2024-03-03T10:00:00Z")
    );
    assert!(d[0].header.meta.is_empty());
}

#[test]
fn wire_story_furniture_inside_the_story_is_dropped() {
    let items = run_fixture("wire-story.html");
    assert_eq!(messages(&items), Vec::<String>::new());
    let d = docs(&items);
    assert_eq!(d.len(), 1);
    let t = &d[0].text;
    let paras: Vec<&str> = t.split("\n\n").collect();
    assert_eq!(paras.len(), 5, "{t}");
    assert!(paras[0].starts_with("KYIV, July 19 - A Russian missile strike overnight hit"));
    assert!(paras[1].contains("Kiper wrote on the Telegram messaging app."));
    // The credit line is part of the story and stays.
    assert_eq!(
        paras[4],
        "Reporting by Olena Kovalenko; Editing by Mark Heinrich"
    );
    for junk in [
        "Skip to main content",
        "Story continues below",
        "newsletter",
        "inbox",
        "Read more",
        "Share",
        "Smoke rises over the port",
        "Most read",
        "cookies",
        "Careers",
        "Search",
    ] {
        assert!(!t.contains(junk), "{junk:?} leaked into {t:?}");
    }
    // JSON-LD is the only source of the date and the publisher here.
    assert_eq!(
        d[0].header.published.as_deref(),
        Some("2024-07-19T06:45:00Z")
    );
    assert_eq!(d[0].header.outlet.as_deref(), Some("World News Desk"));
    assert_eq!(
        d[0].header.title.as_deref(),
        Some("Ukraine says Russian strike hits Odesa port grain terminal")
    );
}

#[test]
fn latin1_feed_is_decoded_from_its_xml_declaration() {
    let items = run_fixture("latin1.rss");
    assert_eq!(messages(&items), Vec::<String>::new());
    let d = docs(&items);
    assert_eq!(d.len(), 1);
    assert_eq!(
        d[0].header.title.as_deref(),
        Some("Bruxelles prépare de nouvelles sanctions")
    );
    assert!(d[0]
        .text
        .starts_with("La Commission européenne a présenté jeudi"));
    assert_eq!(
        d[0].header.published.as_deref(),
        Some("2024-03-07T18:00:00+01:00")
    );
}

#[test]
fn undeclared_windows_1252_html_is_decoded_with_a_warning() {
    let html = "<html><body><article><p>Le porte-parole du Quai d\u{2019}Orsay a déclaré que la \
                France « condamne fermement » l\u{2019}attaque contre le convoi humanitaire, \
                selon un communiqué publié à Paris mardi soir.</p></article></body></html>";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(html);
    let mut items = Vec::new();
    read_bytes("page.html", &bytes, &Options::default(), &mut |i| {
        items.push(i)
    });
    assert_eq!(
        messages(&items),
        vec![
            "warning: page.html: not valid UTF-8 and no charset declared, decoded as windows-1252"
        ]
    );
    let d = docs(&items);
    assert_eq!(d.len(), 1);
    assert!(d[0]
        .text
        .contains("Quai d\u{2019}Orsay a déclaré que la France « condamne fermement »"));
}

#[test]
fn deeply_nested_feed_item_is_read_quickly() {
    let depth = 30_000;
    let content = format!(
        "{}<p>Armenia said on Friday it had frozen its participation in the CSTO.</p>{}",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let rss = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Caucasus Wire</title>\
         <item><title>Armenia freezes CSTO role</title><description><![CDATA[{content}]]></description></item>\
         </channel></rss>"
    );
    let started = std::time::Instant::now();
    let mut items = Vec::new();
    read_bytes("deep.rss", rss.as_bytes(), &Options::default(), &mut |i| {
        items.push(i)
    });
    let d = docs(&items);
    assert_eq!(d.len(), 1, "{:?}", messages(&items));
    assert_eq!(
        d[0].text,
        "Armenia said on Friday it had frozen its participation in the CSTO."
    );
    assert!(
        started.elapsed().as_secs() < 20,
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn oversized_warc_records_html_rejected_others_skipped() {
    let record = |uri: &str, http_type: &str, body_len: usize| {
        let mut http = format!("HTTP/1.1 200 OK\r\nContent-Type: {http_type}\r\n\r\n").into_bytes();
        http.extend(std::iter::repeat_n(b'x', body_len));
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n\
             Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
            http.len()
        )
        .into_bytes();
        r.extend(http);
        r.extend_from_slice(b"\r\n\r\n");
        r
    };
    let opts = Options {
        max_doc_bytes: 10_000,
        ..Options::default()
    };
    let mut warc = record("https://a.example/report.pdf", "application/pdf", 100_000);
    warc.extend(record("https://a.example/huge.html", "text/html", 100_000));
    warc.extend(
        std::fs::read(format!(
            "{}/tests/fixtures/sample.warc",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap(),
    );
    let mut items = Vec::new();
    read_bytes("big.warc", &warc, &opts, &mut |i| items.push(i));
    let html_len = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".len() + 100_000;
    assert_eq!(
        messages(&items),
        vec![format!(
            "rejected: big.warc:2: record is {html_len} bytes, over the limit of 65536 bytes (4 × max_doc_bytes)"
        )]
    );
    // The good page after them is still read.
    assert_eq!(docs(&items).len(), 1);
    assert_eq!(items.last().unwrap().origin().line, Some(5));
}

#[test]
fn rss_guid_permalink_is_the_url_without_link() {
    let rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Gulf Brief</title>\
               <item><title>Qatar mediates</title><guid isPermaLink=\"true\">https://gulf.example/qatar-mediates</guid>\
               <description>Qatar said on Sunday it was mediating between the two sides.</description></item>\
               <item><title>Oman talks</title><guid isPermaLink=\"false\">item-2</guid>\
               <description>Oman hosted indirect talks, state media said.</description></item>\
               </channel></rss>";
    let mut items = Vec::new();
    read_bytes("gulf.rss", rss.as_bytes(), &Options::default(), &mut |i| {
        items.push(i)
    });
    let d = docs(&items);
    assert_eq!(d.len(), 2);
    assert_eq!(
        d[0].header.url.as_deref(),
        Some("https://gulf.example/qatar-mediates")
    );
    assert_eq!(d[1].header.url, None);
}

#[test]
fn json_arrays_and_json_files() {
    let array = br#"[
  {"text": "Cairo said the crossing would reopen on Sunday.", "outlet": "Nile Post"},
  {"title": "no text"},
  {"text": "Amman welcomed the decision, the foreign ministry said."}
]"#;
    let mut items = Vec::new();
    read_bytes("export.json", array, &Options::default(), &mut |i| {
        items.push(i)
    });
    assert_eq!(
        messages(&items),
        vec!["rejected: export.json:2: missing \"text\""]
    );
    let d = docs(&items);
    assert_eq!(d.len(), 2);
    assert_eq!(d[0].header.outlet.as_deref(), Some("Nile Post"));
    // A pretty-printed single object in a .json file is one document.
    let one = b"{\n  \"text\": \"Baghdad summoned the Turkish envoy.\",\n  \"url\": \"https://iq.example/a\"\n}\n";
    let mut items = Vec::new();
    read_bytes("one.json", one, &Options::default(), &mut |i| items.push(i));
    let d = docs(&items);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].header.url.as_deref(), Some("https://iq.example/a"));
    // Arrays are sniffed without a name, too.
    let mut items = Vec::new();
    read_bytes("<stdin>", array, &Options::default(), &mut |i| {
        items.push(i)
    });
    assert_eq!(docs(&items).len(), 2);
}
