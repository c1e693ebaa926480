//! Who takes an office or power: "assumed the leadership", "took over the presidency",
//! "stepped up to the leadership", "seized power", and a person who "had taken over" or "has
//! stepped up" with nothing taken named. Class `succeed` (`predicates.tsv` gives its sentence
//! only: no verb form is listed there, so an event's "stepped up its attacks" or "took over
//! the city" never reads as a succession). The words are data (`officeverb`, `officebare`,
//! `office` in `data/claims/frames.tsv`).

use super::lexicon::ClaimLexicon;
use super::syn::Syn;
use crate::model::{ActorKind, Extraction};
use dossier_syntax::frames::{self, Frame, PredKind, Voice};
use dossier_syntax::{Rel, Upos};

/// The class of an act of taking office.
pub(super) const SUCCEED: &str = "succeed";

/// Does active verb `p` take an office? Its object, or its `to` phrase ("stepped up to the
/// leadership", made the object here), is an `office` noun and the verb (with its particle)
/// an `officeverb`; or, with no object at all, an `officebare` verb ("had taken over", "has
/// stepped up") whose subject is a person the actor layer knows.
pub(super) fn takes_office(
    syn: &Syn,
    x: &Extraction,
    lex: &ClaimLexicon,
    f: &mut Frame,
    p: usize,
) -> bool {
    let doc = syn.doc;
    if f.kind == PredKind::Copular || f.voice != Voice::Active {
        return false;
    }
    let lemma = syn.lemma(p);
    let phrase = super::refusal::with_particle(syn, p);
    let verb =
        |key: &str| phrase.as_deref().is_some_and(|ph| lex.is(key, ph)) || lex.is(key, &lemma);
    let office = |n: usize| lex.is("office", &syn.lemma(n)) || lex.is("office", &syn.lower(n));
    if !verb("officeverb") && !verb("officebare") {
        return false;
    }
    // "The younger sister of dictator Kim Jong-un has taken over state duties": the one named
    // after "of" is whose kin the subject is, not who took over.
    if f.subj.is_some_and(|s| {
        syn.actor_at[s].is_none()
            && doc.children_with(s, Rel::Nmod).any(|n| {
                frames::case_of(doc, syn.text, n) == "of"
                    // The name may stand in apposition to a title ("of dictator Kim
                    // Jong-un"), outside the title's own phrase.
                    && doc.subtree(n).any(|j| person_at(syn, x, j))
            })
    }) {
        return false;
    }
    if let Some(o) = f.obj {
        return verb("officeverb") && office(o);
    }
    // "stepped up to the leadership", "rose to power": the office in a `to` phrase.
    if let Some(o) = f
        .obl
        .iter()
        .find(|(case, n)| case == "to" && office(*n))
        .map(|&(_, n)| n)
        .filter(|_| verb("officeverb"))
    {
        f.obj = Some(o);
        return true;
    }
    // "Kim Yo Jong had taken over while her brother underwent treatment": a person taking
    // over with nothing named is taking someone's place; a thing or a group "taking over"
    // ("militants took over") is a seizure the words do not place.
    // A name, not a pronoun: "he is stepping up with strong leadership" rises to an occasion.
    verb("officebare")
        && f.comp.is_none_or(|c| doc.tokens[c].rel != Rel::Ccomp)
        && f.subj
            .is_some_and(|s| doc.tokens[s].upos != Upos::Pron && person_at(syn, x, s))
}

/// Is token `j` part of a person's mention in the actor layer?
fn person_at(syn: &Syn, x: &Extraction, j: usize) -> bool {
    syn.actor_at[j].is_some_and(|ai| x.actors[ai].kind == ActorKind::Person)
}
