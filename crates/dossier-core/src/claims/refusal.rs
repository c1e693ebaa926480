//! Refusals over a predicate: "refused to hand over", "ruled out sending troops", "has no plans
//! to send troops", "will stop arresting people" negate the act they govern; "did not rule out"
//! leaves it open. The words are data (`refusal`, `cessation`, `intentnoun` in
//! `data/claims/frames.tsv`).

use super::lexicon::ClaimLexicon;
use super::syn::Syn;
use dossier_syntax::{Rel, Upos};

/// The verb or noun above predicate `p` that refuses or excludes its act: a `refusal` verb
/// (phrasal ones with their particle: "ruled out sending troops", "refused to hand over") or an
/// `intentnoun` denied by "no" or a negated verb ("has no plans to send troops", "does not have
/// any intention of attacking"). The act is negated, as "would not send troops" is; the word
/// returned is noted as its controller (an intention noun keeps the modality `intended`).
/// `None` when the refusal is itself negated ("did not rule out sending troops": a course left
/// open, not excluded).
pub(super) fn refused(syn: &Syn, lex: &ClaimLexicon, p: usize) -> Option<String> {
    refusal_above(syn, lex, p).and_then(|(w, negated)| (!negated).then_some(w))
}

/// The refusal word above `p` and whether it is itself negated ("did not rule out").
pub(super) fn refusal_above(syn: &Syn, lex: &ClaimLexicon, p: usize) -> Option<(String, bool)> {
    let doc = syn.doc;
    let h = doc.head(p)?;
    let negator = |k: usize| {
        doc.children(k).any(|c| {
            matches!(doc.tokens[c].rel, Rel::Advmod | Rel::Det)
                && matches!(syn.lower(c).as_str(), "not" | "n't" | "never" | "no")
        })
    };
    match doc.tokens[p].rel {
        // "ruled out sending troops" may hang the gerund as an adverbial clause.
        Rel::Xcomp | Rel::Ccomp | Rel::Advcl => {
            let lemma = syn.lemma(h);
            let phrasal = with_particle(syn, h);
            // "will stop arresting people", "ceased firing": a verb of `cessation` ends the
            // act of its gerund (not of an infinitive: "stopped to refuel" is a purpose).
            let gerund = doc.tokens[p].xpos == "VBG";
            let word = [Some(lemma), phrasal]
                .into_iter()
                .flatten()
                .find(|w| lex.is("refusal", w) || (gerund && lex.is("cessation", w)))?;
            Some((word, negator(h)))
        }
        Rel::Acl if lex.is("intentnoun", &syn.lemma(h)) => {
            let denied = negator(h) || doc.head(h).is_some_and(negator);
            denied.then(|| ("plan".to_string(), false))
        }
        _ => None,
    }
}

/// Verb `v`'s lemma with its particle ("rule out", "take over"): a `compound:prt` child, else
/// the word right after it when that is a preposition, particle or adverb.
pub(super) fn with_particle(syn: &Syn, v: usize) -> Option<String> {
    let doc = syn.doc;
    let particle = doc.children_with(v, Rel::CompoundPrt).next().or_else(|| {
        (v + 1 < doc.tokens.len()
            && matches!(doc.tokens[v + 1].upos, Upos::Adp | Upos::Part | Upos::Adv))
        .then_some(v + 1)
    });
    particle.map(|k| format!("{} {}", syn.lemma(v), syn.lower(k)))
}
