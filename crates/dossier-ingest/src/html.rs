//! HTML pages: main article text (dom_smoothie, a Readability port) plus metadata, and HTML
//! fragments (feed items) to plain text.
//!
//! Both paths end in [`to_paragraphs`], an iterative walk of the DOM (no recursion, so a page
//! nested 10,000 levels deep cannot overflow the stack) that keeps paragraphs as
//! blank-line-separated text, skips navigation, scripts, forms, captions and the like, and then
//! drops boilerplate paragraphs (inline "Advertisement" labels, cookie notices, newsletter
//! prompts) listed in `data/boilerplate.tsv`. The whole page is processed on a thread with a
//! 64 MiB stack, and a panic in the HTML libraries becomes a rejection, never a crash.

use std::sync::OnceLock;

use dom_query::{Document as Dom, NodeRef};
use dom_smoothie::{Config, Readability, ReadabilityError};
use dossier_core::DocumentHeader;

use crate::{decode, emit_doc, set_published, Item, Options, Origin};

/// What was found in a page.
#[derive(Debug, Default)]
pub(crate) struct Page {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub text: String,
    /// Set to the nesting depth when the page was too deep for main-text extraction.
    pub deep: Option<usize>,
}

pub(crate) const NO_ARTICLE: &str = "no article text found";

/// Read one HTML page into a document. `charset` is a charset declared outside the page (HTTP
/// header); `url` the address it was fetched from (WARC) — it takes precedence over the
/// page's own canonical URL; `published_fallback` is used when the page states no date.
pub(crate) fn read_page(
    origin: &Origin,
    bytes: &[u8],
    charset: Option<&str>,
    url: Option<&str>,
    published_fallback: Option<&str>,
    opts: &Options,
    sink: &mut dyn FnMut(Item),
) {
    let declared = charset
        .map(str::to_string)
        .or_else(|| decode::html_declared_charset(bytes));
    let decoded = match decode::decode(bytes, declared.as_deref(), true) {
        Ok(d) => d,
        Err(reason) => {
            sink(Item::Rejected {
                origin: origin.clone(),
                reason,
            });
            return;
        }
    };
    for reason in decoded.warnings {
        sink(Item::Warning {
            origin: origin.clone(),
            reason,
        });
    }
    let page = match on_big_stack(|| extract_page(&decoded.text, url)) {
        Ok(p) => p,
        Err(reason) => {
            sink(Item::Rejected {
                origin: origin.clone(),
                reason,
            });
            return;
        }
    };
    if let Some(depth) = page.deep {
        sink(Item::Warning {
            origin: origin.clone(),
            reason: format!(
                "HTML nested {depth} levels deep: main-text extraction skipped, all body text kept"
            ),
        });
    }
    let mut header = DocumentHeader {
        title: page.title,
        outlet: page.outlet,
        url: url.map(str::to_string).or(page.url),
        ..DocumentHeader::default()
    };
    if let Some(raw) = page.published.as_deref().or(published_fallback) {
        set_published(&mut header, raw, origin, sink);
    }
    emit_doc(origin.clone(), &page.text, header, opts, sink);
}

/// Run `f` on a thread with a 64 MiB stack (virtual; only touched pages are used) and turn a
/// panic into an error. The walks here are iterative; this is a safety belt for the HTML
/// libraries underneath.
pub(crate) fn on_big_stack<T: Send>(
    f: impl FnOnce() -> Result<T, String> + Send,
) -> Result<T, String> {
    std::thread::scope(|s| {
        let handle = std::thread::Builder::new()
            .name("dossier-html".into())
            .stack_size(64 * 1024 * 1024)
            .spawn_scoped(s, f);
        match handle {
            Ok(h) => h
                .join()
                .unwrap_or_else(|_| Err("HTML could not be parsed (internal error)".to_string())),
            Err(e) => Err(format!("cannot start HTML worker: {e}")),
        }
    })
}

