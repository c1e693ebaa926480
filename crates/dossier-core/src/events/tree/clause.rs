//! The clause around a trigger: whether its sentence is page furniture, the words the verb
//! block's patterns are matched against, and the event's modality (tree and statement).

use super::Coder;
use crate::model::{Modality, Statement};
use dossier_syntax::frames::{phrase, Frame, PredKind, Voice};
use dossier_syntax::Rel;

impl Coder<'_> {
    /// A headline, related-link title or other page furniture: most words capitalised and no
    /// sentence-final punctuation ("ISIS Kills 300 Iraqi Soldiers With Chlorine Gas", "MORE
    /// FROM OUR PARTNERS"). Not a report of an event.
    pub(super) fn is_furniture(&self, s: &dossier_syntax::Sentence) -> bool {
        // "Read more: Islamic State fighters training to fly captured jets": a related link.
        if let Some(colon) = s.tokens().take(4).find(|&i| self.lower[i] == ":") {
            let label = (s.first as usize..colon)
                .map(|i| self.lower[i].as_str())
                .collect::<Vec<_>>()
                .join(" ");
            if self.roles.lemma_is(&label, super::LemmaKind::Label) {
                return true;
            }
        }
        let toks = s.tokens();
        let mut words = 0;
        let mut caps = 0;
        for i in toks.clone() {
            let w = self.doc.form(self.text, i);
            let Some(c0) = w.chars().next() else { continue };
            if !c0.is_alphabetic() {
                continue;
            }
            words += 1;
            if c0.is_uppercase() {
                caps += 1;
            }
        }
        let last = toks
            .rev()
            .map(|i| self.doc.form(self.text, i))
            .find(|w| !matches!(*w, "\"" | "'" | "\u{201D}" | "\u{2019}" | ")"));
        let closed = last.is_some_and(|w| matches!(w, "." | "!" | "?" | "…"));
        words >= 3 && !closed && caps * 10 >= words * 7
    }

    /// The words the verb block's patterns are matched against: before the verb (six words of
    /// the sentence) and after it (for a passive its subject phrase first, then the verb's own
    /// phrase: objects and obliques, not clausal complements or conjuncts).
    pub(super) fn pattern_words(
        &self,
        f: &Frame,
        last: usize,
        first_tok: usize,
    ) -> (Vec<&str>, Vec<&str>) {
        let v = f.pred;
        let before = (first_tok.max(v.saturating_sub(6))..v)
            .map(|k| self.lower[k].as_str())
            .collect();
        let mut after: Vec<&str> = Vec::new();
        if f.voice == Voice::Passive && f.kind != PredKind::Nominal {
            if let Some(u) = f.undergoer() {
                after.extend(phrase(self.doc, u).map(|k| self.lower[k].as_str()));
            }
        }
        let own_phrase = |j: usize| -> bool {
            // The child of `v` on the path from `j` up decides.
            let mut k = j;
            for _ in 0..self.doc.tokens.len() {
                match self.doc.head(k) {
                    Some(h) if h == v => {
                        return !matches!(
                            self.doc.tokens[k].rel,
                            Rel::Ccomp
                                | Rel::Xcomp
                                | Rel::Advcl
                                | Rel::AdvclRelcl
                                | Rel::Parataxis
                                | Rel::Conj
                                | Rel::Cc
                                | Rel::Csubj
                                | Rel::List
                                | Rel::Punct
                                | Rel::Nsubj
                                | Rel::NsubjPass
                        );
                    }
                    Some(h) => k = h,
                    None => return false,
                }
            }
            false
        };
        let mut n = 0;
        for j in last + 1..f.clause.end {
            if n >= 12 {
                break;
            }
            if own_phrase(j) {
                after.push(self.lower[j].as_str());
                n += 1;
            }
        }
        (before, after)
    }

    /// Modality from the tree and the enclosing statement.
    pub(super) fn modality(&self, f: &Frame, stmt: Option<&Statement>) -> Modality {
        let mut negated = f.negated;
        let (mut denied, mut hypothetical, mut future) = (false, f.conditional, false);
        let words = f
            .modals
            .iter()
            .map(String::as_str)
            .chain(f.controllers.iter().map(String::as_str));
        for w in words {
            match self.roles.modality(w) {
                Some(Modality::Future) => future = true,
                Some(Modality::Hypothetical) => hypothetical = true,
                Some(Modality::Denied) => denied = true,
                Some(Modality::Negated) => negated = true,
                _ => {}
            }
        }
        // "Germany will impose sanctions if Iran sends missiles": the main clause of a
        // condition is hypothetical too.
        if self.doc.children(f.pred).any(|c| {
            matches!(self.doc.tokens[c].rel, Rel::Advcl)
                && self
                    .doc
                    .children_with(c, Rel::Mark)
                    .any(|m| matches!(self.lower[m].as_str(), "if" | "unless"))
        }) {
            hypothetical = true;
        }
        // "denied sending", "dismissed claims that it had sent": a denying verb above.
        let mut k = f.pred;
        for _ in 0..5 {
            let rel = self.doc.tokens[k].rel;
            let Some(h) = self.doc.head(k) else { break };
            // "dismissed the claims that it had sent": through the object noun too.
            if !matches!(
                rel,
                Rel::Ccomp | Rel::Xcomp | Rel::AclRelcl | Rel::Acl | Rel::Obj
            ) {
                break;
            }
            if self.roles.modality(self.lemma(h)) == Some(Modality::Denied) {
                denied = true;
            }
            k = h;
        }
        let m = crate::events::combine_modality(stmt, denied, negated, hypothetical, future);
        // "he was purportedly killed", "reportedly executed": the article's own voice hedges.
        let hedged = self
            .doc
            .children_with(f.pred, Rel::Advmod)
            .any(|c| self.roles.modality(&self.lower[c]) == Some(Modality::Reported));
        if hedged && m == Modality::Asserted {
            Modality::Reported
        } else {
            m
        }
    }
}
