//! RSS and Atom feeds (feed-rs): one document per item.
//!
//! Broken entities (`&nbsp;`, a bare `&` in a title) make strict XML parsers give up; when the
//! first parse fails, the XML is repaired (HTML entities → numeric references, stray `&` →
//! `&amp;`) and parsed again, with a warning. Dates are taken from the raw `<pubDate>`,
//! `<published>`, `<dc:date>` or `<updated>` of each item, so an odd date can be kept in
//! `meta.published_raw` instead of silently vanishing.

use dossier_core::DocumentHeader;
use feed_rs::model::Entry;

use crate::{decode, emit_doc, html, set_published, Item, Options, Origin};

pub(crate) fn read(name: &str, bytes: &[u8], opts: &Options, sink: &mut dyn FnMut(Item)) {
    let file = Origin::file(name);
    let declared = decode::xml_declared_encoding(bytes);
    let decoded = match decode::decode(bytes, declared.as_deref(), false) {
        Ok(d) => d,
        Err(reason) => {
            sink(Item::Rejected {
                origin: file,
                reason,
            });
            return;
        }
    };
    for reason in decoded.warnings {
        sink(Item::Warning {
            origin: file.clone(),
            reason,
        });
    }
    // feed-rs reads the encoding from the XML declaration; the text is UTF-8 now.
    let xml = strip_encoding_decl(&decoded.text);
    let parser = || {
        feed_rs::parser::Builder::new()
            .sanitize_content(false)
            .build()
    };
    let feed = match parser().parse(xml.as_bytes()) {
        Ok(f) => f,
        Err(first) => {
            let repaired = repair_entities(&xml);
            match parser().parse(repaired.as_bytes()) {
                Ok(f) => {
                    sink(Item::Warning {
                        origin: file.clone(),
                        reason: "malformed XML entities repaired".to_string(),
                    });
                    f
                }
                Err(_) => {
                    sink(Item::Rejected {
                        origin: file,
                        reason: format!("not a readable RSS or Atom feed: {first}"),
                    });
                    return;
                }
            }
        }
    };
    let outlet = feed
        .title
        .as_ref()
        .map(|t| plain_title(&t.content))
        .filter(|t| !t.is_empty());
    let raw_items = scan_items(&xml);
    let aligned = raw_items.len() == feed.entries.len();
    if feed.entries.is_empty() {
        sink(Item::Rejected {
            origin: file,
            reason: "feed has no items".to_string(),
        });
        return;
    }
    for (i, entry) in feed.entries.iter().enumerate() {
        let raw = aligned.then(|| &raw_items[i]);
        let line = raw.map(|r| r.line).unwrap_or(i as u64 + 1);
        let origin = Origin::at(name, line);
        item(entry, raw, outlet.as_deref(), &origin, opts, sink);
    }
}

fn item(
    entry: &Entry,
    raw: Option<&RawItem>,
    outlet: Option<&str>,
    origin: &Origin,
    opts: &Options,
    sink: &mut dyn FnMut(Item),
) {
    let body = entry
        .content
        .as_ref()
        .and_then(|c| c.body.clone())
        .filter(|b| !b.trim().is_empty())
        .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()));
    let Some(body) = body else {
        sink(Item::Rejected {
            origin: origin.clone(),
            reason: "item has no content or summary".to_string(),
        });
        return;
    };
    let text = match html::fragment_to_text(&body) {
        Ok(t) => t,
        Err(reason) => {
            sink(Item::Rejected {
                origin: origin.clone(),
                reason,
            });
            return;
        }
    };
    if text.trim().is_empty() {
        sink(Item::Rejected {
            origin: origin.clone(),
            reason: "item has no text".to_string(),
        });
        return;
    }
    let link = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or(entry.links.first())
        .map(|l| l.href.clone())
        // RSS <guid isPermaLink="true"> is the item's address when there is no <link>.
        .or_else(|| {
            (entry.id.starts_with("http://") || entry.id.starts_with("https://"))
                .then(|| entry.id.clone())
        });
    let mut header = DocumentHeader {
        title: entry
            .title
            .as_ref()
            .map(|t| plain_title(&t.content))
            .filter(|t| !t.is_empty()),
        url: link,
        outlet: outlet.map(str::to_string),
        ..DocumentHeader::default()
    };
    match raw.and_then(|r| r.date.as_deref()) {
        Some(d) => set_published(&mut header, d, origin, sink),
        None => {
            if let Some(dt) = entry.published.or(entry.updated) {
                header.published = Some(dt.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true));
            }
        }
    }
    emit_doc(origin.clone(), &text, header, opts, sink);
}