fn extract_page(html: &str, url: Option<&str>) -> Result<Page, String> {
    let base = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let cfg = Config {
        // Readability wants 500 characters before it trusts a candidate; short wire stories
        // are common, so accept less and rely on the paragraph filter.
        char_threshold: 200,
        ..Config::default()
    };
    let scan = crate::html_scan::scan(html);
    if scan.max_depth > crate::html_scan::MAX_TREE_DEPTH {
        // The tree builder and Readability are quadratic in the depth: pathological pages get
        // the linear token scan's text instead.
        if scan.paras.is_empty() {
            return Err(NO_ARTICLE.to_string());
        }
        return Ok(Page {
            title: clean(Some(scan.title.clone())).or_else(|| scan.meta("og:title")),
            outlet: scan.meta("og:site_name"),
            published: scan.meta("article:published_time"),
            url: scan.canonical.clone().or_else(|| scan.meta("og:url")),
            text: scan.paras.join("\n\n"),
            deep: Some(scan.max_depth),
        });
    }
    let dom = Dom::from(html);
    remove_furniture(&dom);
    let mut r = match Readability::with_document(dom, base, Some(cfg.clone())) {
        Ok(r) => r,
        // Only an unusable base URL fails here: parse again without it.
        Err(_) => {
            let dom = Dom::from(html);
            remove_furniture(&dom);
            Readability::with_document(dom, None, Some(cfg))
                .map_err(|e| format!("cannot read HTML: {e}"))?
        }
    };
    let canonical = attr(&r.doc, "link[rel=canonical]", "href");
    let og_url = attr(&r.doc, "meta[property='og:url']", "content");
    let meta_date = [
        ("meta[property='article:published_time']", "content"),
        ("meta[itemprop=datePublished]", "content"),
        ("meta[name='article:published_time']", "content"),
        ("meta[name=pubdate]", "content"),
        ("meta[name=date]", "content"),
        ("meta[name='dc.date']", "content"),
        ("article time[datetime]", "datetime"),
        ("time[datetime]", "datetime"),
    ]
    .iter()
    .find_map(|(sel, a)| attr(&r.doc, sel, a));
    let og_title = attr(&r.doc, "meta[property='og:title']", "content");
    let site_name = attr(&r.doc, "meta[property='og:site_name']", "content");
    let article = match r.parse() {
        Ok(a) => a,
        Err(ReadabilityError::GrabFailed) => return Err(NO_ARTICLE.to_string()),
        Err(e) => return Err(format!("cannot read HTML: {e}")),
    };
    let frag = Dom::fragment(article.content.to_string());
    let paras = to_paragraphs(frag.root());
    if paras.is_empty() {
        return Err(NO_ARTICLE.to_string());
    }
    let title = Some(article.title.trim().to_string())
        .filter(|t| !t.is_empty())
        .or(og_title);
    Ok(Page {
        title,
        outlet: site_name.or_else(|| clean(article.site_name)),
        published: clean(article.published_time).or(meta_date),
        url: canonical.or(og_url).or_else(|| clean(article.url)),
        text: paras.join("\n\n"),
        deep: None,
    })
}

fn clean(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

fn attr(doc: &Dom, sel: &str, name: &str) -> Option<String> {
    let found = doc.try_select(sel)?;
    let node = *found.nodes().first()?;
    clean(node.attr(name).map(|v| v.to_string()))
}

/// An HTML fragment (a feed item's content or summary) to blank-line separated paragraphs.
pub(crate) fn fragment_to_text(html: &str) -> Result<String, String> {
    // Plain text (most titles, many summaries) needs no parser at all.
    if !html.contains(['<', '&']) {
        return Ok(html.to_string());
    }
    let scan = crate::html_scan::scan(html);
    if scan.max_depth > crate::html_scan::MAX_TREE_DEPTH {
        return Ok(scan.paras.join("\n\n"));
    }
    let html = html.to_string();
    on_big_stack(move || {
        let frag = Dom::fragment(html);
        Ok(to_paragraphs(frag.root()).join("\n\n"))
    })
}

/// Subtrees that are never article text.
pub(crate) const SKIP: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "aside",
    "footer",
    "header",
    "form",
    "button",
    "select",
    "textarea",
    "iframe",
    "svg",
    "math",
    "figcaption",
    "head",
    "title",
    "menu",
    "dialog",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "picture",
    "img",
];

