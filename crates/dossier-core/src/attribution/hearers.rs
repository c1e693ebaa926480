//! The hearer of "told Y": where the hearer's noun phrase ends and the reported clause begins,
//! and whether the hearer is an outlet that relays the statement ("told Reuters").

use super::*;

impl Attributor<'_> {
    /// The hearer after "told": a noun phrase that ends where the reported clause begins
    /// ("told reporters the drones were …", "told Reuters Iran had …"), a named hearer's rest
    /// included up to its "that" ([`Self::hearer_rest_to_that`]). The one reading of a hearer:
    /// the content's start, the post-posed reading and the relays all ask it.
    pub(super) fn hearer(&self, toks: &[Tok], idx: usize) -> Option<(usize, usize, usize)> {
        let (s, e, j) = self.hearer_phrase(toks, idx)?;
        // "told Fox News’ Greta van Susteren Tuesday that …", "told BBC Focus on Africa that …":
        // the rest of a named hearer before "that" is the hearer's, no content.
        Some(match self.hearer_rest_to_that(toks, j) {
            Some(that) => (s, toks[that - 1].e, that),
            None => (s, e, j),
        })
    }

    /// The hearer's noun phrase after "told", without a named hearer's rest.
    fn hearer_phrase(&self, toks: &[Tok], idx: usize) -> Option<(usize, usize, usize)> {
        let t = self.text;
        let (s, e, mut j) = self.np_fwd(toks, idx)?;
        let lex = Lexicon::get();
        // Longest prefix that is a known outlet wins.
        for k in (idx + 1..=j).rev() {
            if lex.is_outlet(&t[toks[idx].s..toks[k - 1].e]) {
                // "a resident told BBC Hausa.": capitalised words running from the outlet to
                // the end of the sentence name its service, not a reported clause.
                let run = k + toks[k..]
                    .iter()
                    .take_while(|x| x.word && is_cap(t, x))
                    .count();
                let ends = toks
                    .get(run)
                    .is_none_or(|x| matches!(&t[x.s..x.e], "." | "!" | "?"));
                let k = if run > k && ends { run } else { k };
                return Some((toks[idx].s, toks[k - 1].e, k));
            }
        }
        if let Some(off) = toks[idx + 1..j].iter().enumerate().position(|(o, k)| {
            // "members of the Associated Press": a determiner after "of" continues the hearer.
            let after_of = lower(t, &toks[idx + o]) == "of";
            !after_of
                && matches!(
                    lower(t, k).as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "he"
                        | "she"
                        | "it"
                        | "they"
                        | "we"
                        | "i"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "this"
                        | "there"
                )
        }) {
            j = idx + 1 + off;
        }
        let e = if j > idx { toks[j - 1].e } else { e };
        Some((s, e, j))
    }

    /// The "that" closing a hearer's name the hearer phrase left unread: from token `j`, at
    /// most 6 capitalised words (day names included), name particles, possessive apostrophes
    /// and "of"/"on" after a capitalised word, then "that".
    fn hearer_rest_to_that(&self, toks: &[Tok], j: usize) -> Option<usize> {
        let t = self.text;
        for n in j..(j + 7).min(toks.len()) {
            let k = &toks[n];
            let w = &t[k.s..k.e];
            if !k.word {
                if matches!(w, "’" | "'") {
                    continue;
                }
                return None;
            }
            let lw = w.to_lowercase();
            if lw == "that" {
                return (n > j).then_some(n);
            }
            let inner = matches!(lw.as_str(), "of" | "on")
                && n > 0
                && toks[n - 1].word
                && t[toks[n - 1].s..].starts_with(char::is_uppercase);
            // "Greta van Susteren": a name particle (`words.tsv` `particle`).
            let particle = self.actor_lex.is_particle(&lw);
            if !(inner || particle || w.starts_with(char::is_uppercase)) {
                return None;
            }
        }
        None
    }

    /// "told Reuters" → Reuters is a relay; "told reporters" is not.
    pub(super) fn hearer_relay(&self, toks: &[Tok], ei: usize) -> Vec<(usize, usize)> {
        let lex = Lexicon::get();
        let Some((s, _, j)) = self.hearer(toks, ei) else {
            return vec![];
        };
        // The longest outlet the hearer begins with ("BBC" of "BBC Hausa").
        (ei + 1..=j)
            .rev()
            .map(|k| (s, toks[k - 1].e))
            .find(|&(s, e)| lex.is_outlet(&self.text[s..e]))
            .map_or_else(Vec::new, |r| vec![r])
    }
}
