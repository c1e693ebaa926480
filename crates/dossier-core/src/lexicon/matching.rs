//! Matching the compiled lexicon against a text: every occurrence of every pattern, kept when
//! its case and word boundaries fit (the rules in the parent module's docs), then
//! leftmost-longest without overlaps. Split from `lexicon.rs`.

use super::*;

impl Lexicon {
    /// All lexicon matches in `text`, leftmost-longest, non-overlapping, each checked against
    /// the case and word-boundary rules.
    pub fn find_all(&self, text: &str) -> Vec<LexMatch> {
        let bytes = text.as_bytes();
        // Every occurrence of every pattern (overlapping), kept when its case and boundaries
        // fit; then leftmost-longest without overlaps. Checking before choosing means a
        // rejected long match ("Russian Defence Ministry" written "Russian defence ministry")
        // never hides the shorter ones inside it ("Russian", "defence ministry").
        let mut cands: Vec<LexMatch> = Vec::new();
        for m in self.automaton.find_overlapping_iter(text) {
            let (s, e) = (m.start(), m.end());
            if !(text.is_char_boundary(s) && text.is_char_boundary(e) && boundary_before(text, s)) {
                continue;
            }
            let group = &self.patterns[m.pattern().as_usize()];
            let matched = &bytes[s..e];
            let ends_dot = group.variants[0].text.ends_with('.');
            if !(ends_dot || boundary_after(text, e)) {
                continue;
            }
            let chosen = group
                .variants
                .iter()
                .find(|p| p.text.as_bytes() == matched)
                .or_else(|| group.variants.iter().find(|p| case_ok(p, matched)));
            if let Some(p) = chosen {
                cands.push(LexMatch {
                    start: s,
                    end: e,
                    target: p.target,
                });
            }
        }
        cands.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        let mut out: Vec<LexMatch> = Vec::with_capacity(cands.len());
        for m in cands {
            if out.last().is_none_or(|l| m.start >= l.end) {
                out.push(m);
            }
        }
        out
    }
}

fn boundary_before(text: &str, s: usize) -> bool {
    text[..s]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

fn boundary_after(text: &str, e: usize) -> bool {
    text[e..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric())
}

fn case_ok(p: &Pattern, matched: &[u8]) -> bool {
    let pat = p.text.as_bytes();
    p.strict_words.iter().all(|&(s, e)| {
        let (pw, mw) = (&pat[s..e], &matched[s..e]);
        pw == mw || !mw.iter().any(u8::is_ascii_lowercase)
    })
}