/// Titles may carry markup or entities (`&amp;`, `<b>`): reduce to one line of text.
fn plain_title(t: &str) -> String {
    let text = if t.contains('<') || t.contains('&') {
        html::fragment_to_text(t).unwrap_or_else(|_| t.to_string())
    } else {
        t.to_string()
    };
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a raw scan of the XML says about one item.
pub(crate) struct RawItem {
    line: u64,
    date: Option<String>,
}

/// Find each `<item>` / `<entry>` start, its line and its raw date element.
fn scan_items(xml: &str) -> Vec<RawItem> {
    let mut starts = Vec::new();
    let bytes = xml.as_bytes();
    let mut i = 0;
    let mut in_cdata = false;
    while i < bytes.len() {
        if in_cdata {
            match xml[i..].find("]]>") {
                Some(j) => {
                    i += j + 3;
                    in_cdata = false;
                    continue;
                }
                None => break,
            }
        }
        if bytes[i] == b'<' {
            let rest = &xml[i..];
            if rest.starts_with("<![CDATA[") {
                in_cdata = true;
                i += 9;
                continue;
            }
            for tag in ["<item", "<entry"] {
                if rest.starts_with(tag)
                    && rest[tag.len()..].starts_with(['>', ' ', '\n', '\r', '\t', '/'])
                {
                    starts.push(i);
                }
            }
        }
        i += 1;
    }
    let mut items = Vec::with_capacity(starts.len());
    let mut line = 1u64;
    let mut counted = 0usize;
    for (k, &s) in starts.iter().enumerate() {
        line += xml[counted..s].bytes().filter(|&b| b == b'\n').count() as u64;
        counted = s;
        let end = starts.get(k + 1).copied().unwrap_or(xml.len());
        let block = &xml[s..end];
        let date = ["pubDate", "published", "dc:date", "updated"]
            .iter()
            .find_map(|t| element_text(block, t));
        items.push(RawItem { line, date });
    }
    items
}

fn element_text(block: &str, tag: &str) -> Option<String> {
    let open = format!("<{tag}");
    let mut from = 0;
    while let Some(p) = block[from..].find(&open) {
        let start = from + p + open.len();
        let after = &block[start..];
        if after.starts_with(['>', ' ', '\t', '\n']) {
            let gt = after.find('>')?;
            let content_start = start + gt + 1;
            let close = format!("</{tag}>");
            let end = block[content_start..].find(&close)? + content_start;
            let raw = block[content_start..end].trim();
            let raw = raw
                .strip_prefix("<![CDATA[")
                .and_then(|r| r.strip_suffix("]]>"))
                .unwrap_or(raw)
                .trim();
            return (!raw.is_empty()).then(|| raw.to_string());
        }
        from = start;
    }
    None
}

/// Drop `encoding="…"` from the XML declaration: the text has been decoded to UTF-8 already.
fn strip_encoding_decl(xml: &str) -> String {
    let trimmed = xml.trim_start();
    if let Some(rest) = trimmed.strip_prefix("<?xml") {
        if let Some(end) = rest.find("?>") {
            return format!("<?xml version=\"1.0\"?>{}", &rest[end + 2..]);
        }
    }
    trimmed.to_string()
}

/// HTML named entities commonly found in feeds, as code points.
const HTML_ENTITIES: &[(&str, u32)] = &[
    ("nbsp", 160),
    ("mdash", 8212),
    ("ndash", 8211),
    ("hellip", 8230),
    ("lsquo", 8216),
    ("rsquo", 8217),
    ("ldquo", 8220),
    ("rdquo", 8221),
    ("laquo", 171),
    ("raquo", 187),
    ("copy", 169),
    ("reg", 174),
    ("trade", 8482),
    ("eacute", 233),
    ("egrave", 232),
    ("aacute", 225),
    ("agrave", 224),
    ("iacute", 237),
    ("oacute", 243),
    ("uacute", 250),
    ("uuml", 252),
    ("ouml", 246),
    ("auml", 228),
    ("ccedil", 231),
    ("ntilde", 241),
    ("middot", 183),
    ("bull", 8226),
    ("euro", 8364),
    ("pound", 163),
    ("deg", 176),
];

/// Make entity references well-formed XML: keep the five XML entities and numeric references,
/// turn known HTML entities into numeric references, escape any other `&`.
pub(crate) fn repair_entities(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len() + 64);
    let mut rest = xml;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        let after = &rest[p + 1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .unwrap_or(after.len());
        let name = &after[..name_len];
        let terminated = after[name_len..].starts_with(';');
        let numeric_ok = name
            .strip_prefix("#x")
            .map(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_hexdigit()))
            .or_else(|| {
                name.strip_prefix('#')
                    .map(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
            })
            .unwrap_or(false);
        if terminated && (numeric_ok || matches!(name, "amp" | "lt" | "gt" | "quot" | "apos")) {
            out.push('&');
            out.push_str(name);
            out.push(';');
            rest = &after[name_len + 1..];
        } else if let Some((_, cp)) = HTML_ENTITIES.iter().find(|(n, _)| terminated && *n == name) {
            out.push_str(&format!("&#{cp};"));
            rest = &after[name_len + 1..];
        } else {
            out.push_str("&amp;");
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_repair() {
        assert_eq!(
            repair_entities("AT&T &nbsp;&amp; &#233; &copy; &bogus; &"),
            "AT&amp;T &#160;&amp; &#233; &#169; &amp;bogus; &amp;"
        );
    }

    #[test]
    fn raw_item_scan() {
        let xml = "<rss>\n<channel>\n<item>\n<pubDate>Mon, 4 Mar 2024 08:00:00 GMT</pubDate>\n\
                   <description><![CDATA[<item>not an item</item>]]></description></item>\n\
                   <item><pubDate>soon</pubDate></item></channel></rss>";
        let items = scan_items(xml);
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].line, 3);
        assert_eq!(
            items[0].date.as_deref(),
            Some("Mon, 4 Mar 2024 08:00:00 GMT")
        );
        assert_eq!(items[1].date.as_deref(), Some("soon"));
    }
}