/// Elements that end a paragraph when entered or left.
pub(crate) const BLOCK: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "figure",
    "hr",
    "address",
    "details",
    "summary",
    "body",
    "html",
    "center",
];

/// Paragraph builder shared by the DOM walk and the token scan.
#[derive(Default)]
pub(crate) struct Collector {
    pub paras: Vec<String>,
    cur: String,
    link_chars: usize,
    pub link_depth: usize,
}

impl Collector {
    pub fn newline(&mut self) {
        self.cur.push('\n');
    }

    pub fn push_text(&mut self, t: &str) {
        if t.starts_with(char::is_whitespace)
            && !self.cur.is_empty()
            && !self.cur.ends_with([' ', '\n'])
        {
            self.cur.push(' ');
        }
        let mut first = true;
        for w in t.split_whitespace() {
            if !first {
                self.cur.push(' ');
            }
            self.cur.push_str(w);
            if self.link_depth > 0 {
                self.link_chars += w.len();
            }
            first = false;
        }
        if !first && t.ends_with(char::is_whitespace) {
            self.cur.push(' ');
        }
    }

    pub fn flush(&mut self) {
        let p = self.cur.trim();
        // A paragraph that is (almost) all link text is a menu or a teaser, not the story.
        let words: usize = p.split_whitespace().map(str::len).sum();
        let linky = words > 0 && self.link_chars * 10 >= words * 9 && p.len() < 200;
        if !p.is_empty() && !linky && !is_boilerplate(p) {
            let lines: Vec<&str> = p.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
            self.paras.push(lines.join("\n"));
        }
        self.cur.clear();
        self.link_chars = 0;
    }
}

/// Iterative, depth-first walk collecting paragraphs.
pub(crate) fn to_paragraphs(root: NodeRef<'_>) -> Vec<String> {
    let mut c = Collector::default();
    let Some(mut node) = root.first_child() else {
        return c.paras;
    };
    let mut depth: usize = 1;
    'walk: loop {
        // Enter `node`.
        let mut descend = false;
        if node.is_text() {
            c.push_text(&node.text());
        } else if node.is_element() {
            let name = node
                .node_name()
                .map(|n| n.to_ascii_lowercase())
                .unwrap_or_default();
            let hidden = node.has_attr("hidden")
                || node
                    .attr("aria-hidden")
                    .is_some_and(|v| v.eq_ignore_ascii_case("true"));
            if name == "br" {
                c.cur.push('\n');
            } else if !SKIP.contains(&name.as_str()) && !hidden && !is_furniture(&node) {
                if BLOCK.contains(&name.as_str()) {
                    c.flush();
                }
                if name == "a" {
                    c.link_depth += 1;
                }
                descend = true;
            }
        }
        if descend {
            if let Some(child) = node.first_child() {
                node = child;
                depth += 1;
                continue 'walk;
            }
            leave(&mut c, &node);
        }
        // Move to the next sibling, leaving finished ancestors on the way up.
        loop {
            if let Some(next) = node.next_sibling() {
                node = next;
                continue 'walk;
            }
            depth -= 1;
            if depth == 0 {
                break 'walk;
            }
            match node.parent() {
                Some(p) => {
                    leave(&mut c, &p);
                    node = p;
                }
                None => break 'walk,
            }
        }
    }
    c.flush();
    c.paras
}

fn leave(c: &mut Collector, node: &NodeRef<'_>) {
    let name = node
        .node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default();
    if name == "a" {
        c.link_depth = c.link_depth.saturating_sub(1);
    }
    if BLOCK.contains(&name.as_str()) {
        c.flush();
    }
}

/// Boilerplate rules from `data/boilerplate.tsv`.
struct Rule {
    kind: RuleKind,
    parts: Vec<String>,
}

enum RuleKind {
    Exact,
    Prefix,
    ShortAll,
    Class,
}

fn rules() -> &'static [Rule] {
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    RULES.get_or_init(|| {
        include_str!("../data/boilerplate.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let (kind, pattern) = l.split_once('\t')?;
                let kind = match kind.trim() {
                    "exact" => RuleKind::Exact,
                    "prefix" => RuleKind::Prefix,
                    "short_all" => RuleKind::ShortAll,
                    "class" => RuleKind::Class,
                    _ => return None,
                };
                let parts = pattern
                    .split('+')
                    .map(|p| p.trim().to_lowercase())
                    .filter(|p| !p.is_empty())
                    .collect();
                Some(Rule { kind, parts })
            })
            .collect()
    })
}

