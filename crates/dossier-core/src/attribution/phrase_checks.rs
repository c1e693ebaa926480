//! What the parse says about a phrase the indirect rules weigh: whether its head can speak,
//! whether it holds a finite verb or is a clause, a name alone, a participle on a noun, a
//! subject after the cue.

use super::*;

impl Attributor<'_> {
    /// Whether the phrase at bytes `s..e` has a head that can speak (a person, a body, a
    /// source, a name, a statement); true without a parse.
    pub(super) fn can_speak(&self, s: usize, e: usize) -> bool {
        let Some(doc) = self.doc else { return true };
        let Some(first) = doc.token_starting_at(s) else {
            return true;
        };
        let end = doc.tokens.partition_point(|k| (k.start as usize) < e);
        end <= first || super::positions::speaking_head(doc, self.text, first..end)
    }

    /// The Doc's tokens starting in bytes `s..e` (none without a Doc).
    fn doc_tokens(&self, s: usize, e: usize) -> &[dossier_syntax::Token] {
        let Some(doc) = self.doc else { return &[] };
        let a = doc.tokens.partition_point(|k| (k.start as usize) < s);
        let b = doc
            .tokens
            .partition_point(|k| (k.start as usize) < e)
            .max(a);
        &doc.tokens[a..b]
    }

    /// Does the parse give the cue at bytes `s..e` a nominal subject after it ("…, said X")?
    /// False without a Doc.
    pub(super) fn subject_after_cue(&self, s: usize, e: usize) -> bool {
        let Some(doc) = self.doc else { return false };
        let Some(ci) = doc.token_starting_at(s) else {
            return false;
        };
        doc.children(ci).any(|j| {
            doc.tokens[j].rel == dossier_syntax::Rel::Nsubj && doc.tokens[j].start as usize >= e
        })
    }

    /// Does `s..e` hold a finite verb or a modal by the tagger? A speaker phrase never does
    /// ("said the talks would continue" has no speaker after "said"). False without a Doc.
    pub(super) fn finite_verb_in(&self, s: usize, e: usize) -> bool {
        self.doc_tokens(s, e).iter().any(is_finite)
    }

    /// Can `s..e` be the content of a post-posed "…, said X"? A clause (a verb by the tagger)
    /// or a quotation can; a bare noun phrase with its apposition ("Its director, Rita Katz")
    /// is the subject of the cue. True without a Doc.
    pub(super) fn clause_like(&self, s: usize, e: usize) -> bool {
        self.doc.is_none()
            || self.overlaps_quote((s, e))
            || self.doc_tokens(s, e).iter().any(|k| {
                matches!(
                    k.upos,
                    dossier_syntax::Upos::Verb | dossier_syntax::Upos::Aux
                )
            })
    }

    /// Is `s..e` a proper name and nothing else ("Lavrov" in "Lavrov, its head, said …")? A
    /// name alone is no content: it is the subject an apposition follows. False without a Doc.
    pub(super) fn name_only(&self, s: usize, e: usize) -> bool {
        use dossier_syntax::Upos;
        let toks = self.doc_tokens(s, e);
        !self.overlaps_quote((s, e))
            && toks.iter().any(|k| k.upos == Upos::Propn)
            && toks
                .iter()
                .all(|k| matches!(k.upos, Upos::Propn | Upos::Det | Upos::Punct | Upos::Part))
    }
}

/// The first token of `toks[from + 1..to]` that the parse reads as a participle modifying a
/// word before it in the phrase (`acl`: "a blog linked to …").
pub(super) fn participle_on_phrase(
    doc: &dossier_syntax::Doc,
    toks: &[Tok],
    from: usize,
    to: usize,
) -> Option<usize> {
    use dossier_syntax::{Rel, Upos};
    let start = toks.get(from)?.s;
    (from + 1..to.min(toks.len())).find(|&k| {
        let r = doc.tokens_within(toks[k].s, toks[k].e);
        let Some(d) = r.clone().next().filter(|_| r.len() == 1) else {
            return false;
        };
        let tok = &doc.tokens[d];
        // A present participle only with an object of its own ("a group monitoring the war",
        // not "a job posting from the company").
        let participle = match tok.xpos.as_str() {
            "VBN" => true,
            "VBG" => doc.children(d).any(|c| doc.tokens[c].rel == Rel::Obj),
            _ => false,
        };
        toks[k].word
            && tok.upos == Upos::Verb
            && participle
            && tok.rel == Rel::Acl
            && doc
                .head(d)
                .is_some_and(|g| (doc.tokens[g].start as usize) >= start && g < d)
    })
}

/// The first token of `toks[from + 1..to]` that opens the subject of a verb after the phrase, by
/// the parse: "According to Mexico's attorney general none of the missing students were among
/// the bodies" (fnc-1795, no comma after the source) — "none" is the subject of "were", so the
/// source ends before it. The subject's words start at its leftmost dependent ("the suspect").
pub(super) fn subject_in_phrase(
    doc: &dossier_syntax::Doc,
    text: &str,
    toks: &[Tok],
    from: usize,
    to: usize,
) -> Option<usize> {
    let to = to.min(toks.len());
    let end = toks.get(to.checked_sub(1)?)?.e;
    (from + 1..to).find_map(|k| {
        if !toks[k].word {
            return None;
        }
        let r = doc.tokens_within(toks[k].s, toks[k].e);
        let d = r.clone().next().filter(|_| r.len() == 1)?;
        if !doc.tokens[d].rel.is_subject() {
            return None;
        }
        let g = doc.head(d)?;
        if (doc.tokens[g].start as usize) < end {
            return None;
        }
        let mut first = d;
        let mut stack = vec![d];
        while let Some(x) = stack.pop() {
            for c in doc.children(x) {
                first = first.min(c);
                stack.push(c);
            }
        }
        let fs = doc.tokens[first].start as usize;
        // A capitalised word goes on naming the source ("the San Antonio Express-News").
        toks.iter()
            .position(|t| t.s == fs)
            .filter(|&j| j > from && !is_cap(text, &toks[j]))
    })
}

/// Is token `k` a finite verb or auxiliary, or a modal, by the tagger ("confirmed", "are",
/// "would")?
pub(super) fn is_finite(k: &dossier_syntax::Token) -> bool {
    matches!(
        k.upos,
        dossier_syntax::Upos::Verb | dossier_syntax::Upos::Aux
    ) && matches!(k.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD")
}
