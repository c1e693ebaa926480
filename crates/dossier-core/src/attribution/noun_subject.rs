//! A cue the parse reads as a noun that is the subject of a verb after it — "A newspaper report
//! that Kim Jong-un has been hospitalized for ankle surgery has fuelled new theories about …"
//! (fnc-2022) — holds the clause it takes, up to that verb: "has fuelled new theories" is what
//! the report did, not what it says.

use super::*;
use dossier_syntax::{Rel, Upos};

impl Attributor<'_> {
    /// Cut every such draft's content before the verb its cue noun is the subject of (with the
    /// verb's auxiliaries), when the noun takes a "that" clause of its own right after it.
    pub(super) fn cut_at_noun_subject_verb(&mut self) {
        let Some(doc) = self.doc else { return };
        let t = self.text;
        for d in &mut self.drafts {
            if d.content.0 >= d.content.1 || d.cue.1 > d.content.0 {
                continue;
            }
            let Some(ci) = doc.token_starting_at(d.cue.0) else {
                continue;
            };
            let tok = &doc.tokens[ci];
            if tok.end as usize != d.cue.1 || tok.upos != Upos::Noun || !tok.rel.is_subject() {
                continue;
            }
            let Some(g) = doc.head(ci) else { continue };
            let gs = doc.tokens[g].start as usize;
            if gs <= d.content.0 || gs >= d.content.1 {
                continue;
            }
            // The noun's own "that" clause, opening right after it ("report that …"): a
            // participle or a misparse ("A hoax report filed by …", "Gruber suspects the
            // reason …") is left alone.
            let clause_inside = doc.children(ci).any(|c| {
                matches!(doc.tokens[c].rel, Rel::Acl | Rel::Ccomp)
                    && (doc.tokens[c].start as usize) < gs
                    && doc.subtree(c).start == ci + 1
                    && doc.form(t, ci + 1).eq_ignore_ascii_case("that")
            });
            if !clause_inside {
                continue;
            }
            let first = doc
                .children(g)
                .filter(|&c| c > ci && matches!(doc.tokens[c].rel, Rel::Aux | Rel::AuxPass))
                .min()
                .unwrap_or(g);
            let cut = (doc.tokens[first].start as usize).max(d.content.0);
            let end = d.content.0
                + t[d.content.0..cut]
                    .trim_end_matches(|c: char| c.is_whitespace() || c == ',')
                    .len();
            if end > d.content.0 {
                d.content.1 = end;
            }
        }
    }
}
