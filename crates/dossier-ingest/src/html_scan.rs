//! A linear pass over HTML tokens (html5ever's tokenizer, no tree builder).
//!
//! The tree builder and Readability both cost time quadratic in nesting depth (each start or
//! end tag scans the stack of open elements), so a page of 40,000 nested `<div>`s — 400 KB —
//! takes seconds, and a 30 MB one would take hours. This scan runs first on every page: it
//! estimates the nesting depth and, on the way, collects the text with the same paragraph and
//! boilerplate rules as the DOM walk. Pages deeper than [`MAX_TREE_DEPTH`] use this text and
//! never build a tree.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

use crate::html::{furniture_names, Collector, BLOCK, SKIP};

/// Estimated depth above which the page is not given to the tree builder.
pub(crate) const MAX_TREE_DEPTH: usize = 1000;

/// What the scan found.
pub(crate) struct Scan {
    /// Deepest nesting of elements, estimated from start and end tags.
    pub max_depth: usize,
    /// Text of `<title>`.
    pub title: String,
    /// Paragraphs outside skipped elements.
    pub paras: Vec<String>,
    /// `<meta property|name=… content=…>` pairs (key lowercased) and `<link rel=canonical>`.
    pub metas: Vec<(String, String)>,
    pub canonical: Option<String>,
}

impl Scan {
    /// The first `content` of a meta tag with this property or name.
    pub fn meta(&self, key: &str) -> Option<String> {
        self.metas
            .iter()
            .find(|(k, v)| k == key && !v.trim().is_empty())
            .map(|(_, v)| v.trim().to_string())
    }
}

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen",
];

/// Elements whose end tag is usually omitted: they do not nest, so they do not count.
const IMPLIED_END: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "rb", "rt", "rp", "tbody",
    "thead", "tfoot", "colgroup", "html", "head", "body",
];

struct State {
    depth: usize,
    max_depth: usize,
    /// Inside a skipped element: its name and how many of that name are open.
    skipping: Option<(String, usize)>,
    in_title: bool,
    title: String,
    collector: Collector,
    metas: Vec<(String, String)>,
    canonical: Option<String>,
}

struct Sink(RefCell<State>);

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut st = self.0.borrow_mut();
        match token {
            Token::TagToken(tag) => {
                let name: &str = &tag.name;
                let start = tag.kind == TagKind::StartTag;
                let nests = !VOID.contains(&name) && !IMPLIED_END.contains(&name);
                if start && nests && !tag.self_closing {
                    st.depth += 1;
                    st.max_depth = st.max_depth.max(st.depth);
                } else if !start && nests {
                    st.depth = st.depth.saturating_sub(1);
                }
                if name == "title" {
                    st.in_title = start;
                }
                if start && (name == "meta" || name == "link") {
                    let get = |n: &str| {
                        tag.attrs
                            .iter()
                            .find(|a| &*a.name.local == n)
                            .map(|a| a.value.to_string())
                    };
                    if name == "meta" {
                        if let (Some(k), Some(v)) =
                            (get("property").or_else(|| get("name")), get("content"))
                        {
                            st.metas.push((k.to_ascii_lowercase(), v));
                        }
                    } else if get("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical"))
                        && st.canonical.is_none()
                    {
                        st.canonical = get("href");
                    }
                }
                // Raw-text elements: their content is text to the tokenizer, not tags.
                let raw = if start {
                    match name {
                        "script" => Some(RawKind::ScriptData),
                        "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
                            Some(RawKind::Rawtext)
                        }
                        "textarea" | "title" => Some(RawKind::Rcdata),
                        _ => None,
                    }
                } else {
                    None
                };
                if let Some((skip_name, open)) = st.skipping.as_mut() {
                    if skip_name == name && !tag.self_closing {
                        if start {
                            *open += 1;
                        } else {
                            *open -= 1;
                        }
                    }
                    if *open == 0 {
                        st.skipping = None;
                    }
                } else if start {
                    let attr = |n: &str| {
                        tag.attrs
                            .iter()
                            .find(|a| &*a.name.local == n)
                            .map(|a| a.value.to_string())
                    };
                    let hidden = attr("hidden").is_some()
                        || attr("aria-hidden").is_some_and(|v| v.eq_ignore_ascii_case("true"));
                    let skip = SKIP.contains(&name)
                        || hidden
                        || furniture_names(name, attr("class").as_deref(), attr("id").as_deref());
                    if skip && !VOID.contains(&name) && !tag.self_closing {
                        st.skipping = Some((name.to_string(), 1));
                    } else if name == "br" {
                        st.collector.newline();
                    } else if BLOCK.contains(&name) {
                        st.collector.flush();
                    } else if name == "a" {
                        st.collector.link_depth += 1;
                    }
                } else if BLOCK.contains(&name) {
                    st.collector.flush();
                } else if name == "a" {
                    st.collector.link_depth = st.collector.link_depth.saturating_sub(1);
                }
                if let Some(kind) = raw {
                    return TokenSinkResult::RawData(kind);
                }
            }
            Token::CharacterTokens(text) => {
                if st.in_title {
                    st.title.push_str(&text);
                } else if st.skipping.is_none() {
                    st.collector.push_text(&text);
                }
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// Scan a page once, in time linear in its size.
pub(crate) fn scan(html: &str) -> Scan {
    let sink = Sink(RefCell::new(State {
        depth: 0,
        max_depth: 0,
        skipping: None,
        in_title: false,
        title: String::new(),
        collector: Collector::default(),
        metas: Vec::new(),
        canonical: None,
    }));
    let tok = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let _ = tok.feed(&input);
    tok.end();
    let mut st = tok.sink.0.into_inner();
    st.collector.flush();
    Scan {
        max_depth: st.max_depth,
        title: st.title.split_whitespace().collect::<Vec<_>>().join(" "),
        paras: st.collector.paras,
        metas: st.metas,
        canonical: st.canonical,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_and_text() {
        let s = scan(
            "<html><head><title>Kyiv\n talks</title><meta property=og:site_name content=\"Wire\">\
             <link rel=canonical href=\"https://w.example/a\"><script>if (a < b) { x = '<div>'; }</script></head>\
             <body><nav><a href=/>Home</a><div>menu</div></nav><div><div><p>Talks resumed.<p>No deal \
             &amp; no date.<br>Officials said so.</div></div><div class=\"inline-ad\"><p>Buy now</p></div>\
             <footer>(c) 2024</footer></body></html>",
        );
        assert_eq!(s.max_depth, 2);
        assert_eq!(s.title, "Kyiv talks");
        assert_eq!(s.meta("og:site_name").as_deref(), Some("Wire"));
        assert_eq!(s.canonical.as_deref(), Some("https://w.example/a"));
        assert_eq!(
            s.paras,
            vec!["Talks resumed.", "No deal & no date.\nOfficials said so."]
        );
    }

    #[test]
    fn deep_nesting_is_linear() {
        let n = 50_000;
        let html = format!(
            "{}<p>Deep text.</p>{}",
            "<div>".repeat(n),
            "</div>".repeat(n)
        );
        let t = std::time::Instant::now();
        let s = scan(&html);
        assert_eq!(s.max_depth, n);
        assert_eq!(s.paras, vec!["Deep text."]);
        // Generous bound for a debug build on a loaded machine; quadratic would take minutes.
        assert!(t.elapsed().as_secs() < 20);
    }
}