/// True for a paragraph that is page furniture rather than story text.
pub(crate) fn is_boilerplate(p: &str) -> bool {
    let lower = p.to_lowercase();
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    rules().iter().any(|r| match r.kind {
        RuleKind::Exact => r.parts.iter().any(|x| bare == x),
        RuleKind::Prefix => {
            lower.len() < 200 && r.parts.iter().any(|x| bare.starts_with(x.as_str()))
        }
        RuleKind::ShortAll => {
            lower.len() < 400 && r.parts.iter().all(|x| lower.contains(x.as_str()))
        }
        RuleKind::Class => false,
    })
}

/// True for an element whose `class` or `id` names page furniture (`inline-ad`,
/// `newsletter-signup`, `share-tools`, …).
fn is_furniture(node: &NodeRef<'_>) -> bool {
    let name = node
        .node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default();
    let class = node.class().map(|c| c.to_string());
    let id = node.id_attr().map(|c| c.to_string());
    // Furniture is small: a big block with an unlucky class is more likely the story.
    furniture_names(&name, class.as_deref(), id.as_deref()) && node.text().len() < 1500
}

/// Does an element with this tag name, class and id look like furniture?
pub(crate) fn furniture_names(tag: &str, class: Option<&str>, id: Option<&str>) -> bool {
    // Never the page's or the story's container, whatever its class says ("has-ads" on
    // <body>).
    if matches!(tag, "html" | "body" | "main" | "article") {
        return false;
    }
    let mut names = String::new();
    if let Some(c) = class {
        names.push_str(c);
    }
    if let Some(i) = id {
        names.push(' ');
        names.push_str(i);
    }
    if names.is_empty() {
        return false;
    }
    let names = names.to_ascii_lowercase();
    let words: Vec<&str> = names
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|w| !w.is_empty())
        .collect();
    // "ad-free", "no-ads", "noshare": a statement about furniture, not furniture.
    if words
        .iter()
        .any(|w| matches!(*w, "free" | "no" | "without"))
    {
        return false;
    }
    words.iter().any(|w| {
        rules()
            .iter()
            .any(|r| matches!(r.kind, RuleKind::Class) && r.parts.iter().any(|p| p == w))
    })
}

/// Remove furniture elements (see [`is_furniture`]) before Readability scores the page.
fn remove_furniture(dom: &Dom) {
    let doomed: Vec<NodeRef<'_>> = dom
        .root()
        .descendants_it()
        .filter(|n| n.is_element() && is_furniture(n))
        .collect();
    for n in doomed {
        n.remove_from_parent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragment_paragraphs_and_junk() {
        let t = fragment_to_text(
            "<p>Kyiv said on Monday that <b>two</b> drones were downed.</p>\
             <div>Advertisement</div><p>The ministry denied it.<br>No details.</p>\
             <p><a href='/x'>Read more</a></p><script>var x=1;</script>",
        )
        .unwrap();
        assert_eq!(
            t,
            "Kyiv said on Monday that two drones were downed.\n\nThe ministry denied it.\nNo details."
        );
    }

    #[test]
    fn furniture_by_class() {
        assert!(furniture_names("div", Some("inline-ad slot"), None));
        assert!(furniture_names("section", None, Some("newsletter_signup")));
        assert!(!furniture_names("div", Some("story-body ad-free"), None));
        assert!(!furniture_names("body", Some("has-ads"), None));
        assert!(!furniture_names("div", Some("headline shadow"), None));
    }

    #[test]
    fn cookie_notice_is_boilerplate() {
        assert!(is_boilerplate(
            "We use cookies to improve your experience. By continuing you accept our policy."
        ));
        assert!(is_boilerplate("ADVERTISEMENT"));
        assert!(!is_boilerplate(
            "The advertisement campaign by the ministry was condemned by Moscow."
        ));
    }
}
