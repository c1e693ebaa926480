//! Relations someone holds, a checkable proposition: "the detainee had ties to al-Qaeda",
//! "Emwazi is reported to have links with a former control order suspect", "he had access to
//! the senator's email server", "remained in touch with al-Qaida after his release".
//!
//! A possession verb (`relationhave` in `data/claims/frames.tsv`) with a relation noun as its
//! object (`relation:<class>`: links, ties, contacts → `links`; access), or the noun in a state
//! phrase ("in touch with", `relationstate` on a `stateplace` verb or a copula), states the
//! predicate "have <class>"; the partner in the noun's or the verb's `relationcase` phrase ("to",
//! "with") is the target when it is an actor, the object otherwise. "Has ties" with no partner
//! says nothing checkable: no claim. The parser may read "had" as an auxiliary of the noun ("he
//! had access to …"): the noun heads the clause then, its subject the one who has.

use super::participant::{participant, sufferer, Part};
use super::props::Prop;
use super::syn::Syn;
use super::ClaimLexicon;
use crate::model::Extraction;
use dossier_syntax::frames::{self, Frame};
use dossier_syntax::{Rel, Upos};

/// A relation held: who holds it, the relation noun, its class.
pub(super) struct Held {
    who: usize,
    noun: usize,
    class: String,
}

/// The relation class of noun `n` (`relation:<class>` in frames.tsv).
fn class_of(syn: &Syn, lex: &ClaimLexicon, n: usize) -> Option<String> {
    let (form, lemma) = (syn.lower(n), syn.lemma(n));
    lex.words
        .iter()
        .filter(|(_, ws)| ws.iter().any(|w| *w == form || *w == lemma))
        .filter_map(|(kind, _)| kind.strip_prefix("relation:"))
        .min()
        .map(str::to_string)
}

/// Is predicate `p` a relation held: a possession verb with a relation noun as object ("had
/// ties"), a relation noun with a possession verb as its only auxiliary ("had access" misparsed),
/// or a `stateplace` verb or copula whose state phrase is a relation ("remained in touch")?
pub(super) fn held(syn: &Syn, lex: &ClaimLexicon, p: usize) -> Option<Held> {
    let doc = syn.doc;
    let subject = |i: usize| {
        doc.children(i)
            .find(|&c| matches!(doc.tokens[c].rel, Rel::Nsubj | Rel::NsubjPass))
    };
    let t = &doc.tokens[p];
    if t.upos == Upos::Verb && lex.is("relationhave", &syn.lemma(p)) {
        let noun = doc
            .children_with(p, Rel::Obj)
            .find(|&o| doc.tokens[o].upos == Upos::Noun)?;
        let class = class_of(syn, lex, noun)?;
        return Some(Held {
            who: subject(p).or_else(|| inherited_subject(syn, p))?,
            noun,
            class,
        });
    }
    if t.upos == Upos::Noun {
        let class = class_of(syn, lex, p)?;
        let mut aux = doc
            .children(p)
            .filter(|&c| matches!(doc.tokens[c].rel, Rel::Aux | Rel::AuxPass | Rel::Cop));
        let first = aux.next()?;
        // "had lost cellphone contact with …": a participle on the noun is the clause's verb.
        let alone = aux.next().is_none()
            && !doc
                .children(p)
                .any(|c| c < p && doc.tokens[c].upos == Upos::Verb);
        // "had access": the possession verb read as an auxiliary, alone; "was in touch with":
        // a relation state after a copula.
        let had = lex.is("relationhave", &syn.lemma(first)) && doc.tokens[first].rel != Rel::Cop;
        let state = doc.tokens[first].rel == Rel::Cop
            && lex.is("relationstate", &syn.lemma(p))
            && lex.is("wherecase", &frames::case_of(doc, syn.text, p));
        if alone && (had || state) {
            return Some(Held {
                who: subject(p)?,
                noun: p,
                class,
            });
        }
        return None;
    }
    // "remained in touch with al-Qaida": a state phrase of a relation on a `stateplace` verb.
    if t.upos == Upos::Verb && lex.is("stateplace", &syn.lemma(p)) {
        let noun = doc.children_with(p, Rel::Obl).find(|&o| {
            lex.is("relationstate", &syn.lemma(o))
                && lex.is("wherecase", &frames::case_of(doc, syn.text, o))
        })?;
        return Some(Held {
            who: subject(p)?,
            noun,
            class: class_of(syn, lex, noun)?,
        });
    }
    None
}

/// "is reported to have links", "is believed to have ties": the subject of the verb an
/// infinitive complements.
fn inherited_subject(syn: &Syn, p: usize) -> Option<usize> {
    let doc = syn.doc;
    if doc.tokens[p].rel != Rel::Xcomp {
        return None;
    }
    let h = doc.head(p)?;
    doc.children(h)
        .find(|&c| matches!(doc.tokens[c].rel, Rel::Nsubj | Rel::NsubjPass))
}

/// The proposition of relation predicate `p` (frame `f`): `None` when `p` holds no relation
/// (read as usual), `Some(None)` when it has no partner or no one holds it.
pub(super) fn read(
    syn: &Syn,
    x: &Extraction,
    lex: &ClaimLexicon,
    f: &Frame,
    p: usize,
) -> Option<Option<Prop>> {
    let doc = syn.doc;
    let h = held(syn, lex, p)?;
    let case_ok = |i: usize| lex.is("relationcase", &frames::case_of(doc, syn.text, i));
    // The partner: the noun's own phrase ("ties to al-Qaeda"), else the verb's ("have links
    // with a former suspect" with the phrase hung on "have").
    let partner = doc
        .children(h.noun)
        .find(|&c| matches!(doc.tokens[c].rel, Rel::Nmod | Rel::Obl) && case_ok(c))
        .or_else(|| {
            (h.noun != p)
                .then(|| {
                    doc.children_with(p, Rel::Obl)
                        .find(|&c| c != h.noun && case_ok(c))
                })
                .flatten()
        });
    let Some(partner) = partner else {
        return Some(None);
    };
    let mut who: Part = participant(syn, x, lex, h.who);
    if who.actor.is_none() {
        who = sufferer(who, lex);
    }
    if who.pronoun && who.actor.is_none() || !who.is_someone() {
        return Some(None);
    }
    let with = participant(syn, x, lex, partner);
    let (target, object) = match &with.actor {
        Some(a) => (Some(a.clone()), None),
        None => (None, Some(with.text.clone())),
    };
    let predicate = format!("have {}", h.class);
    let notes = vec![format!(
        "'{} … {}' → {predicate}",
        syn.lower(p),
        syn.lower(h.noun)
    )];
    Some(Some(super::props::finish(
        syn, x, lex, f, who, predicate, target, object, None, notes,
    )))
}
