//! Belief verbs that hold no proposition, read on the parse (issue 18, belief false positives):
//! a state of the subject ("they felt betrayed by politicians", "she feels frustrated by the
//! barriers") and a cue in a relative clause with nothing of its own after it ("two people who
//! know | Foley confirmed that …", where the words after the cue are the main clause's). Neither
//! reports a belief; the hit stays, consumed, so the phrases around it still end at the word.

use super::*;
use dossier_syntax::{Doc, Rel, Upos};

/// Is the belief cue `h` a state of its subject or a relative clause's verb with no content?
pub(super) fn holds_no_proposition(doc: &Doc, text: &str, h: &Hit) -> bool {
    if h.class != CueClass::Belief || text[h.s..h.e].contains(' ') {
        return false;
    }
    let Some(i) = doc.token_starting_at(h.s) else {
        return false;
    };
    subject_state(doc, i) || empty_relative(doc, i)
}

/// "they felt betrayed", "he feels confident", "I felt helpless": the cue's only complement is
/// a predicate on its own subject — an adjective or a participle with no subject of its own,
/// no "to" and no finite verb in it — with no object and no clausal complement. Passives ("is
/// considered dangerous", an unnamed holder's view) are left alone, as is a predicate that
/// takes a clause ("feels confident that Cruz will …": the clause is a belief).
fn subject_state(doc: &Doc, i: usize) -> bool {
    let mut xcomps = Vec::new();
    for c in doc.children(i) {
        match doc.tokens[c].rel {
            Rel::Obj | Rel::Ccomp | Rel::Csubj | Rel::AuxPass | Rel::NsubjPass | Rel::Iobj => {
                return false;
            }
            Rel::Xcomp => xcomps.push(c),
            _ => {}
        }
    }
    // One predicate, right after the cue or after adverbs only ("felt just really helpless");
    // "expects to win … and is doing better" has an infinitive too.
    let &[x] = xcomps.as_slice() else {
        return false;
    };
    let start = doc.subtree(x).start;
    if start <= i || (i + 1..start).any(|k| doc.tokens[k].upos != Upos::Adv) {
        return false;
    }
    let t = &doc.tokens[x];
    let predicate = t.upos == Upos::Adj || t.upos == Upos::Verb && t.xpos.as_str() == "VBN";
    if !predicate {
        return false;
    }
    let finite = |k: usize| matches!(doc.tokens[k].xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD");
    let own_clause = doc.children(x).any(|c| {
        doc.tokens[c].rel.is_subject()
            || matches!(doc.tokens[c].rel, Rel::Mark | Rel::Ccomp | Rel::Csubj)
    });
    !own_clause && !doc.subtree(x).any(finite)
}

/// "two people who know Foley confirmed that …": a cue opening a relative clause ("who know",
/// "that believe") with no dependent after it in the parse: the words that follow belong to the
/// main clause, not to the cue.
fn empty_relative(doc: &Doc, i: usize) -> bool {
    if doc.tokens[i].rel != Rel::AclRelcl {
        return false;
    }
    let relative_subject = doc.children(i).any(|c| {
        c < i
            && doc.tokens[c].rel.is_subject()
            && matches!(doc.tokens[c].xpos.as_str(), "WP" | "WDT")
    });
    let sentence_end = doc.sentences[doc.sentence_of(i)].last as usize;
    relative_subject
        && i < sentence_end
        && !doc
            .children(i)
            .any(|c| c > i && doc.tokens[c].rel != Rel::Punct)
}
