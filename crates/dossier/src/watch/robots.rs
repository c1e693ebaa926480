//! robots.txt (RFC 9309): the group for our product token (else `*`), `Allow`/`Disallow` with
//! `*` and `$`, the longest match wins and `Allow` wins a tie; `Crawl-delay` read as seconds.

/// The rules that apply to us on one host.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Robots {
    /// (allow, pattern)
    rules: Vec<(bool, String)>,
    pub crawl_delay: Option<f64>,
}

impl Robots {
    /// Everything allowed (no robots.txt, or a 4xx for it).
    pub fn allow_all() -> Robots {
        Robots::default()
    }

    /// Parse `text` for the product token `agent` (e.g. `dossier`).
    pub fn parse(text: &str, agent: &str) -> Robots {
        let agent = agent.to_ascii_lowercase();
        // Groups: user-agent lines followed by rules; consecutive user-agent lines share one.
        let mut groups: Vec<(Vec<String>, Robots)> = Vec::new();
        let mut in_agents = false;
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let key = key.trim().to_ascii_lowercase();
            let value = value.trim();
            match key.as_str() {
                "user-agent" => {
                    if !in_agents {
                        groups.push((Vec::new(), Robots::default()));
                    }
                    in_agents = true;
                    if let Some(g) = groups.last_mut() {
                        g.0.push(value.to_ascii_lowercase());
                    }
                }
                "allow" | "disallow" => {
                    in_agents = false;
                    if let Some(g) = groups.last_mut() {
                        // An empty Disallow allows everything: no rule at all.
                        if !value.is_empty() {
                            g.1.rules.push((key == "allow", value.to_string()));
                        }
                    }
                }
                "crawl-delay" => {
                    in_agents = false;
                    if let Some(g) = groups.last_mut() {
                        g.1.crawl_delay = value.parse::<f64>().ok().filter(|d| d.is_finite());
                    }
                }
                _ => {}
            }
        }
        let mine = |g: &&(Vec<String>, Robots)| {
            g.0.iter()
                .any(|a| a != "*" && !a.is_empty() && agent.contains(a.as_str()))
        };
        let any = |g: &&(Vec<String>, Robots)| g.0.iter().any(|a| a == "*");
        // Every group naming us is merged (RFC 9309 §2.2.1); else the `*` groups.
        let chosen: Vec<&(Vec<String>, Robots)> = if groups.iter().any(|g| mine(&g)) {
            groups.iter().filter(mine).collect()
        } else {
            groups.iter().filter(any).collect()
        };
        let mut out = Robots::default();
        for (_, r) in chosen {
            out.rules.extend(r.rules.iter().cloned());
            out.crawl_delay = out.crawl_delay.or(r.crawl_delay);
        }
        out
    }

    /// May we fetch `path` (path and query of a URL, starting with `/`)?
    pub fn allows(&self, path: &str) -> bool {
        let mut best: Option<(usize, bool)> = None;
        for (allow, pattern) in &self.rules {
            if matches(pattern.as_bytes(), path.as_bytes()) {
                let len = pattern.len();
                let better = match best {
                    None => true,
                    Some((l, a)) => len > l || (len == l && *allow && !a),
                };
                if better {
                    best = Some((len, *allow));
                }
            }
        }
        best.is_none_or(|(_, allow)| allow)
    }
}

/// Does `pattern` (prefix match, `*` any run, `$` end) match the start of `path`?
fn matches(pattern: &[u8], path: &[u8]) -> bool {
    match pattern.split_first() {
        None => true,
        Some((b'$', [])) => path.is_empty(),
        Some((b'*', rest)) => (0..=path.len()).any(|i| matches(rest, &path[i..])),
        Some((&c, rest)) => path.first() == Some(&c) && matches(rest, &path[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROBOTS: &str = "\
# a news site
User-agent: *
Disallow: /private/
Allow: /private/press-releases/
Disallow: /*.pdf$

User-agent: BadBot
User-agent: dossier
Disallow: /archive
Crawl-delay: 2.5
";

    #[test]
    fn our_group_wins_over_the_star_group() {
        let r = Robots::parse(ROBOTS, "dossier-watch/0.1");
        assert!(!r.allows("/archive/2024/iran.html"));
        assert!(
            r.allows("/private/notes.html"),
            "the * group does not apply to us"
        );
        assert_eq!(r.crawl_delay, Some(2.5));
    }

    #[test]
    fn star_group_longest_match_and_wildcards() {
        let r = Robots::parse(ROBOTS, "somebot");
        assert!(!r.allows("/private/notes.html"));
        assert!(r.allows("/private/press-releases/2024-08-11.html"));
        assert!(!r.allows("/reports/sanctions.pdf"));
        assert!(r.allows("/reports/sanctions.pdf?page=2"));
        assert!(r.allows("/world/iran-denies-missile-transfer"));
        assert_eq!(r.crawl_delay, None);
    }

    #[test]
    fn empty_or_garbage_allows_everything() {
        assert!(Robots::parse("", "dossier").allows("/x"));
        assert!(Robots::parse("<html>not robots</html>\n\u{0}\u{ffff}", "dossier").allows("/x"));
        let r = Robots::parse("User-agent: *\nDisallow:\n", "dossier");
        assert!(r.allows("/anything"));
        let r = Robots::parse("User-agent: *\nDisallow: /\n", "dossier");
        assert!(!r.allows("/anything"));
    }
}
