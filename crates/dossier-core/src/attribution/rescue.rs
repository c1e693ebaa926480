//! Speaker phrases the word lists refuse, rescued by the parse: a noun phrase the tree makes
//! the cue's subject ("…, and human rights groups warned that …"), or, where the parse gives
//! the cue no subject, a plural noun phrase right before a finite cue ("election monitors
//! warned that …" read as a conjunct). Either needs the cue to have a content of its own (a
//! clause, or an object for an object cue), so "officers responded to a call" stays no
//! statement. Also the participle that gives a name ("an analyst named X"), which never cuts
//! a speaker phrase.

use super::*;
use dossier_syntax::{Doc, Rel, Upos};

impl Attributor<'_> {
    /// A phrase the word lists do not know as a speaker ("human rights groups warned"), taken
    /// when the parse makes it the cue's subject: a noun phrase headed by a common or proper
    /// noun, ending where the words' phrase `r` ends, with no verb of its own and no time noun
    /// at its head. The tree's phrase may start earlier than the words' ("Political observers
    /// in Virginia and around the country say").
    pub(super) fn tree_subject(
        &self,
        toks: &[Tok],
        cue_idx: usize,
        r: (usize, usize),
    ) -> Option<(usize, usize)> {
        let doc = self.doc?;
        let ci = doc.token_starting_at(toks[cue_idx].s)?;
        // "they've contacted Apple support personnel": a cue word the tagger reads as a noun
        // has no subject to rescue.
        if doc.tokens[ci].upos != Upos::Verb {
            return None;
        }
        let Some(subj) = doc
            .children(ci)
            .find(|&j| j < ci && doc.tokens[j].rel == Rel::Nsubj)
        else {
            return self.plural_noun_subject(doc, ci, r);
        };
        if !matches!(doc.tokens[subj].upos, Upos::Noun | Upos::Propn)
            || super::speakers::time_word(doc, subj)
        {
            return None;
        }
        let np = super::complements::noun_phrase(doc, subj);
        let (ns, ne) = (
            doc.tokens[np.start].start as usize,
            doc.tokens[np.end - 1].end as usize,
        );
        let verb_inside = np.clone().any(|k| {
            matches!(doc.tokens[k].upos, Upos::Verb | Upos::Aux)
                && !matches!(doc.tokens[k].rel, Rel::Amod | Rel::Compound)
        });
        let first = toks.first().map_or(0, |k| k.s);
        (ne == r.1
            && ns <= r.0
            && ns >= first
            && np.len() <= 14
            && !verb_inside
            && opens_noun_phrase(&doc.tokens[np.start])
            && self.cue_takes_content(doc, ci))
        .then_some((ns, ne))
    }

    /// Whether cue token `ci` has the content a rescued subject needs to make it a statement:
    /// an object for an object cue ("viewers questioned the video's authenticity"), else a
    /// clausal complement or a "that" or colon right after it — not "officers responded to a
    /// call", "fans see it", "most parents think of a school trip".
    fn cue_takes_content(&self, doc: &Doc, ci: usize) -> bool {
        let object = self
            .hit_starting(doc.tokens[ci].start as usize)
            .is_some_and(|h| h.class == CueClass::Object);
        let wanted = |r: Rel| {
            if object {
                r == Rel::Obj
            } else {
                r == Rel::Ccomp
            }
        };
        doc.children(ci)
            .any(|j| j > ci && wanted(doc.tokens[j].rel))
            || !object
                && doc.tokens.get(ci + 1).is_some_and(|k| {
                    let w = &self.text[k.start as usize..k.end as usize];
                    w.eq_ignore_ascii_case("that") || w == ":"
                })
    }

    /// Where the parse gives the cue no subject ("…, and election monitors warned that …" read
    /// as a conjunct of the nouns before): the words' phrase `r` right before a finite cue, all
    /// determiners, adjectives, nouns and numbers ending in a plural common noun, opening the
    /// sentence or a clause after a coordinator or comma.
    fn plural_noun_subject(
        &self,
        doc: &Doc,
        ci: usize,
        r: (usize, usize),
    ) -> Option<(usize, usize)> {
        let lo = doc.token_starting_at(r.0)?;
        if lo >= ci
            || doc.tokens[ci - 1].end as usize != r.1
            || !matches!(doc.tokens[ci].xpos.as_str(), "VBD" | "VBZ" | "VBP")
            || doc.tokens[ci - 1].xpos.as_str() != "NNS"
        {
            return None;
        }
        let nominal = (lo..ci).all(|k| {
            matches!(
                doc.tokens[k].upos,
                Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num
            )
        });
        let sentence_start = self
            .sentence_of(r.0)
            .is_some_and(|si| self.sentences[si].start == r.0);
        let opens = sentence_start
            || lo > 0
                && (matches!(doc.tokens[lo - 1].upos, Upos::Cconj)
                    || doc.tokens[lo - 1].xpos.as_str() == ",");
        (nominal
            && opens
            && opens_noun_phrase(&doc.tokens[lo])
            && !super::speakers::time_word(doc, ci - 1)
            && self.cue_takes_content(doc, ci))
        .then_some(r)
    }
}

/// Whether a noun phrase the parse gives may open with this token: no subordinator or
/// wh-word ("that the actor found dead", "whose families asked").
fn opens_noun_phrase(k: &dossier_syntax::Token) -> bool {
    k.upos != Upos::Sconj && !k.xpos.as_str().starts_with('W')
}

/// Whether token `k` is a past participle giving the name right after it to the indefinite
/// singular noun right before it ("an analyst named Yakoub Mustafa", "a reporter called Ali
/// Saleh"): the name belongs to the phrase it ends. "The authorities examined Chauhan", read
/// as a reduced relative, is no such participle.
pub(super) fn naming_participle(doc: &Doc, k: usize) -> bool {
    let t = &doc.tokens[k];
    let indefinite = |n: usize| {
        (n.saturating_sub(4)..n).any(|d| {
            doc.tokens[d].upos == Upos::Det && doc.tokens[d].lemma.eq_ignore_ascii_case("a")
        })
    };
    k > 0
        && t.xpos.as_str() == "VBN"
        && t.upos == Upos::Verb
        && doc.tokens[k - 1].xpos.as_str() == "NN"
        && indefinite(k - 1)
        && doc.tokens.get(k + 1).is_some_and(|n| n.upos == Upos::Propn)
}
