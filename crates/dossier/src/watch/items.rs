//! What a polled feed lists: article pages, from RSS/Atom (feed-rs) or a sitemap's `<loc>`s.

/// One article page a feed points to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedItem {
    pub link: String,
    pub title: Option<String>,
    /// RFC 3339, when the feed dates the item.
    pub published: Option<String>,
}

/// The pages listed by a feed or sitemap body, or why it cannot be read.
pub fn parse(body: &[u8]) -> Result<Vec<FeedItem>, String> {
    let head = String::from_utf8_lossy(&body[..body.len().min(2048)]);
    if head.contains("<sitemapindex") {
        return Err("a sitemap index: read it with sitemap_index".to_string());
    }
    if head.contains("<urlset") {
        return sitemap(&String::from_utf8_lossy(body));
    }
    let feed = feed_rs::parser::Builder::new()
        .sanitize_content(false)
        .build()
        .parse(body)
        .map_err(|e| format!("malformed feed: {e}"))?;
    Ok(feed
        .entries
        .into_iter()
        .filter_map(|entry| {
            let link = entry
                .links
                .iter()
                .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
                .or(entry.links.first())
                .map(|l| l.href.trim().to_string())
                .or_else(|| {
                    (entry.id.starts_with("http://") || entry.id.starts_with("https://"))
                        .then(|| entry.id.clone())
                })?;
            Some(FeedItem {
                link,
                title: entry.title.map(|t| t.content.trim().to_string()),
                published: entry
                    .published
                    .or(entry.updated)
                    .map(|d| d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
            })
        })
        .collect())
}

/// An item link made absolute against the feed's URL: `/world/a` and `world/a` on
/// `https://wire.example/feeds/rss` become `https://wire.example/world/a` and
/// `https://wire.example/feeds/world/a`. Absolute links, and links of local feed files
/// (no base), are returned as they are.
pub fn absolute(link: &str, feed_url: &str) -> String {
    if link.starts_with("http://") || link.starts_with("https://") {
        return link.to_string();
    }
    let Some(scheme_end) = feed_url.find("://").map(|i| i + 3) else {
        return link.to_string();
    };
    if !feed_url.starts_with("http") {
        return link.to_string();
    }
    if let Some(rest) = link.strip_prefix("//") {
        return format!("{}{rest}", &feed_url[..scheme_end]);
    }
    let host_end = feed_url[scheme_end..]
        .find(['/', '?', '#'])
        .map_or(feed_url.len(), |i| scheme_end + i);
    if link.starts_with('/') {
        return format!("{}{link}", &feed_url[..host_end]);
    }
    let path = &feed_url[host_end..];
    let path = path.split(['?', '#']).next().unwrap_or("");
    let dir = path.rfind('/').map_or("/", |i| &path[..=i]);
    format!("{}{dir}{link}", &feed_url[..host_end])
}

/// The child sitemaps a `<sitemapindex>` lists (`<sitemap><loc>…</loc></sitemap>`), or `None`
/// when `body` is not a sitemap index.
pub fn sitemap_index(body: &[u8]) -> Option<Result<Vec<String>, String>> {
    let head = String::from_utf8_lossy(&body[..body.len().min(2048)]);
    if !head.contains("<sitemapindex") {
        return None;
    }
    let xml = String::from_utf8_lossy(body);
    let mut out = Vec::new();
    for block in xml.split("<sitemap>").skip(1) {
        let block = block.split("</sitemap>").next().unwrap_or(block);
        if let Some(loc) = element(block, "loc") {
            out.push(unescape(&loc));
        }
    }
    if out.is_empty() && !xml.contains("</sitemapindex>") {
        return Some(Err(
            "malformed sitemap index: no <sitemap> entries and no </sitemapindex>".to_string(),
        ));
    }
    Some(Ok(out))
}

/// `<url><loc>…</loc><lastmod>…</lastmod></url>` entries of a sitemap.
fn sitemap(xml: &str) -> Result<Vec<FeedItem>, String> {
    let mut out = Vec::new();
    for block in xml.split("<url>").skip(1) {
        let block = block.split("</url>").next().unwrap_or(block);
        let Some(loc) = element(block, "loc") else {
            continue;
        };
        out.push(FeedItem {
            link: unescape(&loc),
            title: None,
            published: element(block, "lastmod"),
        });
    }
    if out.is_empty() && !xml.contains("</urlset>") {
        return Err("malformed sitemap: no <url> entries and no </urlset>".to_string());
    }
    Ok(out)
}

fn element(block: &str, name: &str) -> Option<String> {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    let start = block.find(&open)? + open.len();
    let len = block[start..].find(&close)?;
    Some(block[start..start + len].trim().to_string()).filter(|s| !s.is_empty())
}

fn unescape(s: &str) -> String {
    s.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_items_give_links_titles_and_dates() {
        let rss = br#"<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Iran denies missile transfer</title><link>https://news.example/a</link>
<pubDate>Sun, 11 Aug 2024 09:00:00 GMT</pubDate></item>
<item><title>No link</title><guid isPermaLink="true">https://news.example/b</guid></item>
<item><title>Nothing</title></item>
</channel></rss>"#;
        let items = parse(rss).unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].link, "https://news.example/a");
        assert_eq!(items[0].published.as_deref(), Some("2024-08-11T09:00:00Z"));
        assert_eq!(items[1].link, "https://news.example/b");
    }

    #[test]
    fn relative_links_are_resolved_against_the_feed() {
        let feed = "https://wire.example/feeds/world.rss?x=1";
        assert_eq!(absolute("/world/a", feed), "https://wire.example/world/a");
        assert_eq!(
            absolute("a.html", feed),
            "https://wire.example/feeds/a.html"
        );
        assert_eq!(absolute("//cdn.example/b", feed), "https://cdn.example/b");
        assert_eq!(
            absolute("http://other.example/c", feed),
            "http://other.example/c"
        );
        assert_eq!(
            absolute("/x", "https://wire.example"),
            "https://wire.example/x"
        );
        assert_eq!(absolute("/x", "feeds/local.xml"), "/x");
    }

    #[test]
    fn sitemaps_and_broken_xml() {
        let sm =
            b"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>\
<url><loc>https://news.example/x?a=1&amp;b=2</loc><lastmod>2024-08-11</lastmod></url>\
<url><loc>https://news.example/y</loc></url></urlset>";
        let items = parse(sm).unwrap();
        assert_eq!(items[0].link, "https://news.example/x?a=1&b=2");
        assert_eq!(items[0].published.as_deref(), Some("2024-08-11"));
        assert_eq!(items.len(), 2);
        let err = parse(b"<rss><channel><item><title>cut off").unwrap_err();
        assert!(err.starts_with("malformed feed"), "{err}");
        assert!(parse(b"<sitemapindex></sitemapindex>").is_err());
    }

    #[test]
    fn sitemap_indexes_list_their_sitemaps() {
        let idx = b"<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>\
<sitemap><loc>https://news.example/sitemap-1.xml</loc><lastmod>2024-08-11</lastmod></sitemap>\
<sitemap><loc>https://news.example/sm?page=2&amp;x=1</loc></sitemap></sitemapindex>";
        assert_eq!(
            sitemap_index(idx).unwrap().unwrap(),
            vec![
                "https://news.example/sitemap-1.xml".to_string(),
                "https://news.example/sm?page=2&x=1".to_string()
            ]
        );
        assert_eq!(sitemap_index(b"<urlset></urlset>"), None);
        assert_eq!(
            sitemap_index(b"<sitemapindex></sitemapindex>").unwrap(),
            Ok(vec![])
        );
        let err = sitemap_index(b"<sitemapindex><sitemap><lo")
            .unwrap()
            .unwrap_err();
        assert!(err.starts_with("malformed sitemap index"), "{err}");
    }
}
