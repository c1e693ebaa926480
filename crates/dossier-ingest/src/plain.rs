//! Plain text and Markdown files: one document each.

use dossier_core::DocumentHeader;

use crate::{decode, emit_doc, set_published, Item, Options, Origin};

pub(crate) fn read(
    name: &str,
    bytes: &[u8],
    markdown: bool,
    opts: &Options,
    sink: &mut dyn FnMut(Item),
) {
    let origin = Origin::file(name);
    let decoded = match decode::decode(bytes, None, false) {
        Ok(d) => d,
        Err(reason) => {
            sink(Item::Rejected { origin, reason });
            return;
        }
    };
    for reason in decoded.warnings {
        sink(Item::Warning {
            origin: origin.clone(),
            reason,
        });
    }
    let mut header = DocumentHeader::default();
    let mut text: &str = &decoded.text;
    let mut date_raw = None;
    if markdown {
        if let Some((front, rest)) = front_matter(text) {
            for (k, v) in front {
                match k.as_str() {
                    "title" => header.title = Some(v),
                    "url" | "link" | "canonical_url" => header.url = Some(v),
                    "outlet" | "source" | "site" | "publisher" => header.outlet = Some(v),
                    "date" | "published" | "pubdate" => date_raw = Some(v),
                    _ => {
                        header.meta.insert(k, serde_json::Value::String(v));
                    }
                }
            }
            text = rest;
        }
    }
    let (title, body) = split_title(text, markdown);
    if header.title.is_none() {
        header.title = title.map(|t| if markdown { strip_inline(&t) } else { t });
    }
    if let Some(raw) = date_raw {
        set_published(&mut header, &raw, &origin, sink);
    }
    let body = if markdown {
        markdown_to_text(body)
    } else {
        body.to_string()
    };
    emit_doc(origin, &body, header, opts, sink);
}

/// The title and the rest of the text. Markdown: a first-line `# ` heading. Text (and Markdown
/// without a heading): a first line that looks like a headline — at most 200 characters and
/// 30 words, no final `.`, `,`, `;` or `:`, followed by a blank line and more text.
fn split_title(text: &str, markdown: bool) -> (Option<String>, &str) {
    let trimmed = text.trim_start_matches(['\n', '\r', ' ', '\t']);
    let (first, rest) = match trimmed.find('\n') {
        Some(i) => (&trimmed[..i], &trimmed[i + 1..]),
        None => return (None, text),
    };
    let first = first.trim();
    if markdown {
        if let Some(h) = first.strip_prefix("# ") {
            let h = h.trim().trim_end_matches('#').trim();
            if !h.is_empty() {
                return (Some(h.to_string()), rest);
            }
        }
    }
    let next_blank = rest
        .split('\n')
        .next()
        .map(|l| l.trim().is_empty())
        .unwrap_or(false);
    let more = !rest.trim().is_empty();
    let headline = !first.is_empty()
        && first.chars().count() <= 200
        && first.split_whitespace().count() <= 30
        && !first.ends_with(['.', ',', ';', ':'])
        && !(markdown && first.starts_with('#'));
    if headline && next_blank && more {
        (Some(first.to_string()), rest)
    } else {
        (None, text)
    }
}

/// YAML-style front matter between `---` lines: simple `key: value` pairs only.
fn front_matter(text: &str) -> Option<(Vec<(String, String)>, &str)> {
    let body = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))?;
    let mut end = None;
    let mut pos = 0;
    for line in body.split_inclusive('\n') {
        if line.trim_end() == "---" {
            end = Some((pos, pos + line.len()));
            break;
        }
        pos += line.len();
    }
    let (fm_end, rest_start) = end?;
    let mut pairs = Vec::new();
    for line in body[..fm_end].lines() {
        if let Some((k, v)) = line.split_once(':') {
            let k = k.trim().to_ascii_lowercase();
            let v = v.trim().trim_matches(['"', '\'']).trim();
            if !k.is_empty() && !v.is_empty() && !k.contains(' ') {
                pairs.push((k, v.to_string()));
            }
        }
    }
    Some((pairs, &body[rest_start..]))
}

/// Markdown to plain text: heading and quote markers removed, links reduced to their text,
/// images and HTML comments dropped, emphasis and code markers removed. Paragraph structure
/// (blank lines) is kept.
fn markdown_to_text(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let mut in_fence = false;
    for line in md.lines() {
        let t = line.trim_start();
        if t.starts_with("```") || t.starts_with("~~~") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let mut l = t;
        while let Some(r) = l.strip_prefix('>') {
            l = r.trim_start();
        }
        if l.starts_with('#') {
            let hashes = l.bytes().take_while(|&b| b == b'#').count();
            if hashes <= 6 && l[hashes..].starts_with(' ') {
                l = l[hashes..].trim().trim_end_matches('#').trim_end();
            }
        }
        // Horizontal rules and setext underlines carry no text.
        if l.len() >= 3
            && l.bytes()
                .all(|b| matches!(b, b'-' | b'=' | b'*' | b'_' | b' '))
        {
            out.push('\n');
            continue;
        }
        out.push_str(&strip_inline(l));
        out.push('\n');
    }
    out
}

/// Inline Markdown: `![alt](src)` dropped, `[text](url)` → text, `**`/`__`/`` ` `` removed.
fn strip_inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let image = c == '!' && chars.get(i + 1) == Some(&'[');
        if c == '[' || image {
            let open = if image { i + 1 } else { i };
            if let Some((text_end, link_end)) = link_at(&chars, open) {
                if !image {
                    let inner: String = chars[open + 1..text_end].iter().collect();
                    out.push_str(&strip_inline(&inner));
                }
                i = link_end + 1;
                continue;
            }
        }
        if (c == '*' || c == '_') && chars.get(i + 1) == Some(&c) {
            i += 2;
            continue;
        }
        // Single `*` emphasis; a bullet ("* item") at the start of a line is kept as text.
        if c == '*' && !(i == 0 && chars.get(1) == Some(&' ')) {
            i += 1;
            continue;
        }
        if c == '`' {
            i += 1;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// For `[text](url)` starting at `open`: index of `]` and of `)`.
fn link_at(chars: &[char], open: usize) -> Option<(usize, usize)> {
    let close = open + chars[open..].iter().position(|&c| c == ']')?;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let end = close + 1 + chars[close + 1..].iter().position(|&c| c == ')')?;
    Some((close, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_title_heuristic() {
        let (t, rest) = split_title(
            "Iran denies missile transfer\n\nTehran said on Tuesday.",
            false,
        );
        assert_eq!(t.as_deref(), Some("Iran denies missile transfer"));
        assert_eq!(rest.trim(), "Tehran said on Tuesday.");
        // A first sentence is not a title.
        let (t, _) = split_title("Tehran said on Tuesday it sent nothing.\n\nMore.", false);
        assert_eq!(t, None);
        // A first line running into the paragraph is not a title.
        let (t, _) = split_title("KYIV, Ukraine (AP)\nUkraine said on Monday.", false);
        assert_eq!(t, None);
    }

    #[test]
    fn markdown_inline() {
        assert_eq!(
            strip_inline("**Kyiv** *said*, [according to](https://x.org) ![map](m.png)officials"),
            "Kyiv said, according to officials"
        );
        let text =
            markdown_to_text("## Background\n\n> \"No missile was sent,\" he said.\n\n---\n");
        assert!(text.contains("Background\n"));
        assert!(text.contains("\"No missile was sent,\" he said."));
        assert!(!text.contains("---"));
    }
}
