//! Infection, a checkable state: "ISIS fighters have contracted Ebola in Mosul", "two soldiers
//! were infected with Ebola", "a nurse tested positive for Ebola", "Ebola has infected dozens of
//! fighters". One class, `infect` (`data/claims/predicates.tsv`): the subject is who is
//! infected (an actor through a member noun — "IS fighters" → IS —, or unnamed people kept to
//! the document), the object the disease, which must be one of `objects:infect` (`frames.tsv`,
//! classes of `objects.tsv`): "contracted a firm" or "infected the debate" is no claim.

use super::participant::{participant, sufferer, Part};
use super::props::Prop;
use super::syn::Syn;
use super::ClaimLexicon;
use crate::model::Extraction;
use dossier_syntax::frames::{self, Frame, Voice};

/// The class of infection propositions.
pub const INFECT: &str = "infect";

/// The infection proposition of predicate `p`: `None` when `p` is no infection frame (read as
/// usual), `Some(None)` when it is one without a listed disease or someone infected.
pub(super) fn read(
    syn: &Syn,
    x: &Extraction,
    lex: &ClaimLexicon,
    f: &Frame,
    p: usize,
) -> Option<Option<Prop>> {
    let doc = syn.doc;
    let (form, lemma) = (syn.lower(p), syn.lemma(p));
    let positive = || {
        doc.children(p)
            .any(|c| lex.is("testpositive", &syn.lower(c)))
    };
    let tested = lex.is("testverb", &lemma) && positive();
    let class = lex
        .predicate(&form, "")
        .or_else(|| lex.predicate(&lemma, ""));
    if class != Some(INFECT) && !tested {
        return None;
    }
    let disease_of = |i: usize| {
        let part = participant(syn, x, lex, i);
        lex.known_object(&part.text)
            .filter(|c| lex.listed("objects:infect").iter().any(|o| o == c))
            .map(str::to_string)
    };
    // "positive for Ebola" may hang on "positive".
    let obl_disease = || {
        let on_positive = doc
            .children(p)
            .filter(|&c| lex.is("testpositive", &syn.lower(c)))
            .flat_map(|c| doc.children(c))
            .map(|h| (frames::case_of(doc, syn.text, h), h));
        f.obl
            .iter()
            .cloned()
            .chain(on_positive)
            .filter(|(case, _)| lex.is("infectcase", case))
            .find_map(|(_, h)| disease_of(h))
    };
    // Who and what, by voice: "X contracted Ebola", "X was infected with Ebola", "X tested
    // positive for Ebola", "Ebola infected X".
    let (who, disease) = match f.voice {
        Voice::Passive => (f.subj, obl_disease()),
        Voice::Active if tested => (f.subj, obl_disease()),
        Voice::Active => match f.subj.and_then(disease_of) {
            Some(d) => (f.obj, Some(d)),
            None => (f.subj, f.obj.and_then(disease_of).or_else(obl_disease)),
        },
    };
    let (Some(who), Some(disease)) = (who, disease) else {
        return Some(None);
    };
    // "IS fighters have contracted Ebola": IS, as reports and denials across articles name it;
    // unnamed people ("two soldiers") stay people of the document.
    let mut who: Part = participant(syn, x, lex, who);
    if who.actor.is_none() {
        who = sufferer(who, lex);
    }
    if who.pronoun && who.actor.is_none() || !who.is_someone() {
        return Some(None);
    }
    let notes = vec![format!("'{form}' → {INFECT}")];
    Some(Some(super::props::finish(
        syn,
        x,
        lex,
        f,
        who,
        INFECT.to_string(),
        None,
        Some(disease),
        None,
        notes,
    )))
}
